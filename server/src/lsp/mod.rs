//! `redline lsp`: the language server. This module and its children are the only code that
//! knows LSP types; everything else is shared with the CLI.

mod agent;
mod backend;
mod convert;
mod disk;
mod framing;
mod log;
mod state;
mod sync;
mod watch;
mod worker;

use std::process::ExitCode;
use std::sync::Arc;

use tower_lsp_server::{LspService, Server};

pub use backend::{FIX_ALL_KIND, SCAN_WORKSPACE_COMMAND};

/// glibc gives each thread that allocates its own malloc arena; the runtime's worker and
/// blocking threads then each keep freed pages of large trees and texts, about 12 MB more
/// peak RSS with one 10,000-line document open. The server allocates little concurrently (one
/// analysis at a time per document), so a single arena costs no measurable speed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn limit_malloc_arenas() {
    // SAFETY: mallopt only sets an allocator tunable; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_malloc_arenas() {}

/// Serves LSP over stdin/stdout until the client sends `exit` or closes the stream. Exits with
/// 0 when `shutdown` came first and 1 otherwise, as the protocol says.
pub fn run() -> ExitCode {
    limit_malloc_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            crate::note!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let code = runtime.block_on(async {
        let mut shared = None;
        let (service, socket) = LspService::build(|client| {
            let state = Arc::new(state::State::new(client));
            shared = Some(state.clone());
            backend::Backend { state }
        })
        .custom_method("redline/documentState", backend::Backend::document_state)
        .finish();
        let Some(state) = shared else { return 2 };
        let service = sync::SyncService { inner: service, state: state.clone() };
        // Malformed input is answered and dropped before the transport sees it, and the
        // transport's output goes through a pump that can add those answers between frames
        // (see `framing`). Small pipes: a large message passes through in chunks rather than
        // growing a buffer that is never shrunk.
        let (server_in, guard_out) = tokio::io::duplex(64 * 1024);
        let (server_out, pump_in) = tokio::io::duplex(64 * 1024);
        let (answers_tx, answers_rx) = tokio::sync::mpsc::unbounded_channel();
        let input = tokio::spawn(framing::pump_input(tokio::io::stdin(), guard_out, answers_tx));
        let output = tokio::spawn(framing::pump_output(pump_in, tokio::io::stdout(), answers_rx));
        let serve = Server::new(server_in, server_out, socket).serve(service);
        tokio::pin!(serve);
        tokio::select! {
            () = &mut serve => {}
            () = state.exit.notified() => {
                // Let the transport write what it has (nothing is answered after `exit`).
                let _ = tokio::time::timeout(std::time::Duration::from_millis(200), &mut serve).await;
            }
            _ = input => {
                // The client closed the stream. Handlers may be waiting on answers that will
                // never come (a request to the client during start-up): give the server a
                // moment to finish what it can, then leave.
                let _ = tokio::time::timeout(std::time::Duration::from_millis(500), &mut serve).await;
            }
        }
        // Everything the server wrote reaches stdout before the process ends.
        let _ = tokio::time::timeout(std::time::Duration::from_millis(300), output).await;
        if state.shutdown_requested() { 0 } else { 1 }
    });
    // Exit now: dropping the runtime would wait for the blocking thread that reads stdin, which
    // stays blocked while the client keeps the stream open after `exit`.
    std::process::exit(code)
}
