//! Running a language's combined query over a tree: custom predicates, reported node, fix
//! templates. Also the syntax facts other parts ask about (is this range in a literal?).

use std::ops::Range;

use tree_sitter::{Node, QueryCursor, StreamingIterator, Tree};

use super::finding::{Edit, Finding, Fix};
use super::fix;
use super::ruleset::{CustomPredicate, LanguageQuery, RuleSet, TemplatePart};
use crate::languages::Language;

/// Bounds the in-progress matches tree-sitter keeps, so one pathological file cannot blow up.
const MATCH_LIMIT: u32 = 256;

pub fn run(
    rules: &RuleSet,
    lq: &LanguageQuery,
    language: Language,
    text: &str,
    tree: &Tree,
    window: Option<Range<usize>>,
    out: &mut Vec<Finding>,
) {
    let mut cursor = QueryCursor::new();
    cursor.set_match_limit(MATCH_LIMIT);
    if let Some(w) = window {
        cursor.set_byte_range(w);
    }
    // The import a fix needs is the same for every finding of a run: look for it in the file
    // once (a scan of the whole text), not once per finding.
    let mut import_edits: std::collections::HashMap<&str, Option<Edit>> = std::collections::HashMap::new();
    let mut matches = cursor.matches(&lq.query, tree.root_node(), text.as_bytes());
    while let Some(m) = matches.next() {
        let Some(info) = lq.patterns.get(m.pattern_index).and_then(Option::as_ref) else { continue };
        let nodes_of = |capture: u32| m.captures().iter().filter(move |c| c.index == capture).map(|c| c.node);
        if !info.predicates.iter().all(|p| predicate_holds(p, &nodes_of, text)) {
            continue;
        }
        let Some(reported) = nodes_of(info.report_capture).next() else { continue };
        let span = m.captures().iter().fold(reported.byte_range(), |s, c| s.start.min(c.node.start_byte())..s.end.max(c.node.end_byte()));
        let meta = &rules.rules[info.rule];
        let fix = match (&meta.fix, info.fix_target, &info.fix_template) {
            (Some(spec), Some(target), Some(template)) => {
                let target_range = span_of(nodes_of(target));
                target_range.map(|range| {
                    let mut replacement = String::new();
                    for part in template {
                        match part {
                            TemplatePart::Text(t) => replacement.push_str(t),
                            TemplatePart::Capture(c) => {
                                if let Some(r) = span_of(nodes_of(*c)) {
                                    replacement.push_str(&text[r]);
                                }
                            }
                        }
                    }
                    let mut edits = vec![Edit { range, text: replacement }];
                    if let Some(import) = &spec.ensure_import {
                        for line in import.lines().filter(|l| !l.trim().is_empty()) {
                            let edit = import_edits.entry(line).or_insert_with(|| fix::ensure_line(language, text, tree, line));
                            edits.extend(edit.clone());
                        }
                    }
                    Fix { title: spec.title.clone(), edits, safe: spec.safe }
                })
            }
            _ => None,
        };
        out.push(Finding {
            rule: meta.clone(),
            severity: meta.severity,
            confidence: meta.confidence,
            range: reported.byte_range(),
            span,
            message: meta.message.clone(),
            secret: None,
            fix,
        });
    }
}

/// The byte span from the first to the last node (a quantified capture spans several).
fn span_of<'t>(mut nodes: impl Iterator<Item = Node<'t>>) -> Option<Range<usize>> {
    let first = nodes.next()?;
    let last = nodes.last().unwrap_or(first);
    Some(first.start_byte()..last.end_byte())
}

fn predicate_holds<'t, I: Iterator<Item = Node<'t>>>(p: &CustomPredicate, nodes_of: &impl Fn(u32) -> I, text: &str) -> bool {
    match p {
        CustomPredicate::Constant { capture, negate } => nodes_of(*capture).all(|n| is_constant(n, text) != *negate),
        CustomPredicate::Kind { capture, kinds, negate } => {
            nodes_of(*capture).all(|n| kinds.iter().any(|k| k == n.kind()) != *negate)
        }
        CustomPredicate::HasAncestor { capture, kinds, negate } => nodes_of(*capture).all(|n| {
            let mut cur = n.parent();
            let mut found = false;
            while let Some(p) = cur {
                if kinds.iter().any(|k| k == p.kind()) {
                    found = true;
                    break;
                }
                cur = p.parent();
            }
            found != *negate
        }),
    }
}

fn is_interpolation(kind: &str) -> bool {
    // Not C#'s `interpolation_start` / `interpolation_brace` tokens: only the hole itself.
    kind == "interpolation"
        || kind.ends_with("_interpolation")
        || kind.contains("substitution")
        || kind.contains("expansion")
        || kind == "variable_name"
        || kind == "simple_variable"
        || kind == "dynamic_variable_name"
}

/// A literal whose value is fixed at write time: strings without interpolation, numbers,
/// booleans, constants in SCREAMING_CASE, and concatenations of those.
pub fn is_constant(node: Node, text: &str) -> bool {
    let kind = node.kind();
    if kind.contains("string") || kind == "heredoc_body" || kind == "raw_string" {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if is_interpolation(n.kind()) {
                // `${MAX_ROWS}` / `{TABLE}`: an interpolated constant keeps the string constant.
                let mut c = n.walk();
                let inner: Vec<Node> = n
                    .named_children(&mut c)
                    .filter(|x| !x.kind().contains("format") && !x.kind().starts_with("interpolation_"))
                    .collect();
                if inner.len() == 1 && is_constant(inner[0], text) {
                    continue;
                }
                return false;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
        return true;
    }
    if kind.contains("integer")
        || kind.contains("float")
        || kind.contains("number")
        || matches!(kind, "true" | "false" | "none" | "null" | "nil" | "boolean" | "null_literal" | "undefined")
    {
        return true;
    }
    if matches!(kind, "identifier" | "constant" | "name") {
        let name = &text[node.byte_range()];
        return name.len() > 1
            && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            && name.chars().any(|c| c.is_ascii_uppercase());
    }
    if matches!(
        kind,
        "binary_expression" | "binary_operator" | "parenthesized_expression" | "concatenated_string" | "binary"
    ) {
        let mut c = node.walk();
        let children: Vec<Node> = node.named_children(&mut c).filter(|n| !n.kind().contains("comment")).collect();
        return !children.is_empty() && children.into_iter().all(|n| is_constant(n, text));
    }
    false
}

/// Whether a byte range lies inside a string literal or a comment.
pub fn in_literal_or_comment(tree: &Tree, range: Range<usize>) -> bool {
    let Some(mut node) = tree.root_node().descendant_for_byte_range(range.start, range.end.max(range.start)) else {
        return false;
    };
    loop {
        let kind = node.kind();
        if kind.contains("string")
            || kind.contains("comment")
            || kind.contains("heredoc")
            || kind.contains("template")
            || kind == "text"
            || kind == "raw_text"
            || kind == "word"
        {
            return true;
        }
        match node.parent() {
            Some(p) => node = p,
            None => return false,
        }
    }
}
