//! The analysis engine: parse a file, run the query rules and the secret scanner over it, build
//! fixes, drop suppressed findings. It knows nothing about LSP or terminals: the CLI, the
//! language server and hooks all call [`Engine::analyze_source`] or [`Engine::analyze_tree`].

pub mod ascii_regex;
pub mod finding;
pub mod fix;
pub mod incremental;
pub mod query;
pub mod ruleset;
pub mod secrets;
pub mod suppress;
pub mod taint;

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

pub use finding::{apply_edits, minimal_edits, Edit, Finding, Fix, Redacted, Redactor, SecretInfo};
pub use ruleset::{RuleFilter, RuleMeta, RuleSet};
use tree_sitter::{Parser, Tree};

use crate::languages::Language;

/// Limits that keep one pathological file from stalling a scan or an editor.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Above this size (bytes) a file gets the secret rules only.
    pub max_syntax_size: usize,
    /// Above this size a file is not analysed at all.
    pub max_file_size: usize,
    /// Query rules stop after this long on one file (or one edit's window), with a notice.
    pub max_query_time: std::time::Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_syntax_size: 2 * 1024 * 1024, max_file_size: 64 * 1024 * 1024, max_query_time: std::time::Duration::from_secs(5) }
    }
}

/// Something the user should know about a file that is not a finding: it was skipped or only
/// partly analysed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Notice {
    pub kind: NoticeKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeKind {
    Binary,
    InvalidUtf8,
    TooLarge,
    SecretsOnly,
    /// Query rules stopped at the time budget: the findings are incomplete.
    TimedOut,
}

/// The result of analysing one file.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub language: Language,
    /// The text that was analysed (lossily decoded if the file was not UTF-8).
    pub text: Arc<str>,
    pub findings: Vec<Finding>,
    pub notices: Vec<Notice>,
    /// False when the text is a lossy decoding: fixes must not be written back.
    pub fixable: bool,
    /// Every secret detected in the file, before path filters, suppressions and severity
    /// filters: whatever part of the file is shown (a neighbour's code frame, a fix text) is
    /// redacted with all of them.
    pub secrets: Vec<SecretInfo>,
}

/// Rules plus limits. Cheap to clone; shared across threads.
#[derive(Debug, Clone)]
pub struct Engine {
    pub rules: Arc<RuleSet>,
    pub limits: Limits,
    /// The files of the project an analysed file belongs to, for checks that read beyond the
    /// file (`deps.phantom-import` reads the manifests). Front ends give the disk; without it
    /// those checks are skipped. The engine itself never touches the file system.
    pub project: Option<Arc<dyn crate::deps::imports::ProjectFiles>>,
}

impl Engine {
    pub fn new(rules: Arc<RuleSet>, limits: Limits) -> Engine {
        Engine { rules, limits, project: None }
    }

    /// The engine reading the project's files through `project` (see [`Engine::project`]).
    pub fn with_project(mut self, project: Arc<dyn crate::deps::imports::ProjectFiles>) -> Engine {
        self.project = Some(project);
        self
    }

    /// Findings of `[file]` rules: the file itself, by its path, content unread. Reported at
    /// the start of the file, after path filters and before suppressions (which need text).
    pub fn file_findings(&self, path: &Path) -> Vec<Finding> {
        if self.rules.files.is_empty() {
            return Vec::new();
        }
        let shown = path.to_string_lossy().replace('\\', "/");
        self.rules
            .files
            .iter()
            .filter(|(meta, re)| re.is_match(&shown) && meta.applies_to_path(path))
            .map(|(meta, _)| Finding {
                rule: meta.clone(),
                severity: meta.severity,
                confidence: meta.confidence,
                range: 0..0,
                span: 0..0,
                message: meta.message.clone(),
                secret: None,
                fix: None,
                source: None,
            })
            .collect()
    }

    /// The analysis of a file over `max-file-size`, which is never read (`[file]` rules still
    /// report it by its path).
    pub fn skipped_as_too_large(&self, path: &Path, size: u64) -> Analysis {
        Analysis {
            language: Language::Text,
            text: Arc::from(""),
            findings: self.file_findings(path),
            notices: vec![Notice {
                kind: NoticeKind::TooLarge,
                message: format!(
                    "file skipped: {size} bytes is over the {}-byte limit (`max-file-size` in redline.toml)",
                    self.limits.max_file_size
                ),
            }],
            fixable: false,
            secrets: Vec::new(),
        }
    }

