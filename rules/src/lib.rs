//! Redline's rule file format: the schema of one rule file, loading it with errors that name
//! the file, line and reason, and the built-in rules embedded from `rules/builtin/`.
//!
//! This crate knows nothing about tree-sitter or regex compilation: it checks the *shape* of a
//! rule. The engine (`redline::engine`) compiles matchers and reports compile errors through the
//! same [`RuleError`] type so that every broken rule is reported the same way.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

mod format;
pub use format::*;

/// The built-in rule files, embedded at compile time.
static BUILTIN: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/builtin");

/// A rule file as text, with the path it is known by (relative to `rules/builtin/` for
/// built-in rules, as given for user rules).
#[derive(Debug, Clone)]
pub struct RuleSource {
    pub path: PathBuf,
    /// Built-in rules borrow the embedded text: the server keeps every source for lazy query
    /// compilation, and copies of the built-in ones would cost about 1 MB of heap per rule set.
    pub text: Cow<'static, str>,
    pub builtin: bool,
}

/// Every built-in rule file, sorted by path so that rule order is deterministic.
pub fn builtin_sources() -> Vec<RuleSource> {
    let mut out = Vec::new();
    collect_embedded(&BUILTIN, &mut out);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn collect_embedded(dir: &include_dir::Dir<'static>, out: &mut Vec<RuleSource>) {
    for file in dir.files() {
        if file.path().extension().is_some_and(|e| e == "toml") {
            if let Some(text) = file.contents_utf8() {
                out.push(RuleSource {
                    path: Path::new("rules/builtin").join(file.path()),
                    text: Cow::Borrowed(text),
                    builtin: true,
                });
            }
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// Reads every `*.toml` rule file under `dir` (recursively), sorted by path.
/// Files that cannot be read become errors; nothing is skipped silently.
pub fn read_rule_dir(dir: &Path) -> (Vec<RuleSource>, Vec<RuleError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    if !dir.is_dir() {
        errors.push(RuleError::new(dir, 0, 0, "rule directory does not exist or is not a directory"));
        return (sources, errors);
    }
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                errors.push(RuleError::new(&d, 0, 0, format!("cannot read directory: {e}")));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                match std::fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => sources.push(RuleSource { path, text: Cow::Owned(text), builtin: false }),
                        Err(e) => errors.push(RuleError::new(
                            &path,
                            0,
                            0,
                            format!("rule file is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
                        )),
                    },
                    Err(e) => errors.push(RuleError::new(&path, 0, 0, format!("cannot read rule file: {e}"))),
                }
            }
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    (sources, errors)
}

/// A broken rule: where it is and why it is broken. Line and column are 1-based; 0 means
/// "the whole file".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub rule_id: Option<String>,
    pub reason: String,
}

impl RuleError {
    pub fn new(file: &Path, line: usize, column: usize, reason: impl Into<String>) -> Self {
        RuleError { file: file.to_path_buf(), line, column, rule_id: None, reason: reason.into() }
    }

    pub fn with_rule(mut self, id: &str) -> Self {
        self.rule_id = Some(id.to_owned());
        self
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column.max(1))?;
        }
        if let Some(id) = &self.rule_id {
            write!(f, ": rule `{id}`")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for RuleError {}

/// 1-based (line, column) of a byte offset in `text`; the column counts characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Parses and shape-checks one rule file. Matchers are compiled later by the engine.
pub fn parse_rule(source: &RuleSource) -> Result<RuleFile, RuleError> {
    let rule: RuleFile = toml::from_str(&source.text).map_err(|e| {
        let (line, col) = e.span().map_or((0, 0), |s| line_col(&source.text, s.start));
        RuleError::new(&source.path, line, col, e.message().trim().to_owned())
    })?;
    rule.validate(&source.path, &source.text)?;
    Ok(rule)
}

/// The JSON Schema of a rule file, as published in `rules/schema/rule.schema.json`.
pub fn rule_json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(RuleFile);
    serde_json::to_value(schema).unwrap_or(serde_json::Value::Null)
}

/// Location of the first character of a multi-line string value: TOML drops a newline right
/// after the opening delimiter, so the content starts one line later.
pub fn value_content_start(text: &str, span: &std::ops::Range<usize>) -> usize {
    let raw = &text[span.start.min(text.len())..span.end.min(text.len())];
    for delim in ["'''", "\"\"\""] {
        if let Some(rest) = raw.strip_prefix(delim) {
            let skip = if rest.starts_with("\r\n") {
                2
            } else if rest.starts_with('\n') {
                1
            } else {
                0
            };
            return span.start + delim.len() + skip;
        }
    }
    span.start + 1
}
