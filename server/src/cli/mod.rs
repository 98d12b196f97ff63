//! The command line: `redline check`, `rules`, `explain`, `test-rules`, `schema` (and `lsp`
//! once the server lands). Exit codes: 0 clean, 1 findings, 2 error.

pub mod audit;
pub mod check;
pub mod deps;
pub mod output;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use redline_rules::Severity;

use crate::config::Config;
use crate::engine::RuleSet;

#[derive(Debug, Parser)]
#[command(name = "redline", version, about = "Flags insecure code while it is being written: secrets, injection, unsafe APIs, open infrastructure.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories (respecting .gitignore) and report findings.
    Check(CheckArgs),
    /// Run the language server over stdio.
    Lsp {
        /// Accepted for clients that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
    /// List the rules.
    Rules(RulesArgs),
    /// Print a rule's documentation.
    Explain {
        /// Rule id, e.g. `python.subprocess-shell-true`.
        rule: String,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Run the examples of every rule file in a directory (default: the built-in rules).
    TestRules {
        dir: Option<PathBuf>,
    },
    /// Print the JSON Schema of rule files.
    Schema,
    /// Answer a coding agent's hook (JSON on stdin): deny an edit that introduces a security
    /// finding, report what a write introduced, or keep the agent from stopping with findings
    /// open. `redline hook install --agent NAME` sets it up.
    Hook(HookArgs),
    /// The audit log of agent edits: verify its hash chain, report sessions, export SARIF.
    Audit(audit::AuditArgs),
    /// The dependency snapshot (advisories, malicious packages, popular names): show it,
    /// update it from an OSV dump, list what a file's dependencies look like.
    Deps(deps::DepsArgs),
    /// Print a file's syntax tree (node kinds and field names), for writing query rules.
    DumpTree {
        file: PathBuf,
        /// Parse as this language instead of detecting it.
        #[arg(long)]
        language: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    /// `redline rules` only: the rules index (docs/rules.md).
    Markdown,
}

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to scan (default: the current directory).
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Read one file from standard input and analyse it as if it were named NAME.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// Apply safe fixes in place (with --stdin-filename: print the fixed text).
    #[arg(long)]
    pub fix: bool,
    /// With --fix, also apply fixes marked unsafe (they change behaviour: review the diff).
    #[arg(long, requires = "fix")]
    pub unsafe_fixes: bool,
    /// Report only findings at or above this severity.
    #[arg(long, value_parser = parse_severity, default_value = "info")]
    pub severity: Severity,
    /// Configuration file (default: redline.toml in the scanned directory or an ancestor).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Worker threads (default: the number of cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Do not respect .gitignore and other ignore files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// The code comes from an AI agent (hooks set this): a repository's redline.toml may tune
    /// rules but not switch off built-in secret and critical rules or lower the size limits.
    #[arg(long)]
    pub agent: bool,
    /// Do not print code frames in human output.
    #[arg(long)]
    pub no_frames: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct HookArgs {
    /// The agent: claude, codex, copilot, vscode, gemini, cursor, cline, windsurf; or `install`
    /// / `uninstall` (with --agent); `serve` runs the warm hook server (started on demand),
    /// `stop-server` stops it.
    pub agent: String,
    /// The event as the agent names it (PreToolUse, BeforeTool, pre_write_code, afterFileEdit,
    /// Stop...). Default: the payload's own event name.
    pub event: Option<String>,
    /// Deny the tool call when the hook cannot check it (bad input, unreadable file).
    #[arg(long)]
    pub fail_closed: bool,
    /// Configuration file (default: redline.toml in the agent's working directory or above).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// install / uninstall: the agent whose configuration to change.
    #[arg(long = "agent", value_name = "NAME")]
    pub for_agent: Option<String>,
    /// install / uninstall: the project's configuration (the default).
    #[arg(long)]
    pub project: bool,
    /// install / uninstall: the user's configuration instead of the project's.
    #[arg(long, conflicts_with = "project")]
    pub user: bool,
    /// install / uninstall: print what would change, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Only rules for this language.
    #[arg(long)]
    pub language: Option<String>,
}

fn parse_severity(s: &str) -> Result<Severity, String> {
    Severity::parse(s).ok_or_else(|| "expected one of: info, low, medium, high, critical".to_owned())
}

/// Loads the config named on the command line, or discovered from `start`.
/// The configuration for a run, and the error that made it fall back to the defaults (a
/// broken `redline.toml` is reported, and the scan still runs with the built-in rules).
pub fn load_config(explicit: Option<&PathBuf>, start: &std::path::Path) -> (Config, Option<String>) {
    let (path, loaded) = match explicit {
        Some(p) => (p.clone(), Config::load(p)),
        None => match Config::discover(start) {
            Some(p) => {
                let loaded = Config::load_from_repository(&p);
                (p, loaded)
            }
            None => return (Config::default(), None),
        },
    };
    match loaded {
        Ok(c) => (c, None),
        Err(e) => (Config::fallback_for(&path), Some(format!("{e} (running with the built-in rules and default settings)"))),
    }
}

/// Output to a closed pipe (`redline explain RULE | head`) ends the process quietly, as it does
/// for any Unix filter, instead of a panic on every `println!`. The language server keeps the
/// signal ignored: its pipes are handled as errors (see `lsp::framing`).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn die_quietly_on_closed_pipe() {
    // SAFETY: restores the default disposition of one signal, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn die_quietly_on_closed_pipe() {}

pub fn run(cli: Cli) -> ExitCode {
    if !matches!(cli.command, Command::Lsp { .. }) {
        die_quietly_on_closed_pipe();
    }
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Lsp { .. } => crate::lsp::run(),
        Command::Rules(args) => rules(&args),
        Command::Explain { rule, config } => explain(&rule, config.as_ref()),
        Command::TestRules { dir } => test_rules(dir),
        Command::DumpTree { file, language } => dump_tree(&file, language.as_deref()),
        Command::Audit(args) => audit::run(&args),
        Command::Deps(args) => deps::run(&args),
        Command::Hook(args) => match args.agent.as_str() {
            "install" | "uninstall" => {
                crate::hook::install::run(args.for_agent.as_deref(), args.user, args.dry_run, args.agent == "uninstall")
            }
            "serve" => crate::hook::daemon::serve(),
            "stop-server" => {
                let stopped = crate::hook::session::state_dir().is_some_and(|d| crate::hook::daemon::shutdown(&d));
                println!("{}", if stopped { "hook server stopped" } else { "no hook server running" });
                ExitCode::SUCCESS
            }
            agent => crate::hook::run(agent, args.event.as_deref(), args.fail_closed, args.config.as_deref()),
        },
        Command::Schema => {
            let schema = redline_rules::rule_json_schema();
            println!("{}", serde_json::to_string_pretty(&schema).unwrap_or_default());
            ExitCode::SUCCESS
        }
    }
}

fn error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

fn ruleset_for(config: Option<&PathBuf>) -> Result<std::sync::Arc<RuleSet>, ExitCode> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let (config, config_error) = load_config(config, &cwd);
    if let Some(e) = config_error {
        return Err(error(e));
    }
    let set = config.build_ruleset();
    set.compile_user_rules();
    for e in set.errors() {
        eprintln!("error: {e}");
    }
    Ok(set)
}

