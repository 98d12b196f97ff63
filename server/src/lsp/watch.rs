//! The server's own watcher of the workspace, for clients that cannot watch files for it.
//! Neovim on Linux offers no `workspace/didChangeWatchedFiles` registration, so without this
//! a file an agent writes behind the editor, or an edit of `redline.toml`, would never be
//! seen there.
//!
//! Each directory `redline check` would walk (`.gitignore`, the config's `ignore` globs,
//! `.git`, `node_modules`, `target`... skipped) gets a non-recursive watch: a recursive one
//! would also watch ignored trees, and `node_modules` alone can exhaust the inotify limit.
//! Directories created later get theirs when they appear. Events are gathered for
//! `DEBOUNCE` (an agent's write is several events: create, writes, close) and handed to the
//! same code as the client's notifications (`disk::changed`).

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};

use super::disk::{self, DiskChange};
use super::log;
use super::state::State;

/// How long events are gathered before the files are analysed.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// A running watcher; dropping it stops the watching.
pub struct WorkspaceWatcher {
    inner: Mutex<notify::RecommendedWatcher>,
    watched: Mutex<HashSet<PathBuf>>,
    filter: PathFilter,
}

impl std::fmt::Debug for WorkspaceWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkspaceWatcher").finish_non_exhaustive()
    }
}

/// Which paths the watcher ignores: the rules of `redline check`'s walk for paths it learns of
/// one at a time.
struct PathFilter {
    root: PathBuf,
    gitignore: ignore::gitignore::Gitignore,
    config: Option<crate::config::Config>,
}

impl PathFilter {
    fn new(root: &Path) -> PathFilter {
        let mut builder = ignore::gitignore::GitignoreBuilder::new(root);
        for name in [".gitignore", ".ignore", ".git/info/exclude"] {
            let path = root.join(name);
            if path.is_file() {
                // A broken line is skipped; the rest of the file still applies.
                let _ = builder.add(path);
            }
        }
        let gitignore = builder.build().unwrap_or_else(|_| ignore::gitignore::Gitignore::empty());
        let config = crate::config::Config::discover(root).and_then(|p| crate::config::Config::load_from_repository(&p).ok());
        PathFilter { root: root.to_path_buf(), gitignore, config }
    }

    fn ignores(&self, path: &Path, is_dir: bool) -> bool {
        if disk::is_ignored_path(path) || !path.starts_with(&self.root) {
            return true;
        }
        // `redline.toml` itself must get through even if a pattern covers it.
        if path.file_name().is_some_and(|n| n == crate::config::CONFIG_FILE_NAME) {
            return false;
        }
        self.gitignore.matched_path_or_any_parents(path, is_dir).is_ignore()
            || self.config.as_ref().is_some_and(|c| !is_dir && c.is_ignored(path))
    }
}

/// The directories of `root` that `redline check` would walk.
fn directories(root: &Path) -> Vec<PathBuf> {
    ignore::WalkBuilder::new(root)
        .hidden(false)
        .filter_entry(|e| e.file_name() != ".git" && !disk::is_ignored_path(e.path()))
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_dir()))
        .map(|e| e.into_path())
        .collect()
}

impl WorkspaceWatcher {
    /// Adds watches for `dirs`; stops at the first failure (the inotify limit) and logs it once.
    fn watch_all(&self, state: &Arc<State>, dirs: &[PathBuf]) {
        let mut watcher = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let mut watched = self.watched.lock().unwrap_or_else(|p| p.into_inner());
        for dir in dirs {
            if watched.contains(dir) {
                continue;
            }
            if let Err(e) = watcher.watch(dir, RecursiveMode::NonRecursive) {
                log::warn(
                    state,
                    format!(
                        "cannot watch {} ({e}); {} directories are watched, changes in the others are not seen (raise fs.inotify.max_user_watches)",
                        dir.display(),
                        watched.len()
                    ),
                );
                return;
            }
            watched.insert(dir.clone());
        }
    }

    fn forget(&self, dir: &Path) {
        let mut watched = self.watched.lock().unwrap_or_else(|p| p.into_inner());
        if watched.remove(dir) {
            let _ = self.inner.lock().unwrap_or_else(|p| p.into_inner()).unwatch(dir);
        }
    }
}

