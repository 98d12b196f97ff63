//! Calls into functions of the same file, followed through summaries.
//!
//! A call `helper(a, b)` whose name names a function defined in the file (a method called on
//! `this`/`self`/`new T()`, a Go method called on its receiver's name) is not treated as "tainted
//! when an argument is": the function is analysed once per rule and per parameter, with that
//! parameter tainted ([`Summary`]), and the call takes the answer:
//!
//! - the call's value is tainted when the function returns data from a source of its own, or
//!   returns the parameter a tainted argument is passed to; otherwise it is clean (a helper that
//!   returns a constant, or the safe element of a collection, cleans the value);
//! - a tainted argument whose parameter reaches a sink inside the function is a finding at the
//!   call, naming the function and its sink.
//!
//! Summaries nest (a helper calling another) up to [`MAX_CALL_DEPTH`]; a call deeper than that
//! (recursion ends there) or one into a function with syntax errors falls back to "tainted when
//! an argument is". A caller's findings depend on the functions it calls: the incremental analysis
//! re-runs the callers of every function an edit touches ([`callers_of_edited`]).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use tree_sitter::{Node, Tree};

use super::{named_children, Const, Facts, Flow, Hit, Shape, State};

/// Calls are followed into functions of the file at most this deep.
pub(super) const MAX_CALL_DEPTH: usize = 4;

/// Names called in more places than this are not searched for callers: the whole file is
/// re-analysed instead.
const MAX_CALL_SITES: usize = 400;

/// A function of the file that calls can resolve to.
#[derive(Clone, Copy)]
pub(super) struct Def<'t> {
    pub node: Node<'t>,
    /// Go: the receiver's name (`s` in `func (s *Server) list()`); `s.list()` resolves here.
    receiver: Option<Node<'t>>,
}

/// The functions of a file by name. Only definitions outside function bodies are indexed
/// (top level, classes, exported declarations): closures are values, not helpers.
#[derive(Default)]
pub(super) struct Defs<'t> {
    pub all: Vec<Def<'t>>,
    by_name: HashMap<String, Vec<usize>>,
}

/// The name node and the function node of a definition: `def f():`, `function f() {}`,
/// `void f() {}`, `func (s *S) f()`, `const f = (x) => …`.
fn definition<'t>(shape: &Shape, node: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
    let k = node.kind();
    if shape.functions.contains(&k) {
        if k == "constructor_declaration" {
            return None;
        }
        return node.child_by_field_name("name").map(|n| (n, node));
    }
    if k == "variable_declarator" {
        let value = node.child_by_field_name("value")?;
        if shape.functions.contains(&value.kind()) && value.kind() != "lambda_expression" {
            return node.child_by_field_name("name").filter(|n| n.kind() == "identifier").map(|n| (n, value));
        }
    }
    None
}

