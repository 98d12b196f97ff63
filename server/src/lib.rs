//! Redline: flags insecure code while it is being written.
//!
//! Layers, from the bottom: [`languages`] (registry of grammars), [`engine`] (parse + rules →
//! findings; no I/O beyond what it is handed, no LSP), [`config`] (`redline.toml`), then the
//! front ends: [`cli`] (`redline check`, `rules`, `explain`, `test-rules`), [`hook`] (`redline
//! hook`, agents' hooks) and [`lsp`] (`redline lsp`). Only the LSP module knows LSP types.

/// `eprintln!` that never panics: the reader of stderr may be gone (a language client that
/// closed the pipe, `2>&1 | head`). A diagnostic line is not worth a crash.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

pub mod cli;
pub mod audit;
pub mod config;
pub mod deps;
pub mod document;
pub mod engine;
pub mod hook;
pub mod iac;
pub mod languages;
pub mod lsp;
pub mod rule_tests;