    /// Analyses raw file bytes: detects binary content, decodes UTF-8 (lossily, with a notice,
    /// when invalid), applies the size limits, parses and runs every applicable rule.
    pub fn analyze_source(&self, path: &Path, bytes: &[u8]) -> Analysis {
        let mut notices = Vec::new();
        if looks_binary(bytes) {
            return Analysis {
                language: Language::Text,
                text: Arc::from(""),
                findings: self.file_findings(path),
                notices: vec![Notice { kind: NoticeKind::Binary, message: "binary file skipped".into() }],
                fixable: false,
                secrets: Vec::new(),
            };
        }
        if bytes.len() > self.limits.max_file_size {
            return self.skipped_as_too_large(path, bytes.len() as u64);
        }
        let (text, fixable): (Arc<str>, bool) = match std::str::from_utf8(bytes) {
            Ok(s) => (Arc::from(s), true),
            Err(e) => {
                notices.push(Notice {
                    kind: NoticeKind::InvalidUtf8,
                    message: format!(
                        "file is not valid UTF-8 (first invalid byte at offset {}): analysed with replacement characters; fixes are disabled for it",
                        e.valid_up_to()
                    ),
                });
                (Arc::from(String::from_utf8_lossy(bytes).as_ref()), false)
            }
        };
        let first_line = text.lines().next();
        let language = Language::detect(path, first_line);
        let mut tree = None;
        if language.grammar().is_some() {
            if text.len() > self.limits.max_syntax_size {
                notices.push(Notice {
                    kind: NoticeKind::SecretsOnly,
                    message: format!(
                        "file is {} bytes, over the {}-byte syntax limit: only secret rules ran (`max-syntax-size` in redline.toml)",
                        text.len(),
                        self.limits.max_syntax_size
                    ),
                });
            } else if let Some(why) = parser_hazard(language, &text) {
                notices.push(Notice { kind: NoticeKind::SecretsOnly, message: format!("{why}: only secret rules ran") });
            } else {
                tree = parse(language, &text, None);
            }
        }
        let (raw, complete) = self.analyze_tree_raw(language, &text, tree.as_ref(), None, true);
        if !complete {
            notices.push(Notice {
                kind: NoticeKind::TimedOut,
                message: format!(
                    "query rules stopped after {} s on this file (deeply nested code): findings may be incomplete",
                    self.limits.max_query_time.as_secs_f64()
                ),
            });
        }
        let secrets = raw.iter().filter_map(|f| f.secret.clone()).collect();
        let mut raw = raw;
        raw.extend(self.file_findings(path));
        raw.extend(self.whole_file_findings(path, language, &text, tree.as_ref()));
        let findings = self.finish(path, &text, raw);
        Analysis { language, text, findings, notices, fixable, secrets }
    }

    /// Runs every rule for `language` over `text` with its (possibly incrementally updated)
    /// syntax tree. `window` restricts query matches and secret scanning to a byte range.
    pub fn analyze_tree(
        &self,
        path: &Path,
        language: Language,
        text: &str,
        tree: Option<&Tree>,
        window: Option<Range<usize>>,
    ) -> Vec<Finding> {
        let whole = window.is_none();
        let (mut findings, _) = self.analyze_tree_raw(language, text, tree, window, true);
        if whole {
            findings.extend(self.whole_file_findings(path, language, text, tree));
        }
        self.finish(path, text, findings)
    }

    /// Findings of the rules that look at a whole file at once: `[deps]` and `[iac]`.
    pub(crate) fn whole_file_findings(&self, path: &Path, language: Language, text: &str, tree: Option<&Tree>) -> Vec<Finding> {
        let mut out = self.deps_findings(path, language, text, tree);
        out.extend(self.iac_findings(path, language, text, tree));
        out
    }

    /// Findings of `[iac]` rules: the resources of a Terraform, Kubernetes or Compose file.
    /// Always over the whole file: one resource's finding may depend on another
    /// (`aws_s3_bucket_versioning` naming its bucket), and reading a file's resources is one
    /// walk of its tree. Like the query rules, they need the tree the caller parsed: without
    /// one (a file over the syntax limit, a parser hazard) they find nothing.
    pub(crate) fn iac_findings(&self, path: &Path, language: Language, text: &str, tree: Option<&Tree>) -> Vec<Finding> {
        let Some(tree) = tree else { return Vec::new() };
        let rules: Vec<(usize, &crate::iac::eval::IacRule)> = self
            .rules
            .iac
            .iter()
            .enumerate()
            .filter(|(_, (meta, _))| meta.applies_to(language) && meta.applies_to_path(path))
            .map(|(i, (_, r))| (i, r))
            .collect();
        if rules.is_empty() {
            return Vec::new();
        }
        let compiled: Vec<&crate::iac::eval::IacRule> = rules.iter().map(|(_, r)| *r).collect();
        crate::iac::check(path, tree, text, &compiled)
            .into_iter()
            .map(|f| {
                let (meta, _) = &self.rules.iac[rules[f.rule].0];
                let fix = f.fix.map(|(range, value)| {
                    let shown: String = value.chars().take(40).collect();
                    finding::Fix {
                        title: format!("Set to `{shown}`"),
                        edits: vec![finding::Edit { range, text: value }],
                        safe: meta.fix.as_ref().is_none_or(|x| x.safe),
                    }
                });
                Finding {
                    rule: meta.clone(),
                    severity: meta.severity,
                    confidence: meta.confidence,
                    span: f.span,
                    range: f.range,
                    message: meta.message.clone(),
                    secret: None,
                    fix,
                    source: None,
                }
            })
            .collect()
    }

