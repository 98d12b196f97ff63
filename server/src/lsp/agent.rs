//! Agent mode: diagnostics for a coding agent that reads the language server's output (Claude
//! Code plugins, OpenCode, Cline through VS Code's Problems).
//!
//! Agents treat every diagnostic as an instruction and loop on low-severity ones, and some pass
//! only errors to the model. So in agent mode: high and critical findings are errors, medium
//! ones warnings, nothing below; only findings that are new are shown — against the file as
//! committed (`git show HEAD:file`), or for a file outside git the text it was opened with; at
//! most `agentMaxDiagnostics` per file plus one line saying how many more there are; and each
//! message names the rule, says why in one line, and gives the fix.
//!
//! On by default when `clientInfo.name` names a known agent client; `initializationOptions`
//! `agentMode` sets it either way.

use std::collections::HashMap;
use std::path::Path;

use redline_rules::Severity;
use ropey::Rope;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Uri};

use super::convert;
use super::state::State;
use crate::document::Encoding;
use crate::engine::Finding;
use crate::hook::gate::fingerprints;

/// Client names (`clientInfo.name`, lower-cased) that are coding agents.
const AGENT_CLIENTS: &[&str] = &["claude", "opencode", "codex", "gemini", "crush", "goose", "aider", "cline", "roo", "kilo", "amp", "cursor-agent"];

pub fn is_agent_client(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    AGENT_CLIENTS.iter().any(|a| name.contains(a))
}

/// Findings shown by default per file in agent mode.
pub const DEFAULT_MAX: usize = 10;

/// The diagnostics `findings` of `uri` become, in normal or agent mode.
pub fn diagnostics(state: &State, uri: &Uri, rope: &Rope, findings: &[Finding], version: i32, enc: Encoding) -> Vec<Diagnostic> {
    let settings = state.settings();
    let min = settings.min_severity();
    if !state.agent_mode() {
        return findings
            .iter()
            .filter(|f| f.severity >= min)
            .map(|f| {
                let mut d = convert::diagnostic(uri, rope, f, version, enc);
                d.severity = Some(settings.lsp_severity(f.severity));
                d
            })
            .collect();
    }
    let min = min.max(Severity::Medium);
    let text = rope.to_string();
    let baseline = baseline(state, uri, &text);
    let mut left: HashMap<&str, usize> = HashMap::new();
    for fp in &baseline.fingerprints {
        *left.entry(fp.as_str()).or_default() += 1;
    }
    let fps = fingerprints(&text, findings);
    let mut new: Vec<&Finding> = Vec::new();
    for (f, fp) in findings.iter().zip(&fps) {
        match left.get_mut(fp.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ if f.severity >= min => new.push(f),
            _ => {}
        }
    }
    // The worst first, then in file order.
    new.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.range.start.cmp(&b.range.start)));
    let max = settings.agent_max_diagnostics.unwrap_or(DEFAULT_MAX).max(1);
    let mut out: Vec<Diagnostic> = new.iter().take(max).map(|f| for_agent(uri, rope, f, version, enc)).collect();
    out.extend(suppressions_added(state, uri, rope, &text, findings, baseline.text.as_deref(), enc));
    if new.len() > max {
        let first_hidden = new[max];
        let path = super::state::path_of(uri);
        out.push(Diagnostic {
            range: convert::range_of(rope, first_hidden.range.clone(), enc),
            severity: Some(DiagnosticSeverity::WARNING),
            code: Some(NumberOrString::String("redline.more-findings".into())),
            source: Some("redline".into()),
            message: format!(
                "Redline: {} more new security findings in this file are not listed; run `redline check {}` for all of them.",
                new.len() - max,
                path.display()
            ),
            ..Default::default()
        });
    }
    out
}

/// A finding as a model should read it: rule, severity, why, fix.
fn for_agent(uri: &Uri, rope: &Rope, f: &Finding, version: i32, enc: Encoding) -> Diagnostic {
    let mut d = convert::diagnostic(uri, rope, f, version, enc);
    d.severity = Some(if f.severity >= Severity::High { DiagnosticSeverity::ERROR } else { DiagnosticSeverity::WARNING });
    let fix = f.fix_label();
    d.message = format!(
        "{} ({}): {}{}",
        f.rule.id,
        f.severity.as_str(),
        f.message.trim_end(),
        fix.map(|x| format!(" Fix: {}.", x.trim_end_matches('.'))).unwrap_or_default()
    );
    d.tags = None;
    d
}

/// What a document was before the agent's edits, computed once per opened document.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    /// Fingerprints of its findings.
    pub fingerprints: Vec<String>,
    /// Its text (none for a file new to git: everything in it is new).
    pub text: Option<std::sync::Arc<str>>,
}

fn baseline(state: &State, uri: &Uri, opened_text: &str) -> Baseline {
    if let Some(b) = state.baselines.get(uri) {
        return b.clone();
    }
    let path = super::state::path_of(uri);
    let before = match committed_text(&path) {
        Committed::Text(t) => Some(t),
        // A file git does not track is new: everything in it is.
        Committed::Untracked => None,
        Committed::NoRepository => Some(opened_text.to_owned()),
    };
    let fingerprints = before
        .as_ref()
        .map(|t| {
            let findings = state.engine().analyze_source(&path, t.as_bytes()).findings;
            fingerprints(t, &findings)
        })
        .unwrap_or_default();
    let b = Baseline { fingerprints, text: before.map(std::sync::Arc::from) };
    state.baselines.insert(uri.clone(), b.clone());
    b
}

/// The tamper guard's suppression check as warnings: a suppression or "safe because" comment
/// added since the baseline, over a finding (the hook denies these; here they are shown).
fn suppressions_added(
    state: &State,
    uri: &Uri,
    rope: &Rope,
    text: &str,
    findings: &[Finding],
    before: Option<&str>,
    enc: Encoding,
) -> Vec<Diagnostic> {
    let path = super::state::path_of(uri);
    crate::hook::guard::suppressions_added(&state.engine(), &path, before.unwrap_or(""), text, findings)
        .into_iter()
        .map(|g| {
            let line = (g.line - 1) as u32;
            let start = rope.try_line_to_byte(line as usize).unwrap_or(0);
            let end = rope.try_line_to_byte(line as usize + 1).unwrap_or(rope.len_bytes());
            Diagnostic {
                range: convert::range_of(rope, start..end.max(start), enc),
                severity: Some(DiagnosticSeverity::WARNING),
                code: Some(NumberOrString::String(g.rule_id.clone())),
                source: Some("redline".into()),
                message: format!("{} (high): {}. Fix: {}.", g.rule_id, g.message, g.fix.unwrap_or_default()),
                ..Default::default()
            }
        })
        .collect()
}

enum Committed {
    Text(String),
    Untracked,
    NoRepository,
}

/// The file's text at `HEAD`, read with git (a few milliseconds, once per document).
fn committed_text(path: &Path) -> Committed {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else { return Committed::NoRepository };
    let git = |args: &[&std::ffi::OsStr]| std::process::Command::new("git").arg("-C").arg(dir).args(args).stdin(std::process::Stdio::null()).stderr(std::process::Stdio::null()).output().ok();
    match git(&["rev-parse".as_ref(), "--is-inside-work-tree".as_ref()]) {
        Some(o) if o.status.success() => {}
        _ => return Committed::NoRepository,
    }
    let spec = format!("HEAD:./{}", name.to_string_lossy());
    match git(&["show".as_ref(), spec.as_ref()]) {
        Some(o) if o.status.success() => Committed::Text(String::from_utf8_lossy(&o.stdout).into_owned()),
        _ => Committed::Untracked,
    }
}
