//! The `LanguageServer` implementation: capabilities, configuration, code actions, hover, pull
//! diagnostics, watched files and the workspace scan. Document sync itself happens in the sync
//! layer; the handlers here only react to it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::LanguageServer;

use super::state::{group_errors, ClientSettings, FileError, State};
use super::{convert, log, worker};
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

    /// Rebuilds the engine and re-analyses every open document.
    async fn reload(&self) {
        let errors = self.state.rebuild_engine();
        self.publish_rule_errors(errors).await;
        self.state.published.clear();
        for mut doc in self.state.documents.iter_mut() {
            doc.reset_analysis();
        }
        let uris: Vec<Uri> = self.state.documents.iter().map(|e| e.key().clone()).collect();
        for uri in uris {
            worker::schedule(&self.state, uri);
        }
        if self.state.pulls() {
            let _ = self.state.client.workspace_diagnostic_refresh().await;
        }
    }

    /// Analyses a file on disk that is not open and publishes its diagnostics.
    async fn scan_disk_file(&self, path: PathBuf) {
        let state = self.state.clone();
        let Some(uri) = Uri::from_file_path(&path) else { return };
        if state.documents.contains_key(&uri) {
            return;
        }
        let engine = state.engine();
        let p = path.clone();
        let analysed = tokio::task::spawn_blocking(move || {
            // Like `redline check`'s walk: symbolic links are not followed (a link to
            // `/dev/zero` written into the workspace once cost 6.7 GB), only regular files
            // are read, and never more than the size limit.
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
            self.clear_disk_file(&uri).await;
            return;
        };
        let rope = ropey::Rope::from_str(&analysis.text);
        let enc = state.encoding();
        let diags: Vec<Diagnostic> = super::agent::diagnostics(&state, &uri, &rope, &analysis.findings, 0, enc);
        if diags.is_empty() && !state.disk_files.contains_key(&uri) {
            return;
        }
        if diags.is_empty() {
            state.disk_files.remove(&uri);
        } else {
            state.disk_files.insert(uri.clone(), ());
        }
        state.client.publish_diagnostics(uri, diags, None).await;
    }

    async fn clear_disk_file(&self, uri: &Uri) {
        if self.state.disk_files.remove(uri).is_some() {
            self.state.client.publish_diagnostics(uri.clone(), Vec::new(), None).await;
        }
    }

    /// Scans every file under the workspace root (respecting .gitignore and `ignore` globs) that
    /// is not open, with `$/progress` reporting.
    async fn scan_workspace(&self) {
        let Some(root) = self.state.root() else {
            log::warn(&self.state, "scanWorkspace: no workspace root");
            return;
        };
        let token = NumberOrString::String(format!("redline-scan-{}", std::process::id()));
        let progress_ok = self.state.client.create_work_done_progress(token.clone()).await.is_ok();
        let root2 = root.clone();
        let files: Vec<PathBuf> = tokio::task::spawn_blocking(move || {
            let config = crate::config::Config::discover(&root2).and_then(|p| crate::config::Config::load_from_repository(&p).ok());
            ignore::WalkBuilder::new(&root2)
                .hidden(false)
                .filter_entry(|e| e.file_name() != ".git")
                .build()
                .flatten()
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .map(|e| e.into_path())
                .filter(|p| !config.as_ref().is_some_and(|c| c.is_ignored(p)))
                .collect()
        })
        .await
        .unwrap_or_default();
        let total = files.len().max(1);
        let ongoing = if progress_ok {
            Some(
                self.state
                    .client
                    .progress(token, "Redline: scanning workspace")
                    .with_percentage(0)
                    .with_message(format!("{} files", files.len()))
                    .begin()
                    .await,
            )
        } else {
            None
        };
        for (i, path) in files.into_iter().enumerate() {
            self.scan_disk_file(path).await;
            if let Some(p) = &ongoing {
                if i % 25 == 0 {
                    p.report_with_message(format!("{i}/{total} files"), (i * 100 / total) as u32).await;
                }
            }
        }
        if let Some(p) = ongoing {
            p.finish_with_message("done").await;
        }
        log::info(&self.state, format!("workspace scan of {} finished", root.display()));
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
            match ClientSettings::from_json(opts) {
                Ok(s) => {
                    if let Ok(mut slot) = state.settings.write() {
                        *slot = s;
                    }
                }
                Err(e) => log::error(state, e),
            }
        }
        let pulls = params.capabilities.text_document.as_ref().and_then(|t| t.diagnostic.as_ref()).is_some();
        if let Ok(mut p) = state.pull_diagnostics.write() {
            *p = pulls;
        }
        // Build the engine before answering: documents opened right after `initialized` must
        // already see the configured rules.
        let errors = state.rebuild_engine();
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
        let watchers = vec![FileSystemWatcher { glob_pattern: GlobPattern::String("**/*".to_owned()), kind: None }];
        let registration = Registration {
            id: "redline-watch".to_owned(),
            method: "workspace/didChangeWatchedFiles".to_owned(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions { watchers }).ok(),
        };
        if let Err(e) = self.state.client.register_capability(vec![registration]).await {
            log::info(&self.state, format!("client did not accept file watchers ({e}); files written behind the editor are not scanned"));
        }
        let errors = self.state.pending_errors.lock().map(|mut e| std::mem::take(&mut *e)).unwrap_or_default();
        self.publish_rule_errors(errors).await;
        if self.state.settings().scan_workspace.unwrap_or(false) {
            self.scan_workspace().await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.state.shutdown.store(true, std::sync::atomic::Ordering::Release);
        Ok(())
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        match ClientSettings::from_json(&params.settings) {
            Ok(s) => {
                if let Ok(mut slot) = self.state.settings.write() {
                    *slot = s;
                }
                self.reload().await;
            }
            Err(e) => {
                log::error(&self.state, e.clone());
                self.state.client.show_message(MessageType::ERROR, format!("Redline: {e}")).await;
            }
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut reload = false;
        let mut scans = Vec::new();
        for change in params.changes {
            let Some(path) = to_path(&change.uri) else { continue };
            if self.state.is_config_or_rule_file(&path) {
                reload = true;
                continue;
            }
            if self.state.documents.contains_key(&change.uri) {
                continue;
            }
            if change.typ == FileChangeType::DELETED {
                self.clear_disk_file(&change.uri).await;
            } else if !is_ignored_path(&path) {
                scans.push(path);
            }
        }
        if reload {
            self.reload().await;
        }
        for path in scans {
            self.scan_disk_file(path).await;
        }
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if params.command == SCAN_WORKSPACE_COMMAND {
            self.scan_workspace().await;
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
            md.push_str(&format!("{}\n\n", f.message));
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
        let min = self.state.settings().min_severity();
        let mut actions: Vec<CodeActionOrCommand> = Vec::new();
        let redactor = crate::engine::Redactor::new(text, &p.findings);
        let edit_for = |edits: Vec<TextEdit>| WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..Default::default() };
        for f in p.findings.iter().filter(|f| f.severity >= min) {
            if !(f.range.start <= wanted.end && wanted.start <= f.range.end) {
                continue;
            }
            let diag = convert::diagnostic(&uri, rope, f, p.version, enc);
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

/// Paths never worth scanning when they change on disk.
fn is_ignored_path(path: &Path) -> bool {
    path.components().any(|c| matches!(c.as_os_str().to_str(), Some(".git" | "node_modules" | "target" | ".venv" | "__pycache__")))
}