    /// Findings of `[deps]` rules: the dependencies a manifest, lockfile or install command
    /// names, checked against the package snapshot. Always over the whole text: a file has
    /// few dependencies and each check is a lookup, so an edit re-runs them all.
    pub(crate) fn deps_findings(&self, path: &Path, language: Language, text: &str, tree: Option<&Tree>) -> Vec<Finding> {
        let imports = self.project.is_some() && crate::deps::check::reads_imports(language);
        if self.rules.deps.is_empty() || !(imports || crate::deps::check::applies(path, language)) {
            return Vec::new();
        }
        let wanted: Vec<_> = self.rules.deps.iter().map(|(_, c)| *c).collect();
        crate::deps::check::check(path, language, text, tree, &wanted, self.project.as_deref())
            .into_iter()
            .filter_map(|f| {
                let (meta, _) = self.rules.deps.iter().find(|(_, c)| *c == f.check)?;
                // The advisory's severity, unless the configuration overrides the rule's.
                let severity = match f.severity {
                    Some(s) if meta.severity == meta.default_severity => s,
                    _ => meta.severity,
                };
                let fix = f.fix.map(|(range, text)| finding::Fix {
                    title: match f.check {
                        crate::deps::check::Check::KnownVulnerable => format!("Upgrade to {text}"),
                        _ => format!("Use `{text}`"),
                    },
                    edits: vec![finding::Edit { range, text }],
                    // A new version or another package changes what gets installed: offered
                    // in the editor, never applied by `--fix` unasked.
                    safe: false,
                });
                Some(Finding {
                    rule: meta.clone(),
                    severity,
                    confidence: meta.confidence,
                    span: f.range.clone(),
                    range: f.range,
                    message: f.message,
                    secret: None,
                    fix,
                    source: None,
                })
            })
            .collect()
    }

    /// Secret findings over `window` (the whole text when `None`).
    pub(crate) fn secret_findings(
        &self,
        language: Language,
        text: &str,
        tree: Option<&Tree>,
        window: Option<Range<usize>>,
    ) -> Vec<Finding> {
        let census = self.rules.secrets.census(text, &[]);
        self.secret_findings_of(language, text, tree, window, &census.candidate)
    }

    /// Secret findings of the rules marked in `rules` over `window` (the whole text when
    /// `None`).
    pub(crate) fn secret_findings_of(
        &self,
        language: Language,
        text: &str,
        tree: Option<&Tree>,
        window: Option<Range<usize>>,
        rules: &[bool],
    ) -> Vec<Finding> {
        let literal_at = |r: Range<usize>| tree.is_none_or(|t| query::in_literal_or_comment(t, r));
        let mut findings = Vec::new();
        for m in self.rules.secrets.scan_rules(text, language, window, rules, &literal_at) {
            let rule = &self.rules.secrets.rules[m.rule];
            let value = &text[m.secret.clone()];
            let redacted = Redacted::new(value);
            let message = if rule.is_secret {
                format!("{} (value redacted: {redacted})", rule.meta.message)
            } else {
                rule.meta.message.clone()
            };
            let fix = rule
                .meta
                .fix
                .as_ref()
                .filter(|f| f.env_lookup)
                .and_then(|_| fix::env_lookup_fix(language, text, tree, m.secret.clone(), rule.env_var.as_deref()));
            findings.push(Finding {
                rule: rule.meta.clone(),
                severity: rule.meta.severity,
                confidence: m.confidence,
                span: m.range.start.min(m.secret.start)..m.range.end.max(m.secret.end),
                range: m.range,
                message,
                secret: rule.is_secret.then(|| SecretInfo { range: m.secret, redacted }),
                fix,
                source: None,
            });
        }
        findings
    }
}

