//! Incremental analysis: after an edit, re-run the rules only over the region it touched and
//! keep the earlier findings elsewhere, shifted by the edit. The result must equal a full
//! analysis of the new text (a test checks this after random edits).
//!
//! The region ("window") is the union of the edited ranges and the ranges whose syntax changed
//! (`Tree::changed_ranges`), each widened to the enclosing statement-level node (so patterns that
//! span a function or an assignment and the next statement are re-matched whole), then to whole
//! lines, plus one line on each side (a suppression comment above a line governs it).

use std::ops::Range;
use std::path::Path;

use tree_sitter::{InputEdit, Node, Tree};

use super::{drop_generic_overlaps, drop_taint_overlaps, query, suppress, Engine, Finding};
use crate::languages::Language;

/// Ancestors larger than this are not used to widen a window: a 10,000-line class would turn
/// every keystroke into a full analysis.
const MAX_WIDEN_BYTES: usize = 32 * 1024;

/// The widening cap when every pattern of the language has a single root
/// ([`super::ruleset::LanguageQuery::all_rooted`]). A match is then re-found by a cursor over
/// any range its root intersects, and the windows grow over the span of every earlier finding
/// they reach ([`kept_findings`]), so they need not cover whole functions: a 50-line paste into
/// a long function re-checks the pasted statements, not the function.
const ROOTED_WIDEN_BYTES: usize = 4 * 1024;

/// Maps a byte range through an edit; `None` when the edit touches it (the finding must be
/// recomputed).
fn shift(r: &Range<usize>, e: &InputEdit) -> Option<Range<usize>> {
    if r.end < e.start_byte {
        return Some(r.clone());
    }
    if r.start > e.old_end_byte {
        let delta = e.new_end_byte as isize - e.old_end_byte as isize;
        let map = |x: usize| (x as isize + delta) as usize;
        return Some(map(r.start)..map(r.end));
    }
    None
}

fn shift_finding(mut f: Finding, edits: &[InputEdit]) -> Option<Finding> {
    for e in edits {
        f.span = shift(&f.span, e)?;
        f.range = shift(&f.range, e)?;
        if let Some(s) = &mut f.secret {
            s.range = shift(&s.range, e)?;
        }
        if let Some(s) = &mut f.source {
            *s = shift(s, e)?;
        }
        if let Some(fix) = &mut f.fix {
            for edit in &mut fix.edits {
                edit.range = shift(&edit.range, e)?;
            }
        }
    }
    Some(f)
}

/// The statement-level node around `r`: the largest ancestor not above `MAX_WIDEN_BYTES` whose
/// parent is a block-like container, or the root's child. When the smallest node holding all of
/// `r` is already larger than that (a range crossing top-level statements, or a class body),
/// each end is widened on its own: the statements wholly inside are covered anyway, and widening
/// to the common ancestor would turn the window into the whole file.
fn widen_to_statement(tree: &Tree, r: &Range<usize>, cap: usize) -> Range<usize> {
    let root = tree.root_node();
    let Some(node) = root.descendant_for_byte_range(r.start, r.end) else { return r.clone() };
    if (node.id() == root.id() || node.byte_range().len() > cap) && !r.is_empty() {
        let start = widen_point(tree, r.start, cap);
        let end = widen_point(tree, r.end.saturating_sub(1).max(r.start), cap);
        return start.start.min(r.start)..end.end.max(r.end);
    }
    widen_node(node, root, r, cap)
}

fn widen_point(tree: &Tree, at: usize, cap: usize) -> Range<usize> {
    let root = tree.root_node();
    match root.descendant_for_byte_range(at, at) {
        Some(node) if node.byte_range().len() <= cap && node.id() != root.id() => widen_node(node, root, &(at..at), cap),
        _ => at..at,
    }
}

