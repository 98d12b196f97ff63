//! Files that are not open in the editor: analysed from disk when they change (the client's
//! watched-file notifications or the server's own watcher, see `watch`), when the user scans
//! the workspace, and again when the settings change. Their diagnostics are pushed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::ls_types::*;

use super::state::State;
use super::{log, worker};

/// A change to a file on disk, from the client or from the server's own watcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskChange {
    pub path: PathBuf,
    pub deleted: bool,
}

/// Analyses a file on disk that is not open and publishes its diagnostics. Remembers the file
/// (with or without findings) so that a settings change analyses it again.
pub async fn scan_file(state: &Arc<State>, path: PathBuf) -> usize {
    let Some(uri) = Uri::from_file_path(&path) else { return 0 };
    if state.documents.contains_key(&uri) {
        return 0;
    }
    let engine = state.engine();
    let p = path.clone();
    let analysed = tokio::task::spawn_blocking(move || {
        // Like `redline check`'s walk: symbolic links are not followed (a link to `/dev/zero`
        // written into the workspace once cost 6.7 GB), only regular files are read, and never
        // more than the size limit.
        if !std::fs::symlink_metadata(&p).ok()?.is_file() {
            return None;
        }
        match redline_rules::read_regular_file(&p, engine.limits.max_file_size as u64) {
            Ok((bytes, _)) => Some(engine.analyze_source(&p, &bytes)),
            Err(redline_rules::ReadError::TooLarge { size, .. }) => Some(engine.skipped_as_too_large(&p, size)),
            Err(_) => None,
        }
    })
    .await
    .ok()
    .flatten();
    let Some(analysis) = analysed else {
        clear(state, &uri).await;
        return 0;
    };
    let rope = ropey::Rope::from_str(&analysis.text);
    let enc = state.encoding();
    let diags: Vec<Diagnostic> = super::agent::diagnostics(state, &uri, &rope, &analysis.findings, 0, enc);
    let count = diags.len();
    // A document opened while the file was analysed has its own diagnostics now.
    if state.documents.contains_key(&uri) {
        return 0;
    }
    let had = state.disk_files.insert(uri.clone(), !diags.is_empty()).unwrap_or(false);
    if had || !diags.is_empty() {
        state.client.publish_diagnostics(uri, diags, None).await;
    }
    count
}

/// Forgets a file that is gone (or became unreadable), clearing its diagnostics.
pub async fn clear(state: &Arc<State>, uri: &Uri) {
    if let Some((_, had)) = state.disk_files.remove(uri) {
        if had {
            state.client.publish_diagnostics(uri.clone(), Vec::new(), None).await;
        }
    }
}

/// Analyses again every file from disk the server has published for (after a settings or
/// rule change), in the background.
pub fn rescan_known(state: &Arc<State>) {
    let paths: Vec<PathBuf> = state.disk_files.iter().filter_map(|e| e.key().to_file_path().map(|p| p.into_owned())).collect();
    if paths.is_empty() {
        return;
    }
    let state = state.clone();
    tokio::spawn(async move {
        for path in paths {
            scan_file(&state, path).await;
        }
    });
}

/// Paths never worth scanning when they change on disk.
pub fn is_ignored_path(path: &Path) -> bool {
    path.components().any(|c| matches!(c.as_os_str().to_str(), Some(".git" | "node_modules" | "target" | ".venv" | "__pycache__")))
}

