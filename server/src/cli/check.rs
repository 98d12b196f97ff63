//! `redline check`: walk the paths (respecting .gitignore) in parallel, analyse each file,
//! optionally fix, and report in the chosen format.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc};

use super::output::{self, FileReport, Report};
use super::{load_config, CheckArgs};
use crate::config::Config;
use crate::engine::Engine;

pub fn run(args: &CheckArgs) -> ExitCode {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let start = args.paths.first().cloned().unwrap_or_else(|| cwd.clone());
    let config = match load_config(args.config.as_ref(), &start) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let rules = config.build_ruleset();
    let engine = Engine::new(rules.clone(), config.limits());
    let mut report = Report::default();

    if let Some(name) = &args.stdin_filename {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("error: cannot read standard input: {e}");
            return ExitCode::from(2);
        }
        let mut file = analyse_one(&engine, name, &bytes, args);
        if args.fix {
            // The fixed text goes to stdout (for editors and hooks); the report to stderr.
            let text = file.fixed_text.take().unwrap_or_else(|| file.analysis.text.to_string());
            let _ = std::io::stdout().write_all(text.as_bytes());
            report.files.push(file);
            report.errors.extend(rules.errors().iter().map(ToString::to_string));
            return finish(&report, args, true);
        }
        report.files.push(file);
        report.errors.extend(rules.errors().iter().map(ToString::to_string));
        return finish(&report, args, false);
    }

    let paths = if args.paths.is_empty() { vec![PathBuf::from(".")] } else { args.paths.clone() };
    for p in &paths {
        if !p.exists() {
            report.errors.push(format!("{}: no such file or directory", p.display()));
        }
    }
    let existing: Vec<PathBuf> = paths.into_iter().filter(|p| p.exists()).collect();
    if !existing.is_empty() {
        walk(&engine, &config, &existing, args, &mut report);
    }
    report.files.sort_by(|a, b| a.path.cmp(&b.path));
    // Broken rules of the languages this scan needed (queries compile per language on use).
    let mut rule_errors: Vec<String> = rules.errors().iter().map(ToString::to_string).collect();
    report.errors.sort();
    rule_errors.append(&mut report.errors);
    report.errors = rule_errors;
    finish(&report, args, false)
}

fn analyse_one(engine: &Engine, path: &Path, bytes: &[u8], args: &CheckArgs) -> FileReport {
    let mut analysis = engine.analyze_source(path, bytes);
    let mut fixed_text = None;
    let mut fixes_applied = 0;
    if args.fix && analysis.fixable && analysis.findings.iter().any(|f| f.fix.is_some()) {
        let outcome = engine.fix_all(path, &analysis.text, args.unsafe_fixes, args.severity);
        fixes_applied = outcome.applied.len();
        for (rule, title) in &outcome.rejected {
            analysis.notices.push(crate::engine::Notice {
                kind: crate::engine::NoticeKind::SecretsOnly,
                message: format!("fix `{title}` for {rule} not applied: the result would not parse"),
            });
        }
        if fixes_applied > 0 {
            fixed_text = Some(outcome.text);
            let notices = std::mem::take(&mut analysis.notices);
            analysis = outcome.analysis;
            analysis.notices = notices;
        }
    }
    analysis.findings.retain(|f| f.severity >= args.severity);
    FileReport { path: path.to_path_buf(), analysis, fixed_text, fixes_applied }
}

fn walk(engine: &Engine, config: &Config, paths: &[PathBuf], args: &CheckArgs, report: &mut Report) {
    let mut builder = ignore::WalkBuilder::new(&paths[0]);
    for p in &paths[1..] {
        builder.add(p);
    }
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    builder
        .hidden(false)
        .git_ignore(!args.no_ignore)
        .git_global(!args.no_ignore)
        .git_exclude(!args.no_ignore)
        .ignore(!args.no_ignore)
        .parents(!args.no_ignore)
        .require_git(false)
        .threads(threads)
        .filter_entry(|e| e.file_name() != ".git");
    let (tx, rx) = mpsc::channel::<Result<FileReport, String>>();
    let config = Arc::new(config.clone());
    builder.build_parallel().run(|| {
        let tx = tx.clone();
        let engine = engine.clone();
        let config = config.clone();
        let args = args.clone();
        Box::new(move |entry| {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                    return ignore::WalkState::Continue;
                }
            };
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                return ignore::WalkState::Continue;
            }
            let path = entry.path();
            if config.is_ignored(path) {
                return ignore::WalkState::Continue;
            }
            let result = match std::fs::read(path) {
                Ok(bytes) => {
                    let file = analyse_one(&engine, path, &bytes, &args);
                    if let Some(text) = &file.fixed_text {
                        if let Err(e) = std::fs::write(path, text) {
                            let _ = tx.send(Err(format!("{}: cannot write fixes: {e}", path.display())));
                        }
                    }
                    Ok(file)
                }
                Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
            };
            let _ = tx.send(result);
            ignore::WalkState::Continue
        })
    });
    drop(tx);
    for r in rx {
        match r {
            Ok(file) => report.files.push(file),
            Err(e) => report.errors.push(e),
        }
    }
}

fn finish(report: &Report, args: &CheckArgs, report_to_stderr: bool) -> ExitCode {
    let rendered = match args.format {
        super::Format::Human | super::Format::Markdown => output::human(report, !args.no_frames),
        super::Format::Json => output::json(report),
        super::Format::Sarif => output::sarif(report),
    };
    let written = match (&args.output, report_to_stderr) {
        (Some(path), _) => std::fs::write(path, rendered).map_err(|e| format!("{}: {e}", path.display())),
        (None, true) => std::io::stderr().write_all(rendered.as_bytes()).map_err(|e| e.to_string()),
        (None, false) => std::io::stdout().write_all(rendered.as_bytes()).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        eprintln!("error: cannot write report: {e}");
        return ExitCode::from(2);
    }
    if args.format != super::Format::Human {
        for e in &report.errors {
            eprintln!("error: {e}");
        }
    }
    if !report.errors.is_empty() {
        ExitCode::from(2)
    } else if report.files.iter().any(|f| !f.analysis.findings.is_empty()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
