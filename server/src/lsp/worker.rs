//! One analysis worker per open document. A change wakes it; if it is idle it analyses at once
//! (leading edge: a single keystroke is not delayed by a debounce); changes that arrive while it
//! works are coalesced into one more run over the latest text (single flight). Results for a
//! version that is no longer current, or for a closed document, are never published.

use std::sync::Arc;

use tower_lsp_server::ls_types::{MessageType, Uri};

use super::convert;
use super::state::{analyse_snapshot, Published, State, Worker};

/// Wakes (or starts) the worker of `uri`.
pub fn schedule(state: &Arc<State>, uri: Uri) {
    let worker = state
        .workers
        .entry(uri.clone())
        .or_insert_with(|| {
            let w = Arc::new(Worker::default());
            let state = state.clone();
            let w2 = w.clone();
            let uri = uri.clone();
            if let Ok(handle) = tokio::runtime::Handle::try_current() {
                handle.spawn(run(state, uri, w2));
            }
            w
        })
        .clone();
    worker.wake.notify_one();
}

async fn run(state: Arc<State>, uri: Uri, worker: Arc<Worker>) {
    loop {
        worker.wake.notified().await;
        if state.documents.contains_key(&uri) {
            analyse_and_publish(&state, &uri).await;
            continue;
        }
        // Closed. The clearing publish comes from this worker, after any publish of its own, so
        // nothing for the closed document can follow it.
        if !state.pulls() {
            state.client.publish_diagnostics(uri.clone(), Vec::new(), None).await;
        }
        state.last_publish.remove(&uri);
        // Exit unless the document was opened again meanwhile (then its wake-up is pending).
        let removed = state.workers.remove_if(&uri, |_, w| Arc::ptr_eq(w, &worker) && !state.documents.contains_key(&uri));
        if removed.is_some() {
            return;
        }
    }
}

/// Results older than this are not allowed to be abandoned for a newer version.
const MAX_STALENESS: std::time::Duration = std::time::Duration::from_millis(100);

/// Analyses the current version of `uri` and publishes it if it is still current.
async fn analyse_and_publish(state: &Arc<State>, uri: &Uri) {
    let recent = state.last_publish.get(uri).is_some_and(|t| t.elapsed() < MAX_STALENESS);
    let Some(published) = analyse(state, uri, recent).await else { return };
    publish(state, uri, &published).await;
}

/// Analyses the current version of an open document and records the result (without
/// publishing). Returns `None` for a closed document.
pub async fn analyse_current(state: &Arc<State>, uri: &Uri) -> Option<Arc<Published>> {
    analyse(state, uri, false).await
}

/// As [`analyse_current`]; with `cancellable`, also `None` when a newer version arrived during
/// the parse.
async fn analyse(state: &Arc<State>, uri: &Uri, cancellable: bool) -> Option<Arc<Published>> {
    // Snapshot and drop the map guard at once: never hold it across an await.
    let snapshot = state.documents.get(uri).map(|d| d.snapshot())?;
    if let Some(p) = state.published.get(uri).map(|p| p.clone()) {
        if p.version == snapshot.version && p.snapshot.epoch == snapshot.epoch && p.snapshot.text == snapshot.text {
            return Some(p);
        }
    }
    let engine = state.engine();
    if snapshot.language.grammar().is_some() && !state.syntax_allowed(snapshot.text.len()) && state.size_notified.insert(uri.clone(), ()).is_none() {
        let msg = format!(
            "Redline: {} is larger than {} bytes; only secret rules run on it (setting maxSyntaxSize).",
            uri.path().as_str(),
            engine.limits.max_syntax_size
        );
        let client = state.client.clone();
        tokio::spawn(async move { client.show_message(MessageType::INFO, msg).await });
    }
    let snap = snapshot.clone();
    let (tree, findings) = match tokio::task::spawn_blocking(move || analyse_snapshot(&engine, &snap, cancellable)).await {
        Ok(Some(r)) => r,
        // Abandoned for a newer version: its wake-up is pending.
        Ok(None) => return None,
        Err(e) => {
            super::log::error(state, format!("analysis of {} failed: {e}", uri.as_str()));
            return None;
        }
    };
    let findings = Arc::new(findings);
    if let Some(mut doc) = state.documents.get_mut(uri) {
        if let Some(tree) = tree {
            doc.store_tree(tree, snapshot.epoch, snapshot.edits_at_snapshot);
        }
        doc.store_analysis(findings.clone(), snapshot.epoch, snapshot.analysis_edits.len());
    }
    let published = Arc::new(Published { version: snapshot.version, snapshot, findings });
    // Keep the newest result only.
    let current = state.documents.get(uri).map(|d| d.version);
    if current == Some(published.version) {
        state.published.insert(uri.clone(), published.clone());
    }
    Some(published)
}

async fn publish(state: &Arc<State>, uri: &Uri, published: &Published) {
    if state.pulls() {
        return;
    }
    let enc = state.encoding();
    let min = state.settings().min_severity();
    let enabled = state.settings().enable.unwrap_or(true);
    // Never publish for a closed document or an old version.
    let current = state.documents.get(uri).map(|d| d.version);
    if current != Some(published.version) {
        return;
    }
    let diagnostics = if enabled {
        published
            .findings
            .iter()
            .filter(|f| f.severity >= min)
            .map(|f| convert::diagnostic(&published.snapshot.rope, f, published.version, enc))
            .collect()
    } else {
        Vec::new()
    };
    state.client.publish_diagnostics(uri.clone(), diagnostics, Some(published.version)).await;
    state.last_publish.insert(uri.clone(), std::time::Instant::now());
}