fn rules(args: &RulesArgs) -> ExitCode {
    let set = match ruleset_for(args.config.as_ref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let lang = args.language.as_deref().and_then(crate::languages::Language::from_name);
    if args.language.is_some() && lang.is_none() {
        return error(format!("unknown language `{}`", args.language.as_deref().unwrap_or("")));
    }
    let rules: Vec<_> = set.rules.iter().filter(|r| lang.is_none_or(|l| r.languages.contains(&l) || r.languages.is_empty())).collect();
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Markdown => {
            let _ = write!(out, "{}", output::rules_markdown(&set.rules));
        }
        Format::Json | Format::Sarif => {
            let list: Vec<_> = rules.iter().map(|r| output::rule_json(r)).collect();
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(&list).unwrap_or_default());
        }
        Format::Human => {
            for r in &rules {
                let langs = if r.languages.is_empty() {
                    "*".to_owned()
                } else {
                    r.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(",")
                };
                let mut flags = Vec::new();
                if r.fix.is_some() {
                    flags.push("fix");
                }
                if r.preview {
                    flags.push("preview");
                }
                if !r.enabled {
                    flags.push("disabled");
                }
                let _ = writeln!(
                    out,
                    "{:<48} {:<8} {:<24} {}{}",
                    r.id,
                    r.severity.as_str(),
                    langs,
                    r.title,
                    if flags.is_empty() { String::new() } else { format!(" [{}]", flags.join(", ")) }
                );
            }
            let _ = writeln!(out, "{} rules", rules.len());
        }
    }
    if set.errors().is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn explain(id: &str, config: Option<&PathBuf>) -> ExitCode {
    let set = match ruleset_for(config) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let Some(rule) = set.rule(id) else {
        let close: Vec<_> = set.rules.iter().filter(|r| r.id.contains(id) || id.contains(r.id.as_str())).map(|r| r.id.as_str()).take(5).collect();
        return error(if close.is_empty() {
            format!("no rule `{id}` (see `redline rules`)")
        } else {
            format!("no rule `{id}`; did you mean: {}", close.join(", "))
        });
    };
    println!("{}", output::explain_text(rule));
    ExitCode::SUCCESS
}

