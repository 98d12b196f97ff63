//! `redline lsp`: the language server. This module and its children are the only code that
//! knows LSP types; everything else is shared with the CLI.

mod backend;
mod convert;
mod framing;
mod log;
mod state;
mod sync;
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

/// Serves LSP over stdin/stdout until the client sends `exit` or closes the stream.
pub fn run() -> ExitCode {
    limit_malloc_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    runtime.block_on(async {
        let mut shared = None;
        let (service, socket) = LspService::build(|client| {
            let state = Arc::new(state::State::new(client));
            shared = Some(state.clone());
            backend::Backend { state }
        })
        .custom_method("redline/documentState", backend::Backend::document_state)
        .finish();
        let Some(state) = shared else { return };
        let service = sync::SyncService { inner: service, state };
        // Malformed input is filtered out before the transport sees it (see `framing`).
        // A small pipe: a large message passes through it in chunks rather than growing a
        // buffer that is never shrunk.
        let (server_in, guard_out) = tokio::io::duplex(64 * 1024);
        tokio::spawn(framing::pump(tokio::io::stdin(), guard_out));
        Server::new(server_in, tokio::io::stdout(), socket).serve(service).await;
    });
    ExitCode::SUCCESS
}
