//! Conversions between engine values (byte offsets, findings, fixes) and LSP types.

use std::str::FromStr;

use redline_rules::Severity;
use ropey::Rope;
use serde_json::json;
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Position, Range,
    TextEdit, Uri,
};

use super::state::FileError;
use crate::document::{self, Encoding};
use crate::engine::{Edit, Finding};

pub fn to_doc_position(p: Position) -> document::Position {
    document::Position { line: p.line, character: p.character }
}

pub fn to_lsp_position(p: document::Position) -> Position {
    Position { line: p.line, character: p.character }
}

pub fn range_of(rope: &Rope, r: std::ops::Range<usize>, enc: Encoding) -> Range {
    Range {
        start: to_lsp_position(document::position_of(rope, r.start, enc)),
        end: to_lsp_position(document::position_of(rope, r.end, enc)),
    }
}

/// Byte range of an LSP range in `rope` (clamped).
pub fn byte_range(rope: &Rope, r: Range, enc: Encoding) -> std::ops::Range<usize> {
    let (a, _) = document::offset_of(rope, to_doc_position(r.start), enc);
    let (b, _) = document::offset_of(rope, to_doc_position(r.end), enc);
    a.min(b)..a.max(b)
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Critical | Severity::High => DiagnosticSeverity::ERROR,
        Severity::Medium => DiagnosticSeverity::WARNING,
        Severity::Low => DiagnosticSeverity::INFORMATION,
        Severity::Info => DiagnosticSeverity::HINT,
    }
}

/// A finding as a diagnostic. The message is the rule's one sentence (what is wrong, the fix
/// in a few words); the explanation is in hover and behind `codeDescription`; `data` names the
/// rule and version so a code action request can find the fix again. Never contains a secret
/// value.
pub fn diagnostic(uri: &Uri, rope: &Rope, f: &Finding, version: i32, enc: Encoding) -> Diagnostic {
    let message = f.message.clone();
    Diagnostic {
        range: range_of(rope, f.range.clone(), enc),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.id.clone())),
        code_description: Uri::from_str(&f.rule.docs_url()).ok().map(|href| CodeDescription { href }),
        source: Some("redline".to_owned()),
        message,
        // A taint finding points at the source its data came from.
        related_information: f.source.as_ref().map(|source| {
            vec![DiagnosticRelatedInformation {
                location: Location { uri: uri.clone(), range: range_of(rope, source.clone(), enc) },
                message: "the data comes from here".to_owned(),
            }]
        }),
        tags: None,
        data: Some(json!({
            "rule": f.rule.id,
            "version": version,
            "fix": f.fix.as_ref().map(|x| json!({ "title": x.title, "safe": x.safe })),
        })),
    }
}

pub fn text_edits(rope: &Rope, edits: &[Edit], enc: Encoding) -> Vec<TextEdit> {
    edits.iter().map(|e| TextEdit { range: range_of(rope, e.range.clone(), enc), new_text: e.text.clone() }).collect()
}

/// A config or rule file error as a diagnostic in that file. Lines and columns are 1-based
/// character positions; 0 means the whole file, shown on its first line.
pub fn file_error_diagnostic(e: &FileError, text: Option<&str>, enc: Encoding) -> Diagnostic {
    let line = e.line.saturating_sub(1) as u32;
    let col_chars = e.column.saturating_sub(1);
    let character = match (text, enc) {
        (Some(t), Encoding::Utf8 | Encoding::Utf16) => {
            let l = t.lines().nth(line as usize).unwrap_or("");
            let prefix: String = l.chars().take(col_chars).collect();
            if enc == Encoding::Utf8 {
                prefix.len() as u32
            } else {
                prefix.encode_utf16().count() as u32
            }
        }
        _ => col_chars as u32,
    };
    let end_char = text.and_then(|t| t.lines().nth(line as usize)).map_or(character + 1, |l| {
        if enc == Encoding::Utf8 {
            l.len() as u32
        } else if enc == Encoding::Utf16 {
            l.encode_utf16().count() as u32
        } else {
            l.chars().count() as u32
        }
    });
    Diagnostic {
        range: Range { start: Position { line, character }, end: Position { line, character: end_char.max(character + 1) } },
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("redline.config-error".to_owned())),
        source: Some("redline".to_owned()),
        message: e.message.clone(),
        ..Default::default()
    }
}
