//! Server state shared by the sync layer, the handlers and the analysis workers: open
//! documents, the engine built from the current configuration, the latest analysis of each
//! document, and one analysis worker per document.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use dashmap::DashMap;
use serde::Deserialize;
use tokio::sync::Notify;
use tower_lsp_server::ls_types::{DiagnosticSeverity, Uri};
use tower_lsp_server::Client;

use crate::config::{Config, ConfigError};
use crate::document::{Document, Encoding, Snapshot};
use crate::engine::{parse, parse_cancellable, Engine, Finding};
use crate::languages::Language;
use redline_rules::{RuleError, Severity};

/// Settings a client sends in `initializationOptions` or `workspace/didChangeConfiguration`
/// (under a `redline` key or at the top level). They add to `redline.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ClientSettings {
    /// `false` turns every diagnostic off.
    pub enable: Option<bool>,
    /// Lowest severity shown.
    pub severity: Option<String>,
    /// Rule id globs to turn off.
    pub disable: Vec<String>,
    /// Rule id globs to turn on (preview rules included).
    pub enable_rules: Vec<String>,
    pub preview: Option<bool>,
    /// Extra rule directories (absolute, or relative to the workspace root).
    pub rule_dirs: Vec<String>,
    /// Files larger than this (bytes) get secret rules only.
    pub max_syntax_size: Option<usize>,
    /// Scan the whole workspace at start-up and publish diagnostics for files not open.
    pub scan_workspace: Option<bool>,
    /// Diagnostics for a coding agent (see `lsp::agent`); default: on when the client is one.
    pub agent_mode: Option<bool>,
    /// Agent mode: at most this many diagnostics per file, then a summary line.
    pub agent_max_diagnostics: Option<usize>,
    /// The editor severity of each Redline severity (`{"high": "warning"}`); severities not
    /// named keep the default (critical and high: error, medium: warning, low: information,
    /// info: hint).
    pub diagnostic_severity: HashMap<String, String>,
}

impl ClientSettings {
    /// Reads settings from a JSON value: `{ "redline": { ... } }` or `{ ... }`.
    pub fn from_json(value: &serde_json::Value) -> Result<ClientSettings, String> {
        let inner = value.get("redline").unwrap_or(value);
        if inner.is_null() {
            return Ok(ClientSettings::default());
        }
        let settings: ClientSettings = serde_json::from_value(inner.clone()).map_err(|e| format!("invalid Redline settings: {e}"))?;
        for (severity, editor) in &settings.diagnostic_severity {
            if Severity::parse(severity).is_none() {
                return Err(format!(
                    "invalid Redline settings: diagnosticSeverity: `{severity}` is not a severity (critical, high, medium, low, info)"
                ));
            }
            if editor_severity(editor).is_none() {
                return Err(format!(
                    "invalid Redline settings: diagnosticSeverity.{severity}: `{editor}` is not one of error, warning, information, hint"
                ));
            }
        }
        Ok(settings)
    }

    /// The severity an editor shows for a finding of severity `s`.
    pub fn lsp_severity(&self, s: Severity) -> DiagnosticSeverity {
        self.diagnostic_severity
            .iter()
            .find(|(k, _)| Severity::parse(k) == Some(s))
            .and_then(|(_, v)| editor_severity(v))
            .unwrap_or_else(|| super::convert::severity(s))
    }

    pub fn min_severity(&self) -> Severity {
        self.severity.as_deref().and_then(Severity::parse).unwrap_or(Severity::Info)
    }
}

fn editor_severity(name: &str) -> Option<DiagnosticSeverity> {
    match name.to_ascii_lowercase().as_str() {
        "error" => Some(DiagnosticSeverity::ERROR),
        "warning" => Some(DiagnosticSeverity::WARNING),
        "information" | "info" => Some(DiagnosticSeverity::INFORMATION),
        "hint" => Some(DiagnosticSeverity::HINT),
        _ => None,
    }
}

/// Settings as the client sent them, merged: each `didChangeConfiguration` changes only the
/// keys it names (`null` resets one), so `settings = { redline = {} }`, which Neovim sends
/// right after start, keeps what `initializationOptions` said.
pub fn merge_settings(current: &serde_json::Value, incoming: &serde_json::Value) -> serde_json::Value {
    let inner = incoming.get("redline").unwrap_or(incoming);
    let mut merged = match current {
        serde_json::Value::Object(m) => m.clone(),
        _ => serde_json::Map::new(),
    };
    if let serde_json::Value::Object(changes) = inner {
        for (key, value) in changes {
            if value.is_null() {
                merged.remove(key);
            } else {
                merged.insert(key.clone(), value.clone());
            }
        }
    }
    serde_json::Value::Object(merged)
}

