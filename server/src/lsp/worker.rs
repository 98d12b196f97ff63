//! One analysis worker per open document. A change wakes it; if it is idle it analyses at once
//! (leading edge: a single keystroke is not delayed by a debounce); changes that arrive while it
//! works are coalesced into one more run over the latest text (single flight). Results for a
//! version that is no longer current, or for a closed document, are never published.

use std::sync::Arc;

use tower_lsp_server::ls_types::{MessageType, Uri};

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

type SettleFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Option<Arc<Published>>> + Send>>;
type ExactFuture = std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send>>;

async fn run(state: Arc<State>, uri: Uri, worker: Arc<Worker>) {
    // A settle in progress (see `settle`): started once the document has been quiet for
    // SETTLE_AFTER with an unsettled result, dropped by the next edit (its parse stops itself).
    let mut settling: futures::future::Fuse<SettleFuture> = futures::future::Fuse::terminated();
    loop {
        worker.wake.notified().await;
        if state.documents.contains_key(&uri) {
            let mut step = on_change(&state, &uri).await;
            let mut last_change = tokio::time::Instant::now();
            let mut shown: Option<Arc<Vec<crate::engine::Finding>>> = None;
            // A deferred exact analysis in progress, and whether a change arrived since it
            // started (its result is then for an old version: it becomes the base of the next
            // analysis but is not published).
            let mut exact: futures::future::Fuse<ExactFuture> = futures::future::Fuse::terminated();
            let mut changed_during_exact = false;
            // While edits keep coming to a document whose exact analysis is slow, each edit
            // gets the local analysis only; the exact one runs once the document has been
            // quiet for EXACT_AFTER (`deferred`). Quiet for a moment with a syntax error: parse
            // afresh so the diagnostics become exactly what a scan of the file reports. Both
            // run beside the worker, so an edit meanwhile gets its local analysis at once (on
            // the other core) instead of waiting for them.
            loop {
                let (deferred, unsettled) = match &step {
                    Step::Deferred(_) => (true, false),
                    Step::Exact { unsettled } => (false, *unsettled),
                };
                if let Step::Deferred(Some(f)) = &step {
                    shown = Some(f.clone());
                }
                let settle_idle = futures::future::FusedFuture::is_terminated(&settling);
                let exact_idle = futures::future::FusedFuture::is_terminated(&exact);
                if !deferred && !unsettled && settle_idle && exact_idle {
                    break;
                }
                tokio::select! {
                    // A change first: a timer that fired meanwhile is for an older version.
                    biased;
                    () = worker.wake.notified() => {
                        settling = futures::future::Fuse::terminated();
                        if !state.documents.contains_key(&uri) {
                            worker.wake.notify_one();
                            break;
                        }
                        last_change = tokio::time::Instant::now();
                        changed_during_exact = !exact_idle;
                        step = on_change(&state, &uri).await;
                    }
                    unsettled = &mut exact => {
                        if !changed_during_exact {
                            step = Step::Exact { unsettled };
                        }
                    }
                    () = tokio::time::sleep_until(last_change + EXACT_AFTER), if deferred && exact_idle => {
                        let mode = Mode { cancellable: true, early_publish: false };
                        let (state, uri, shown) = (state.clone(), uri.clone(), shown.clone());
                        let fut: ExactFuture = Box::pin(async move { analyse_and_publish(&state, &uri, mode, shown).await });
                        exact = futures::FutureExt::fuse(fut);
                        changed_during_exact = false;
                    }
                    settled = &mut settling => {
                        if let Some(settled) = settled {
                            if shown.as_ref().is_none_or(|f| !same_findings(f, &settled.findings)) {
                                publish(&state, &uri, &settled).await;
                            }
                        }
                        step = Step::Exact { unsettled: false };
                    }
                    () = tokio::time::sleep(SETTLE_AFTER), if unsettled && settle_idle => {
                        shown = state.published.get(&uri).map(|p| p.findings.clone());
                        let fut: SettleFuture = Box::pin(settle(state.clone(), uri.clone()));
                        settling = futures::FutureExt::fuse(fut);
                        step = Step::Exact { unsettled: false };
                    }
                }
            }
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

/// What the worker did about a change.
enum Step {
    /// Published the local analysis (`Some`: what it published; `None`: nothing, the version
    /// was already old); the exact analysis is owed.
    Deferred(Option<Arc<Vec<crate::engine::Finding>>>),
    /// Ran the exact analysis; `unsettled` as in [`Published::unsettled`].
    Exact { unsettled: bool },
}

/// An exact analysis slower than this is not run on every edit of a stream: each edit gets the
/// local analysis, and the exact one waits for a pause ([`EXACT_AFTER`]). An exact run over a
/// 10,000-line file costs 15-120 ms of CPU (the incremental parse re-reduces every top-level
/// statement; an unclosed bracket sends tree-sitter into error recovery over the rest of the
/// file; taint re-runs over every function the parse reports changed), which at 10 keystrokes/s
/// kept a core busy and queued the next edit behind it.
const INLINE_EXACT_LIMIT: std::time::Duration = std::time::Duration::from_millis(3);

/// How long a document must be left alone before a deferred exact analysis runs: longer than
/// the gap between keystrokes of steady typing (100 ms at 10/s) and an agent's bursts of
/// edits, short enough that a pause shows the exact result at once.
const EXACT_AFTER: std::time::Duration = std::time::Duration::from_millis(180);

/// Past this much text edited since the last exact analysis, a change gets the exact analysis
/// even in a stream of edits: the local analysis re-checks every statement edited since, so an
/// agent writing a file in bursts that never pause would make each local analysis larger than
/// the last (measured: diagnostics 1.2 s behind at p99, writing 2,000 lines in 5-line bursts
/// every 50 ms).
const MAX_DEFERRED_BYTES: usize = 8 * 1024;

/// Bytes inserted or replaced by `edits` (an overestimate when they overlap).
fn edited_bytes(edits: &[tree_sitter::InputEdit]) -> usize {
    edits.iter().map(|e| (e.new_end_byte - e.start_byte).max(e.old_end_byte - e.start_byte)).sum()
}

/// Handles a change: the local analysis when the exact one is slow (and a local one is
/// possible), else the exact one.
async fn on_change(state: &Arc<State>, uri: &Uri) -> Step {
    let expect_slow = state
        .workers
        .get(uri)
        .is_some_and(|w| w.last_exact_micros.load(std::sync::atomic::Ordering::Relaxed) > INLINE_EXACT_LIMIT.as_micros() as u64);
    // Whether the local analysis already ran and found itself impossible (no base or tree, a
    // region too large): the exact one then does not try it again before its own.
    let mut local_impossible = false;
    if expect_slow && !state.pulls() {
        let snapshot = state.documents.get(uri).map(|d| d.snapshot()).filter(|s| edited_bytes(&s.analysis_edits) <= MAX_DEFERRED_BYTES);
        if let Some(snapshot) = snapshot {
            match publish_early(state, uri, &snapshot).await {
                Some(published) => return Step::Deferred(published),
                None => local_impossible = true,
            }
        }
    }
    let recent = state.last_publish.get(uri).is_some_and(|t| t.elapsed() < MAX_STALENESS);
    let mode = Mode { cancellable: recent, early_publish: !state.pulls() && !local_impossible };
    let unsettled = analyse_and_publish(state, uri, mode, None).await;
    Step::Exact { unsettled }
}

/// Results older than this are not allowed to be abandoned for a newer version.
const MAX_STALENESS: std::time::Duration = std::time::Duration::from_millis(100);

/// Analyses the current version of `uri` and publishes it if it is still current and differs
/// from what the client was shown (`shown`, or the early publish of this run). Returns whether
/// the result is unsettled (see [`Published::unsettled`]).
async fn analyse_and_publish(state: &Arc<State>, uri: &Uri, mode: Mode, shown: Option<Arc<Vec<crate::engine::Finding>>>) -> bool {
    let Some((published, early)) = analyse(state, uri, mode).await else { return false };
    // The exact result usually equals the early one: then the client has it already.
    if !early.or(shown).is_some_and(|e| same_findings(&e, &published.findings)) {
        publish(state, uri, &published).await;
    }
    published.unsettled
}

/// When the full analysis has not finished after this long, a local one is published first.
const EARLY_PUBLISH_AFTER: std::time::Duration = std::time::Duration::from_millis(3);

#[derive(Clone, Copy)]
struct Mode {
    /// Abandon the parse when a newer version arrives.
    cancellable: bool,
    /// Publish a local analysis first when the full one is slow.
    early_publish: bool,
}

fn same_findings(a: &[crate::engine::Finding], b: &[crate::engine::Finding]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| x.range == y.range && x.rule.id == y.rule.id && x.message == y.message && x.severity == y.severity)
}

/// The local analysis ([`crate::engine::Engine::analyze_local`]) of a snapshot, published at
/// once if the snapshot is still current. `None` when no local analysis is possible (no earlier
/// analysis or tree, or the edited region is too large); `Some(None)` when it ran but the
/// version was already old; else what was published.
async fn publish_early(state: &Arc<State>, uri: &Uri, snapshot: &crate::document::Snapshot) -> Option<Option<Arc<Vec<crate::engine::Finding>>>> {
    let (Some(base), Some(_)) = (snapshot.base.clone(), snapshot.tree.as_ref()) else { return None };
    let engine = state.engine();
    let snap = snapshot.clone();
    let findings = tokio::task::spawn_blocking(move || {
        engine.analyze_local(
            &snap.path,
            snap.language,
            &snap.text,
            crate::engine::incremental::Previous { findings: &base, edits: &snap.analysis_edits, old_tree: snap.tree.as_ref() },
        )
    })
    .await
    .ok()
    .flatten()?;
    let findings = Arc::new(findings);
    let published = Published { version: snapshot.version, snapshot: snapshot.clone(), findings: findings.clone(), unsettled: true };
    Some(publish(state, uri, &published).await.then_some(findings))
}

/// Analyses the current version of an open document and records the result (without
/// publishing). Returns `None` for a closed document.
pub async fn analyse_current(state: &Arc<State>, uri: &Uri) -> Option<Arc<Published>> {
    let published = analyse(state, uri, Mode { cancellable: false, early_publish: false }).await.map(|(p, _)| p)?;
    // A request (pull diagnostics, code actions) gets the settled result: what `redline
    // check` reports for this text.
    if published.unsettled {
        if let Some(settled) = settle(state.clone(), uri.clone()).await {
            return Some(settled);
        }
    }
    Some(published)
}

/// How long a document with syntax errors must be left alone before it is parsed afresh.
const SETTLE_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// Parses the current text afresh (no old tree) and analyses it whole; records the result as
/// the document's tree and base. `None` if the document changed (the parse stops as soon as a
/// newer version arrives) or closed meanwhile, or the rules changed.
async fn settle(state: Arc<State>, uri: Uri) -> Option<Arc<Published>> {
    let mut snapshot = state.documents.get(&uri).map(|d| d.snapshot())?;
    snapshot.tree = None;
    snapshot.base = None;
    snapshot.analysis_edits = Vec::new();
    let engine = state.engine();
    let analysed_with = engine.clone();
    let snap = snapshot.clone();
    let (state2, uri2) = (state.clone(), uri.clone());
    let (findings, analysed_edits) = tokio::task::spawn_blocking(move || {
        let stale = || snap.latest.load(std::sync::atomic::Ordering::Acquire) != snap.version;
        let tree = if super::state::syntax_rules_apply(&engine, &snap) {
            Some(crate::engine::parse_cancellable(snap.language, &snap.text, None, &stale)?)
        } else {
            None
        };
        if stale() {
            return None;
        }
        // The fresh tree replaces the incrementally parsed one, so later edits build on it, and
        // before the analysis, so the old tree is freed first: two trees of a large file and a
        // whole-file analysis at once set the server's peak memory.
        let analysed_edits = {
            let mut doc = state2.documents.get_mut(&uri2)?;
            if doc.version != snap.version || doc.epoch != snap.epoch || doc.edits_since_parse.len() != snap.edits_at_snapshot {
                return None;
            }
            doc.tree = None;
            if let Some(tree) = &tree {
                doc.store_tree(tree.clone(), snap.epoch, snap.edits_at_snapshot);
            }
            doc.edits_since_analysis.len()
        };
        Some((engine.analyze_tree(&snap.path, snap.language, &snap.text, tree.as_ref(), None), analysed_edits))
    })
    .await
    .ok()??;
    if !Arc::ptr_eq(&analysed_with, &state.engine()) {
        return None;
    }
    let findings = Arc::new(findings);
    {
        let mut doc = state.documents.get_mut(&uri)?;
        // Changed during the analysis (the tree, stored before it, is brought up to date by
        // later edits; the findings are not).
        if doc.version != snapshot.version || doc.epoch != snapshot.epoch || doc.edits_since_analysis.len() != analysed_edits {
            return None;
        }
        doc.store_analysis(findings.clone(), snapshot.epoch, analysed_edits);
    }
    let published = Arc::new(Published { version: snapshot.version, snapshot, findings, unsettled: false });
    state.published.insert(uri.clone(), published.clone());
    Some(published)
}

/// As [`analyse_current`]; with `mode.cancellable`, also `None` when a newer version arrived
/// during the parse; with `mode.early_publish`, a slow analysis is preceded by a published local
/// one (returned too).
async fn analyse(state: &Arc<State>, uri: &Uri, mode: Mode) -> Option<(Arc<Published>, Option<Arc<Vec<crate::engine::Finding>>>)> {
    // Snapshot and drop the map guard at once: never hold it across an await.
    let snapshot = state.documents.get(uri).map(|d| d.snapshot())?;
    if let Some(p) = state.published.get(uri).map(|p| p.clone()) {
        if p.version == snapshot.version && p.snapshot.epoch == snapshot.epoch && p.snapshot.text == snapshot.text {
            return Some((p, None));
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
    let cancellable = mode.cancellable;
    let mut early = None;
    let worker = state.workers.get(uri).map(|w| w.clone());
    let expect_slow = worker
        .as_ref()
        .is_some_and(|w| w.last_exact_micros.load(std::sync::atomic::Ordering::Relaxed) > EARLY_PUBLISH_AFTER.as_micros() as u64);
    let early_publish = mode.early_publish && snapshot.base.is_some();
    if early_publish && expect_slow {
        // The last exact analysis was slow (a large file whose incremental parse re-reduces
        // every top-level statement, or an unclosed bracket): publish the local one first. It
        // runs before the exact one, not beside it: on two cores a parse running beside it
        // delays the publish by a scheduler slice (measured: 1 ms became 4-6 ms half the time).
        early = publish_early(state, uri, &snapshot).await.flatten();
    }
    let started = std::time::Instant::now();
    let snap = snapshot.clone();
    let analysed_with = engine.clone();
    let mut full = tokio::task::spawn_blocking(move || analyse_snapshot(&engine, &snap, cancellable));
    let joined = if early_publish && !expect_slow {
        match tokio::time::timeout(EARLY_PUBLISH_AFTER, &mut full).await {
            Ok(joined) => joined,
            // Slow (typically an unclosed bracket: tree-sitter re-parses the rest of the file in
            // error recovery). Show the edited code's findings now; the exact result follows.
            Err(_) => {
                early = publish_early(state, uri, &snapshot).await.flatten();
                full.await
            }
        }
    } else {
        full.await
    };
    if let (Some(w), Ok(Some(_))) = (&worker, &joined) {
        w.last_exact_micros.store(started.elapsed().as_micros() as u64, std::sync::atomic::Ordering::Relaxed);
    }
    let (tree, findings) = match joined {
        Ok(Some(r)) => r,
        // Abandoned for a newer version: its wake-up is pending.
        Ok(None) => return None,
        Err(e) => {
            super::log::error(state, format!("analysis of {} failed: {e}", uri.as_str()));
            return None;
        }
    };
    if !Arc::ptr_eq(&analysed_with, &state.engine()) {
        // The rules changed meanwhile (`initialize` or a reload, which re-schedule every
        // document): this result must not become the base of the next analysis.
        return None;
    }
    let unsettled = snapshot.tree.is_some() && tree.as_ref().is_some_and(|t| t.root_node().has_error());
    let findings = Arc::new(findings);
    if let Some(mut doc) = state.documents.get_mut(uri) {
        if let Some(tree) = tree {
            doc.store_tree(tree, snapshot.epoch, snapshot.edits_at_snapshot);
        }
        doc.store_analysis(findings.clone(), snapshot.epoch, snapshot.analysis_edits.len());
    }
    // What is kept for code actions and hover needs the text, not the pre-parse tree or the
    // previous findings: dropping them frees the old tree's unshared nodes.
    let mut snapshot = snapshot;
    snapshot.tree = None;
    snapshot.base = None;
    snapshot.analysis_edits = Vec::new();
    let published = Arc::new(Published { version: snapshot.version, snapshot, findings, unsettled });
    // Keep the newest result only.
    let current = state.documents.get(uri).map(|d| d.version);
    if current == Some(published.version) {
        state.published.insert(uri.clone(), published.clone());
    }
    Some((published, early))
}

/// Publishes the findings of `published` if its version is still the document's; returns
/// whether it did.
async fn publish(state: &Arc<State>, uri: &Uri, published: &Published) -> bool {
    if state.pulls() {
        return false;
    }
    let enc = state.encoding();
    let enabled = state.settings().enable.unwrap_or(true);
    // Never publish for a closed document or an old version.
    let current = state.documents.get(uri).map(|d| d.version);
    if current != Some(published.version) {
        return false;
    }
    let diagnostics = if enabled {
        super::agent::diagnostics(state, uri, &published.snapshot.rope, &published.findings, published.version, enc)
    } else {
        Vec::new()
    };
    state.client.publish_diagnostics(uri.clone(), diagnostics, Some(published.version)).await;
    state.last_publish.insert(uri.clone(), std::time::Instant::now());
    true
}
