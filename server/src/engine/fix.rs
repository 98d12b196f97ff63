//! Building fixes that need more than a template: reading a hardcoded secret from the
//! environment in the file's own language, and adding an import line once.

use std::ops::Range;

use tree_sitter::{Node, Tree};

use super::finding::{Edit, Fix};
use crate::languages::Language;

/// Replaces the string literal that holds a secret with an environment lookup, e.g.
/// `"sk_live_…"` → `os.environ["STRIPE_API_KEY"]`. Returns `None` when the secret is not a
/// whole string literal (part of a URL, a comment) or the language has no sensible lookup.
pub fn env_lookup_fix(
    language: Language,
    text: &str,
    tree: Option<&Tree>,
    secret: Range<usize>,
    default_var: Option<&str>,
) -> Option<Fix> {
    let tree = tree?;
    let literal = string_literal_around(tree, secret.clone(), text)?;
    // A generic name (`token`, `api_key`) says less than the rule's conventional variable.
    const GENERIC: &[&str] = &[
        "TOKEN", "KEY", "API_KEY", "APIKEY", "SECRET", "SECRET_KEY", "PASSWORD", "PASS", "PWD", "AUTH", "AUTH_TOKEN",
        "ACCESS_TOKEN", "ACCESS_KEY", "CREDENTIALS", "CREDENTIAL", "VALUE", "BEARER", "API_TOKEN", "CLIENT_SECRET",
    ];
    let var = match (assigned_name(literal, text), default_var) {
        (Some(name), Some(default)) if GENERIC.contains(&name.as_str()) => default.to_owned(),
        (Some(name), _) => name,
        (None, Some(default)) => default.to_owned(),
        (None, None) => "SECRET".into(),
    };
    let (expr, import) = match language {
        Language::Python => (format!("os.environ[\"{var}\"]"), Some("import os")),
        Language::JavaScript | Language::TypeScript | Language::Tsx => (format!("process.env.{var}"), None),
        Language::Go => (format!("os.Getenv(\"{var}\")"), None),
        Language::Java => (format!("System.getenv(\"{var}\")"), None),
        Language::CSharp => (format!("Environment.GetEnvironmentVariable(\"{var}\")"), None),
        Language::Ruby => (format!("ENV.fetch(\"{var}\")"), None),
        Language::Php => (format!("getenv('{var}')"), None),
        Language::C | Language::Cpp => (format!("getenv(\"{var}\")"), None),
        Language::Bash => (format!("\"${{{var}:?}}\""), None),
        _ => return None,
    };
    let mut edits = vec![Edit { range: literal.byte_range(), text: expr }];
    if let Some(import) = import {
        edits.extend(ensure_line(language, text, tree, import));
    }
    // A secret fix changes how the program is configured: offer it, never apply it blindly.
    Some(Fix { title: format!("Read the secret from the environment variable {var}"), edits, safe: false })
}

/// The string literal node whose content is exactly the secret (quotes and prefixes aside).
fn string_literal_around<'t>(tree: &'t Tree, secret: Range<usize>, text: &str) -> Option<Node<'t>> {
    let mut node = tree.root_node().descendant_for_byte_range(secret.start, secret.end)?;
    for _ in 0..4 {
        let kind = node.kind();
        let is_literal = (kind.contains("string") || kind == "template_string")
            && !kind.contains("content")
            && !kind.contains("fragment");
        if is_literal {
            let raw = &text[node.byte_range()];
            let inner = raw
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .trim_matches(|c| c == '"' || c == '\'' || c == '`');
            return (inner == &text[secret.clone()]).then_some(node);
        }
        node = node.parent()?;
    }
    None
}

/// The name a literal is assigned to, as an environment variable name: `stripe_key = "…"` →
/// `STRIPE_KEY`; `apiKey: "…"` → `API_KEY`.
fn assigned_name(literal: Node, text: &str) -> Option<String> {
    let mut node = literal.parent()?;
    for _ in 0..3 {
        for field in ["left", "name", "key"] {
            if let Some(n) = node.child_by_field_name(field) {
                let name = text[n.byte_range()].rsplit(['.', '>', ':', '$']).next().unwrap_or("").trim_matches(|c| c == '"' || c == '\'');
                if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
                    return Some(screaming_snake(name));
                }
            }
        }
        node = node.parent()?;
    }
    None
}

fn screaming_snake(name: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('_');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(if c == '-' { '_' } else { c.to_ascii_uppercase() });
    }
    out
}