/// Starts watching `root` for `state`; `on_reload` runs when a config or rule file changed.
/// Returns the watcher (kept in the state) or `None` when the platform has no watcher.
pub async fn start<F, Fut>(state: Arc<State>, root: PathBuf, on_reload: F) -> Option<Arc<WorkspaceWatcher>>
where
    F: Fn() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<notify::Event>();
    let inner = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            let _ = tx.send(event);
        }
    });
    let inner = match inner {
        Ok(w) => w,
        Err(e) => {
            log::warn(&state, format!("cannot watch the workspace ({e}); files written behind the editor are not scanned"));
            return None;
        }
    };
    let root2 = root.clone();
    let (filter, dirs) = tokio::task::spawn_blocking(move || (PathFilter::new(&root2), directories(&root2))).await.ok()?;
    let watcher = Arc::new(WorkspaceWatcher { inner: Mutex::new(inner), watched: Mutex::new(HashSet::new()), filter });
    {
        let (w, s, d) = (watcher.clone(), state.clone(), dirs);
        let _ = tokio::task::spawn_blocking(move || w.watch_all(&s, &d)).await;
    }
    log::info(&state, format!("watching {} directories of {} for changes", watcher.watched.lock().map(|w| w.len()).unwrap_or(0), root.display()));
    let task_watcher = Arc::downgrade(&watcher);
    tokio::spawn(async move {
        while let Some(first) = rx.recv().await {
            let mut events = vec![first];
            tokio::time::sleep(DEBOUNCE).await;
            while let Ok(e) = rx.try_recv() {
                events.push(e);
            }
            let Some(watcher) = task_watcher.upgrade() else { break };
            if state.shutdown_requested() {
                break;
            }
            let paths: BTreeSet<PathBuf> = events.into_iter().filter(is_change).flat_map(|e| e.paths).collect();
            let (changes, new_dirs) = {
                let w = watcher.clone();
                tokio::task::spawn_blocking(move || classify(&w, paths)).await.unwrap_or_default()
            };
            if !new_dirs.is_empty() {
                let (w, s, d) = (watcher.clone(), state.clone(), new_dirs);
                let _ = tokio::task::spawn_blocking(move || w.watch_all(&s, &d)).await;
            }
            if !changes.is_empty() && disk::changed(&state, changes).await {
                on_reload().await;
            }
        }
    });
    Some(watcher)
}

/// Whether an event may have changed a file's content or existence. Reads are not changes (the
/// server's own analysis reads files, and would otherwise trigger itself).
fn is_change(event: &notify::Event) -> bool {
    match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// The file changes behind a set of changed paths, and the new directories to watch (their
/// files count as changed: a directory moved into the workspace brings files no event named).
fn classify(watcher: &WorkspaceWatcher, paths: BTreeSet<PathBuf>) -> (Vec<DiskChange>, Vec<PathBuf>) {
    let mut changes = Vec::new();
    let mut new_dirs = Vec::new();
    let known_dir = |p: &Path| watcher.watched.lock().map(|w| w.contains(p)).unwrap_or(false);
    for path in paths {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                if known_dir(&path) || watcher.filter.ignores(&path, true) {
                    continue;
                }
                for dir in directories(&path) {
                    if !watcher.filter.ignores(&dir, true) {
                        new_dirs.push(dir);
                    }
                }
                for file in disk::workspace_files(&path) {
                    if !watcher.filter.ignores(&file, false) {
                        changes.push(DiskChange { path: file, deleted: false });
                    }
                }
            }
            Ok(_) => {
                if !watcher.filter.ignores(&path, false) {
                    changes.push(DiskChange { path, deleted: false });
                }
            }
            Err(_) => {
                if known_dir(&path) {
                    watcher.forget(&path);
                    changes.push(DiskChange { path, deleted: true });
                } else if !watcher.filter.ignores(&path, false) {
                    changes.push(DiskChange { path, deleted: true });
                }
            }
        }
    }
    (changes, new_dirs)
}