impl<'t> Defs<'t> {
    pub fn build(shape: &Shape, root: Node<'t>, text: &str) -> Defs<'t> {
        let mut defs = Defs::default();
        let mut stack = vec![root];
        while let Some(n) = stack.pop() {
            let mut c = n.walk();
            for child in n.children(&mut c) {
                if let Some((name, function)) = definition(shape, child) {
                    // A function being typed is not followed: calls into it keep the default.
                    if !function.has_error() {
                        let receiver = function.child_by_field_name("receiver").and_then(|r| {
                            let mut stack = vec![r];
                            while let Some(x) = stack.pop() {
                                if x.kind() == "identifier" {
                                    return Some(x);
                                }
                                let mut c = x.walk();
                                stack.extend(x.named_children(&mut c));
                            }
                            None
                        });
                        let i = defs.all.len();
                        defs.all.push(Def { node: function, receiver });
                        defs.by_name.entry(text.get(name.byte_range()).unwrap_or("").to_owned()).or_default().push(i);
                    }
                    continue;
                }
                if !shape.functions.contains(&child.kind()) {
                    stack.push(child);
                }
            }
        }
        defs
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    fn named(&self, name: &str) -> &[usize] {
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }

    /// The definitions a call can resolve to by its name and receiver (not yet by arity).
    fn candidates(&self, text: &str, callee: &str, receiver: Option<Node<'t>>) -> Vec<usize> {
        let named = self.named(callee);
        if named.is_empty() {
            return Vec::new();
        }
        let text_of = |n: Node| text.get(n.byte_range()).unwrap_or("");
        named
            .iter()
            .copied()
            .filter(|&i| match receiver {
                None => true,
                Some(r) => {
                    matches!(r.kind(), "this" | "object_creation_expression")
                        || matches!(text_of(r), "self" | "cls" | "this")
                        || self.all[i].receiver.is_some_and(|own| text_of(own) == text_of(r))
                }
            })
            .collect()
    }

    /// The functions of the file `scope` calls directly (outside its nested functions).
    pub fn direct_callees(&self, shape: &Shape, text: &str, scope: Node<'t>) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![scope];
        while let Some(n) = stack.pop() {
            if n.id() != scope.id() && shape.functions.contains(&n.kind()) {
                continue;
            }
            if let Some((callee, receiver, _)) = super::call_parts(shape, text, n) {
                if !matches!(n.kind(), "object_creation_expression" | "new_expression") {
                    out.extend(self.candidates(text, callee, receiver));
                }
            }
            let mut c = n.walk();
            stack.extend(n.children(&mut c));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// What a function does with one parameter (or, for `None`, with no parameter tainted), for
/// one rule.
#[derive(Clone, Default)]
pub(super) struct Summary {
    /// Its return value holds the parameter's data (or, without a parameter, data from a source
    /// of its own: that source's range).
    returns: Option<Range<usize>>,
    /// A sink the parameter reaches: (the function that holds it, the sink's text).
    sink: Option<(String, String)>,
}

/// What the flows of one analysis share: the file's functions and, per rule, their summaries.
pub(super) struct Interproc<'a, 't> {
    pub shape: &'static Shape,
    pub text: &'a str,
    pub defs: Defs<'t>,
    /// Every rule's facts over the queried ranges (which include the functions called).
    pub facts: &'a [Facts<'t>],
    /// Summaries by (rule, definition, parameter slot, depth). The depth is part of the key:
    /// a summary computed deeper follows fewer calls, and reusing it higher up would make a
    /// result depend on the order functions are analysed in (an edit re-running one caller
    /// would see different answers than a full analysis).
    memo: RefCell<HashMap<(usize, usize, Option<usize>, usize), Summary>>,
    constants: RefCell<HashMap<usize, HashMap<String, Const>>>,
}

impl<'a, 't> Interproc<'a, 't> {
    pub fn new(shape: &'static Shape, text: &'a str, defs: Defs<'t>, facts: &'a [Facts<'t>]) -> Self {
        Interproc {
            shape,
            text,
            defs,
            facts,
            memo: RefCell::default(),
            constants: RefCell::default(),
        }
    }

    fn text_of(&self, n: Node) -> &'a str {
        self.text.get(n.byte_range()).unwrap_or("")
    }

    /// The positional slots of a function's parameters, each with the names it binds and its
    /// range (the placeholder "source" of the parameter's data in a summary). Python's `self`
    /// and `cls` are not slots (calls pass them as the receiver).
    pub fn parameters(&self, flow: &Flow<'_, 't>, function: Node<'t>) -> Vec<(Vec<String>, Range<usize>)> {
        let Some(params) = function.child_by_field_name("parameters").or_else(|| function.child_by_field_name("parameter")) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if self.shape.identifiers.contains(&params.kind()) {
            // `x => …`
            out.push((vec![self.text_of(params).to_owned()], params.byte_range()));
            return out;
        }
        for (i, p) in named_children(params).into_iter().enumerate() {
            let k = p.kind();
            if k.contains("comment") || matches!(k, "keyword_separator" | "positional_separator" | "receiver_parameter") {
                continue;
            }
            if i == 0 && k == "identifier" && matches!(self.text_of(p), "self" | "cls") {
                continue;
            }
            let mut c = p.walk();
            let names: Vec<Node> = p.children_by_field_name("name", &mut c).collect();
            if !names.is_empty() && k != "typed_default_parameter" && k != "default_parameter" && k != "formal_parameter" {
                // Go: `a, b string` is two slots.
                for n in names {
                    out.push((vec![self.text_of(n).to_owned()], n.byte_range()));
                }
                continue;
            }
            let bound: Vec<String> = if let Some(n) = names.first() {
                vec![self.text_of(*n).to_owned()]
            } else if let Some(pattern) = p.child_by_field_name("pattern") {
                flow.bindings(pattern)
            } else if k == "typed_parameter" || k == "spread_parameter" || k.ends_with("splat_pattern") {
                named_children(p).into_iter().filter(|c| c.kind() == "identifier" || c.kind() == "variable_declarator").take(1).flat_map(|c| flow.bindings(c)).collect()
            } else {
                flow.bindings(p)
            };
            out.push((bound, p.byte_range()));
        }
        out
    }
}

impl<'a, 't> Flow<'a, 't> {
    /// The functions of the file a call resolves to, with its arguments by parameter slot.
    /// `None` when the call is not into the file (or its functions take other arguments).
    fn resolve_call(&self, call: Node<'t>) -> Option<(&'a str, Vec<(usize, Vec<(Vec<String>, Range<usize>)>)>, Vec<(usize, Node<'t>)>)> {
        if matches!(call.kind(), "object_creation_expression" | "new_expression") || self.ip.defs.is_empty() {
            return None;
        }
        let (callee, receiver, args) = self.call_parts(call)?;
        let candidates = self.ip.defs.candidates(self.text, callee, receiver);
        if candidates.is_empty() {
            return None;
        }
        let args: Vec<Node<'t>> = args.map(named_children).unwrap_or_default().into_iter().filter(|a| !a.kind().contains("comment")).collect();
        let mut defs = Vec::new();
        for i in candidates {
            let params = self.ip.parameters(self, self.ip.defs.all[i].node);
            let java = self.shape.functions.contains(&"method_declaration") && self.shape.functions.contains(&"constructor_declaration");
            // Java overloads differ by arity; elsewhere missing arguments take defaults.
            if (java && params.len() != args.len()) || args.len() > params.len() {
                continue;
            }
            defs.push((i, params));
        }
        if defs.is_empty() {
            return None;
        }
        let params = &defs[0].1;
        let mut slots = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if a.kind() == "keyword_argument" {
                // Python `f(name=value)`: the slot of that name.
                let (Some(name), Some(value)) = (a.child_by_field_name("name"), a.child_by_field_name("value")) else { continue };
                let name = self.text_of(name);
                if let Some(slot) = params.iter().position(|(names, _)| names.iter().any(|n| n == name)) {
                    slots.push((slot, value));
                }
            } else {
                slots.push((i, *a));
            }
        }
        Some((callee, defs, slots))
    }

    /// A call into a function of the file: `Some(Some(hit))` when its value is tainted,
    /// `Some(None)` when it is clean, `None` when the call is not followed (the caller treats it
    /// as any call).
    pub(super) fn call_value(&self, call: Node<'t>, state: &State) -> Option<Option<Hit>> {
        if self.depth >= MAX_CALL_DEPTH || self.nesting.get() > 16 {
            return None;
        }
        let (callee, defs, slots) = self.resolve_call(call)?;
        self.nesting.set(self.nesting.get() + 1);
        let tainted_args: Vec<(usize, Hit)> = slots.iter().filter_map(|(slot, a)| self.tainted(*a, state).map(|h| (*slot, h))).collect();
        self.nesting.set(self.nesting.get() - 1);
        let mut out = None;
        for (i, params) in &defs {
            let own = self.summary(*i, params, None)?;
            if let Some(source) = own.returns {
                out.get_or_insert(Hit { source, via: Some(format!("{callee}()")), through: None });
                continue;
            }
            for (slot, hit) in &tainted_args {
                if self.summary(*i, params, Some(*slot))?.returns.is_some() {
                    out.get_or_insert(hit.clone());
                }
            }
        }
        Some(out)
    }

    /// A tainted argument of a call into a function of the file whose parameter reaches a sink
    /// there: the argument's hit, with the function and its sink.
    pub(super) fn call_sink(&self, call: Node<'t>, state: &State) -> Option<Hit> {
        if self.depth >= MAX_CALL_DEPTH || self.nesting.get() > 16 {
            return None;
        }
        let (callee, defs, slots) = self.resolve_call(call)?;
        for (slot, a) in &slots {
            let Some(hit) = self.tainted(*a, state) else { continue };
            for (i, params) in &defs {
                if let Some(Summary { sink: Some(sink), .. }) = self.summary(*i, params, Some(*slot)) {
                    let through = if sink.0.is_empty() { (callee.to_owned(), sink.1) } else { sink };
                    return Some(Hit { through: Some(through), ..hit });
                }
            }
        }
        None
    }

    /// The summary of definition `def` for this flow's rule with parameter `slot` tainted (or
    /// none), one call deeper than this flow: computed once per analysis. `None` one level too
    /// deep (recursion ends there too: each call goes one level deeper).
    fn summary(&self, def: usize, params: &[(Vec<String>, Range<usize>)], slot: Option<usize>) -> Option<Summary> {
        if self.depth + 1 > MAX_CALL_DEPTH {
            return None;
        }
        let key = (self.rule, def, slot, self.depth + 1);
        if let Some(s) = self.ip.memo.borrow().get(&key) {
            return Some(s.clone());
        }
        let function = self.ip.defs.all[def].node;
        let nested = super::nested_scopes(self.shape, function);
        let facts = self.ip.facts[self.rule].within(function.byte_range(), &nested);
        let sentinel = slot.and_then(|s| params.get(s)).map(|(_, r)| r.clone());
        let mut flow = Flow {
            shape: self.shape,
            text: self.text,
            facts: &facts,
            scope: function,
            is_root: false,
            reported: HashSet::new(),
            findings: Vec::new(),
            consts: HashMap::new(),
            ip: self.ip,
            rule: self.rule,
            depth: self.depth + 1,
            summarising: true,
            returns: Vec::new(),
            nesting: std::cell::Cell::new(0),
        };
        let consts = self.ip.constants.borrow().get(&def).cloned();
        flow.consts = match consts {
            Some(c) => c,
            None => {
                let c = flow.scope_constants();
                self.ip.constants.borrow_mut().insert(def, c.clone());
                c
            }
        };
        let mut state = State::new();
        if let (Some(s), Some(sentinel)) = (slot, &sentinel) {
            for name in &params[s].0 {
                state.insert(name.clone(), sentinel.clone());
            }
        }
        flow.run_scope_from(state);
        let summary = match &sentinel {
            Some(sentinel) => Summary {
                returns: flow.returns.iter().find(|h| h.source == *sentinel).map(|h| h.source.clone()),
                // The innermost function and its sink; an arrow function bound to a name has no
                // name of its own (the caller names it by the name it calls).
                sink: flow.findings.iter().find(|(_, _, h)| h.source == *sentinel).map(|(range, _, h)| match &h.through {
                    Some(inner) => inner.clone(),
                    None => (function.child_by_field_name("name").map_or("", |n| self.ip.text_of(n)).to_owned(), short(self.sink_call(function, range))),
                }),
            },
            None => Summary { returns: flow.returns.first().map(|h| h.source.clone()), sink: None },
        };
        self.ip.memo.borrow_mut().insert(key, summary.clone());
        Some(summary)
    }
}

impl<'a, 't> Flow<'a, 't> {
    /// The text of the call a sink is an argument of (`cur.execute(sql)` rather than `sql`), or
    /// the sink's own.
    fn sink_call(&self, function: Node<'t>, sink: &Range<usize>) -> &'a str {
        let mut node = function.descendant_for_byte_range(sink.start, sink.end);
        for _ in 0..3 {
            let Some(n) = node else { break };
            if self.shape.calls.iter().any(|(kind, _, _)| *kind == n.kind()) {
                return self.text_of(n);
            }
            node = n.parent();
        }
        self.text.get(sink.clone()).unwrap_or("")
    }
}

/// A sink's text as a message shows it: one line, at most 40 characters.
fn short(s: &str) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 40 {
        one.chars().take(39).collect::<String>() + "…"
    } else {
        one
    }
}

/// Extra windows an edit needs because of calls into functions of the file: the scopes that
/// call a function the `windows` touch (and their callers, up to [`MAX_CALL_DEPTH`]), whose
/// findings depend on it. The whole file when a definition's name was edited or a definition
/// removed (calls to the old name, which is gone from the text, may resolve differently now) or
/// a name is called too often to search.
pub fn callers_of_edited(
    language: crate::languages::Language,
    text: &str,
    tree: &Tree,
    windows: &[Range<usize>],
    edited: &[Range<usize>],
    old_tree: Option<&Tree>,
) -> Vec<Range<usize>> {
    let Some(shape) = super::shape(language) else { return Vec::new() };
    let touches = |r: &Range<usize>, ws: &[Range<usize>]| ws.iter().any(|w| r.start <= w.end && w.start <= r.end);
    let whole = vec![0..text.len()];
    // The names of the definitions the windows touch, before the edits and after.
    let mut names: Vec<String> = Vec::new();
    if let Some(old) = old_tree {
        match old_definitions(shape, old.root_node(), windows, edited, text) {
            Some(old) => names.extend(old),
            None => return whole,
        }
    }
    let root = tree.root_node();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        let mut c = n.walk();
        for child in n.children(&mut c) {
            if !touches(&child.byte_range(), windows) {
                continue;
            }
            if let Some((name, _)) = definition(shape, child) {
                names.push(text.get(name.byte_range()).unwrap_or("").to_owned());
            }
            stack.push(child);
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for _ in 0..MAX_CALL_DEPTH {
        let mut next = Vec::new();
        for name in names.drain(..) {
            if name.is_empty() || !seen.insert(name.clone()) {
                continue;
            }
            let sites = call_sites(text, &name);
            if sites.len() > MAX_CALL_SITES {
                return whole;
            }
            for at in sites {
                let Some(node) = root.descendant_for_byte_range(at, at + name.len()) else { continue };
                // The scope around the call: a function, or the top-level statement holding it.
                let mut scope = node;
                let mut top = node;
                let mut function = None;
                while let Some(p) = scope.parent() {
                    if shape.functions.contains(&p.kind()) {
                        function = Some(p);
                        break;
                    }
                    top = p;
                    scope = p;
                }
                match function {
                    Some(f) => {
                        out.push(f.byte_range());
                        // The caller's own name (or the name it is bound to), for its callers.
                        if let Some(n) = f.child_by_field_name("name") {
                            next.push(text.get(n.byte_range()).unwrap_or("").to_owned());
                        } else if let Some(d) = f.parent().filter(|d| d.kind() == "variable_declarator").and_then(|d| d.child_by_field_name("name")) {
                            next.push(text.get(d.byte_range()).unwrap_or("").to_owned());
                        }
                    }
                    None => out.push(top.byte_range()),
                }
            }
        }
        if next.is_empty() {
            break;
        }
        names = next;
    }
    out
}

/// The names of the definitions the windows reach in the old tree (edited to the new text's
/// coordinates): a definition an edit broke or turned into something else is gone from the new
/// tree, but its callers resolved to it. Names the edits did not touch are read from the new
/// text; `None` when an edit reaches a definition's name or removes a whole definition (the old
/// name is not in the text any more).
fn old_definitions(shape: &Shape, root: Node, windows: &[Range<usize>], edited: &[Range<usize>], text: &str) -> Option<Vec<String>> {
    let touches = |r: &Range<usize>, ws: &[Range<usize>]| ws.iter().any(|w| r.start <= w.end && w.start <= r.end);
    let within = |r: &Range<usize>| edited.iter().any(|w| w.start <= r.start && r.end <= w.end);
    let mut names = Vec::new();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        let mut c = n.walk();
        for child in n.children(&mut c) {
            let r = child.byte_range();
            if !touches(&r, windows) {
                continue;
            }
            if let Some((name, function)) = definition(shape, child) {
                if touches(&name.byte_range(), edited) || within(&function.byte_range()) {
                    return None;
                }
                names.push(text.get(name.byte_range())?.to_owned());
            }
            stack.push(child);
        }
    }
    Some(names)
}

/// Offsets of `name` as a whole word followed by `(` (spaces allowed between).
fn call_sites(text: &str, name: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|rest| rest.find(name)) {
        let at = from + i;
        let end = at + name.len();
        from = end;
        if at > 0 && word(bytes[at - 1]) || end < bytes.len() && word(bytes[end]) {
            continue;
        }
        let after = text[end..].trim_start_matches([' ', '\t']);
        if after.starts_with('(') {
            out.push(at);
            if out.len() > MAX_CALL_SITES {
                break;
            }
        }
    }
    out
}
