//! The audit log of agent edits: `.redline/audit/YYYY-MM.jsonl`, one JSON object per line with
//! a fixed set of fields (never code, never a secret value), each line carrying the SHA-256 of
//! the line before it (`prev`), across months, so that an edited, deleted or reordered record
//! breaks the chain at the next one.
//!
//! Several hook processes append at once (an agent runs hooks concurrently): each append takes
//! an exclusive advisory lock on the month's file, reads the last line for its hash, and writes
//! each record with one `write`; a reader never sees a torn or interleaved line.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One line of the log. Only these fields exist; none holds code.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// UTC, RFC 3339 with milliseconds.
    pub ts: String,
    pub agent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_use_id: Option<String>,
    /// The hook event (`PreToolUse`, `Stop`...), or `finding` for a finding's lifecycle record.
    pub event: String,
    /// Relative to the project root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// Rule + normalised code of the finding, hashed (stable across line shifts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// A call's decision (`allow`, `deny`, `feedback`, `block-stop`) or a finding's lifecycle
    /// step (`denied`, `introduced`, `allowed-despite`, `fixed`, `suppressed`).
    pub decision: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<u64>,
    pub redline_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset_hash: Option<String>,
    /// SHA-256 (hex) of the previous line; 64 zeros for the first line of the log.
    pub prev: String,
}

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Now, as `2026-12-07T09:10:11.123Z`.
pub fn now_utc() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    format_utc(now.as_secs(), now.subsec_millis())
}

pub fn format_utc(secs: u64, millis: u32) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The log's month files in order.
pub fn month_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl") && p.file_stem().is_some_and(|s| is_month(&s.to_string_lossy())))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn is_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7 && b[4] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit())
}

/// The last line of a file (without its newline), read from its end.
fn last_line(file: &mut std::fs::File) -> std::io::Result<Option<Vec<u8>>> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(None);
    }
    let mut chunk = 4096u64;
    loop {
        let start = len.saturating_sub(chunk);
        file.seek(SeekFrom::Start(start))?;
        let mut buf = Vec::with_capacity((len - start) as usize);
        file.take(len - start).read_to_end(&mut buf)?;
        let body = buf.strip_suffix(b"\n").unwrap_or(&buf);
        if let Some(at) = body.iter().rposition(|&b| b == b'\n') {
            return Ok(Some(body[at + 1..].to_vec()));
        }
        if start == 0 {
            return Ok(Some(body.to_vec()));
        }
        chunk *= 4;
    }
}

/// Appends `records` (their `ts` decides the month; `prev` is filled in) to the log in `dir`.
pub fn append(dir: &Path, records: &mut [Record]) -> std::io::Result<()> {
    if records.is_empty() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    let month = records[0].ts.get(..7).filter(|m| is_month(m)).unwrap_or("0000-00").to_owned();
    let path = dir.join(format!("{month}.jsonl"));
    let mut file = std::fs::OpenOptions::new().read(true).append(true).create(true).open(&path)?;
    // Released when `file` is dropped.
    file.lock()?;
    let mut prev = match last_line(&mut file)? {
        Some(line) => sha256_hex(&line),
        None => {
            // A new month continues the chain of the month before.
            let earlier: Vec<PathBuf> = month_files(dir).into_iter().filter(|p| *p < path).collect();
            match earlier.last() {
                Some(p) => std::fs::File::open(p).and_then(|mut f| last_line(&mut f)).ok().flatten().map_or_else(|| GENESIS.to_owned(), |l| sha256_hex(&l)),
                None => GENESIS.to_owned(),
            }
        }
    };
    for r in records.iter_mut() {
        r.prev = prev;
        let line = serde_json::to_string(r).map_err(std::io::Error::other)?;
        prev = sha256_hex(line.as_bytes());
        let mut bytes = line.into_bytes();
        bytes.push(b'\n');
        // One write per line: with O_APPEND and the lock, lines never interleave.
        file.write_all(&bytes)?;
    }
    file.flush()
}

/// Where the chain breaks.
#[derive(Debug, PartialEq, Eq)]
pub struct Broken {
    pub file: PathBuf,
    /// 1-based.
    pub line: usize,
    pub why: String,
}