/// The result of analysing one version of a document.
#[derive(Debug, Clone)]
pub struct Published {
    pub version: i32,
    pub snapshot: Snapshot,
    pub findings: Arc<Vec<Finding>>,
    /// The tree was parsed incrementally and has syntax errors. Tree-sitter's error recovery
    /// can then differ from a fresh parse of the same text (it reuses subtrees a fresh parse
    /// would not build), so the findings may differ from `redline check`'s until the text is
    /// parsed afresh: the worker does that once the document is quiet ("settling").
    pub unsettled: bool,
}

/// The analysis worker of one document: woken on each change; runs one analysis at a time.
#[derive(Debug, Default)]
pub struct Worker {
    pub wake: Notify,
    /// How long the last exact analysis took (µs): when it was slow, the next one is expected
    /// to be slow too, and the local analysis starts at once beside it.
    pub last_exact_micros: std::sync::atomic::AtomicU64,
}

#[derive(Debug)]
pub struct State {
    pub client: Client,
    pub documents: DashMap<Uri, Document>,
    pub published: DashMap<Uri, Arc<Published>>,
    pub workers: DashMap<Uri, Arc<Worker>>,
    pub engine: RwLock<Arc<Engine>>,
    pub encoding: RwLock<Encoding>,
    pub settings: RwLock<ClientSettings>,
    /// The settings the client sent, merged (see `merge_settings`); `settings` is parsed from it.
    pub settings_json: Mutex<serde_json::Value>,
    pub root: RwLock<Option<PathBuf>>,
    /// Rule files and config files that currently carry error diagnostics (to clear them).
    pub error_files: Mutex<Vec<Uri>>,
    /// Files not open in the editor that were analysed from disk (a workspace scan, a watched
    /// change), and whether they carry diagnostics now: a settings change analyses them again,
    /// so a rule turned back on shows its findings in files that had none.
    pub disk_files: DashMap<Uri, bool>,
    /// Whether the client watches files for the server (dynamic registration of
    /// `workspace/didChangeWatchedFiles`); otherwise the server runs its own watcher.
    pub client_watches: std::sync::atomic::AtomicBool,
    /// The server's own workspace watcher, when it runs one (see `lsp::watch`).
    pub watcher: Mutex<Option<Arc<super::watch::WorkspaceWatcher>>>,
    /// Whether the client pulls diagnostics (then open documents are not pushed).
    pub pull_diagnostics: RwLock<bool>,
    /// Documents already told that they are too large for syntax rules.
    pub size_notified: DashMap<Uri, ()>,
    /// When diagnostics were last published per document: a worker may abandon a stale parse
    /// only while the client has recent results (so a stream of edits cannot starve it).
    pub last_publish: DashMap<Uri, std::time::Instant>,
    /// Config and rule errors found during `initialize`, published once `initialized` arrives
    /// (notifications before that are dropped by clients).
    pub pending_errors: Mutex<Vec<FileError>>,
    /// Whether the client sent `shutdown` (the exit code depends on it).
    pub shutdown: std::sync::atomic::AtomicBool,
    /// `clientInfo.name` names a coding agent (agent mode's default).
    pub agent_client: std::sync::atomic::AtomicBool,
    /// Agent mode: per document, what was there before (see `lsp::agent`).
    pub baselines: DashMap<Uri, super::agent::Baseline>,
    /// Signalled when the client sends `exit`: the process ends even if the transport does not
    /// wind down by itself (it waits on streams the client may keep open).
    pub exit: Notify,
}

/// An error in a config or rule file, to show as a diagnostic in that file.
#[derive(Debug, Clone)]
pub struct FileError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl From<&RuleError> for FileError {
    fn from(e: &RuleError) -> Self {
        FileError {
            path: e.file.clone(),
            line: e.line,
            column: e.column,
            message: match &e.rule_id {
                Some(id) => format!("rule `{id}`: {}", e.reason),
                None => e.reason.clone(),
            },
        }
    }
}

impl From<&ConfigError> for FileError {
    fn from(e: &ConfigError) -> Self {
        FileError { path: e.path.clone(), line: e.line, column: e.column, message: e.reason.clone() }
    }
}