fn widen_node(mut node: Node, root: Node, r: &Range<usize>, cap: usize) -> Range<usize> {
    let mut best: Node = node;
    while let Some(parent) = node.parent() {
        if parent.byte_range().len() > cap || parent.id() == root.id() {
            break;
        }
        node = parent;
        best = node;
    }
    let nr = best.byte_range();
    nr.start.min(r.start)..nr.end.max(r.end)
}

/// Extends a range to whole lines, plus one line before and after.
fn widen_to_lines(text: &str, r: &Range<usize>) -> Range<usize> {
    let start = r.start.min(text.len());
    let end = r.end.min(text.len());
    let mut s = text[..start].rfind('\n').map_or(0, |i| i);
    // One line before.
    s = text[..s].rfind('\n').map_or(0, |i| i + 1);
    let mut e = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
    // One line after.
    e = text[e.min(text.len())..].find('\n').map_or(text.len(), |i| e + i + 1);
    s..e.min(text.len())
}

/// The tree-sitter point (row, byte column) of a byte offset.
pub(crate) fn point_at(text: &str, offset: usize) -> tree_sitter::Point {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let row = before.iter().filter(|&&b| b == b'\n').count();
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
    tree_sitter::Point { row, column }
}

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn intersects(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The edited ranges in the new text's coordinates: each edit's new range mapped through the
/// edits that follow it.
fn edited_ranges(edits: &[InputEdit]) -> Vec<Range<usize>> {
    let mut windows: Vec<Range<usize>> = Vec::new();
    for (i, e) in edits.iter().enumerate() {
        let mut r = e.start_byte..e.new_end_byte;
        for later in &edits[i + 1..] {
            r = match shift(&r, later) {
                Some(s) => s,
                None => later.start_byte.min(r.start)..later.new_end_byte.max(r.end.min(later.new_end_byte)),
            };
        }
        windows.push(r);
    }
    windows
}

/// Maps a range of the previous text through the edits, growing it over any edit it touches.
fn grow_through(r: &Range<usize>, edits: &[InputEdit]) -> Range<usize> {
    edits.iter().fold(r.clone(), |r, e| crate::document::shift_range(r, e))
}

/// Splits the previous findings: those kept (shifted through the edits) are untouched by the
/// edits and their span lies outside every window. The windows grow to cover the span of every
/// finding that is recomputed, so the re-run finds it again if it still holds (a finding that
/// depends on a statement next to an edit is re-checked whole). Returns the kept findings.
fn kept_findings(previous: &Previous<'_>, windows: &mut Vec<Range<usize>>, text: &str) -> Vec<Finding> {
    // Whole-file findings (dependencies, IaC) are recomputed over the whole file by the exact
    // analysis: they are carried over shifted and never grow the windows of the query rules
    // (an IaC finding's span is a whole resource).
    let mut kept: Vec<Finding> =
        previous.findings.iter().filter(|f| f.rule.kind.whole_file()).filter_map(|f| shift_finding(f.clone(), previous.edits)).collect();
    let mut candidates: Vec<(Option<Finding>, Range<usize>)> = previous
        .findings
        .iter()
        .filter(|f| !f.rule.kind.whole_file())
        .map(|f| {
            let span = grow_through(&f.span, previous.edits);
            (shift_finding(f.clone(), previous.edits), span)
        })
        .collect();
    // Each round drops the findings that reach into a window and grows the windows over them;
    // a grown window can reach further findings, so repeat until nothing changes.
    loop {
        let mut grew = false;
        for (finding, span) in &mut candidates {
            let Some(f) = finding else { continue };
            if !windows.iter().any(|w| intersects(&f.span, w) || intersects(&f.range, w)) {
                continue;
            }
            *finding = None;
            if !windows.iter().any(|w| w.start <= span.start && span.end <= w.end) {
                windows.push(widen_to_lines(text, span));
                grew = true;
            }
        }
        // Touched by an edit: recomputed; its span (grown over the edit) joins the windows.
        for (finding, span) in &mut candidates {
            if finding.is_none() && !windows.iter().any(|w| w.start <= span.start && span.end <= w.end) {
                windows.push(widen_to_lines(text, span));
                grew = true;
            }
        }
        if !grew {
            break;
        }
        *windows = merge(std::mem::take(windows));
    }
    kept.extend(candidates.into_iter().filter_map(|(f, _)| f));
    kept
}

/// Regions larger than this are not parsed on their own by [`Engine::analyze_local`].
const MAX_LOCAL_BYTES: usize = 64 * 1024;

/// What the incremental analysis needs from the previous one.
pub struct Previous<'a> {
    /// Findings of the previous analysis, in the previous text's coordinates.
    pub findings: &'a [Finding],
    /// The edits from the previous text to this one, in order.
    pub edits: &'a [InputEdit],
    /// The previous tree with those edits applied (`Tree::edit`), for `changed_ranges`.
    pub old_tree: Option<&'a Tree>,
}

