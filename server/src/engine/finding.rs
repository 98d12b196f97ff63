//! What the engine reports: findings, their fixes, and the redaction of secret values.

use std::ops::Range;
use std::sync::Arc;

use redline_rules::{Confidence, Severity};
use serde::Serialize;

use super::ruleset::RuleMeta;

/// One problem found in one file. Byte offsets index the analysed text.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: Arc<RuleMeta>,
    /// Effective severity (after configuration overrides).
    pub severity: Severity,
    pub confidence: Confidence,
    pub range: Range<usize>,
    /// What the finding depends on: the span of every node its pattern captured (for a secret,
    /// the match). An edit outside it cannot make the finding go away unless it changes the
    /// syntax tree around it (which `Tree::changed_ranges` reports); incremental analysis keeps
    /// the finding only then.
    pub span: Range<usize>,
    /// Diagnostic text. Never contains a secret value.
    pub message: String,
    /// For secret rules: where the secret value is, and its redacted form.
    pub secret: Option<SecretInfo>,
    pub fix: Option<Fix>,
    /// Taint findings: where the data came from (the source expression).
    pub source: Option<Range<usize>>,
}

impl Finding {
    /// What to do about it, for a reader who cannot click a quick fix (an agent): this
    /// finding's fix, else the label of its rule's fix.
    pub fn fix_label(&self) -> Option<String> {
        self.fix.as_ref().map(|x| x.title.clone()).or_else(|| self.rule.fix.as_ref().map(|x| x.title.clone()))
    }
}

#[derive(Debug, Clone)]
pub struct SecretInfo {
    pub range: Range<usize>,
    pub redacted: Redacted,
}

/// A redacted secret: a short prefix and the length, e.g. `ghp_…(40 chars)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Redacted {
    pub prefix: String,
    pub length: usize,
}

impl Redacted {
    /// Keeps at most 4 characters and never more than a quarter of the value: the prefix of a
    /// provider token (`ghp_`, `AKIA`) identifies it; the prefix of a short password reveals
    /// next to nothing.
    pub fn new(value: &str) -> Self {
        let length = value.chars().count();
        let keep = (length / 4).min(4);
        Redacted { prefix: value.chars().take(keep).collect(), length }
    }
}

impl std::fmt::Display for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}…({} chars)", self.prefix, self.length)
    }
}

/// A fix: edits that together make the finding go away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    /// Safe fixes are applied by `--fix`; unsafe ones only offered in the editor.
    pub safe: bool,
}

/// Replace `range` (bytes) with `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

/// Applies non-overlapping edits to `text`. Identical edits (the same import added by two
/// fixes) are applied once; an edit overlapping an earlier one is skipped. Returns the new
/// text and how many edits were skipped.
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by(|a, b| a.range.start.cmp(&b.range.start).then(a.range.end.cmp(&b.range.end)));
    sorted.dedup_by(|a, b| a == b);
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    let mut skipped = 0;
    for edit in sorted {
        let valid = edit.range.start <= edit.range.end
            && edit.range.end <= text.len()
            && text.is_char_boundary(edit.range.start)
            && text.is_char_boundary(edit.range.end);
        if !valid || edit.range.start < cursor {
            skipped += 1;
            continue;
        }
        out.push_str(&text[cursor..edit.range.start]);
        out.push_str(&edit.text);
        cursor = edit.range.end;
    }
    out.push_str(&text[cursor..]);
    (out, skipped)
}

/// The edits that turn `old` into `new`, one per changed span (lines first, then characters
/// within changed lines), so that unchanged text is never repeated in an edit.
pub fn minimal_edits(old: &str, new: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let lines = similar::TextDiff::configure().timeout(std::time::Duration::from_millis(200)).diff_lines(old, new);
    for op in lines.grouped_ops(0).into_iter().flatten() {
        if let similar::DiffOp::Equal { .. } = op {
            continue;
        }
        let (old_lines, new_lines) = (op.old_range(), op.new_range());
        let old_start = line_offset(old, old_lines.start);
        let old_end = line_offset(old, old_lines.end);
        let new_start = line_offset(new, new_lines.start);
        let new_end = line_offset(new, new_lines.end);
        let (a, b) = (&old[old_start..old_end], &new[new_start..new_end]);
        let chars = similar::TextDiff::configure().timeout(std::time::Duration::from_millis(50)).diff_chars(a, b);
        let mut ai = 0usize;
        let mut pending: Option<Edit> = None;
        for change in chars.iter_all_changes() {
            let v = change.value();
            match change.tag() {
                similar::ChangeTag::Equal => {
                    edits.extend(pending.take());
                    ai += v.len();
                }
                similar::ChangeTag::Delete => {
                    let e = pending.get_or_insert_with(|| Edit { range: old_start + ai..old_start + ai, text: String::new() });
                    e.range.end += v.len();
                    ai += v.len();
                }
                similar::ChangeTag::Insert => {
                    let e = pending.get_or_insert_with(|| Edit { range: old_start + ai..old_start + ai, text: String::new() });
                    e.text.push_str(v);
                }
            }
        }
        edits.extend(pending.take());
    }
    edits
}