/// Checks every line: valid JSON with only the known fields, and `prev` equal to the hash of
/// the line before. Returns the number of records.
pub fn verify(dir: &Path) -> Result<usize, Broken> {
    let mut prev = GENESIS.to_owned();
    let mut count = 0;
    for path in month_files(dir) {
        let text = std::fs::read(&path).map_err(|e| Broken { file: path.clone(), line: 0, why: format!("cannot read: {e}") })?;
        for (i, line) in text.split(|&b| b == b'\n').enumerate() {
            if line.is_empty() {
                if i + 1 < text.split(|&b| b == b'\n').count() {
                    return Err(Broken { file: path.clone(), line: i + 1, why: "an empty line".into() });
                }
                continue;
            }
            let record: Record = serde_json::from_slice(line)
                .map_err(|e| Broken { file: path.clone(), line: i + 1, why: format!("not a record of this log: {e}") })?;
            if record.prev != prev {
                return Err(Broken {
                    file: path.clone(),
                    line: i + 1,
                    why: "its `prev` is not the hash of the record before it: a record before it was edited, deleted or moved".into(),
                });
            }
            prev = sha256_hex(line);
            count += 1;
        }
    }
    Ok(count)
}

/// Every record, in order, with its file and line.
pub fn read_all(dir: &Path) -> Vec<(PathBuf, usize, Record)> {
    let mut out = Vec::new();
    for path in month_files(dir) {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for (i, line) in text.lines().enumerate() {
            if let Ok(r) = serde_json::from_str::<Record>(line) {
                out.push((path.clone(), i + 1, r));
            }
        }
    }
    out
}

/// The log's directory for a configuration: `[audit] path` (relative to the config file),
/// else `.redline/audit` at the project root of `cwd`.
pub fn log_dir(config: &crate::config::Config, cwd: &Path) -> PathBuf {
    match &config.file.audit.path {
        Some(p) if p.is_absolute() => p.clone(),
        Some(p) => config.root.join(p),
        None => project_root(cwd).join(".redline").join("audit"),
    }
}

/// The project root the log belongs to: the directory of `redline.toml`, else of `.git`, else
/// `start`.
pub fn project_root(start: &Path) -> PathBuf {
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join(crate::config::CONFIG_FILE_NAME).is_file() || d.join(".git").exists() {
            return d.to_path_buf();
        }
        dir = d.parent();
    }
    start.to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(n: usize) -> Record {
        Record {
            ts: format!("2026-12-07T10:00:{:02}.000Z", n % 60),
            agent: "claude".into(),
            event: "PreToolUse".into(),
            decision: "allow".into(),
            redline_version: "0.1.0".into(),
            ..Record::default()
        }
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(format_utc(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_utc(1_796_641_445, 7), "2026-12-07T11:04:05.007Z");
        assert_eq!(format_utc(951_782_400, 0), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn the_chain_verifies_and_breaks_where_a_record_was_edited_deleted_or_moved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut first: Vec<Record> = (0..3).map(record).collect();
        append(dir.path(), &mut first).expect("append");
        let mut next = vec![record(3), record(4)];
        next[0].ts = "2027-01-01T00:00:00.000Z".into();
        next[1].ts = "2027-01-01T00:00:01.000Z".into();
        append(dir.path(), &mut next).expect("append");
        assert_eq!(verify(dir.path()), Ok(5));
        let dec = dir.path().join("2026-12.jsonl");
        let text = std::fs::read_to_string(&dec).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        // Edited.
        std::fs::write(&dec, text.replacen("\"allow\"", "\"deny\"", 1)).expect("write");
        assert_eq!(verify(dir.path()).map_err(|b| b.line), Err(2));
        // Deleted.
        std::fs::write(&dec, format!("{}\n{}\n", lines[0], lines[2])).expect("write");
        assert_eq!(verify(dir.path()).map_err(|b| b.line), Err(2));
        // Moved.
        std::fs::write(&dec, format!("{}\n{}\n{}\n", lines[1], lines[0], lines[2])).expect("write");
        assert_eq!(verify(dir.path()).map_err(|b| b.line), Err(1));
        // The next month's first record is chained to December's last.
        std::fs::write(&dec, &text).expect("write");
        std::fs::write(&dec, format!("{}\n{}\n", lines[0], lines[1])).expect("write");
        let broken = verify(dir.path()).expect_err("broken");
        assert!(broken.file.ends_with("2027-01.jsonl") && broken.line == 1, "{broken:?}");
    }
}