impl State {
    pub fn new(client: Client) -> State {
        State {
            client,
            documents: DashMap::new(),
            published: DashMap::new(),
            workers: DashMap::new(),
            // No rules until `initialize` builds them from the workspace config: the protocol
            // allows no document before it, and a built-in set made here would be dropped at
            // once, after raising the peak heap by its size (about 5 MB).
            engine: RwLock::new(Arc::new(Engine::new(Arc::new(crate::engine::RuleSet::build(&[], &Default::default())), Default::default()))),
            encoding: RwLock::new(Encoding::Utf16),
            settings: RwLock::new(ClientSettings::default()),
            settings_json: Mutex::new(serde_json::Value::Object(Default::default())),
            root: RwLock::new(None),
            error_files: Mutex::new(Vec::new()),
            disk_files: DashMap::new(),
            pull_diagnostics: RwLock::new(false),
            client_watches: std::sync::atomic::AtomicBool::new(false),
            watcher: Mutex::new(None),
            size_notified: DashMap::new(),
            pending_errors: Mutex::new(Vec::new()),
            last_publish: DashMap::new(),
            shutdown: std::sync::atomic::AtomicBool::new(false),
            agent_client: std::sync::atomic::AtomicBool::new(false),
            baselines: DashMap::new(),
            exit: Notify::new(),
        }
    }

    /// Whether diagnostics are written for a coding agent.
    pub fn agent_mode(&self) -> bool {
        self.settings().agent_mode.unwrap_or_else(|| self.agent_client.load(std::sync::atomic::Ordering::Relaxed))
    }

    pub fn engine(&self) -> Arc<Engine> {
        self.engine.read().map(|e| e.clone()).unwrap_or_else(|p| p.into_inner().clone())
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding.read().map(|e| *e).unwrap_or_default()
    }

    /// Applies settings from the client (merged into what it sent before). On an error the
    /// settings in force stay as they were.
    pub fn apply_settings(&self, incoming: &serde_json::Value) -> Result<(), String> {
        let mut json = self.settings_json.lock().unwrap_or_else(|p| p.into_inner());
        let merged = merge_settings(&json, incoming);
        let parsed = ClientSettings::from_json(&merged)?;
        *json = merged;
        if let Ok(mut slot) = self.settings.write() {
            *slot = parsed;
        }
        Ok(())
    }