/// Byte offset of the start of line `line` (0-based; the end of the text past the last line).
fn line_offset(text: &str, line: usize) -> usize {
    if line == 0 {
        return 0;
    }
    text.match_indices('\n').nth(line - 1).map_or(text.len(), |(i, _)| i + 1)
}

/// Replaces every secret value found in a file wherever it would be shown: code frames, fix
/// texts, snippets. Built once per file from its findings.
#[derive(Debug, Default, Clone)]
pub struct Redactor {
    /// (secret value, redacted form), longest first so that overlapping values redact fully.
    secrets: Vec<(String, String)>,
}

impl Redactor {
    pub fn new(text: &str, findings: &[Finding]) -> Self {
        Self::from_secrets(text, findings.iter().filter_map(|f| f.secret.as_ref()))
    }

    /// A redactor for every secret in `secrets` (values read from `text`).
    pub fn from_secrets<'a>(text: &str, secrets: impl IntoIterator<Item = &'a SecretInfo>) -> Self {
        let mut secrets: Vec<(String, String)> = secrets
            .into_iter()
            .filter_map(|s| text.get(s.range.clone()).map(|v| (v.to_owned(), s.redacted.to_string())))
            .filter(|(v, _)| !v.is_empty())
            .collect();
        secrets.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        secrets.dedup();
        Redactor { secrets }
    }

    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty()
    }

    pub fn redact(&self, s: &str) -> String {
        let mut out = s.to_owned();
        for (value, redacted) in &self.secrets {
            if out.contains(value.as_str()) {
                out = out.replace(value.as_str(), redacted);
            }
            // Multi-line secrets (private keys) are shown line by line: redact each long line.
            if value.contains('\n') {
                for line in value.lines().map(str::trim).filter(|l| l.len() >= 16) {
                    if out.contains(line) {
                        out = out.replace(line, &Redacted::new(line).to_string());
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_edits_touch_only_what_changed() {
        let old = "a = 1\nkey = \"ghp_secretvalue\"\nverify=False\nend\n";
        let new = "a = 1\nkey = \"ghp_secretvalue\"\nverify=True\nend\n";
        let edits = minimal_edits(old, new);
        assert_eq!(apply_edits(old, &edits).0, new);
        assert!(edits.iter().all(|e| !e.text.contains("ghp_")), "{edits:?}");
        assert_eq!(edits.len(), 1);
        for (old, new) in [("", "x\n"), ("x\n", ""), ("héllo\nwörld", "hello\nwörld!\n"), ("a\r\nb\r\n", "a\r\nimport os\r\nb\r\n")] {
            assert_eq!(apply_edits(old, &minimal_edits(old, new)).0, new);
        }
    }

    #[test]
    fn redaction_keeps_a_short_prefix_and_the_length() {
        assert_eq!(Redacted::new("ghp_abcdefghijklmnopqrstuvwxyz0123456789").to_string(), "ghp_…(40 chars)");
        assert_eq!(Redacted::new("hunter2").to_string(), "h…(7 chars)");
        assert_eq!(Redacted::new("abc").to_string(), "…(3 chars)");
    }

    #[test]
    fn edits_apply_in_order_and_skip_overlaps() {
        let edits = vec![
            Edit { range: 4..5, text: "X".into() },
            Edit { range: 0..0, text: "import os\n".into() },
            Edit { range: 0..0, text: "import os\n".into() },
            Edit { range: 4..6, text: "Y".into() },
        ];
        let (out, skipped) = apply_edits("abcdefg", &edits);
        assert_eq!(out, "import os\nabcdXfg");
        assert_eq!(skipped, 1);
    }
}
