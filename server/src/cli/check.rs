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
    let (mut config, config_error) = load_config(args.config.as_ref(), &start);
    if args.agent {
        config.apply_agent_floor();
    }
    let rules = config.build_ruleset();
    let engine = Engine::new(rules.clone(), config.limits()).with_project(Arc::new(crate::deps::imports::DiskFiles::new()));
    let mut report = Report::default();
    // A broken config is an error (exit 2), but the scan still runs with the built-in rules:
    // a hook must not go blind because a repository's config has a typo.
    report.errors.extend(config_error);

    if let Some(name) = &args.stdin_filename {
        let mut bytes = Vec::new();
        // Read one byte past the limit to know the input is too large, and no more.
        let limit = engine.limits.max_file_size as u64;
        if let Err(e) = std::io::stdin().lock().take(limit + 1).read_to_end(&mut bytes) {
            eprintln!("error: cannot read standard input: {e}");
            return ExitCode::from(2);
        }
        let too_large = bytes.len() as u64 > limit;
        let mut file = if too_large {
            let size = bytes.len() as u64 + std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink()).unwrap_or(0);
            FileReport { path: name.clone(), analysis: engine.skipped_as_too_large(name, size), fixed_text: None, fixes_applied: 0 }
        } else {
            analyse_one(&engine, name, &bytes, args)
        };
        if args.fix {
            // The fixed text goes to stdout (for editors and hooks); the report to stderr.
            // Unfixed input is echoed byte for byte: a hook that writes stdout back to the
            // file must never lose it (a binary or too-large input has no analysed text).
            let written = match file.fixed_text.take() {
                Some(text) => std::io::stdout().write_all(text.as_bytes()),
                None if too_large => Err(std::io::Error::other("the input is over the size limit and was not read whole")),
                None => std::io::stdout().write_all(&bytes),
            }
            .and_then(|()| std::io::stdout().flush());
            if let Err(e) = written {
                report.errors.push(format!("cannot write the fixed text to standard output: {e}"));
            }
            report.files.push(file);
            report.errors.extend(rules.errors().iter().map(ToString::to_string));
            return finish(&report, args, true);
        }
        report.files.push(file);
        report.errors.extend(rules.errors().iter().map(ToString::to_string));
        return finish(&report, args, false);
    }

    let paths = if args.paths.is_empty() { vec![PathBuf::from(".")] } else { args.paths.clone() };
    let mut existing: Vec<PathBuf> = Vec::new();
    for p in paths {
        match std::fs::metadata(&p) {
            Err(_) => report.errors.push(format!("{}: no such file or directory", p.display())),
            // Named explicitly, a FIFO or device is an error, not something to block on or
            // to skip without a word.
            Ok(m) if !m.is_file() && !m.is_dir() => {
                report.errors.push(format!("{}: not a regular file or directory (devices, FIFOs and sockets are never read)", p.display()))
            }
            Ok(_) => existing.push(p),
        }
    }
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
    // The same file reached twice (`check a.py a.py .`) is analysed and fixed once.
    let seen = Arc::new(std::sync::Mutex::new(std::collections::HashSet::new()));
    let dedupe = paths.len() > 1;
    builder.build_parallel().run(|| {
        let tx = tx.clone();
        let engine = engine.clone();
        let config = config.clone();
        let args = args.clone();
        let seen = seen.clone();
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
            // Another thread's fix being written (see `write_fixed`).
            if entry.file_name().to_str().is_some_and(|n| n.starts_with('.') && n.contains(".redline-") && n.ends_with(".tmp")) {
                return ignore::WalkState::Continue;
            }
            if config.is_ignored(path) {
                return ignore::WalkState::Continue;
            }
            if dedupe {
                let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
                if !seen.lock().is_ok_and(|mut s| s.insert(key)) {
                    return ignore::WalkState::Continue;
                }
            }
            let result = match read_for_scan(path, &engine) {
                Ok(Scan::TooLarge(size)) => {
                    Ok(FileReport { path: path.to_path_buf(), analysis: engine.skipped_as_too_large(path, size), fixed_text: None, fixes_applied: 0 })
                }
                Ok(Scan::Read(bytes, stamp)) => {
                    let mut file = analyse_one(&engine, path, &bytes, &args);
                    if let Some(text) = &file.fixed_text {
                        if let Err(e) = write_fixed(path, text.as_bytes(), &stamp) {
                            let _ = tx.send(Err(format!("{}: fixes not written: {e}", path.display())));
                            file.fixes_applied = 0;
                        }
                    }
                    Ok(file)
                }
                Err(e) => Err(format!("{}: {e}", path.display())),
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

/// What reading a file for a scan gave.
enum Scan {
    /// The bytes, and the file's identity when read (to notice a change before writing).
    Read(Vec<u8>, Stamp),
    /// Over `max-file-size` (the size): not read at all.
    TooLarge(u64),
}

/// Size and modification time of a file when it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp { len: meta.len(), modified: meta.modified().ok() }
    }
}

/// Reads a file for scanning: regular files only (never blocks on a FIFO swapped in during the
/// walk), and the size is checked before reading so a huge file costs nothing.
fn read_for_scan(path: &Path, engine: &Engine) -> Result<Scan, String> {
    match redline_rules::read_regular_file(path, engine.limits.max_file_size as u64) {
        Ok((bytes, meta)) => Ok(Scan::Read(bytes, Stamp::of(&meta))),
        Err(redline_rules::ReadError::TooLarge { size, .. }) => Ok(Scan::TooLarge(size)),
        Err(e) => Err(e.to_string()),
    }
}

/// Writes fixes without ever leaving a half-written file: a temporary file beside the original
/// (same permissions and, when allowed, owner) is renamed over it. A symbolic link is never
/// written through, and a file that changed since it was read is left alone.
fn write_fixed(path: &Path, text: &[u8], read_as: &Stamp) -> Result<(), String> {
    let link = std::fs::symlink_metadata(path).map_err(|e| e.to_string())?;
    if link.file_type().is_symlink() {
        return Err("it is a symbolic link (fix the file it points to directly)".to_owned());
    }
    if Stamp::of(&link) != *read_as {
        return Err("the file changed while it was being checked".to_owned());
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.redline-{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(text)?;
        file.set_permissions(link.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Keeps the owner when running as root; otherwise the file is the user's anyway.
            let _ = std::os::unix::fs::fchown(&file, Some(link.uid()), Some(link.gid()));
        }
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| e.to_string())
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