impl Engine {
    /// Analyses `text` reusing the previous analysis: rules run only over the windows the edits
    /// touched. Equal to [`Engine::analyze_tree`] over the whole text.
    pub fn analyze_incremental(
        &self,
        path: &Path,
        language: Language,
        text: &str,
        tree: Option<&Tree>,
        previous: Previous<'_>,
    ) -> Vec<Finding> {
        let mut windows = edited_ranges(previous.edits);
        if let (Some(old), Some(new)) = (previous.old_tree, tree) {
            windows.extend(old.changed_ranges(new).map(|r| r.start_byte..r.end_byte));
        }
        if windows.is_empty() {
            return previous.findings.to_vec();
        }
        if let Some(t) = tree {
            let cap = self.widen_cap(language);
            windows = windows.iter().map(|w| widen_to_statement(t, w, cap)).collect();
        }
        let mut windows = merge(windows.iter().map(|w| widen_to_lines(text, w)).collect());
        // A taint finding (or its absence) depends on the functions of the file its flow calls:
        // the callers of an edited function are re-run too.
        if let (Some(t), Some(_)) = (tree, self.rules.taint(language)) {
            let callers = super::taint::callers_of_edited(language, text, t, &windows, &edited_ranges(previous.edits), previous.old_tree);
            if !callers.is_empty() {
                windows = merge(windows.into_iter().chain(callers.iter().map(|r| widen_to_lines(text, r))).collect());
            }
        }
        // Keep earlier findings that the edits did not touch and that lie outside every window
        // (which grow over the others).
        let mut findings = kept_findings(&previous, &mut windows, text);
        // A multi-line secret (a PEM block) may straddle a window edge: rescan secrets over the
        // whole text when one is near.
        let multi_line_secret = previous.findings.iter().any(|f| f.secret.as_ref().is_some_and(|s| f.range.len() > 200 || s.range.len() > 200));
        let pem_nearby = windows.iter().any(|w| text[w.clone()].contains("-----"));
        let whole_text_secrets = multi_line_secret || pem_nearby;
        if whole_text_secrets {
            findings.retain(|f| f.secret.is_none());
        }
        // Re-run the query rules over the windows.
        for w in &windows {
            let mut fresh = self.analyze_tree_raw(language, text, tree, Some(w.clone()), false).0;
            findings.append(&mut fresh);
        }
        if whole_text_secrets {
            findings.extend(self.secret_findings(language, text, tree, None));
        } else {
            self.secrets_after_edit(language, text, &edited_ranges(previous.edits), &windows, tree, tree, &mut findings);
        }
        findings.retain(|f| !f.rule.kind.whole_file());
        findings.extend(self.whole_file_findings(path, language, text, tree));
        // `finish` also drops earlier findings the fresh run re-found (same rule and range).
        self.finish(path, text, findings)
    }

