//! Report rendering: human (ruff/rustc-style code frames), JSON, and SARIF 2.1.0 for GitHub
//! code scanning. Every text shown from a file passes through the file's [`Redactor`], so a
//! secret value never reaches any output.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use redline_rules::Severity;
use serde_json::{json, Value};

use crate::engine::{Analysis, Finding, Redactor, RuleMeta};

/// One analysed file.
#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    pub analysis: Analysis,
    /// The text after fixes, when any were applied.
    pub fixed_text: Option<String>,
    pub fixes_applied: usize,
}

#[derive(Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
    /// Broken rules, config problems, unreadable paths.
    pub errors: Vec<String>,
}

/// A path as shown to the user: without a leading `./`, with forward slashes.
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

/// 1-based line and 1-based column in Unicode scalar values.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    redline_rules::line_col(text, offset)
}

fn line_bounds(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    (start, end)
}

const FRAME_WIDTH: usize = 120;

/// The source line of a finding with a caret underline, redacted and cut to a readable width
/// around the finding (minified files have megabyte-long lines). Secrets are replaced by
/// their ranges in the whole line *before* it is cut: cutting first left a secret's head
/// outside the redactor's reach.
fn code_frame(text: &str, finding: &Finding, redactor: &Redactor, secrets: &[std::ops::Range<usize>]) -> String {
    let (start, end) = line_bounds(text, finding.range.start);
    let end = if text[start..end].ends_with('\r') { end - 1 } else { end };
    let (line_no, _) = line_col(text, finding.range.start);
    // The secret ranges on this line, merged.
    let mut on_line: Vec<std::ops::Range<usize>> =
        secrets.iter().filter(|r| r.start < end && start < r.end).map(|r| r.start.max(start)..r.end.min(end)).collect();
    on_line.sort_by_key(|r| r.start);
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for r in on_line {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let f_start = finding.range.start.clamp(start, end);
    let f_end = finding.range.end.clamp(f_start, end);
    let mut line = String::new();
    let mut chars = 0usize;
    let (mut caret_col, mut caret_end) = (None, None);
    let mut cursor = start;
    let push = |piece: &str, line: &mut String, chars: &mut usize| {
        line.push_str(piece);
        *chars += piece.chars().count();
    };
    for r in merged.iter().cloned().chain(std::iter::once(end..end)) {
        // Plain text up to the secret, itself redacted by value (a secret seen elsewhere).
        if cursor < r.start {
            let plain = &text[cursor..r.start];
            if (cursor..r.start).contains(&f_start) && caret_col.is_none() {
                caret_col = Some(chars + text[cursor..f_start].chars().count());
            }
            if (cursor..=r.start).contains(&f_end) && f_end > cursor && caret_end.is_none() {
                caret_end = Some(chars + text[cursor..f_end].chars().count());
            }
            let red = redactor.redact(plain);
            push(&red, &mut line, &mut chars);
        }
        if r.start == r.end {
            break;
        }
        if caret_col.is_none() && f_start < r.end {
            caret_col = Some(chars);
        }
        let red = crate::engine::Redacted::new(&text[r.clone()]).to_string();
        push(&red, &mut line, &mut chars);
        if caret_end.is_none() && f_end <= r.end && f_end >= r.start {
            caret_end = Some(chars);
        }
        cursor = r.end;
    }
    let caret_col = caret_col.unwrap_or(chars);
    let caret_end = caret_end.unwrap_or(chars).max(caret_col + 1);
    // Cut to the frame width around the finding.
    let all: Vec<char> = line.chars().collect();
    let from = caret_col.saturating_sub(FRAME_WIDTH / 3);
    let to = (from + FRAME_WIDTH).min(all.len());
    let mut shown: String = all[from.min(to)..to].iter().collect();
    let mut caret = caret_col - from.min(caret_col);
    if from > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if to < all.len() {
        shown.push('…');
    }
    let caret_len = (caret_end - caret_col).min(FRAME_WIDTH).max(1);
    let gutter = line_no.to_string().len();
    let pad = " ".repeat(gutter);
    let tabs_fixed = shown.replace('\t', "    ");
    let caret_prefix: String = shown.chars().take(caret).map(|c| if c == '\t' { "    " } else { " " }).collect();
    format!("{pad} |\n{line_no} | {tabs_fixed}\n{pad} | {caret_prefix}{}\n", "^".repeat(caret_len))
}

/// Byte ranges of every secret in the file (see [`secrets_of`]).
fn secret_ranges(a: &Analysis) -> Vec<std::ops::Range<usize>> {
    secrets_of(a).map(|s| s.range.clone()).collect()
}

pub fn human(report: &Report, frames: bool) -> String {
    let mut out = String::new();
    let mut counts = std::collections::BTreeMap::<Severity, usize>::new();
    let mut fixable = 0;
    let mut fixed = 0;
    let mut files_with = 0;
    for file in &report.files {
        let a = &file.analysis;
        let path = display_path(&file.path);
        fixed += file.fixes_applied;
        for n in &a.notices {
            let _ = writeln!(out, "{path}: note: {}", n.message);
        }
        if !a.findings.is_empty() {
            files_with += 1;
        }
        let redactor = redactor_of(a);
        let secrets = secret_ranges(a);
        for f in &a.findings {
            *counts.entry(f.severity).or_default() += 1;
            let (line, col) = line_col(&a.text, f.range.start);
            let _ = writeln!(out, "{path}:{line}:{col}: {} [{}] {}", f.rule.id, f.severity.as_str(), redactor.redact(&f.message));
            if frames {
                out.push_str(&code_frame(&a.text, f, &redactor, &secrets));
            }
            if let Some(fix) = &f.fix {
                fixable += 1;
                let how = if fix.safe { "--fix" } else { "--fix --unsafe-fixes" };
                let _ = writeln!(out, "  = fix available ({how}): {}", fix.title);
            }
            if frames {
                out.push('\n');
            }
        }
    }
    for e in &report.errors {
        let _ = writeln!(out, "error: {e}");
    }
    let total: usize = counts.values().sum();
    if total == 0 {
        let _ = writeln!(out, "No findings in {} files.{}", report.files.len(), fixed_note(fixed));
    } else {
        let by_sev: Vec<String> =
            counts.iter().rev().map(|(s, n)| format!("{n} {}", s.as_str())).collect();
        let _ = writeln!(
            out,
            "Found {total} finding{} ({}) in {files_with} of {} files; {fixable} with a fix.{}",
            if total == 1 { "" } else { "s" },
            by_sev.join(", "),
            report.files.len(),
            fixed_note(fixed)
        );
    }
    out
}

fn fixed_note(fixed: usize) -> String {
    if fixed == 0 {
        String::new()
    } else {
        format!(" Applied {fixed} fix{}.", if fixed == 1 { "" } else { "es" })
    }
}

/// A rule's metadata as JSON (for `redline rules --format json` and reports).
pub fn rule_json(r: &RuleMeta) -> Value {
    json!({
        "id": r.id,
        "title": r.title,
        "severity": r.severity.as_str(),
        "confidence": r.confidence.as_str(),
        "languages": r.languages.iter().map(|l| l.name()).collect::<Vec<_>>(),
        "cwe": r.cwe,
        "owasp": r.owasp,
        "kind": if r.is_secret() { "secret" } else { "query" },
        "fix": r.fix.as_ref().map(|f| f.title.clone()),
        "preview": r.preview,
        "enabled": r.enabled,
        "builtin": r.builtin,
        "docs_url": r.docs_url(),
    })
}

/// Every secret detected in the file, not only those of the findings shown: a secret that was
/// suppressed or filtered out by severity can still sit in a neighbour's code frame.
fn secrets_of(a: &Analysis) -> impl Iterator<Item = &crate::engine::SecretInfo> {
    a.secrets.iter().chain(a.findings.iter().filter_map(|f| f.secret.as_ref()))
}

fn redactor_of(a: &Analysis) -> Redactor {
    Redactor::from_secrets(&a.text, secrets_of(a))
}

/// A fix whose text would carry a secret is shown redacted, and a redacted text must never be
/// applied by a tool (it would write `ghp_…(40 chars)` into the code).
fn fix_is_applicable(fix: &crate::engine::Fix, redactor: &Redactor) -> bool {
    fix.edits.iter().all(|e| redactor.redact(&e.text) == e.text)
}

fn position_json(text: &str, offset: usize) -> Value {
    let (line, column) = line_col(text, offset);
    json!({ "line": line, "column": column, "offset": offset })
}

fn finding_json(text: &str, f: &Finding, redactor: &Redactor) -> Value {
    json!({
        "rule_id": f.rule.id,
        "title": f.rule.title,
        "severity": f.severity.as_str(),
        "confidence": f.confidence.as_str(),
        "message": redactor.redact(&f.message),
        "start": position_json(text, f.range.start),
        "end": position_json(text, f.range.end),
        "cwe": f.rule.cwe,
        "secret": f.secret.as_ref().map(|s| json!({ "redacted": s.redacted.to_string(), "length": s.redacted.length })),
        "fix": f.fix.as_ref().map(|fix| json!({
            "title": fix.title,
            "safe": fix.safe,
            "applicable": fix_is_applicable(fix, redactor),
            "edits": fix.edits.iter().map(|e| json!({
                "start": position_json(text, e.range.start),
                "end": position_json(text, e.range.end),
                "text": redactor.redact(&e.text),
            })).collect::<Vec<_>>(),
        })),
        "docs_url": f.rule.docs_url(),
        "source": f.source.as_ref().map(|r| json!({ "start": position_json(text, r.start), "end": position_json(text, r.end) })),
    })
}

pub fn json(report: &Report) -> String {
    let mut findings = Vec::new();
    let mut notices = Vec::new();
    for file in &report.files {
        let a = &file.analysis;
        let redactor = redactor_of(a);
        for f in &a.findings {
            let mut v = finding_json(&a.text, f, &redactor);
            v["path"] = json!(display_path(&file.path));
            findings.push(v);
        }
        for n in &a.notices {
            notices.push(json!({ "path": display_path(&file.path), "kind": n.kind, "message": n.message }));
        }
    }
    let value = json!({
        "version": env!("CARGO_PKG_VERSION"),
        "findings": findings,
        "notices": notices,
        "errors": report.errors,
        "summary": {
            "files": report.files.len(),
            "findings": findings.len(),
            "fixes_applied": report.files.iter().map(|f| f.fixes_applied).sum::<usize>(),
        },
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub code scanning reads `security-severity` (0–10) to rank alerts.
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

fn sarif_region(text: &str, start: usize, end: usize) -> Value {
    let (sl, sc) = line_col(text, start);
    let (el, ec) = line_col(text, end);
    json!({ "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec.max(if el == sl { sc + 1 } else { 1 }) })
}

/// A stable fingerprint: rule, path, and the normalised text of the flagged line (redacted),
/// so an alert survives unrelated edits above it.
fn fingerprint(rule: &str, path: &str, line_text: &str) -> String {
    let normalised: String = line_text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{:08x}", crc32fast::hash(format!("{rule}\0{path}\0{normalised}").as_bytes()))
}

pub fn sarif(report: &Report) -> String {
    let mut rule_ids: Vec<&RuleMeta> = Vec::new();
    for file in &report.files {
        for f in &file.analysis.findings {
            if !rule_ids.iter().any(|r| r.id == f.rule.id) {
                rule_ids.push(&f.rule);
            }
        }
    }
    rule_ids.sort_by(|a, b| a.id.cmp(&b.id));
    let rules: Vec<Value> = rule_ids
        .iter()
        .map(|r| {
            let mut tags: Vec<String> = vec!["security".into()];
            tags.extend(r.cwe.iter().map(|c| format!("external/cwe/{}", c.to_ascii_lowercase())));
            tags.extend(r.tags.iter().cloned());
            json!({
                "id": r.id,
                "name": r.id.replace(['.', '-'], "_"),
                "shortDescription": { "text": r.title },
                "fullDescription": { "text": r.message },
                "help": { "text": r.docs, "markdown": r.docs },
                "helpUri": r.docs_url(),
                "defaultConfiguration": { "level": sarif_level(r.severity) },
                "properties": {
                    "tags": tags,
                    "precision": match r.confidence { redline_rules::Confidence::High => "high", redline_rules::Confidence::Medium => "medium", redline_rules::Confidence::Low => "low" },
                    "security-severity": security_severity(r.severity),
                },
            })
        })
        .collect();
    let mut results = Vec::new();
    for file in &report.files {
        let a = &file.analysis;
        let path = display_path(&file.path);
        let redactor = redactor_of(a);
        for f in &a.findings {
            let (ls, le) = line_bounds(&a.text, f.range.start);
            let line_text = redactor.redact(&a.text[ls..le]);
            let rule_index = rule_ids.iter().position(|r| r.id == f.rule.id).unwrap_or(0);
            let mut result = json!({
                "ruleId": f.rule.id,
                "ruleIndex": rule_index,
                "level": sarif_level(f.severity),
                "message": { "text": redactor.redact(&f.message) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": path, "uriBaseId": "%SRCROOT%" },
                        "region": sarif_region(&a.text, f.range.start, f.range.end),
                    }
                }],
                "partialFingerprints": { "primaryLocationLineHash": fingerprint(&f.rule.id, &path, &line_text) },
            });
            // A taint finding: where its data comes from.
            if let Some(source) = &f.source {
                result["relatedLocations"] = json!([{
                    "id": 0,
                    "physicalLocation": {
                        "artifactLocation": { "uri": path, "uriBaseId": "%SRCROOT%" },
                        "region": sarif_region(&a.text, source.start, source.end),
                    },
                    "message": { "text": "the data comes from here" },
                }]);
            }
            // SARIF consumers apply fixes as given: a fix that carries a secret is left out.
            if let Some(fix) = f.fix.as_ref().filter(|fix| fix_is_applicable(fix, &redactor)) {
                result["fixes"] = json!([{
                    "description": { "text": fix.title },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": path, "uriBaseId": "%SRCROOT%" },
                        "replacements": fix.edits.iter().map(|e| json!({
                            "deletedRegion": sarif_region(&a.text, e.range.start, e.range.end),
                            "insertedContent": { "text": redactor.redact(&e.text) },
                        })).collect::<Vec<_>>(),
                    }],
                }]);
            }
            results.push(result);
        }
    }
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|e| json!({ "level": "error", "message": { "text": e } }))
        .chain(report.files.iter().flat_map(|f| {
            let path = display_path(&f.path);
            f.analysis.notices.iter().map(move |n| json!({
                "level": "note",
                "message": { "text": format!("{path}: {}", n.message) },
            }))
        }))
        .collect();
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "Redline",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/redline-security/redline",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": { "%SRCROOT%": { "description": { "text": "The directory redline check ran in" } } },
            "invocations": [{
                "executionSuccessful": report.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}

/// `redline explain`: the rule's docs with its metadata.
pub fn explain_text(r: &RuleMeta) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", r.id, r.title);
    let langs = if r.languages.is_empty() { "any file".to_owned() } else { r.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", ") };
    // A Markdown list: read as is in a terminal, and as separate lines where it is rendered
    // (the editors' rule documentation views).
    let _ = writeln!(out, "- Severity: {} · Confidence: {} · Languages: {langs}", r.severity.as_str(), r.confidence.as_str());
    let _ = writeln!(out, "- CWE: {}{}", r.cwe.join(", "), if r.owasp.is_empty() { String::new() } else { format!(" · OWASP: {}", r.owasp.join(", ")) });
    if let Some(fix) = &r.fix {
        let _ = writeln!(out, "- Fix: {}{}", fix.title, if fix.safe { "" } else { " (unsafe: offered, applied only with --unsafe-fixes)" });
    }
    if r.preview {
        let _ = writeln!(out, "- Preview rule: enable with `preview = true` or `enable = [\"{}\"]` in redline.toml", r.id);
    }
    let _ = writeln!(out, "\nMessage: {}\n", r.message);
    let _ = writeln!(out, "{}", r.docs);
    if !r.references.is_empty() {
        let _ = writeln!(out, "\n## References");
        for link in &r.references {
            let _ = writeln!(out, "- {link}");
        }
    }
    let _ = writeln!(out, "\nSuppress one occurrence with a comment: `redline-ignore[{}]: <reason>`", r.id);
    out
}

/// The rules index (`docs/rules.md`), generated from the rules' own metadata: a table per
/// family, then each rule's documentation under an anchor named after its id.
pub fn rules_markdown(rules: &[std::sync::Arc<RuleMeta>]) -> String {
    let mut out = String::new();
    let mut sorted: Vec<&RuleMeta> = rules.iter().map(|r| r.as_ref()).filter(|r| r.builtin).collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let family = |r: &RuleMeta| r.id.split('.').next().unwrap_or("").to_owned();
    let _ = writeln!(out, "# Redline rules\n");
    let _ = writeln!(
        out,
        "Generated by `redline rules --format markdown` from the rule files under `rules/builtin/`; a test keeps it current. {} rules.\n",
        sorted.len()
    );
    let mut families: Vec<String> = sorted.iter().map(|r| family(r)).collect();
    families.dedup();
    for fam in &families {
        let in_family: Vec<&&RuleMeta> = sorted.iter().filter(|r| &family(r) == fam).collect();
        let fixes = in_family.iter().filter(|r| r.fix.is_some()).count();
        let _ = writeln!(out, "## {fam} ({} rules, {fixes} with a fix)\n", in_family.len());
        let _ = writeln!(out, "| rule | severity | languages | CWE | fix | title |\n| --- | --- | --- | --- | --- | --- |");
        for r in &in_family {
            let langs = if r.languages.is_empty() {
                "any".to_owned()
            } else {
                r.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", ")
            };
            let _ = writeln!(
                out,
                "| [`{}`](#{}) | {}{} | {langs} | {} | {} | {} |",
                r.id,
                r.id,
                r.severity.as_str(),
                if r.preview { " (preview)" } else { "" },
                r.cwe.join(", "),
                if r.fix.is_some() { "yes" } else { "" },
                r.title.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "---\n");
    for r in &sorted {
        let _ = writeln!(out, "<a id=\"{}\"></a>\n\n### `{}`: {}\n", r.id, r.id, r.title);
        let _ = writeln!(
            out,
            "Severity **{}**, confidence {}, {}. {}{}\n",
            r.severity.as_str(),
            r.confidence.as_str(),
            r.cwe.join(", "),
            if r.owasp.is_empty() { String::new() } else { format!("OWASP {}. ", r.owasp.join(", ")) },
            match &r.fix {
                Some(f) => format!("Fix: {}{}.", f.title, if f.safe { "" } else { " (unsafe: review)" }),
                None => String::new(),
            }
        );
        let _ = writeln!(out, "> {}\n", r.message);
        // Demote the rule's own headings below the rule's.
        for line in r.docs.lines() {
            if line.starts_with('#') {
                let _ = writeln!(out, "###{line}");
            } else {
                let _ = writeln!(out, "{line}");
            }
        }
        if !r.references.is_empty() {
            let _ = writeln!(out, "\nReferences: {}", r.references.iter().map(|l| format!("<{l}>")).collect::<Vec<_>>().join(", "));
        }
        let _ = writeln!(out, "\nSource: `{}`\n", r.source.display());
    }
    out
}
