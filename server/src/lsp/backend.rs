//! The `LanguageServer` implementation: capabilities, configuration, code actions, hover, pull
//! diagnostics, watched files and the workspace scan. Document sync itself happens in the sync
//! layer; the handlers here only react to it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::LanguageServer;

use super::disk::{self, DiskChange};
use super::state::{group_errors, FileError, State};
use super::{convert, log, watch, worker};
use crate::document::Encoding;
use crate::engine::{apply_edits, parse, suppress, syntax_error_count, Finding};

pub const SCAN_WORKSPACE_COMMAND: &str = "redline.scanWorkspace";
pub const FIX_ALL_KIND: &str = "source.fixAll.redline";

pub struct Backend {
    pub state: Arc<State>,
}

fn to_path(uri: &Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

impl Backend {
    /// `redline/documentState`: the server's view of a document (text and version), for
    /// tests and for diagnosing a client that drifted out of sync.
    pub async fn document_state(&self, params: TextDocumentIdentifier) -> Result<serde_json::Value> {
        Ok(match self.state.documents.get(&params.uri) {
            Some(doc) => serde_json::json!({ "version": doc.version, "text": doc.text(), "language": doc.language.name() }),
            None => serde_json::Value::Null,
        })
    }

    /// Publishes config and rule file errors as diagnostics in those files, clearing files
    /// that no longer have any.
    async fn publish_file_errors(&self, errors: Vec<FileError>) {
        let state = &self.state;
        let enc = state.encoding();
        let grouped = group_errors(&errors);
        let mut now = Vec::new();
        for (path, errs) in &grouped {
            let path = if path.is_absolute() { path.clone() } else { state.root().unwrap_or_default().join(path) };
            let Some(uri) = Uri::from_file_path(&path) else { continue };
            let text = std::fs::read_to_string(&path).ok();
            let diags = errs.iter().map(|e| convert::file_error_diagnostic(e, text.as_deref(), enc)).collect();
            for e in errs {
                log::error(state, format!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message));
            }
            state.client.publish_diagnostics(uri.clone(), diags, None).await;
            now.push(uri);
        }
        let stale: Vec<Uri> = {
            let mut prev = state.error_files.lock().unwrap_or_else(|p| p.into_inner());
            let stale = prev.iter().filter(|u| !now.contains(u)).cloned().collect();
            *prev = now;
            stale
        };
        for uri in stale {
            state.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    /// Compiles the user's rules (off the async threads; built-in ones compile lazily as
    /// documents need them) and publishes broken rules, with `config_errors`, as diagnostics in
    /// their files.
    async fn publish_rule_errors(&self, mut config_errors: Vec<FileError>) {
        let engine = self.state.engine();
        let rule_errors = tokio::task::spawn_blocking(move || {
            engine.rules.compile_user_rules();
            engine.rules.errors()
        })
        .await
        .unwrap_or_default();
        config_errors.extend(rule_errors.iter().map(FileError::from));
        self.publish_file_errors(config_errors).await;
    }

    /// Rebuilds the engine and analyses everything again: open documents and the files from
    /// disk that have been published for.
    pub(super) async fn reload(&self) {
        let errors = self.state.rebuild_engine();
        self.publish_rule_errors(errors).await;
        disk::reanalyse_all(&self.state).await;
    }

    /// Starts the server's own watcher of the workspace (for clients that cannot watch files).
    async fn start_watcher(&self) {
        let Some(root) = self.state.root() else { return };
        let state = self.state.clone();
        let on_reload = move || {
            let backend = Backend { state: state.clone() };
            async move { backend.reload().await }
        };
        let watcher = watch::start(self.state.clone(), root, on_reload).await;
        if let Ok(mut slot) = self.state.watcher.lock() {
            *slot = watcher;
        }
    }

    /// Whether applying `fix` leaves a file that parses at least as well and no longer has the
    /// finding.
    fn fix_is_sound(&self, path: &Path, text: &str, language: crate::languages::Language, finding: &Finding) -> bool {
        let Some(fix) = &finding.fix else { return false };
        let (fixed, skipped) = apply_edits(text, &fix.edits);
        if skipped > 0 {
            return false;
        }
        let before = parse(language, text, None).map_or(0, |t| syntax_error_count(&t));
        let after_tree = parse(language, &fixed, None);
        if after_tree.as_ref().map_or(0, syntax_error_count) > before {
            return false;
        }
        let engine = self.state.engine();
        let path = path.to_path_buf();
        let count = |t: &str, tree: Option<&tree_sitter::Tree>| {
            engine.analyze_tree(&path, language, t, tree, None).iter().filter(|f| f.rule.id == finding.rule.id).count()
        };
        let before_tree = parse(language, text, None);
        count(&fixed, after_tree.as_ref()) < count(text, before_tree.as_ref())
    }
}

fn negotiate_encoding(caps: &ClientCapabilities) -> Encoding {
    let offered = caps.general.as_ref().and_then(|g| g.position_encodings.clone()).unwrap_or_default();
    if offered.contains(&PositionEncodingKind::UTF8) {
        Encoding::Utf8
    } else if offered.contains(&PositionEncodingKind::UTF32) {
        Encoding::Utf32
    } else {
        Encoding::Utf16
    }
}

fn encoding_kind(e: Encoding) -> PositionEncodingKind {
    match e {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let state = &self.state;
        let enc = negotiate_encoding(&params.capabilities);
        if let Ok(mut e) = state.encoding.write() {
            *e = enc;
        }
        #[allow(deprecated)]
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .and_then(|f| to_path(&f.uri))
            .or_else(|| params.root_uri.as_ref().and_then(to_path));
        if let Ok(mut r) = state.root.write() {
            *r = root;
        }
        let agent_client = params.client_info.as_ref().is_some_and(|c| super::agent::is_agent_client(&c.name));
        state.agent_client.store(agent_client, std::sync::atomic::Ordering::Relaxed);
        if let Some(opts) = &params.initialization_options {
            if let Err(e) = state.apply_settings(opts) {
                log::error(state, e);
            }
        }
        // Pull diagnostics only with a client that can be told to pull again after a settings
        // or rule change (`workspace/diagnostic/refresh`); any other client gets them pushed,
        // so a change re-publishes them.
        let caps = &params.capabilities;
        let refresh = caps.workspace.as_ref().and_then(|w| w.diagnostics.as_ref()).and_then(|d| d.refresh_support).unwrap_or(false);
        let pulls = refresh && caps.text_document.as_ref().and_then(|t| t.diagnostic.as_ref()).is_some();
        let watches = caps
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        state.client_watches.store(watches, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut p) = state.pull_diagnostics.write() {
            *p = pulls;
        }
        // Build the engine before answering: documents opened right after `initialized` must
        // already see the configured rules.
        let errors = state.rebuild_engine();
        log::info(
            state,
            format!(
                "redline {} ({} rules) for {}; client {}; diagnostics {}",
                env!("CARGO_PKG_VERSION"),
                state.engine().rules.rules.len(),
                state.root().map_or_else(|| "no workspace folder".to_owned(), |r| r.display().to_string()),
                params.client_info.as_ref().map_or("unnamed", |c| c.name.as_str()),
                if pulls { "pulled" } else { "pushed" },
            ),
        );
        if let Ok(mut pending) = state.pending_errors.lock() {
            *pending = errors;
        }
        // A document opened before `initialize` (the protocol forbids it, but clients do it)
        // was analysed with no rules: forget that result so `initialized` re-analyses it.
        state.published.clear();
        for mut doc in state.documents.iter_mut() {
            doc.reset_analysis();
            let len = doc.rope.len_bytes();
            doc.dirty = vec![0..len];
        }
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding_kind(enc)),
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..Default::default()
                })),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, CodeActionKind::from(FIX_ALL_KIND)]),
                    ..Default::default()
                })),
                diagnostic_provider: pulls.then(|| {
                    DiagnosticServerCapabilities::Options(DiagnosticOptions {
                        identifier: Some("redline".to_owned()),
                        inter_file_dependencies: false,
                        workspace_diagnostics: false,
                        ..Default::default()
                    })
                }),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![SCAN_WORKSPACE_COMMAND.to_owned()],
                    ..Default::default()
                }),
                ..Default::default()
            },
            server_info: Some(ServerInfo { name: "redline".to_owned(), version: Some(env!("CARGO_PKG_VERSION").to_owned()) }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        // Re-analyse anything opened before the engine was ready.
        let uris: Vec<Uri> = self.state.documents.iter().map(|e| e.key().clone()).collect();
        for uri in uris {
            worker::schedule(&self.state, uri);
        }
        let client_watches = self.state.client_watches.load(std::sync::atomic::Ordering::Relaxed) && {
            let watchers = vec![FileSystemWatcher { glob_pattern: GlobPattern::String("**/*".to_owned()), kind: None }];
            let registration = Registration {
                id: "redline-watch".to_owned(),
                method: "workspace/didChangeWatchedFiles".to_owned(),
                register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions { watchers }).ok(),
            };
            match self.state.client.register_capability(vec![registration]).await {
                Ok(()) => true,
                Err(e) => {
                    log::info(&self.state, format!("client did not accept file watchers ({e}); the server watches the workspace itself"));
                    false
                }
            }
        };
        if !client_watches {
            // In the background: walking a large workspace for its directories takes a while.
            let backend = Backend { state: self.state.clone() };
            tokio::spawn(async move { backend.start_watcher().await });
        }
        let errors = self.state.pending_errors.lock().map(|mut e| std::mem::take(&mut *e)).unwrap_or_default();
        self.publish_rule_errors(errors).await;
        if self.state.settings().scan_workspace.unwrap_or(false) {
            disk::scan_workspace(&self.state).await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.state.shutdown.store(true, std::sync::atomic::Ordering::Release);
        Ok(())
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        match self.state.apply_settings(&params.settings) {
            Ok(()) => self.reload().await,
            Err(e) => {
                log::error(&self.state, e.clone());
                self.state.client.show_message(MessageType::ERROR, format!("Redline: {e}")).await;
            }
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let changes = params
            .changes
            .into_iter()
            .filter_map(|c| Some(DiskChange { path: to_path(&c.uri)?, deleted: c.typ == FileChangeType::DELETED }))
            .collect();
        if disk::changed(&self.state, changes).await {
            self.reload().await;
        }
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if params.command == SCAN_WORKSPACE_COMMAND {
            disk::scan_workspace(&self.state).await;
            return Ok(None);
        }
        log::warn(&self.state, format!("unknown command `{}`", params.command));
        Err(tower_lsp_server::jsonrpc::Error::invalid_params(format!("unknown command `{}`", params.command)))
    }

    async fn diagnostic(&self, params: DocumentDiagnosticParams) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let items = match worker::analyse_current(&self.state, &uri).await {
            Some(p) if self.state.settings().enable.unwrap_or(true) => {
                let enc = self.state.encoding();
                super::agent::diagnostics(&self.state, &uri, &p.snapshot.rope, &p.findings, p.version, enc)
            }
            _ => Vec::new(),
        };
        Ok(DocumentDiagnosticReportResult::Report(DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
            related_documents: None,
            full_document_diagnostic_report: FullDocumentDiagnosticReport { result_id: None, items },
        })))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let uri = params.text_document_position_params.text_document.uri;
        let Some(p) = worker::analyse_current(&self.state, &uri).await else { return Ok(None) };
        let enc = self.state.encoding();
        let (offset, _) = crate::document::offset_of(
            &p.snapshot.rope,
            convert::to_doc_position(params.text_document_position_params.position),
            enc,
        );
        let hits: Vec<&Finding> = p.findings.iter().filter(|f| f.range.start <= offset && offset <= f.range.end).collect();
        if hits.is_empty() {
            return Ok(None);
        }
        let mut md = String::new();
        for f in &hits {
            let r = &f.rule;
            md.push_str(&format!("### {} — {}\n\n", r.title, f.severity.as_str()));
            md.push_str(&format!("`{}` · {} · confidence {}\n\n", r.id, r.cwe.join(", "), f.confidence.as_str()));
            // The diagnostic's message is not repeated: editors show it above the hover.
            if let Some(fix) = &f.fix {
                md.push_str(&format!("**Quick fix:** {}\n\n", fix.title));
            }
            md.push_str(&r.docs);
            md.push_str(&format!("\n\n[Rule documentation]({})\n\n---\n\n", r.docs_url()));
        }
        let range = hits.first().map(|f| convert::range_of(&p.snapshot.rope, f.range.clone(), enc));
        Ok(Some(Hover { contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: md }), range }))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri.clone();
        let Some(p) = worker::analyse_current(&self.state, &uri).await else { return Ok(None) };
        let enc = self.state.encoding();
        let rope = &p.snapshot.rope;
        let text = &p.snapshot.text;
        let language = p.snapshot.language;
        let wanted = convert::byte_range(rope, params.range, enc);
        let only = params.context.only.clone();
        let wants = |kind: &CodeActionKind| {
            only.as_ref().is_none_or(|o| o.iter().any(|k| kind.as_str() == k.as_str() || kind.as_str().starts_with(&format!("{}.", k.as_str()))))
        };
        let settings = self.state.settings();
        let min = settings.min_severity();
        // The actions of every diagnostic the client names, and of every finding on the lines
        // of the cursor or selection (Neovim's `gra` sends the cursor's position, which may be
        // left or right of the flagged range on its line).
        let line_of = |byte: usize| rope.try_byte_to_line(byte.min(rope.len_bytes())).unwrap_or(0);
        let wanted_lines = line_of(wanted.start)..=line_of(wanted.end);
        let named: Vec<(String, Range)> = params
            .context
            .diagnostics
            .iter()
            .filter(|d| d.source.as_deref().is_none_or(|s| s == "redline"))
            .filter_map(|d| match &d.code {
                Some(NumberOrString::String(code)) => Some((code.clone(), d.range)),
                _ => None,
            })
            .collect();
        let mut actions: Vec<CodeActionOrCommand> = Vec::new();
        let redactor = crate::engine::Redactor::new(text, &p.findings);
        let edit_for = |edits: Vec<TextEdit>| WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..Default::default() };
        for f in p.findings.iter().filter(|f| f.severity >= min) {
            let overlaps = f.range.start <= wanted.end && wanted.start <= f.range.end;
            let on_lines = line_of(f.range.start) <= *wanted_lines.end() && *wanted_lines.start() <= line_of(f.range.end);
            let range = convert::range_of(rope, f.range.clone(), enc);
            let is_named = named.iter().any(|(code, r)| *code == f.rule.id && *r == range);
            if !(overlaps || on_lines || is_named) {
                continue;
            }
            let mut diag = convert::diagnostic(&uri, rope, f, p.version, enc);
            diag.severity = Some(settings.lsp_severity(f.severity));
            // A fix whose text would carry a secret value is not offered: the value must not
            // travel in a message (it can still be fixed by hand).
            if let Some(fix) = f.fix.as_ref().filter(|fix| fix.edits.iter().all(|e| redactor.redact(&e.text) == e.text)) {
                if wants(&CodeActionKind::QUICKFIX) && self.fix_is_sound(&p.snapshot.path, text, language, f) {
                    actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: if fix.safe { fix.title.clone() } else { format!("{} (review: changes behaviour)", fix.title) },
                        kind: Some(CodeActionKind::QUICKFIX),
                        diagnostics: Some(vec![diag.clone()]),
                        edit: Some(edit_for(convert::text_edits(rope, &fix.edits, enc))),
                        is_preferred: Some(true),
                        ..Default::default()
                    }));
                }
            }
            if let Some(comment) = language.line_comment() {
                if wants(&CodeActionKind::QUICKFIX) {
                    let line_start = text[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
                    let indent: String = text[line_start..].chars().take_while(|c| *c == ' ' || *c == '\t').collect();
                    let line = format!(
                        "{indent}{}\n",
                        suppress::suppression_comment(comment, &f.rule.id, "explain why this is safe")
                    );
                    let edit = crate::engine::Edit { range: line_start..line_start, text: line };
                    actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: format!("Suppress {} on this line (with a reason)", f.rule.id),
                        kind: Some(CodeActionKind::QUICKFIX),
                        diagnostics: Some(vec![diag]),
                        edit: Some(edit_for(convert::text_edits(rope, &[edit], enc))),
                        is_preferred: Some(false),
                        ..Default::default()
                    }));
                }
            }
        }
        let fix_all = CodeActionKind::from(FIX_ALL_KIND);
        let explicitly_asked = only.as_ref().is_some_and(|o| o.iter().any(|k| FIX_ALL_KIND.starts_with(k.as_str()) && k.as_str() != ""));
        let any_safe = p.findings.iter().any(|f| f.fix.as_ref().is_some_and(|x| x.safe) && f.severity >= min);
        if any_safe && (explicitly_asked || only.is_none()) && wants(&fix_all) {
            let engine = self.state.engine();
            let path = to_path(&uri).unwrap_or_else(|| PathBuf::from(uri.path().as_str()));
            let t = text.to_string();
            let outcome = tokio::task::spawn_blocking(move || engine.fix_all(&path, &t, false, min)).await.ok();
            if let Some(outcome) = outcome.filter(|o| !o.applied.is_empty()) {
                // Only the changed spans: an edit replacing the whole document would copy every
                // secret in it into the message.
                let edits = crate::engine::minimal_edits(text, &outcome.text);
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Redline: apply {} safe fix(es)", outcome.applied.len()),
                    kind: Some(fix_all),
                    edit: Some(edit_for(convert::text_edits(rope, &edits, enc))),
                    ..Default::default()
                }));
            }
        }
        Ok(if actions.is_empty() { None } else { Some(actions) })
    }
}