    /// Secret findings after an edit, added to `findings` (the earlier findings kept outside
    /// `windows`). Secret rules are gated by keywords anywhere in the file. Text outside the
    /// `edited` ranges is unchanged, so a rule with a keyword there could fire before the edit
    /// too and its earlier findings stand. A rule whose keywords all lie in edited text may have
    /// just become possible (the keyword was typed): it is re-run over the whole text; a rule
    /// with no keyword left (deleted) loses its findings; where a finding was
    /// dropped, another rule may now win the value (a generic rule that gave way to the
    /// provider rule), so those lines are scanned again too. `window_tree` scopes matches in the
    /// windows, `whole_tree` elsewhere.
    #[allow(clippy::too_many_arguments)]
    fn secrets_after_edit(
        &self,
        language: Language,
        text: &str,
        edited: &[Range<usize>],
        windows: &[Range<usize>],
        window_tree: Option<&Tree>,
        whole_tree: Option<&Tree>,
        findings: &mut Vec<Finding>,
    ) {
        let scanner = &self.rules.secrets;
        let census = scanner.census(text, edited);
        let rescan: Vec<bool> = census.candidate.iter().zip(&census.outside).map(|(&c, &o)| c && !o).collect();
        let mut dropped = Vec::new();
        findings.retain(|f| match scanner.rule_index(&f.rule.id) {
            Some(r) if !census.candidate[r] || rescan[r] => {
                dropped.push(widen_to_lines(text, &f.span));
                false
            }
            _ => true,
        });
        for w in windows {
            findings.extend(self.secret_findings_of(language, text, window_tree, Some(w.clone()), &census.candidate));
        }
        for w in merge(dropped) {
            findings.extend(self.secret_findings_of(language, text, whole_tree, Some(w), &census.candidate));
        }
        if rescan.iter().any(|&r| r) {
            findings.extend(self.secret_findings_of(language, text, whole_tree, None, &rescan));
        }
    }

