//! Runs every rule's own examples: lines annotated `ruleid: <id>` must be flagged by that rule,
//! lines annotated `ok: <id>` must not, no other line may be, and `fixed` must equal the text
//! after applying the rule's fixes. Backs `redline test-rules` and the workspace test.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use redline_rules::{parse_rule, RuleSource};

use crate::engine::{apply_edits, Engine, Limits, RuleFilter, RuleSet};

/// One failed expectation.
#[derive(Debug, Clone)]
pub struct RuleTestFailure {
    pub rule_id: String,
    pub file: String,
    pub example: usize,
    pub message: String,
}

impl std::fmt::Display for RuleTestFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}] example {}: {}", self.file, self.rule_id, self.example + 1, self.message)
    }
}

/// What a test run covered.
#[derive(Debug, Default, Clone)]
pub struct RuleTestReport {
    pub rules: usize,
    pub examples: usize,
    pub flag_lines: usize,
    pub ok_lines: usize,
    pub fixes_checked: usize,
    pub failures: Vec<RuleTestFailure>,
    /// Broken rule files: each is a failure too.
    pub rule_errors: Vec<String>,
}

impl RuleTestReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty() && self.rule_errors.is_empty()
    }
}

/// Annotated lines of one example: (0-based line, must_flag).
fn expectations(code: &str, rule_id: &str) -> Vec<(usize, bool)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    let annotation = |line: &str| -> Option<bool> {
        for (marker, flag) in [("ruleid:", true), ("ok:", false)] {
            if let Some(at) = line.find(marker) {
                let ids = &line[at + marker.len()..];
                let ids = ids.split(|c: char| c.is_whitespace() || c == ',').filter(|s| !s.is_empty());
                let ids: Vec<&str> = ids.map(|s| s.trim_end_matches("*/").trim_end_matches("-->")).collect();
                if ids.iter().any(|id| *id == rule_id) {
                    return Some(flag);
                }
            }
        }
        None
    };
    for (i, line) in lines.iter().enumerate() {
        let Some(flag) = annotation(line) else { continue };
        let trimmed = line.trim_start();
        let comment_only = is_comment(trimmed);
        if comment_only {
            // The annotation marks the next line that is not itself an annotation.
            let target = (i + 1..lines.len()).find(|&j| annotation(lines[j]).is_none() || !is_comment(lines[j]));
            if let Some(j) = target {
                out.push((j, flag));
            }
        } else {
            out.push((i, flag));
        }
    }
    out
}

fn is_comment(line: &str) -> bool {
    let t = line.trim_start();
    ["#", "//", "/*", "--", "<!--", ";", "*", "{/*"].iter().any(|p| t.starts_with(p))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count()
}

/// Runs the examples of every rule in `sources`. Each rule runs alone (preview included), so
/// its examples document exactly what it matches; how rules interact (one finding per secret)
/// is tested in the engine.
pub fn run(sources: &[RuleSource]) -> RuleTestReport {
    let filter = RuleFilter { preview: true, ..RuleFilter::default() };
    let all = RuleSet::build(sources, &filter);
    all.compile_all();
    let mut report = RuleTestReport { rule_errors: all.errors().iter().map(|e| e.to_string()).collect(), ..Default::default() };
    for source in sources {
        let Ok(rule) = parse_rule(source) else { continue };
        if all.rule(&rule.id).is_none() {
            continue;
        }
        let engine = Engine::new(Arc::new(RuleSet::build(std::slice::from_ref(source), &filter)), Limits::default());
        report.rules += 1;
        let file = source.path.display().to_string();
        for (index, example) in rule.examples.iter().enumerate() {
            report.examples += 1;
            let fail = |message: String| RuleTestFailure { rule_id: rule.id.clone(), file: file.clone(), example: index, message };
            let analysis = if example.files.is_empty() {
                engine.analyze_source(Path::new(&example.filename), example.code.as_bytes())
            } else {
                // The example's project: its other files, in memory.
                let files = crate::deps::imports::MemoryFiles(example.files.iter().map(|(p, t)| (PathBuf::from(p), Arc::from(t.as_str()))).collect());
                let with_files = Engine::new(engine.rules.clone(), Limits::default()).with_project(Arc::new(files));
                with_files.analyze_source(Path::new(&example.filename), example.code.as_bytes())
            };
            let ours: Vec<_> = analysis.findings.iter().filter(|f| f.rule.id == rule.id).collect();
            let flagged: std::collections::BTreeSet<usize> = ours.iter().map(|f| line_of(&example.code, f.range.start)).collect();
            let expected = expectations(&example.code, &rule.id);
            let lines: Vec<&str> = example.code.lines().collect();
            for &(line, must_flag) in &expected {
                let shown = lines.get(line).map_or("", |l| l.trim());
                if must_flag {
                    report.flag_lines += 1;
                    if !flagged.contains(&line) {
                        report.failures.push(fail(format!("line {} should be flagged but is not: `{shown}`", line + 1)));
                    }
                } else {
                    report.ok_lines += 1;
                    if flagged.contains(&line) {
                        report.failures.push(fail(format!("line {} must not be flagged but is: `{shown}`", line + 1)));
                    }
                }
            }
            for line in &flagged {
                if !expected.iter().any(|(l, _)| l == line) {
                    let shown = lines.get(*line).map_or("", |l| l.trim());
                    report.failures.push(fail(format!(
                        "line {} is flagged but not annotated (add `ruleid: {}` above it or fix the rule): `{shown}`",
                        line + 1,
                        rule.id
                    )));
                }
            }
            if let Some(fixed) = &example.fixed {
                report.fixes_checked += 1;
                let edits: Vec<_> = ours.iter().filter_map(|f| f.fix.as_ref()).flat_map(|f| f.edits.clone()).collect();
                if edits.is_empty() {
                    report.failures.push(fail("`fixed` is given but no finding offers a fix".into()));
                } else {
                    let (out, _) = apply_edits(&example.code, &edits);
                    if out.trim_end() != fixed.trim_end() {
                        report.failures.push(fail(format!("fixed text differs.\n--- expected\n{fixed}\n--- got\n{out}")));
                    } else {
                        let again = engine.analyze_source(Path::new(&example.filename), out.as_bytes());
                        let left = again.findings.iter().filter(|f| f.rule.id == rule.id && f.fix.is_some()).count();
                        if left > 0 {
                            report.failures.push(fail(format!("{left} fixable finding(s) remain after applying the fixes")));
                        }
                    }
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_mark_next_line_or_same_line() {
        let code = "# ruleid: r.x\nbad()\n# ok: r.x\ngood()\nbad() # ruleid: r.x\n";
        assert_eq!(expectations(code, "r.x"), vec![(1, true), (3, false), (4, true)]);
        assert!(expectations(code, "other").is_empty());
    }
}
