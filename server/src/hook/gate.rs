//! Which findings an edit introduces: the file is scanned as it was and as it will be, and a
//! finding is new when the "after" text has more findings with its fingerprint than the
//! "before" text had. A fingerprint is the rule and the finding's code with whitespace
//! collapsed, hashed: it survives the lines above moving, and it holds no code (a secret on
//! the line is hashed with it, never stored).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use redline_rules::Severity;
use tree_sitter::{InputEdit, Tree};

use crate::engine::incremental::{point_at, Previous};
use crate::engine::ruleset::MatcherKind;
use crate::engine::{looks_binary, parse, parser_hazard, Engine, Finding};
use crate::languages::Language;

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

/// The findings of `text` as it would be analysed at `path` (what `redline check` reports).
/// With a cache (the hook server), a file seen before is re-analysed incrementally: a gate
/// scans the file as it is and as the edit leaves it, and the two differ by one edit.
pub fn scan(engine: &Engine, cache: Option<&FileCache>, path: &Path, text: &str) -> Vec<Finding> {
    let language = Language::detect(path, text.lines().next());
    let plain = cache.is_none()
        || language.grammar().is_none()
        || text.len() > engine.limits.max_syntax_size
        || text.len() > engine.limits.max_file_size
        || looks_binary(text.as_bytes())
        || parser_hazard(language, text).is_some();
    let Some(cache) = cache.filter(|_| !plain) else { return engine.analyze_source(path, text.as_bytes()).findings };
    let engine_id = engine as *const Engine as usize;
    let mut files = cache.files.lock().unwrap_or_else(|p| p.into_inner());
    let versions = files.entry(path.to_path_buf()).or_default();
    versions.retain(|c| c.engine_id == engine_id && c.language == language);
    if let Some(at) = versions.iter().position(|c| c.text == text) {
        // Seen as it is: move it last (most recent) and answer from it.
        let c = versions.remove(at);
        let mut out = engine.file_findings(path);
        out.extend(c.findings.iter().filter(|f| f.rule.kind != MatcherKind::File).cloned());
        versions.push(c);
        return out;
    }
    let (tree, findings) = match versions.last() {
        Some(c) => {
            let edit = one_edit(&c.text, text);
            let mut old = c.tree.clone();
            old.edit(&edit);
            let tree = parse(language, text, Some(&old));
            let previous = Previous { findings: &c.findings, edits: std::slice::from_ref(&edit), old_tree: Some(&old) };
            let findings = engine.analyze_incremental(path, language, text, tree.as_ref(), previous);
            (tree, findings)
        }
        None => {
            let tree = parse(language, text, None);
            let findings = engine.analyze_tree(path, language, text, tree.as_ref(), None);
            (tree, findings)
        }
    };
    let mut out = engine.file_findings(path);
    out.extend(findings.iter().filter(|f| f.rule.kind != MatcherKind::File).cloned());
    if let Some(tree) = tree {
        // Two versions per file: a gate scans the file as it is and as the edit would leave it,
        // and the next call often starts from the first again (the edit was denied).
        if versions.len() >= VERSIONS_PER_FILE {
            versions.remove(0);
        }
        versions.push(Cached { engine_id, language, text: text.to_owned(), tree, findings });
    }
    if files.len() > MAX_CACHED_FILES {
        let keep = path.to_path_buf();
        files.retain(|p, _| *p == keep);
    }
    out
}

const VERSIONS_PER_FILE: usize = 2;

/// The files whose last analysis the hook server keeps.
const MAX_CACHED_FILES: usize = 256;

/// Each file's last analysis: its text, tree and findings.
#[derive(Default)]
pub struct FileCache {
    files: Mutex<HashMap<PathBuf, Vec<Cached>>>,
}

struct Cached {
    /// The engine (rule set) that produced it: another configuration starts afresh.
    engine_id: usize,
    language: Language,
    text: String,
    tree: Tree,
    findings: Vec<Finding>,
}

/// The single edit from `old` to `new`: the span between their common prefix and suffix.
fn one_edit(old: &str, new: &str) -> InputEdit {
    let prefix = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
    let mut start = prefix;
    while !old.is_char_boundary(start) || !new.is_char_boundary(start) {
        start -= 1;
    }
    let max_suffix = old.len().min(new.len()) - start;
    let suffix = old.bytes().rev().zip(new.bytes().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    let (mut old_end, mut new_end) = (old.len() - suffix, new.len() - suffix);
    while !old.is_char_boundary(old_end) || !new.is_char_boundary(new_end) {
        old_end += 1;
        new_end += 1;
    }
    InputEdit {
        start_byte: start,
        old_end_byte: old_end,
        new_end_byte: new_end,
        start_position: point_at(old, start),
        old_end_position: point_at(old, old_end),
        new_end_position: point_at(new, new_end),
    }
}

/// A finding of the file before an edit, as remembered: enough for the audit log's lifecycle
/// (which finding an edit fixed or suppressed), no code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Seen {
    pub fingerprint: String,
    pub rule_id: String,
    pub severity: Severity,
    /// Hidden by a `redline-ignore` comment.
    pub suppressed: bool,
}

/// The findings of `text` (those a `redline-ignore` hides too, marked), for [`Seen`].
pub fn seen(text: &str, findings: &[Finding], unsuppressed: Option<&[Finding]>) -> Vec<Seen> {
    let active: Vec<Seen> = findings
        .iter()
        .map(|f| Seen { fingerprint: fingerprint(text, f), rule_id: f.rule.id.clone(), severity: f.severity, suppressed: false })
        .collect();
    let Some(raw) = unsuppressed else { return active };
    let mut left: HashMap<String, usize> = HashMap::new();
    for s in &active {
        *left.entry(s.fingerprint.clone()).or_default() += 1;
    }
    let mut out = active;
    for f in raw {
        let fp = fingerprint(text, f);
        match left.get_mut(&fp) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(Seen { fingerprint: fp, rule_id: f.rule.id.clone(), severity: f.severity, suppressed: true }),
        }
    }
    out
}

/// `a` minus `b`, as multisets of fingerprints.
pub fn minus<'a>(a: &'a [Seen], b: &[Seen]) -> Vec<&'a Seen> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for s in b {
        *left.entry(s.fingerprint.as_str()).or_default() += 1;
    }
    a.iter()
        .filter(|s| match left.get_mut(s.fingerprint.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

/// The fingerprint of each finding, in order.
pub fn fingerprints(text: &str, findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| fingerprint(text, f)).collect()
}

fn fingerprint(text: &str, f: &Finding) -> String {
    // The finding's own code, whitespace-collapsed: re-indenting, moving it, or a comment added
    // at the end of its line does not make it a new finding.
    let code: String = text.get(f.range.clone()).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
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
    let (line, _) = redline_rules::line_col(text, f.range.start);
    NewFinding {
        rule_id: f.rule.id.clone(),
        severity: f.severity,
        line,
        message: f.message.clone(),
        fix: f.fix_label(),
        fingerprint,
    }
}