    pub fn settings(&self) -> ClientSettings {
        self.settings.read().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn root(&self) -> Option<PathBuf> {
        self.root.read().ok().and_then(|r| r.clone())
    }

    pub fn pulls(&self) -> bool {
        self.pull_diagnostics.read().map(|p| *p).unwrap_or(false)
    }

    /// Builds the engine from `redline.toml` (if the workspace has one) and the client settings.
    /// Returns the config errors to show in `redline.toml`.
    pub fn shutdown_requested(&self) -> bool {
        self.shutdown.load(std::sync::atomic::Ordering::Acquire)
    }

    pub fn rebuild_engine(&self) -> Vec<FileError> {
        let settings = self.settings();
        let root = self.root();
        let mut errors = Vec::new();
        let mut config = match root.as_deref().and_then(Config::discover) {
            Some(path) => match Config::load_from_repository(&path) {
                Ok(c) => c,
                Err(e) => {
                    errors.push(FileError::from(&e));
                    Config::fallback_for(&path)
                }
            },
            None => Config::default(),
        };
        if let Some(root) = &root {
            if config.path.is_none() {
                config.root = root.clone();
            }
        }
        config.file.disable.extend(settings.disable.iter().cloned());
        config.file.enable.extend(settings.enable_rules.iter().cloned());
        if let Some(p) = settings.preview {
            config.file.preview = p;
        }
        // The editor's settings are the user's own: their rule directories may be anywhere.
        config.user_rule_dirs.extend(settings.rule_dirs.iter().map(|d| {
            let p = PathBuf::from(d);
            match (&root, p.is_absolute()) {
                (Some(r), false) => r.join(p),
                _ => p,
            }
        }));
        if let Some(n) = settings.max_syntax_size {
            config.file.max_syntax_size = Some(n);
        }
        // Queries compile lazily; `Backend::publish_rule_errors` compiles the rest in the
        // background and reports broken rules.
        let rules = config.build_ruleset();
        let engine = Arc::new(Engine::new(rules, config.limits()).with_project(Arc::new(crate::deps::imports::DiskFiles::new())));
        if let Ok(mut slot) = self.engine.write() {
            *slot = engine;
        }
        errors
    }

    /// The path of the workspace's `redline.toml` and the rule directories, for recognising
    /// changes to them among watched files.
    pub fn is_config_or_rule_file(&self, path: &Path) -> bool {
        if path.file_name().is_some_and(|n| n == crate::config::CONFIG_FILE_NAME) {
            return true;
        }
        let engine = self.engine();
        engine.rules.rules.iter().any(|r| !r.builtin && r.source == path)
            || engine.rules.errors().iter().any(|e| e.file == path)
            || self.rule_dirs().iter().any(|d| path.starts_with(d))
    }

    fn rule_dirs(&self) -> Vec<PathBuf> {
        let root = self.root();
        let mut dirs: Vec<PathBuf> = self
            .settings()
            .rule_dirs
            .iter()
            .map(|d| match &root {
                Some(r) => r.join(d),
                None => PathBuf::from(d),
            })
            .collect();
        if let Some(cfg) = root.as_deref().and_then(Config::discover).and_then(|p| Config::load(&p).ok()) {
            dirs.extend(cfg.file.rule_dirs.iter().map(|d| cfg.root.join(d)));
        }
        dirs
    }

    /// Whether the file should get syntax rules, or is too large.
    pub fn syntax_allowed(&self, text_len: usize) -> bool {
        text_len <= self.engine().limits.max_syntax_size
    }
}

/// Parses (incrementally from the snapshot's edited tree) and analyses a snapshot, reusing the
/// previous analysis when there is one (rules re-run only where the edits landed). Pure: no
/// locks, no I/O; runs on a blocking thread. With `cancellable`, returns `None` when a newer
/// version arrives during the parse (the worker then analyses that one).
/// Whether a snapshot gets a syntax tree and the query rules: it has a grammar, is within
/// `max-syntax-size`, and would not crash the grammar (see `parser_hazard`); otherwise it
/// gets the secret rules only.
pub fn syntax_rules_apply(engine: &Engine, snap: &Snapshot) -> bool {
    snap.language.grammar().is_some()
        && snap.text.len() <= engine.limits.max_syntax_size
        && crate::engine::parser_hazard(snap.language, &snap.text).is_none()
}

pub fn analyse_snapshot(
    engine: &Engine,
    snap: &Snapshot,
    cancellable: bool,
) -> Option<(Option<tree_sitter::Tree>, Vec<Finding>)> {
    // A `None` from the parse below means "cancelled", never "cannot parse".
    let syntax = syntax_rules_apply(engine, snap);
    let tree = if !syntax {
        None
    } else if cancellable {
        let stale = || snap.latest.load(std::sync::atomic::Ordering::Acquire) != snap.version;
        Some(parse_cancellable(snap.language, &snap.text, snap.tree.as_ref(), &stale)?)
    } else {
        parse(snap.language, &snap.text, snap.tree.as_ref())
    };
    let findings = match &snap.base {
        // The old tree is only a valid base for `changed_ranges` if it was parsed.
        Some(base) if !syntax || snap.tree.is_some() => engine.analyze_incremental(
            &snap.path,
            snap.language,
            &snap.text,
            tree.as_ref(),
            crate::engine::incremental::Previous { findings: base, edits: &snap.analysis_edits, old_tree: snap.tree.as_ref() },
        ),
        _ => engine.analyze_tree(&snap.path, snap.language, &snap.text, tree.as_ref(), None),
    };
    Some((tree, findings))
}

/// Groups file errors by file, for publishing.
pub fn group_errors(errors: &[FileError]) -> HashMap<PathBuf, Vec<FileError>> {
    let mut out: HashMap<PathBuf, Vec<FileError>> = HashMap::new();
    for e in errors {
        out.entry(e.path.clone()).or_default().push(e.clone());
    }
    out
}

/// The file path of a URI; for other schemes (unsaved buffers), the URI's path part.
pub fn path_of(uri: &Uri) -> PathBuf {
    uri.to_file_path().map(|p| p.into_owned()).unwrap_or_else(|| PathBuf::from(uri.path().as_str()))
}

/// Language of a document from its URI's path and first line.
pub fn language_of(uri: &Uri, text: &str, language_id: Option<&str>) -> Language {
    let path = path_of(uri);
    let detected = Language::detect(&path, text.lines().next());
    if detected != Language::Text {
        return detected;
    }
    // Unsaved buffers have no useful name: fall back to the client's language id.
    language_id
        .and_then(|id| match id {
            "javascriptreact" => Some(Language::JavaScript),
            "typescriptreact" => Some(Language::Tsx),
            "shellscript" | "sh" => Some(Language::Bash),
            "terraform" | "terraform-vars" => Some(Language::Hcl),
            "dockerfile" => Some(Language::Dockerfile),
            other => Language::from_name(other),
        })
        .unwrap_or(Language::Text)
}
