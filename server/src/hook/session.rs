//! What a hook remembers between calls of one agent session: the findings each edit introduced
//! (checked again when the agent stops: are they still there?) and the fingerprints of a file
//! before a whole-file write (so the post-tool call knows which findings were already there).
//!
//! Kept per session in the user's state directory (`$XDG_STATE_HOME/redline/hooks`, else
//! `~/.local/state/redline/hooks`), never in the repository. Only fingerprints (hashes), paths
//! and rule ids are stored: no code, no secret. Writes go to a temporary file renamed over the
//! old one, so a reader never sees half a file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::gate::fnv1a;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct SessionState {
    /// Per file: fingerprints of the findings agent edits introduced and did not fix.
    #[serde(default)]
    pub introduced: BTreeMap<PathBuf, Vec<String>>,
    /// Per file: the tool call about to write it (its id, when the agent gives one) and the
    /// fingerprints of the file's findings just before.
    #[serde(default)]
    pub before_write: BTreeMap<PathBuf, (Option<String>, Vec<super::gate::Seen>)>,
}

/// Sessions older than this are deleted when another one is saved.
const MAX_AGE: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("REDLINE_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(base.join("redline").join("hooks"))
}

fn file_of(dir: &Path, session: &str, cwd: &Path) -> PathBuf {
    let key = fnv1a(&[session.as_bytes(), b"\0", cwd.as_os_str().as_encoded_bytes()]);
    dir.join(format!("{key:016x}.json"))
}

impl SessionState {
    /// The state of a session (empty when there is none or it cannot be read).
    pub fn load(dir: Option<&Path>, session: &str, cwd: &Path) -> SessionState {
        let Some(dir) = dir else { return SessionState::default() };
        std::fs::read(file_of(dir, session, cwd)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
    }

    pub fn save(&self, dir: Option<&Path>, session: &str, cwd: &Path) -> std::io::Result<()> {
        let dir = dir.ok_or_else(|| std::io::Error::other("no state directory (set HOME or XDG_STATE_HOME)"))?;
        create_private_dir(dir)?;
        let path = file_of(dir, session, cwd);
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, serde_json::to_vec(self).map_err(std::io::Error::other)?)?;
        std::fs::rename(&tmp, &path)?;
        prune(dir);
        Ok(())
    }

    /// [`SessionState::save`], saying on stderr why it could not (the hook's answer stands).
    pub fn save_or_note(&self, dir: Option<&Path>, session: &str, cwd: &Path) {
        if let Err(e) = self.save(dir, session, cwd) {
            crate::note!("redline: cannot save the session state: {e}");
        }
    }

    /// Records the findings an edit of `path` introduced and forgets those it fixed
    /// (`present`: the fingerprints of every finding of the file now).
    pub fn update_file(&mut self, path: &Path, introduced: &[String], present: &[String]) {
        let entry = self.introduced.entry(path.to_path_buf()).or_default();
        entry.retain(|fp| present.contains(fp));
        for fp in introduced {
            if !entry.contains(fp) {
                entry.push(fp.clone());
            }
        }
        if entry.is_empty() {
            self.introduced.remove(path);
        }
    }
}

/// Creates `dir` readable by its owner only (it holds the hook server's socket too).
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn prune(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        if e.path().extension().is_none_or(|x| x != "json") {
            continue;
        }
        let old = e.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age > MAX_AGE);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
