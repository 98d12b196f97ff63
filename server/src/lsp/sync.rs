//! The sync layer: a `tower::Service` around the LSP service whose `call` runs in wire order.
//! It applies didOpen/didChange/didClose to the documents *before* handing the message on, so
//! no later edit can overtake an earlier one (the LSP service runs up to four handlers at once,
//! and any `.await` before a handler touches a document lets edits reorder). It also catches a
//! panic in any handler and turns it into a logged error, so the server keeps serving.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::FutureExt;
use tower::Service;
use tower_lsp_server::jsonrpc::{Error, Request, Response};
use tower_lsp_server::ls_types::{DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams};

use super::state::{language_of, State};
use super::{convert, log, worker};
use crate::document::{Change, Document};

pub struct SyncService<S> {
    pub inner: S,
    pub state: Arc<State>,
}

impl<S> Service<Request> for SyncService<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let state = self.state.clone();
        let method = req.method().to_owned();
        if matches!(method.as_str(), "textDocument/didOpen" | "textDocument/didChange" | "textDocument/didClose") {
            let params = req.params().cloned().unwrap_or(serde_json::Value::Null);
            let applied = std::panic::catch_unwind(AssertUnwindSafe(|| apply_document_message(&state, &method, params)));
            if applied.is_err() {
                log::error(&state, format!("internal error while applying {method}; the document may be out of date"));
            }
        }
        if method == "exit" {
            state.exit.notify_one();
        }
        let id = req.id().cloned();
        let fut = self.inner.call(req);
        Box::pin(async move {
            match AssertUnwindSafe(fut).catch_unwind().await {
                Ok(result) => result,
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_owned());
                    log::error(&state, format!("handler for {method} panicked: {what}"));
                    Ok(id.map(|id| Response::from_error(id, Error::internal_error())))
                }
            }
        })
    }
}

/// Applies a document notification synchronously. Bad params, unknown documents and versions
/// going backwards are logged, never fatal.
fn apply_document_message(state: &Arc<State>, method: &str, params: serde_json::Value) {
    let enc = state.encoding();
    match method {
        "textDocument/didOpen" => {
            let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params) else {
                log::error(state, "malformed didOpen params ignored");
                return;
            };
            let doc = p.text_document;
            let language = language_of(&doc.uri, &doc.text, Some(doc.language_id.as_str()));
            if state.documents.contains_key(&doc.uri) {
                log::warn(state, format!("{} opened twice: replacing its text", doc.uri.as_str()));
            }
            let path = super::state::path_of(&doc.uri);
            state.documents.insert(doc.uri.clone(), Document::new(&path, language, doc.version, &doc.text));
            state.disk_files.remove(&doc.uri);
            state.baselines.remove(&doc.uri);
            worker::schedule(state, doc.uri);
        }
        "textDocument/didChange" => {
            let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params) else {
                log::error(state, "malformed didChange params ignored");
                return;
            };
            let uri = p.text_document.uri;
            {
                let Some(mut doc) = state.documents.get_mut(&uri) else {
                    log::error(state, format!("didChange for a document that is not open: {}", uri.as_str()));
                    return;
                };
                if p.text_document.version <= doc.version {
                    log::warn(
                        state,
                        format!(
                            "{}: version went from {} to {}; applying the change anyway",
                            uri.as_str(),
                            doc.version,
                            p.text_document.version
                        ),
                    );
                }
                for change in p.content_changes {
                    let change = Change {
                        range: change.range.map(|r| (convert::to_doc_position(r.start), convert::to_doc_position(r.end))),
                        text: change.text,
                    };
                    if doc.apply(&change, enc).0 {
                        log::warn(state, format!("{}: a change position was out of range and was clamped", uri.as_str()));
                    }
                }
                doc.set_version(p.text_document.version);
            }
            worker::schedule(state, uri);
        }
        "textDocument/didClose" => {
            let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params) else {
                log::error(state, "malformed didClose params ignored");
                return;
            };
            let uri = p.text_document.uri;
            if state.documents.remove(&uri).is_none() {
                log::warn(state, format!("didClose for a document that is not open: {}", uri.as_str()));
            }
            state.published.remove(&uri);
            state.size_notified.remove(&uri);
            state.baselines.remove(&uri);
            if let Some(w) = state.workers.get(&uri).map(|w| w.clone()) {
                // The worker sees the document is gone, clears its diagnostics and exits.
                w.wake.notify_one();
            }
        }
        _ => {}
    }
}
