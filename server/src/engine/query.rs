//! Running a language's combined query over a tree: custom predicates, reported node, fix
//! templates. Also the syntax facts other parts ask about (is this range in a literal?).

use std::ops::Range;

use tree_sitter::{Node, QueryCursor, StreamingIterator, Tree};

use super::finding::{Edit, Finding, Fix};
use super::fix;
use super::ruleset::{CustomPredicate, LanguageQuery, RuleSet, TemplatePart};
use crate::languages::Language;

/// Bounds the in-progress matches tree-sitter keeps, so one pathological file cannot blow up.
pub(crate) const MATCH_LIMIT: u32 = 256;

/// Runs the query; returns false when it stopped at `deadline` (the findings so far are kept).
#[allow(clippy::too_many_arguments)]
pub fn run(
    rules: &RuleSet,
    lq: &LanguageQuery,
    language: Language,
    text: &str,
    tree: &Tree,
    window: Option<Range<usize>>,
    deadline: Option<std::time::Instant>,
    out: &mut Vec<Finding>,
) -> bool {
    let mut cursor = QueryCursor::new();
    cursor.set_match_limit(MATCH_LIMIT);
    if let Some(w) = window {
        cursor.set_byte_range(w);
    }
    // The import a fix needs is the same for every finding of a run: look for it in the file
    // once (a scan of the whole text), not once per finding.
    let mut import_edits: std::collections::HashMap<&str, Option<Edit>> = std::collections::HashMap::new();
    // Query matching is super-linear on some deeply nested trees (10,000 nested `if`s, JSON
    // objects 40,000 deep): a deadline bounds the time one file can take.
    let timed_out = std::cell::Cell::new(false);
    let mut progress = stop_at(deadline, &timed_out);
    let options = tree_sitter::QueryCursorOptions::new().progress_callback(&mut progress);
    let mut matches = cursor.matches_with_options(&lq.query, tree.root_node(), text.as_bytes(), options);
    while let Some(m) = matches.next() {
        if timed_out.get() {
            break;
        }
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
                // A rule file that is not built in replaces part of what it reports, never
                // more: a fix target reaching outside the reported node (a capture of the whole
                // file) gets no fix. Built-in rules may rewrite a sibling of the reported node
                // (the `NONE` of `set_verify(NONE)`), each checked by its own examples.
                let reported_range = reported.byte_range();
                let meta_builtin = rules.rules[info.rule].builtin;
                let target_range = span_of(nodes_of(target))
                    .filter(|r| meta_builtin || (reported_range.start <= r.start && r.end <= reported_range.end));
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
                    let mut edits = vec![Edit { range: range.clone(), text: fix::match_line_endings(&replacement, text) }];
                    for capture in &info.fix_remove {
                        if let Some(r) = span_of(nodes_of(*capture)) {
                            let r = fix::with_separator(text, r);
                            // Never overlap the replacement: such a rule gets no deletion.
                            if r.end <= range.start || range.end <= r.start {
                                edits.push(Edit { range: r, text: String::new() });
                            }
                        }
                    }
                    if let Some(import) = &spec.ensure_import {
                        for line in import.lines().filter(|l| !l.trim().is_empty()) {
                            let edit = import_edits.entry(line).or_insert_with(|| fix::ensure_line(language, text, tree, line));
                            edits.extend(edit.clone());
                        }
                    }
                    // Only built-in fixes can be safe: a rule file from a repository could
                    // call any rewrite safe, and `--fix` alone must not apply it.
                    Fix { title: spec.title.clone(), edits, safe: spec.safe && meta.builtin }
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
            source: None,
        });
    }
    !timed_out.get()
}

/// A query cursor's progress callback that stops the cursor at `deadline` and records it in
/// `timed_out` (the matches so far are kept).
pub(crate) fn stop_at(
    deadline: Option<std::time::Instant>,
    timed_out: &std::cell::Cell<bool>,
) -> impl FnMut(&tree_sitter::QueryCursorState) -> std::ops::ControlFlow<()> + '_ {
    move |_| {
        if deadline.is_some_and(|d| std::time::Instant::now() >= d) {
            timed_out.set(true);
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    }
}