    /// A fast, local approximation of [`Engine::analyze_incremental`] for when the full
    /// incremental parse is slow: an edit that leaves a bracket open makes tree-sitter re-parse
    /// everything after it in error recovery, which costs as much as a fresh parse of the file.
    ///
    /// Each edit's statement-level region (found in the previous tree, brought up to date with
    /// `Tree::edit`) is parsed on its own (`set_included_ranges`: positions stay those of the
    /// file) and the rules re-run over the edited lines; findings elsewhere are kept, shifted.
    /// The result reflects the edited code at once; the exact analysis follows it. `None` when
    /// there is no previous tree or a region is too large to be worth it.
    pub fn analyze_local(&self, path: &Path, language: Language, text: &str, previous: Previous<'_>) -> Option<Vec<Finding>> {
        let old = previous.old_tree?;
        let grammar = language.grammar()?;
        let edited = edited_ranges(previous.edits);
        if edited.is_empty() {
            return Some(previous.findings.to_vec());
        }
        let cap = self.widen_cap(language);
        let regions: Vec<Range<usize>> =
            edited.iter().map(|r| widen_to_lines(text, &widen_to_statement(old, &(r.start.min(text.len())..r.end.min(text.len())), cap))).collect();
        // The windows are the regions grown over the earlier findings they reach; each is parsed
        // on its own.
        let mut windows = merge(regions);
        let mut findings = kept_findings(&previous, &mut windows, text);
        if windows.iter().any(|w| w.len() > MAX_LOCAL_BYTES) {
            return None;
        }
        let ranges: Vec<tree_sitter::Range> = windows
            .iter()
            .map(|r| tree_sitter::Range {
                start_byte: r.start,
                end_byte: r.end,
                start_point: point_at(text, r.start),
                end_point: point_at(text, r.end),
            })
            .collect();
        if super::parser_hazard(language, text).is_some() {
            return None;
        }
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&grammar).ok()?;
        parser.set_included_ranges(&ranges).ok()?;
        let local = parser.parse(text, None)?;
        for w in &windows {
            findings.append(&mut self.analyze_tree_raw(language, text, Some(&local), Some(w.clone()), false).0);
        }
        self.secrets_after_edit(language, text, &edited, &windows, Some(&local), Some(old), &mut findings);
        // Dependency checks are cheap without a tree; IaC findings need the whole file's tree,
        // which only the exact analysis that follows has: the earlier ones stand until then.
        findings.retain(|f| f.rule.kind != super::ruleset::MatcherKind::Deps);
        findings.extend(self.deps_findings(path, language, text, None));
        Some(self.finish(path, text, findings))
    }

    /// How far an edit's window widens: see [`ROOTED_WIDEN_BYTES`].
    fn widen_cap(&self, language: Language) -> usize {
        match self.rules.query(language) {
            Some(lq) if !lq.all_rooted => MAX_WIDEN_BYTES,
            _ => ROOTED_WIDEN_BYTES,
        }
    }

    /// Query and secret findings over a window, before path filters, dedup and suppressions;
    /// and whether the query rules finished within `Limits::max_query_time` (false: they
    /// stopped there, with the findings so far).
    pub(crate) fn analyze_tree_raw(
        &self,
        language: Language,
        text: &str,
        tree: Option<&Tree>,
        window: Option<Range<usize>>,
        with_secrets: bool,
    ) -> (Vec<Finding>, bool) {
        let mut findings = Vec::new();
        let mut complete = true;
        // One time budget for the query and the taint rules of a file or window.
        let deadline = std::time::Instant::now().checked_add(self.limits.max_query_time);
        if let (Some(tree), Some(lq)) = (tree, tree.and_then(|_| self.rules.query(language))) {
            complete = query::run(&self.rules, lq, language, text, tree, window.clone(), deadline, &mut findings);
        }
        if let (Some(tree), Some(tq)) = (tree, tree.and_then(|_| self.rules.taint(language))) {
            complete &= super::taint::run(&self.rules, tq, language, text, tree, window.clone(), deadline, &mut findings);
        }
        if with_secrets {
            findings.extend(self.secret_findings(language, text, tree, window));
        }
        (findings, complete)
    }

    /// Path filters, one finding per secret, suppressions, deterministic order.
    pub(crate) fn finish(&self, path: &Path, text: &str, mut findings: Vec<Finding>) -> Vec<Finding> {
        findings.retain(|f| f.rule.applies_to_path(path));
        drop_generic_overlaps(&mut findings);
        drop_taint_overlaps(&mut findings);
        findings = suppress::filter(text, findings);
        findings.sort_by(|a, b| (a.range.start, a.range.end, &a.rule.id).cmp(&(b.range.start, b.range.end, &b.rule.id)));
        findings.dedup_by(|a, b| a.range == b.range && a.rule.id == b.rule.id);
        drop_nested_matches(&mut findings);
        findings
    }
}

/// One finding per problem: a `[query]` match that holds another match of the same rule (a
/// `token += …` assignment around the `Math.random()` call the rule also matches) is the same
/// problem; the inner one, the expression that is wrong, stays. `findings` are sorted by range.
fn drop_nested_matches(findings: &mut Vec<Finding>) {
    use std::collections::HashMap;
    let mut by_rule: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    for f in findings.iter().filter(|f| f.rule.kind == super::ruleset::MatcherKind::Query) {
        by_rule.entry(f.rule.id.as_str()).or_default().push(f.range.clone());
    }
    if by_rule.values().all(|v| v.len() < 2) {
        return;
    }
    let mut outer: std::collections::HashSet<(String, usize, usize)> = std::collections::HashSet::new();
    for (id, ranges) in &by_rule {
        if ranges.len() < 2 {
            continue;
        }
        // Sorted by start, then end: every later range starting before a range's end and ending
        // within it lies inside it.
        let mut sorted = ranges.clone();
        sorted.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        for (i, r) in sorted.iter().enumerate() {
            if sorted[i + 1..].iter().take_while(|o| o.start < r.end.max(r.start + 1)).any(|o| o.end <= r.end && o != r) {
                outer.insert((id.to_string(), r.start, r.end));
            }
        }
    }
    if !outer.is_empty() {
        findings.retain(|f| f.rule.kind != super::ruleset::MatcherKind::Query || !outer.contains(&(f.rule.id.clone(), f.range.start, f.range.end)));
    }
}
