//! `redline audit`: `verify` the log's hash chain, `report` what agent sessions introduced,
//! fixed and suppressed (for a pull request), `export --format sarif` the findings agents
//! introduced (for code scanning).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use crate::audit::{read_all, verify, Record};

#[derive(Debug, Clone, clap::Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
    /// The log's directory (default: `[audit] path` of redline.toml, else `.redline/audit` at
    /// the project root).
    #[arg(long, global = true)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain: names the first record that was edited, deleted or moved.
    Verify,
    /// Per agent session: findings introduced, fixed, suppressed and still open.
    Report {
        #[arg(long)]
        session: Option<String>,
        /// Only records at or after this date (`2026-12-01` or a full timestamp).
        #[arg(long)]
        since: Option<String>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
    },
    /// The findings agents introduced and left open, as SARIF (one run per session).
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Sarif)]
        format: ExportFormat,
        #[arg(long)]
        session: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Sarif,
}

fn log_dir(args: &AuditArgs) -> PathBuf {
    if let Some(d) = &args.dir {
        return d.clone();
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let (config, _) = super::load_config(None, &cwd);
    crate::audit::log_dir(&config, &cwd)
}

pub fn run(args: &AuditArgs) -> ExitCode {
    let dir = log_dir(args);
    match &args.command {
        AuditCommand::Verify => match verify(&dir) {
            Ok(n) => {
                println!("{}: {n} records, chain intact", dir.display());
                ExitCode::SUCCESS
            }
            Err(b) => {
                println!("{}:{}: {}", b.file.display(), b.line, b.why);
                ExitCode::from(1)
            }
        },
        AuditCommand::Report { session, since, format } => {
            let sessions = sessions(&dir, session.as_deref(), since.as_deref());
            match format {
                ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&report_json(&sessions)).unwrap_or_default()),
                ReportFormat::Markdown => print!("{}", report_markdown(&sessions)),
            }
            ExitCode::SUCCESS
        }
        AuditCommand::Export { session, .. } => {
            let sessions = sessions(&dir, session.as_deref(), None);
            println!("{}", serde_json::to_string_pretty(&sarif(&sessions)).unwrap_or_default());
            ExitCode::SUCCESS
        }
    }
}

/// A finding's lifecycle within a session, by fingerprint.
#[derive(Debug, Clone)]
struct Tracked {
    file: String,
    rule_id: String,
    severity: String,
    fingerprint: String,
    /// The last lifecycle step: introduced, allowed-despite, fixed, suppressed, denied.
    state: String,
    introduced_by: Option<String>,
    ended_by: Option<String>,
}

#[derive(Debug, Default)]
struct Session {
    agent: String,
    first: String,
    last: String,
    calls: usize,
    denied: usize,
    findings: Vec<Tracked>,
}

fn sessions(dir: &Path, only: Option<&str>, since: Option<&str>) -> BTreeMap<String, Session> {
    let mut out: BTreeMap<String, Session> = BTreeMap::new();
    for (_, _, r) in read_all(dir) {
        if since.is_some_and(|s| r.ts.as_str() < s) {
            continue;
        }
        let id = r.session_id.clone().unwrap_or_else(|| "(no session)".into());
        if only.is_some_and(|o| o != id) {
            continue;
        }
        let s = out.entry(id).or_default();
        if s.first.is_empty() {
            s.first = r.ts.clone();
            s.agent = r.agent.clone();
        }
        s.last = r.ts.clone();
        apply(s, &r);
    }
    out
}

fn apply(s: &mut Session, r: &Record) {
    if r.event != "finding" {
        s.calls += 1;
        if r.decision == "deny" {
            s.denied += 1;
        }
        return;
    }
    let (Some(fp), Some(rule)) = (&r.fingerprint, &r.rule_id) else { return };
    let step = Tracked {
        file: r.file.clone().unwrap_or_default(),
        rule_id: rule.clone(),
        severity: r.severity.clone().unwrap_or_default(),
        fingerprint: fp.clone(),
        state: r.decision.clone(),
        introduced_by: None,
        ended_by: None,
    };
    let same = |t: &Tracked| t.fingerprint == step.fingerprint && t.file == step.file;
    // `Some("")` when the ending call has no id: ended all the same.
    let ended_by = r.tool_use_id.clone().or(Some(String::new()));
    match r.decision.as_str() {
        "introduced" | "allowed-despite" => s.findings.push(Tracked { introduced_by: r.tool_use_id.clone(), ..step }),
        "fixed" | "suppressed" => {
            // The latest open finding with this fingerprint in this file; a finding that was
            // there before the session is recorded as fixed or suppressed on its own.
            match s.findings.iter_mut().rev().find(|t| same(t) && t.ended_by.is_none() && is_open(t)) {
                Some(t) => {
                    t.state = step.state;
                    t.ended_by = ended_by;
                }
                None => s.findings.push(Tracked { ended_by, ..step }),
            }
        }
        "denied" if !s.findings.iter().any(|t| same(t) && t.state == "denied") => {
            s.findings.push(Tracked { ended_by: r.tool_use_id.clone(), ..step });
        }
        _ => {}
    }
}