/// An edit that adds `line` near the top of the file unless an equivalent line is there:
/// after a shebang, leading comments, a Python module docstring and `from __future__` imports.
pub fn ensure_line(language: Language, text: &str, tree: &Tree, line: &str) -> Option<Edit> {
    let wanted = line.trim();
    let present = text.lines().any(|l| {
        let l = l.trim();
        l == wanted || import_covers(l, wanted)
    });
    if present {
        return None;
    }
    let mut offset = None;
    if language == Language::Python {
        let root = tree.root_node();
        let mut c = root.walk();
        for child in root.named_children(&mut c) {
            let t = &text[child.byte_range()];
            let docstring = child.kind() == "expression_statement"
                && child.named_child(0).is_some_and(|n| n.kind() == "string")
                && child.start_byte() == first_code_offset(text);
            if t.starts_with("from __future__") || docstring {
                offset = Some(line_end(text, child.end_byte()));
            } else if matches!(child.kind(), "import_statement" | "import_from_statement") {
                // Join the existing import block.
                offset = Some(child.start_byte());
                break;
            } else if child.kind() != "comment" {
                break;
            }
        }
    }
    // Java and C#: after the last import/using line, else after the package/namespace line
    // (above it the file would not compile).
    if offset.is_none() && matches!(language, Language::Java | Language::CSharp) {
        let mut pos = 0;
        let mut after = None;
        for line in text.split_inclusive('\n') {
            let t = line.trim_start();
            if t.starts_with("import ") || t.starts_with("using ") || t.starts_with("package ") {
                after = Some(pos + line.len());
            } else if !(t.is_empty() || t.starts_with("//") || t.starts_with("/*") || t.starts_with('*')) {
                break;
            }
            pos += line.len();
        }
        offset = after;
    }
    let offset = offset.unwrap_or_else(|| {
        // Keep a shebang and a leading comment block (a licence header, separated by a blank
        // line) above the new line.
        let start = first_code_offset(text);
        let mut end = start;
        let comment = language.line_comment().unwrap_or("\u{0}");
        for line in text[start..].split_inclusive('\n') {
            if line.trim_start().starts_with(comment) {
                end += line.len();
            } else if line.trim().is_empty() && end > start {
                return end + line.len();
            } else {
                break;
            }
        }
        start
    });
    Some(Edit { range: offset..offset, text: match_line_endings(&format!("{wanted}\n"), text) })
}

/// `inserted` with its line breaks written the way `text` writes them: a CRLF file keeps CRLF
/// lines (a fix that added LF lines left a file with mixed endings).
/// `range` widened to take one separating comma with it: the one before (`f(a, b=1)` loses
/// `, b=1`), or when it is the first item the one after (`f(b=1, a)` loses `b=1, `).
pub fn with_separator(text: &str, range: Range<usize>) -> Range<usize> {
    let before = text[..range.start].trim_end();
    if before.ends_with(',') {
        return before.len() - 1..range.end;
    }
    let after = &text[range.end..];
    let trimmed = after.trim_start();
    if let Some(rest) = trimmed.strip_prefix(',') {
        let end = range.end + (after.len() - rest.len()) + (rest.len() - rest.trim_start().len());
        return range.start..end;
    }
    range
}

pub fn match_line_endings(inserted: &str, text: &str) -> String {
    let first_break = text.find('\n');
    let crlf = first_break.is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r');
    if !crlf || !inserted.contains('\n') {
        return inserted.to_owned();
    }
    let mut out = String::with_capacity(inserted.len() + 8);
    let mut prev = '\0';
    for c in inserted.chars() {
        if c == '\n' && prev != '\r' {
            out.push('\r');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// `import os, sys` covers `import os`.
fn import_covers(existing: &str, wanted: &str) -> bool {
    let (Some(have), Some(want)) = (existing.strip_prefix("import "), wanted.strip_prefix("import ")) else {
        return false;
    };
    have.split(',').any(|m| m.trim().split_whitespace().next() == Some(want.trim()))
}

/// Offset of the first line that is not a shebang, encoding line or blank line.
fn first_code_offset(text: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() || t.starts_with("#!") || (t.starts_with('#') && t.contains("coding")) {
            offset += line.len();
        } else {
            break;
        }
    }
    offset
}

fn line_end(text: &str, from: usize) -> usize {
    text[from..].find('\n').map_or(text.len(), |i| from + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_imports_go_below_the_package_line() {
        let text = "package com.acme;\n\nimport java.util.List;\n\nclass A {}\n";
        let tree = crate::engine::parse(Language::Java, text, None).expect("tree");
        let edit = ensure_line(Language::Java, text, &tree, "import java.security.SecureRandom;").expect("edit");
        let (out, _) = crate::engine::apply_edits(text, &[edit]);
        assert_eq!(out, "package com.acme;\n\nimport java.util.List;\nimport java.security.SecureRandom;\n\nclass A {}\n");
    }

    #[test]
    fn a_removed_argument_takes_one_comma_with_it() {
        let cut = |text: &str, what: &str| {
            let start = text.find(what).unwrap();
            let r = with_separator(text, start..start + what.len());
            format!("{}{}", &text[..r.start], &text[r.end..])
        };
        assert_eq!(cut("run(cmd, shell=True)", "shell=True"), "run(cmd)");
        assert_eq!(cut("run(cmd, shell=True, check=True)", "shell=True"), "run(cmd, check=True)");
        assert_eq!(cut("run(shell=True, args=cmd)", "shell=True"), "run(args=cmd)");
        assert_eq!(cut("run(\n    cmd,\n    shell=True,\n    cwd=d,\n)", "shell=True"), "run(\n    cmd,\n    cwd=d,\n)");
        assert_eq!(cut("run(shell=True)", "shell=True"), "run()");
    }

    #[test]
    fn names_become_env_vars() {
        assert_eq!(screaming_snake("stripeApiKey"), "STRIPE_API_KEY");
        assert_eq!(screaming_snake("db-password"), "DB_PASSWORD");
        assert_eq!(screaming_snake("AWS_SECRET"), "AWS_SECRET");
    }

    #[test]
    fn import_is_added_once_after_docstring() {
        let text = "#!/usr/bin/env python\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nx = 1\n";
        let tree = crate::engine::parse(Language::Python, text, None).expect("tree");
        let edit = ensure_line(Language::Python, text, &tree, "import os").expect("edit");
        let (out, _) = crate::engine::apply_edits(text, &[edit]);
        assert_eq!(out, "#!/usr/bin/env python\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\nx = 1\n");
        assert!(ensure_line(Language::Python, &out, &tree, "import os").is_none());
        assert!(ensure_line(Language::Python, "import sys, os\n", &tree, "import os").is_none());
    }
}
