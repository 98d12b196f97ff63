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
mod iac;
pub use format::*;
pub use iac::*;

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

/// Rule files larger than this are refused (a rule is a few KB; `/dev/zero` is endless).
pub const MAX_RULE_FILE_SIZE: u64 = 1024 * 1024;
/// Rule files read from one directory tree at most.
const MAX_RULE_FILES: usize = 10_000;
/// Directory levels followed below a rule directory.
const MAX_RULE_DIR_DEPTH: usize = 32;

/// Why [`read_regular_file`] read nothing.
#[derive(Debug)]
pub enum ReadError {
    /// Larger than the limit (`size` as far as it is known): nothing was read.
    TooLarge { size: u64, max: u64 },
    /// A device, FIFO or socket.
    NotRegular,
    Io(std::io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { size, max } => write!(f, "{size} bytes is over the {max}-byte limit"),
            ReadError::NotRegular => f.write_str("not a regular file (a device, FIFO or socket is never read)"),
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
        }
    }
}

/// Reads a regular file of at most `max` bytes without following it anywhere dangerous: a
/// FIFO or device is refused before anything blocks on it (opened non-blocking, checked with
/// `fstat` on the open handle), and the size is checked before reading. Returns the bytes and
/// the metadata of the file that was read.
pub fn read_regular_file(path: &Path, max: u64) -> Result<(Vec<u8>, std::fs::Metadata), ReadError> {
    use std::io::Read;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        options.custom_flags(0o4000);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > max {
        return Err(ReadError::TooLarge { size: meta.len(), max });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The size can grow after the check: read one byte more than allowed to notice.
    file.take(max + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge { size: bytes.len() as u64, max });
    }
    Ok((bytes, meta))
}

/// Reads every `*.toml` rule file under `dir` (recursively), sorted by path.
/// Files that cannot be read become errors; nothing is skipped silently.
///
/// With `confine_to`, the directory and everything read from it (after resolving symbolic
/// links) must lie inside that directory: a repository's own configuration may not pull rule
/// files from elsewhere on the machine. Symbolic links are resolved and checked, directory
/// loops are detected, only regular files are read, and each is size-capped.
pub fn read_rule_dir(dir: &Path, confine_to: Option<&Path>) -> (Vec<RuleSource>, Vec<RuleError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    let confine = confine_to.map(|r| std::fs::canonicalize(r).unwrap_or_else(|_| r.to_path_buf()));
    let outside = |p: &Path| confine.as_ref().is_some_and(|root| !p.starts_with(root));
    let real = match std::fs::canonicalize(dir) {
        Ok(r) if r.is_dir() => r,
        _ => {
            errors.push(RuleError::new(dir, 0, 0, "rule directory does not exist or is not a directory"));
            return (sources, errors);
        }
    };
    if outside(&real) {
        errors.push(RuleError::new(
            dir,
            0,
            0,
            "rule directory is outside the workspace: a repository's redline.toml may only load rules from inside it (put the directory in your own config or pass --config)",
        ));
        return (sources, errors);
    }
    let mut seen_dirs = std::collections::HashSet::new();
    seen_dirs.insert(real.clone());
    // (path as the user sees it, depth)
    let mut stack = vec![(dir.to_path_buf(), 0usize)];
    let mut files = 0usize;
    while let Some((d, depth)) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                errors.push(RuleError::new(&d, 0, 0, format!("cannot read directory: {e}")));
                continue;
            }
        };
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            let is_toml = path.extension().is_some_and(|e| e == "toml");
            // Resolve links before deciding anything about the target.
            let (target_is_dir, target_is_file) = if kind.is_symlink() {
                let Ok(target) = std::fs::canonicalize(&path) else {
                    if is_toml {
                        errors.push(RuleError::new(&path, 0, 0, "broken or looping symbolic link"));
                    }
                    continue;
                };
                if outside(&target) {
                    errors.push(RuleError::new(&path, 0, 0, "symbolic link to a path outside the workspace is not followed"));
                    continue;
                }
                match std::fs::metadata(&target) {
                    Ok(m) => (m.is_dir(), m.is_file()),
                    Err(_) => continue,
                }
            } else {
                (kind.is_dir(), kind.is_file())
            };
            if target_is_dir {
                let Ok(real) = std::fs::canonicalize(&path) else { continue };
                if !seen_dirs.insert(real) {
                    // A loop (or the same directory twice through links): read once.
                    continue;
                }
                if depth + 1 > MAX_RULE_DIR_DEPTH {
                    errors.push(RuleError::new(&path, 0, 0, format!("rule directories nest more than {MAX_RULE_DIR_DEPTH} levels deep: not read")));
                    continue;
                }
                stack.push((path, depth + 1));
                continue;
            }
            if !is_toml {
                continue;
            }
            if !target_is_file {
                errors.push(RuleError::new(&path, 0, 0, "not a regular file (a device, FIFO or socket is never read)"));
                continue;
            }
            files += 1;
            if files > MAX_RULE_FILES {
                errors.push(RuleError::new(dir, 0, 0, format!("more than {MAX_RULE_FILES} rule files: the rest are not read")));
                sources.sort_by(|a: &RuleSource, b| a.path.cmp(&b.path));
                return (sources, errors);
            }
            match read_regular_file(&path, MAX_RULE_FILE_SIZE) {
                Ok((bytes, _)) => match String::from_utf8(bytes) {
                    Ok(text) => sources.push(RuleSource { path, text: Cow::Owned(text), builtin: false }),
                    Err(e) => errors.push(RuleError::new(
                        &path,
                        0,
                        0,
                        format!("rule file is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
                    )),
                },
                Err(e) => errors.push(RuleError::new(&path, 0, 0, format!("rule file: {e}"))),
            }
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    (sources, errors)
}

/// Replaces values quoted in an error message (`` `…` `` or `"…"`) by their length unless they
/// look like a name from the schema. Parser errors quote what they found in the file
/// ("unknown variant `sk_live_…`"), and a config or rule file may hold a secret: errors name
/// the place, never the value.
pub fn scrub_message(message: &str) -> String {
    let shown = |token: &str| {
        token.chars().count() < 8
            || (token.len() <= 64
                && token.starts_with(|c: char| c.is_ascii_lowercase())
                && token.chars().all(|c| c.is_ascii_lowercase() || matches!(c, '.' | '-' | '_' | '*' | ' ')))
    };
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = rest[open..].chars().next().unwrap_or('`');
        let after = &rest[open + 1..];
        let Some(close) = after.find(quote) else { break };
        let token = &after[..close];
        out.push_str(&rest[..=open]);
        if shown(token) {
            out.push_str(token);
        } else {
            out.push_str(&format!("…({} chars)", token.chars().count()));
        }
        out.push(quote);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
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
        // The parser quotes what it found, which may be a secret: name the place, not the value.
        RuleError::new(&source.path, line, col, scrub_message(e.message().trim()))
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