fn is_open(t: &Tracked) -> bool {
    matches!(t.state.as_str(), "introduced" | "allowed-despite")
}

fn counts(s: &Session) -> serde_json::Value {
    let n = |f: &dyn Fn(&Tracked) -> bool| s.findings.iter().filter(|t| f(t)).count();
    json!({
        "introduced": n(&|t| t.introduced_by.is_some() || is_open(t)),
        "fixed": n(&|t| t.state == "fixed"),
        "suppressed": n(&|t| t.state == "suppressed"),
        "still_open": n(&is_open),
        "denied": n(&|t| t.state == "denied"),
    })
}

fn report_json(sessions: &BTreeMap<String, Session>) -> serde_json::Value {
    let list: Vec<serde_json::Value> = sessions
        .iter()
        .map(|(id, s)| {
            json!({
                "session_id": id,
                "agent": s.agent,
                "first": s.first,
                "last": s.last,
                "calls": s.calls,
                "denied_calls": s.denied,
                "counts": counts(s),
                "findings": s.findings.iter().map(|t| json!({
                    "file": t.file, "rule_id": t.rule_id, "severity": t.severity, "fingerprint": t.fingerprint,
                    "state": if is_open(t) { "open" } else { t.state.as_str() },
                    "introduced_by": t.introduced_by, "ended_by": t.ended_by,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "sessions": list })
}

fn report_markdown(sessions: &BTreeMap<String, Session>) -> String {
    let mut out = String::from("## Redline: agent sessions\n\n");
    if sessions.is_empty() {
        out.push_str("No agent activity in the audit log.\n");
        return out;
    }
    out.push_str("| session | agent | calls | denied | introduced | fixed | suppressed | still open |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (id, s) in sessions {
        let c = counts(s);
        out.push_str(&format!(
            "| `{id}` | {} | {} | {} | {} | {} | {} | {} |\n",
            s.agent, s.calls, s.denied, c["introduced"], c["fixed"], c["suppressed"], c["still_open"]
        ));
    }
    for (id, s) in sessions {
        let shown: Vec<&Tracked> = s.findings.iter().filter(|t| t.state != "denied").collect();
        if shown.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### `{id}` ({}, {} – {})\n\n", s.agent, s.first, s.last));
        for t in shown {
            let state = match t.state.as_str() {
                "introduced" => "**open**",
                "allowed-despite" => "**open** (let through above the gate)",
                "fixed" => "fixed",
                "suppressed" => "**suppressed**",
                other => other,
            };
            out.push_str(&format!("- {state}: `{}` ({}) in `{}`\n", t.rule_id, t.severity, t.file));
        }
    }
    out
}

fn sarif(sessions: &BTreeMap<String, Session>) -> serde_json::Value {
    let level = |sev: &str| match sev {
        "critical" | "high" => "error",
        "medium" => "warning",
        _ => "note",
    };
    let runs: Vec<serde_json::Value> = sessions
        .iter()
        .map(|(id, s)| {
            let results: Vec<serde_json::Value> = s
                .findings
                .iter()
                .filter(|t| is_open(t))
                .map(|t| {
                    json!({
                        "ruleId": t.rule_id,
                        "level": level(&t.severity),
                        "message": { "text": format!("{} introduced by an agent ({}, session {id}) and still open", t.rule_id, s.agent) },
                        "locations": [{ "physicalLocation": { "artifactLocation": { "uri": t.file } } }],
                        "partialFingerprints": { "redline/v1": t.fingerprint },
                        "properties": { "severity": t.severity, "introducedBy": t.introduced_by },
                    })
                })
                .collect();
            json!({
                "tool": { "driver": { "name": "redline", "version": env!("CARGO_PKG_VERSION"), "informationUri": "https://github.com/redline-security/redline" } },
                "results": results,
                "properties": { "agentSession": id, "agent": s.agent, "first": s.first, "last": s.last },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": runs,
    })
}