/// Reacts to files changed on disk: a config or rule file reloads the engine (`reload` is
/// called), any other file not open is analysed again or, when deleted, cleared.
pub async fn changed(state: &Arc<State>, changes: Vec<DiskChange>) -> bool {
    let mut reload = false;
    let mut scans = Vec::new();
    for change in changes {
        if state.is_config_or_rule_file(&change.path) {
            reload = true;
            continue;
        }
        if change.deleted {
            // The file, or a directory with files under it.
            let gone: Vec<Uri> = state
                .disk_files
                .iter()
                .filter(|e| e.key().to_file_path().is_some_and(|p| p.starts_with(&change.path)))
                .map(|e| e.key().clone())
                .collect();
            for uri in gone {
                clear(state, &uri).await;
            }
            continue;
        }
        let Some(uri) = Uri::from_file_path(&change.path) else { continue };
        if state.documents.contains_key(&uri) {
            continue;
        }
        if !is_ignored_path(&change.path) {
            scans.push(change.path);
        }
    }
    for path in scans {
        scan_file(state, path).await;
    }
    reload
}

/// The directory a workspace scan covers: the workspace root, or the server's working
/// directory when the client opened no folder (Neovim on a single file).
pub fn scan_root(state: &State) -> Option<PathBuf> {
    state.root().or_else(|| std::env::current_dir().ok())
}

/// The files of a workspace as `redline check` walks them: `.gitignore` and the config's
/// `ignore` globs respected, `.git` skipped, symbolic links not followed.
pub fn workspace_files(root: &Path) -> Vec<PathBuf> {
    let config = crate::config::Config::discover(root).and_then(|p| crate::config::Config::load_from_repository(&p).ok());
    ignore::WalkBuilder::new(root)
        .hidden(false)
        .filter_entry(|e| e.file_name() != ".git")
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .filter(|p| !config.as_ref().is_some_and(|c| c.is_ignored(p)))
        .collect()
}

/// Scans every file under the workspace root that is not open, reporting progress with
/// `$/progress` and the outcome with `window/showMessage` (a scan started by hand must say
/// that it ran, and what it found, on screen).
pub async fn scan_workspace(state: &Arc<State>) {
    let Some(root) = scan_root(state) else {
        state.client.show_message(MessageType::WARNING, "Redline: no workspace folder to scan").await;
        return;
    };
    let token = NumberOrString::String(format!("redline-scan-{}", std::process::id()));
    let progress_ok = state.client.create_work_done_progress(token.clone()).await.is_ok();
    let root2 = root.clone();
    let files = tokio::task::spawn_blocking(move || workspace_files(&root2)).await.unwrap_or_default();
    let total = files.len().max(1);
    let ongoing = if progress_ok {
        Some(state.client.progress(token, "Redline: scanning workspace").with_percentage(0).with_message(format!("{} files", files.len())).begin().await)
    } else {
        None
    };
    let scanned = files.len();
    let (mut findings, mut with_findings) = (0usize, 0usize);
    for (i, path) in files.into_iter().enumerate() {
        let n = scan_file(state, path).await;
        findings += n;
        with_findings += usize::from(n > 0);
        if let Some(p) = &ongoing {
            if i % 25 == 0 {
                p.report_with_message(format!("{i}/{total} files"), (i * 100 / total) as u32).await;
            }
        }
    }
    let summary = format!(
        "Redline: scanned {scanned} files in {}: {findings} finding{} in {with_findings} file{} not open",
        root.display(),
        if findings == 1 { "" } else { "s" },
        if with_findings == 1 { "" } else { "s" },
    );
    if let Some(p) = ongoing {
        p.finish_with_message(format!("{findings} findings")).await;
    }
    log::info(state, summary.clone());
    state.client.show_message(MessageType::INFO, summary).await;
}

/// Re-analyses everything after the rules or settings changed: open documents through their
/// workers, files from disk in the background.
pub async fn reanalyse_all(state: &Arc<State>) {
    state.published.clear();
    for mut doc in state.documents.iter_mut() {
        doc.reset_analysis();
    }
    let uris: Vec<Uri> = state.documents.iter().map(|e| e.key().clone()).collect();
    for uri in uris {
        worker::schedule(state, uri);
    }
    if state.pulls() {
        let _ = state.client.workspace_diagnostic_refresh().await;
    }
    rescan_known(state);
}