fn test_rules(dir: Option<PathBuf>) -> ExitCode {
    let sources = match &dir {
        Some(d) => {
            let (sources, errors) = redline_rules::read_rule_dir(d, None);
            if !errors.is_empty() {
                for e in errors {
                    eprintln!("error: {e}");
                }
                return ExitCode::from(2);
            }
            sources
        }
        None => redline_rules::builtin_sources(),
    };
    let report = crate::rule_tests::run(&sources);
    for e in &report.rule_errors {
        println!("error: {e}");
    }
    for f in &report.failures {
        println!("FAIL {f}");
    }
    println!(
        "{} rules, {} examples, {} must-flag lines, {} must-not-flag lines, {} fixes checked",
        report.rules, report.examples, report.flag_lines, report.ok_lines, report.fixes_checked
    );
    println!("{} passed, {} failed", report.rules.saturating_sub(report.failures.len()), report.failures.len() + report.rule_errors.len());
    if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn dump_tree(file: &std::path::Path, language: Option<&str>) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return error(format!("{}: {e}", file.display())),
    };
    let lang = match language {
        Some(name) => match crate::languages::Language::from_name(name) {
            Some(l) => l,
            None => return error(format!("unknown language `{name}`")),
        },
        None => crate::languages::Language::detect(file, text.lines().next()),
    };
    let Some(tree) = crate::engine::parse(lang, &text, None) else {
        return error(format!("{}: no grammar for language `{}`", file.display(), lang.name()));
    };
    let mut out = String::new();
    let mut cursor = tree.walk();
    let mut depth = 0usize;
    loop {
        let node = cursor.node();
        if node.is_named() {
            let field = cursor.field_name().map(|f| format!("{f}: ")).unwrap_or_default();
            let pos = node.start_position();
            let leaf = if node.named_child_count() == 0 {
                let t = &text[node.byte_range()];
                let t: String = t.chars().take(60).collect();
                format!("  {t:?}")
            } else {
                String::new()
            };
            out.push_str(&format!("{}{field}({}) [{}:{}]{leaf}\n", "  ".repeat(depth), node.kind(), pos.row + 1, pos.column + 1));
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                print!("{out}");
                return ExitCode::SUCCESS;
            }
            depth -= 1;
        }
    }
}