/// One finding per problem: a taint finding that a syntactic rule of the same weakness (a CWE
/// in common) already reports at an overlapping range is dropped; the syntactic rule names the
/// exact pattern and may carry a fix.
fn drop_taint_overlaps(findings: &mut Vec<Finding>) {
    use ruleset::MatcherKind;
    if !findings.iter().any(|f| f.rule.kind == MatcherKind::Taint) {
        return;
    }
    let syntactic: Vec<(Range<usize>, Arc<ruleset::RuleMeta>)> =
        findings.iter().filter(|f| f.rule.kind == MatcherKind::Query).map(|f| (f.range.clone(), f.rule.clone())).collect();
    findings.retain(|f| {
        f.rule.kind != MatcherKind::Taint
            || !syntactic.iter().any(|(r, rule)| {
                r.start < f.range.end.max(f.range.start + 1) && f.range.start < r.end.max(r.start + 1) && rule.cwe.iter().any(|c| f.rule.cwe.contains(c))
            })
    });
    // Two taint rules at one sink for one weakness (request data that went through a model
    // into SQL): the more severe one, then the first by id.
    let tainted: Vec<(Range<usize>, Arc<ruleset::RuleMeta>)> =
        findings.iter().filter(|f| f.rule.kind == MatcherKind::Taint).map(|f| (f.range.clone(), f.rule.clone())).collect();
    findings.retain(|f| {
        f.rule.kind != MatcherKind::Taint
            || !tainted.iter().any(|(r, rule)| {
                *r == f.range
                    && rule.id != f.rule.id
                    && rule.cwe.iter().any(|c| f.rule.cwe.contains(c))
                    && (rule.severity, std::cmp::Reverse(&rule.id)) > (f.rule.severity, std::cmp::Reverse(&f.rule.id))
            })
    });
}

/// One secret, one finding: when several secret rules found overlapping values, the most
/// specific one is kept: a provider rule before a generic one (`secrets.generic-*`), then the
/// higher severity, then the rule id (for a deterministic choice).
fn drop_generic_overlaps(findings: &mut Vec<Finding>) {
    let is_generic = |f: &Finding| f.rule.id.contains(".generic-");
    let mut order: Vec<usize> = (0..findings.len()).filter(|&i| findings[i].secret.is_some()).collect();
    if order.len() < 2 {
        return;
    }
    order.sort_by(|&a, &b| {
        let (fa, fb) = (&findings[a], &findings[b]);
        is_generic(fa)
            .cmp(&is_generic(fb))
            .then(fb.severity.cmp(&fa.severity))
            .then(fa.rule.id.cmp(&fb.rule.id))
    });
    let mut kept: Vec<Range<usize>> = Vec::new();
    let mut drop = vec![false; findings.len()];
    for i in order {
        let Some(s) = findings[i].secret.as_ref() else { continue };
        if kept.iter().any(|r| r.start < s.range.end && s.range.start < r.end) {
            drop[i] = true;
        } else {
            kept.push(s.range.clone());
        }
    }
    let mut i = 0;
    findings.retain(|_| {
        let keep = !drop[i];
        i += 1;
        keep
    });
}

/// A NUL byte in the first 8 KB: a binary file, which no rule reads.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// Input that would crash a grammar's parser (not merely slow it): the reason, if any.
///
/// tree-sitter-yaml's external scanner serialises its indentation stack into tree-sitter's
/// 1 KB buffer without a bound: at about 254 nested block levels it writes past the end and
/// tree-sitter aborts the process. Each level starts at least one column further right, so a
/// file whose lines all start their content (after indentation and block indicators) before
/// column 200 cannot reach it.
pub fn parser_hazard(language: Language, text: &str) -> Option<String> {
    if language != Language::Yaml {
        return None;
    }
    const MAX_YAML_INDENT: usize = 200;
    for line in text.split(['\n', '\r']) {
        let lead = line.bytes().take_while(|b| matches!(b, b' ' | b'\t' | b'-' | b'?' | b':')).count();
        if lead >= MAX_YAML_INDENT {
            return Some(format!("YAML nested more than {MAX_YAML_INDENT} levels deep"));
        }
    }
    None
}

/// Parses `text` as `language`, reusing `old` for an incremental parse when given. `None` for
/// input the grammar cannot parse safely (see [`parser_hazard`]).
pub fn parse(language: Language, text: &str, old: Option<&Tree>) -> Option<Tree> {
    if parser_hazard(language, text).is_some() {
        return None;
    }
    let grammar = language.grammar()?;
    let mut parser = Parser::new();
    parser.set_language(&grammar).ok()?;
    parser.parse(text, old)
}