/// The byte span from the first to the last node (a quantified capture spans several).
fn span_of<'t>(mut nodes: impl Iterator<Item = Node<'t>>) -> Option<Range<usize>> {
    let first = nodes.next()?;
    let last = nodes.last().unwrap_or(first);
    Some(first.start_byte()..last.end_byte())
}

pub(crate) fn predicate_holds<'t, I: Iterator<Item = Node<'t>>>(p: &CustomPredicate, nodes_of: &impl Fn(u32) -> I, text: &str) -> bool {
    match p {
        CustomPredicate::Constant { capture, negate } => nodes_of(*capture).all(|n| is_constant(n, text) != *negate),
        CustomPredicate::Kind { capture, kinds, negate } => {
            nodes_of(*capture).all(|n| kinds.iter().any(|k| k == n.kind()) != *negate)
        }
        CustomPredicate::InFunction { capture, name, negate } => {
            nodes_of(*capture).all(|n| enclosing_function_name(n, text).is_some_and(|f| name.is_match(f)) != *negate)
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

/// The name of the nearest function around `n`: its `name` field, or for an anonymous function
/// the name it is bound to (`const f = () => …`, `f: function () {…}`, `f = lambda: …`).
fn enclosing_function_name<'a>(n: Node, text: &'a str) -> Option<&'a str> {
    let mut cur = n.parent();
    while let Some(p) = cur {
        let k = p.kind();
        let is_function = (k.contains("function") || k.contains("method") || k.contains("lambda") || k == "arrow_function" || k == "func_literal")
            && !k.contains("call")
            && !k.contains("invocation")
            && !k.contains("type");
        if is_function {
            let name = p.child_by_field_name("name").or_else(|| {
                let parent = p.parent()?;
                ["name", "key", "left"].iter().find_map(|f| parent.child_by_field_name(f)).filter(|x| x.id() != p.id())
            });
            return name.and_then(|x| text.get(x.byte_range()));
        }
        cur = p.parent();
    }
    None
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
///
/// Iterative: machine-made code nests concatenations and parentheses 10,000s deep, and a
/// recursive walk overflowed the stack on a 60 KB file.
pub fn is_constant(node: Node, text: &str) -> bool {
    // (node, inside a string literal's content)
    let mut stack: Vec<(Node, bool)> = vec![(node, false)];
    while let Some((n, in_string)) = stack.pop() {
        let kind = n.kind();
        if in_string {
            if is_interpolation(kind) {
                // `${MAX_ROWS}` / `{TABLE}`: an interpolated constant keeps the string constant.
                let mut c = n.walk();
                let mut inner = n
                    .named_children(&mut c)
                    .filter(|x| !x.kind().contains("format") && !x.kind().starts_with("interpolation_"));
                match (inner.next(), inner.next()) {
                    (Some(only), None) => stack.push((only, false)),
                    _ => return false,
                }
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c).map(|x| (x, true)));
            continue;
        }
        if kind.contains("string") || kind == "heredoc_body" || kind == "raw_string" {
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c).map(|x| (x, true)));
            continue;
        }
        if kind.contains("integer")
            || kind.contains("float")
            || kind.contains("number")
            || matches!(kind, "true" | "false" | "none" | "null" | "nil" | "boolean" | "null_literal" | "undefined")
        {
            continue;
        }
        if matches!(kind, "identifier" | "constant" | "name") {
            let name = &text[n.byte_range()];
            let screaming = name.len() > 1
                && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                && name.chars().any(|c| c.is_ascii_uppercase());
            if screaming {
                continue;
            }
            return false;
        }
        if matches!(
            kind,
            "binary_expression" | "binary_operator" | "parenthesized_expression" | "concatenated_string" | "binary"
        ) {
            let mut c = n.walk();
            let before = stack.len();
            stack.extend(n.named_children(&mut c).filter(|x| !x.kind().contains("comment")).map(|x| (x, false)));
            if stack.len() == before {
                return false;
            }
            continue;
        }
        return false;
    }
    true
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
