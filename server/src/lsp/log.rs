//! Logging to the client's log (`window/logMessage`), and to stderr with `REDLINE_LOG_STDERR=1`. Callers never pass file
//! contents here, so no secret value can reach a log line.

use std::sync::Arc;

use tower_lsp_server::ls_types::MessageType;

use super::state::State;

fn send(state: &Arc<State>, typ: MessageType, msg: String) {
    // Editors show the server's stderr in the same log as `window/logMessage`, as errors
    // (VS Code prints every line twice then): stderr only on request.
    if std::env::var_os("REDLINE_LOG_STDERR").is_some_and(|v| v != "0") {
        crate::note!("redline: {msg}");
    }
    let client = state.client.clone();
    if let Ok(handle) = tokio::runtime::Handle::try_current() {
        handle.spawn(async move { client.log_message(typ, msg).await });
    }
}

pub fn error(state: &Arc<State>, msg: impl Into<String>) {
    send(state, MessageType::ERROR, msg.into());
}

pub fn warn(state: &Arc<State>, msg: impl Into<String>) {
    send(state, MessageType::WARNING, msg.into());
}

pub fn info(state: &Arc<State>, msg: impl Into<String>) {
    send(state, MessageType::INFO, msg.into());
}