/// Like [`parse`], but gives up (returns `None`) as soon as `cancelled()` says the result is no
/// longer wanted: a newer version of the document arrived while a long parse was running.
pub fn parse_cancellable(language: Language, text: &str, old: Option<&Tree>, cancelled: &dyn Fn() -> bool) -> Option<Tree> {
    if parser_hazard(language, text).is_some() {
        return None;
    }
    let grammar = language.grammar()?;
    let mut parser = Parser::new();
    parser.set_language(&grammar).ok()?;
    let bytes = text.as_bytes();
    let mut progress = |_: &tree_sitter::ParseState| {
        if cancelled() {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    };
    let options = tree_sitter::ParseOptions::new().progress_callback(&mut progress);
    parser.parse_with_options(&mut |i, _| bytes.get(i..).unwrap_or_default(), old, Some(options))
}

/// Counts ERROR and MISSING nodes: a fix must not make this number grow.
pub fn syntax_error_count(tree: &Tree) -> usize {
    let mut cursor = tree.walk();
    let mut count = 0;
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            count += 1;
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return count;
            }
        }
    }
}

/// What [`Engine::fix_all`] did.
#[derive(Debug, Clone)]
pub struct FixOutcome {
    pub text: String,
    /// Fix titles applied, with their rule ids.
    pub applied: Vec<(String, String)>,
    /// Fixes left out because the result would not parse as well as the original.
    pub rejected: Vec<(String, String)>,
    /// Findings that remain after fixing.
    pub analysis: Analysis,
}

impl Engine {
    /// Applies fixes (safe ones, plus unsafe ones when asked) of findings at or above
    /// `min_severity`, re-analysing after each round until nothing fixable is left. A round whose
    /// result has more syntax errors than before is undone fix by fix: only fixes that keep the
    /// file parsing are kept.
    pub fn fix_all(&self, path: &Path, text: &str, allow_unsafe: bool, min_severity: redline_rules::Severity) -> FixOutcome {
        let mut current = text.to_owned();
        let mut applied = Vec::new();
        let mut rejected: Vec<(String, String)> = Vec::new();
        let mut analysis = self.analyze_source(path, current.as_bytes());
        for _round in 0..8 {
            if !analysis.fixable {
                break;
            }
            let candidates: Vec<&Finding> = analysis
                .findings
                .iter()
                .filter(|f| f.severity >= min_severity)
                .filter(|f| f.fix.as_ref().is_some_and(|x| x.safe || allow_unsafe))
                .filter(|f| !rejected.iter().any(|(id, _)| *id == f.rule.id))
                .collect();
            if candidates.is_empty() {
                break;
            }
            let baseline = parse(analysis.language, &current, None).map_or(0, |t| syntax_error_count(&t));
            let mut next = current.clone();
            let mut round_applied = Vec::new();
            // Apply one fix at a time against the evolving text would need offset mapping;
            // instead apply all non-overlapping fixes together, then check the parse.
            let edits: Vec<Edit> = candidates.iter().filter_map(|f| f.fix.as_ref()).flat_map(|f| f.edits.clone()).collect();
            let (all_fixed, _) = apply_edits(&current, &edits);
            let ok = |t: &str| parse(analysis.language, t, None).map_or(0, |t| syntax_error_count(&t)) <= baseline;
            if ok(&all_fixed) {
                next = all_fixed;
                round_applied.extend(candidates.iter().map(|f| (f.rule.id.clone(), f.fix.as_ref().map(|x| x.title.clone()).unwrap_or_default())));
            } else {
                for f in &candidates {
                    let fix = f.fix.as_ref().map(|x| (x.title.clone(), x.edits.clone()));
                    let Some((title, edits)) = fix else { continue };
                    let (single, _) = apply_edits(&current, &edits);
                    if ok(&single) {
                        next = single;
                        round_applied.push((f.rule.id.clone(), title));
                        break;
                    }
                    rejected.push((f.rule.id.clone(), title));
                }
            }
            if next == current {
                break;
            }
            current = next;
            applied.extend(round_applied);
            analysis = self.analyze_source(path, current.as_bytes());
        }
        FixOutcome { text: current, applied, rejected, analysis }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancelled_parse_gives_up_and_an_uncancelled_one_finishes() {
        let text: String = (0..5_000).map(|i| format!("def f{i}(x):\n    return x + {i}\n")).collect();
        assert!(parse_cancellable(Language::Python, &text, None, &|| true).is_none());
        let tree = parse_cancellable(Language::Python, &text, None, &|| false).expect("tree");
        assert_eq!(tree.root_node().named_child_count(), 5_000);
    }
}
