//! Which findings an edit introduces: the file is scanned as it was and as it will be, and a
//! finding is new when the "after" text has more findings with its fingerprint than the
//! "before" text had. A fingerprint is the rule and the finding's code with whitespace
//! collapsed, hashed: it survives the lines above moving, and it holds no code (a secret on
//! the line is hashed with it, never stored).

use std::collections::HashMap;
use std::path::Path;

use redline_rules::Severity;

use crate::engine::{Engine, Finding};

/// A finding of the file after the edit, as the agent is told about it.
#[derive(Debug, Clone)]
pub struct NewFinding {
    pub rule_id: String,
    pub severity: Severity,
    /// 1-based line in the file after the edit (in the inserted code, for a fragment).
    pub line: usize,
    /// The rule's message: never a secret value (the engine redacts them).
    pub message: String,
    /// What to do instead: the rule's fix label, when it has one.
    pub fix: Option<String>,
    pub fingerprint: String,
}

/// The findings of `text` as it would be analysed at `path`.
pub fn scan(engine: &Engine, path: &Path, text: &str) -> Vec<Finding> {
    engine.analyze_source(path, text.as_bytes()).findings
}

/// The fingerprint of each finding, in order.
pub fn fingerprints(text: &str, findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| fingerprint(text, f)).collect()
}

fn fingerprint(text: &str, f: &Finding) -> String {
    // The lines the finding covers: a taint finding's sink line, a secret's line, a pattern's
    // statement. Whitespace-collapsed, so re-indenting does not make a finding new.
    let start = text[..f.range.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let end = text[f.range.end.min(text.len())..].find('\n').map_or(text.len(), |i| f.range.end + i);
    let code: String = text[start..end.max(start)].split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{:016x}", fnv1a(&[f.rule.id.as_bytes(), b"\0", code.as_bytes()]))
}

/// FNV-1a, 64 bits: stable across builds and platforms (fingerprints are stored between hook
/// calls).
pub fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The findings of `after` that `before` (fingerprints of the file before the edit) does not
/// account for, in file order.
pub fn introduced(before: &[String], after_text: &str, after: &[Finding]) -> Vec<NewFinding> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for fp in before {
        *left.entry(fp.as_str()).or_default() += 1;
    }
    let mut out = Vec::new();
    for f in after {
        let fp = fingerprint(after_text, f);
        match left.get_mut(fp.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(describe(after_text, f, fp)),
        }
    }
    out
}

/// Every finding of a file, described (for the `Stop` check of findings still there).
pub fn describe_all(text: &str, findings: &[Finding]) -> Vec<NewFinding> {
    findings.iter().map(|f| describe(text, f, fingerprint(text, f))).collect()
}

fn describe(text: &str, f: &Finding, fingerprint: String) -> NewFinding {
    let line = text.as_bytes()[..f.range.start.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1;
    NewFinding {
        rule_id: f.rule.id.clone(),
        severity: f.severity,
        line,
        message: f.message.clone(),
        fix: f.fix.as_ref().map(|x| x.title.clone()).or_else(|| f.rule.fix.as_ref().map(|x| x.title.clone())),
        fingerprint,
    }
}
