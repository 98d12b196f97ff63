//! Precision and recall of the built-in rules on the labeled evaluation set in `tests/eval/`:
//! realistic files, written independently of the rules' own examples, where a comment
//! `expect: <rule-id>[, <rule-id>...]` marks the next line as one that must be flagged by one of
//! those rules, and every other line must stay clean.
//!
//! `cargo run --release -p redline-tests --example eval` prints the report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use redline::engine::Engine;

/// Counts for one group.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        let d = self.true_positives + self.false_positives;
        if d == 0 { 1.0 } else { self.true_positives as f64 / d as f64 }
    }

    pub fn recall(&self) -> f64 {
        let d = self.true_positives + self.false_negatives;
        if d == 0 { 1.0 } else { self.true_positives as f64 / d as f64 }
    }

    fn add(&mut self, o: Counts) {
        self.true_positives += o.true_positives;
        self.false_positives += o.false_positives;
        self.false_negatives += o.false_negatives;
    }
}

/// A miss or a false alarm, for reading the report.
#[derive(Debug, Clone)]
pub struct Mismatch {
    pub file: PathBuf,
    pub line: usize,
    pub kind: &'static str,
    pub rules: String,
}

#[derive(Debug, Default)]
pub struct EvalReport {
    /// By category (the directory under `tests/eval/`).
    pub by_category: BTreeMap<String, Counts>,
    /// By rule family of the expected (or, for false alarms, the reporting) rule.
    pub by_family: BTreeMap<String, Counts>,
    pub files: usize,
    pub mismatches: Vec<Mismatch>,
    /// Labels naming rules that do not exist.
    pub unknown_rules: Vec<(PathBuf, usize, String)>,
}

impl EvalReport {
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.by_category.values() {
            t.add(*c);
        }
        t
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let row = |out: &mut String, name: &str, c: &Counts| {
            out.push_str(&format!(
                "{:<18} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}\n",
                name,
                c.true_positives,
                c.false_positives,
                c.false_negatives,
                c.precision(),
                c.recall()
            ));
        };
        out.push_str(&format!("{:<18} {:>5} {:>5} {:>5} {:>9} {:>7}\n", "category", "TP", "FP", "FN", "precision", "recall"));
        for (k, c) in &self.by_category {
            row(&mut out, k, c);
        }
        row(&mut out, "ALL", &self.total());
        out.push_str(&format!("\n{:<18} {:>5} {:>5} {:>5} {:>9} {:>7}\n", "rule family", "TP", "FP", "FN", "precision", "recall"));
        for (k, c) in &self.by_family {
            row(&mut out, k, c);
        }
        out.push_str(&format!("\n{} files\n", self.files));
        out
    }
}

fn expectations(code: &str) -> Vec<(usize, Vec<String>)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    let marker = |l: &str| -> Option<Vec<String>> {
        let at = l.find("expect:")?;
        let ids = l[at + "expect:".len()..]
            .split(|c: char| c.is_whitespace() || c == ',')
            .map(|s| s.trim_end_matches("*/").trim_end_matches("-->").trim())
            .filter(|s| s.contains('.'))
            .map(str::to_owned)
            .collect::<Vec<_>>();
        (!ids.is_empty()).then_some(ids)
    };
    let comment_only = |l: &str| {
        let t = l.trim_start();
        ["#", "//", "/*", "--", "<!--", ";", "*", "{/*"].iter().any(|p| t.starts_with(p))
    };
    for (i, l) in lines.iter().enumerate() {
        let Some(ids) = marker(l) else { continue };
        if comment_only(l) {
            if let Some(j) = (i + 1..lines.len()).find(|&j| marker(lines[j]).is_none() || !comment_only(lines[j])) {
                out.push((j, ids));
            }
        } else {
            out.push((i, ids));
        }
    }
    out
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_under(&p, out);
        } else if p.file_name().is_some_and(|n| n != "README.md") {
            out.push(p);
        }
    }
}

/// Runs the engine over every file of `root` and scores it against the labels.
pub fn evaluate(root: &Path, engine: &Engine) -> EvalReport {
    let mut report = EvalReport::default();
    let mut files = Vec::new();
    files_under(root, &mut files);
    let known: std::collections::HashSet<&str> = engine.rules.rules.iter().map(|r| r.id.as_str()).collect();
    for file in files {
        let Ok(bytes) = std::fs::read(&file) else { continue };
        report.files += 1;
        let rel = file.strip_prefix(root).unwrap_or(&file);
        let category = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let analysis = engine.analyze_source(&file, &bytes);
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count();
        let mut found: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for f in &analysis.findings {
            found.entry(line_of(f.range.start)).or_default().push(f.rule.id.clone());
        }
        let expected = expectations(&text);
        let mut counts = Counts::default();
        let family = |id: &str| id.split('.').next().unwrap_or("").to_owned();
        for (line, ids) in &expected {
            for id in ids {
                if !known.contains(id.as_str()) {
                    report.unknown_rules.push((rel.to_path_buf(), line + 1, id.clone()));
                }
            }
            let fam = family(&ids[0]);
            let hit = found.get(line).is_some_and(|got| got.iter().any(|g| ids.contains(g)));
            let entry = report.by_family.entry(fam).or_default();
            if hit {
                counts.true_positives += 1;
                entry.true_positives += 1;
            } else {
                counts.false_negatives += 1;
                entry.false_negatives += 1;
                report.mismatches.push(Mismatch { file: rel.to_path_buf(), line: line + 1, kind: "missed", rules: ids.join(", ") });
            }
        }
        for (line, got) in &found {
            let allowed = expected.iter().find(|(l, _)| l == line).map(|(_, ids)| ids.clone()).unwrap_or_default();
            for g in got {
                if !allowed.contains(g) {
                    counts.false_positives += 1;
                    report.by_family.entry(family(g)).or_default().false_positives += 1;
                    report.mismatches.push(Mismatch { file: rel.to_path_buf(), line: line + 1, kind: "false alarm", rules: g.clone() });
                }
            }
        }
        report.by_category.entry(category).or_default().add(counts);
    }
    report
}
