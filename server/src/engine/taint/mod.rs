//! Taint analysis: a value from a source that reaches a sink without passing a sanitizer.
//!
//! Rules give sources, sinks, sanitizers and propagators as tree-sitter patterns (`[taint]`);
//! every taint rule of a language is matched by one query ([`TaintQuery`]). The flow is then
//! followed per function ("scope"; the file's top level is one too), statement by statement in
//! source order, with a set of tainted names:
//!
//! - an assignment taints its targets when the value is tainted and clears them when it is not
//!   (a clean re-assignment kills the taint); augmented assignment only adds; destructuring
//!   taints every name it binds; `for x in tainted` taints `x`;
//! - an expression is tainted when a source lies inside it or it names a tainted variable
//!   (attribute paths such as `self.query` too), anywhere in string building, calls, attribute
//!   and index access, collections, f-strings and template literals; a sanitizer node (and the
//!   language's value-converting calls such as `int()`, `parseInt()`) is clean whatever flows in;
//! - `xs.append(t)`, `xs.push(t)`, `d[k] = t` and the rule's propagators taint the container;
//!   with a constant key (`m.put("a", t)`) or on a list known to start empty, the element alone
//!   is tainted (`m.get("b")` and the other positions stay clean);
//! - branches are alternatives (the taint after an `if` is the union of its paths) and a loop
//!   body runs twice, so a value tainted late in one iteration reaches the next;
//! - a constant condition (literals, names assigned once to a constant, arithmetic, comparisons)
//!   runs only the branch it takes: `if 7 * 18 + num > 200`, a ternary on it, a `switch` on a
//!   constant. Code that can never run does not taint.
//!
//! Nested functions are scopes of their own, analysed separately; parameters matched by a
//! source pattern start tainted. A call into a function of the same file takes that function's
//! summary ([`calls`]): its value is tainted only when the function returns a source or the
//! tainted parameter, and a parameter reaching a sink there is a finding at the call. Any other
//! call's result is tainted when an argument is.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use tree_sitter::{Node, QueryCursor, StreamingIterator, Tree};

mod calls;
pub use calls::callers_of_edited;
use calls::{Defs, Interproc};

use super::finding::Finding;
use super::query::{predicate_holds, stop_at};
use super::ruleset::{RuleSet, TaintQuery};
use crate::languages::Language;
use redline_rules::PatternRole;

/// Blocks nested deeper than this are not followed (machine-made code nests 10⁵ deep; the
/// statement walk recurses once per block).
const MAX_BLOCK_DEPTH: usize = 200;

/// The syntax a language's taint analysis needs to know.
struct Shape {
    /// Nodes with a body of their own: each is a scope.
    functions: &'static [&'static str],
    /// Expressions not followed into (a lambda's value is not its body's).
    opaque: &'static [&'static str],
    /// Statement containers.
    blocks: &'static [&'static str],
    identifiers: &'static [&'static str],
    /// (kind, target field, value field).
    assignments: &'static [(&'static str, &'static str, &'static str)],
    /// Assignments that add taint and never clear it (`+=`).
    augmented: &'static [(&'static str, &'static str, &'static str)],
    /// Loops binding a name per element: (kind, target field, iterable field).
    loops: &'static [(&'static str, &'static str, &'static str)],
    /// (parent kind, field) of identifiers that name something rather than read a value.
    names: &'static [(&'static str, &'static str)],
    /// (kind, object field, property field) of attribute and index access.
    members: &'static [(&'static str, &'static str, &'static str)],
    /// Index access: assigning to `d[k]` taints `d`.
    subscripts: &'static [&'static str],
    /// (kind, function field, arguments field).
    calls: &'static [(&'static str, &'static str, &'static str)],
    /// Calls whose result is never attacker-controlled text (numbers, booleans, lengths).
    clean_calls: &'static [&'static str],
    /// Properties that are numbers whatever the object (`s.length`).
    clean_properties: &'static [&'static str],
    /// Methods that put their arguments into the receiver.
    container_methods: &'static [&'static str],
    /// Receivers whose calls use their arguments as an address (a path, a URL, a query) and
    /// return data from elsewhere: `fs.readFile(p)` returns the file, not `p`.
    clean_objects: &'static [&'static str],
    /// Calls that check a value against a pattern, a prefix or an allow-list. A condition
    /// holding one makes a ternary's value clean, and `if not valid(x): return` cleans `x`
    /// for the code after it.
    validators: &'static [&'static str],
    /// Conditional expressions: (kind, index of the condition among the named children).
    ternaries: &'static [(&'static str, usize)],
    /// Statements that leave the current block.
    exits: &'static [&'static str],
    /// Calls that leave it too (`abort(404)`).
    exit_calls: &'static [&'static str],
    /// Binding patterns: identifiers inside these, in this field, are defaults, not bindings.
    default_values: &'static [(&'static str, &'static str)],
}

const PYTHON: Shape = Shape {
    functions: &["function_definition"],
    opaque: &["lambda"],
    blocks: &["block"],
    identifiers: &["identifier"],
    assignments: &[("assignment", "left", "right"), ("named_expression", "name", "value")],
    augmented: &[("augmented_assignment", "left", "right")],
    loops: &[("for_statement", "left", "right")],
    names: &[("attribute", "attribute"), ("keyword_argument", "name"), ("function_definition", "name"), ("class_definition", "name")],
    members: &[("attribute", "object", "attribute"), ("subscript", "value", "subscript")],
    subscripts: &["subscript"],
    calls: &[("call", "function", "arguments")],
    clean_calls: &["int", "float", "bool", "len", "isinstance", "hash", "id", "ord", "abs", "round", "type", "uuid4", "UUID"],
    clean_properties: &[],
    container_methods: &["append", "extend", "insert", "add", "update", "setdefault", "appendleft", "put"],
    clean_objects: &["requests", "httpx", "urllib.request", "subprocess", "cursor", "cur", "conn", "connection"],
    validators: &[
        "startswith", "is_relative_to", "fullmatch", "match", "isdigit", "isalnum", "isnumeric", "isdecimal", "isidentifier",
        "url_has_allowed_host_and_scheme", "is_safe_url", "validate", "is_valid",
    ],
    ternaries: &[("conditional_expression", 1)],
    exits: &["return_statement", "raise_statement", "continue_statement", "break_statement"],
    exit_calls: &["abort", "exit", "HttpResponseBadRequest", "HttpResponseForbidden"],
    default_values: &[("default_parameter", "value"), ("typed_default_parameter", "value")],
};

const JAVASCRIPT: Shape = Shape {
    functions: &[
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    ],
    opaque: &["class_body"],
    blocks: &["statement_block"],
    identifiers: &["identifier", "shorthand_property_identifier"],
    assignments: &[("assignment_expression", "left", "right"), ("variable_declarator", "name", "value")],
    augmented: &[("augmented_assignment_expression", "left", "right")],
    loops: &[("for_in_statement", "left", "right")],
    names: &[("member_expression", "property"), ("pair", "key"), ("method_definition", "name"), ("function_declaration", "name")],
    members: &[("member_expression", "object", "property"), ("subscript_expression", "object", "index")],
    subscripts: &["subscript_expression"],
    calls: &[("call_expression", "function", "arguments"), ("new_expression", "constructor", "arguments")],
    clean_calls: &["parseInt", "parseFloat", "Number", "Boolean", "isNaN", "isFinite", "isInteger", "isSafeInteger"],
    clean_properties: &["length"],
    container_methods: &["push", "unshift", "add", "set", "append"],
    clean_objects: &["fs", "fsp", "fs.promises", "fsPromises", "axios", "http", "https", "got", "pool", "db", "knex", "prisma", "client"],
    validators: &[
        "startsWith", "test", "match", "isValid", "has", "includes", "isUUID", "isInt", "isAlphanumeric", "isSafeUrl", "validate",
        "isValidObjectId",
    ],
    ternaries: &[("ternary_expression", 0)],
    exits: &["return_statement", "throw_statement", "continue_statement", "break_statement"],
    exit_calls: &[],
    default_values: &[("assignment_pattern", "right"), ("object_assignment_pattern", "right")],
};

const GO: Shape = Shape {
    functions: &["function_declaration", "method_declaration", "func_literal"],
    opaque: &[],
    blocks: &["block"],
    identifiers: &["identifier"],
    // `a, err := f(x)` / `a = x` / `var a = x`: every name on the left takes the right side's taint.
    assignments: &[("short_var_declaration", "left", "right"), ("assignment_statement", "left", "right"), ("var_spec", "name", "value")],
    augmented: &[],
    loops: &[("range_clause", "left", "right")],
    names: &[("selector_expression", "field"), ("keyed_element", "key"), ("function_declaration", "name"), ("method_declaration", "name")],
    members: &[("selector_expression", "operand", "field"), ("index_expression", "operand", "index")],
    subscripts: &["index_expression"],
    calls: &[("call_expression", "function", "arguments")],
    clean_calls: &["Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool", "Itoa", "FormatInt", "len", "cap", "Parse", "ParseUUID"],
    clean_properties: &[],
    container_methods: &["Add", "Set", "WriteString"],
    clean_objects: &["db", "tx", "conn", "stmt", "sql", "http", "client", "os", "ioutil", "exec", "gorm"],
    validators: &["HasPrefix", "MatchString", "Match", "IsAbs", "IsLocal", "Contains", "validate", "Validate", "isValid", "IsValid"],
    ternaries: &[],
    exits: &["return_statement", "continue_statement", "break_statement"],
    exit_calls: &["panic", "Fatal", "Fatalf", "Exit"],
    default_values: &[],
};

const JAVA: Shape = Shape {
    functions: &["method_declaration", "constructor_declaration", "lambda_expression"],
    // An anonymous class's methods are scopes of their own; its body is not the expression's value.
    opaque: &["class_body"],
    // A switch's case groups are alternatives, like an `if`'s branches.
    blocks: &["block", "constructor_body", "switch_block_statement_group", "switch_rule"],
    identifiers: &["identifier"],
    assignments: &[("assignment_expression", "left", "right"), ("variable_declarator", "name", "value")],
    augmented: &[],
    loops: &[("enhanced_for_statement", "name", "value")],
    names: &[("field_access", "field"), ("method_invocation", "name"), ("method_declaration", "name"), ("class_declaration", "name")],
    members: &[("field_access", "object", "field"), ("array_access", "array", "index")],
    subscripts: &["array_access"],
    calls: &[("method_invocation", "name", "arguments"), ("object_creation_expression", "type", "arguments")],
    clean_calls: &[
        "parseInt", "parseLong", "parseDouble", "parseFloat", "parseBoolean", "valueOf", "length", "size", "isEmpty", "hashCode",
        "equals", "equalsIgnoreCase", "contains", "startsWith", "endsWith", "matches", "indexOf", "compareTo", "getClass",
    ],
    clean_properties: &["length"],
    container_methods: &["add", "addAll", "put", "putAll", "append", "insert", "push", "offer", "addElement", "set"],
    clean_objects: &["stmt", "statement", "conn", "connection", "jdbcTemplate", "em", "entityManager", "session", "rs", "ps"],
    validators: &["matches", "startsWith", "isValid", "validate", "contains", "containsKey"],
    ternaries: &[("ternary_expression", 0)],
    exits: &["return_statement", "throw_statement", "continue_statement", "break_statement"],
    exit_calls: &["sendError"],
    default_values: &[],
};

fn shape(language: Language) -> Option<&'static Shape> {
    match language {
        Language::Python => Some(&PYTHON),
        Language::Go => Some(&GO),
        Language::JavaScript | Language::TypeScript | Language::Tsx => Some(&JAVASCRIPT),
        Language::Java => Some(&JAVA),
        _ => None,
    }
}

/// What the taint query found for one rule.
#[derive(Default)]
struct Facts<'t> {
    sources: Vec<Node<'t>>,
    sinks: Vec<Node<'t>>,
    sanitizers: Vec<Range<usize>>,
    /// (from, to)
    propagators: Vec<(Node<'t>, Node<'t>)>,
}

impl<'t> Facts<'t> {
    /// The facts inside `range` and outside every `nested` range (sorted by start). Sanitizers
    /// are kept when they overlap the range: one around a whole expression still counts.
    fn within(&self, range: Range<usize>, nested: &[Range<usize>]) -> Facts<'t> {
        let outside_nested = |r: Range<usize>| !nested.iter().any(|n| n.start <= r.start && r.end <= n.end);
        let slice = |nodes: &[Node<'t>]| -> Vec<Node<'t>> {
            let from = nodes.partition_point(|n| n.start_byte() < range.start);
            nodes[from..]
                .iter()
                .take_while(|n| n.start_byte() <= range.end)
                .filter(|n| n.end_byte() <= range.end && outside_nested(n.byte_range()))
                .copied()
                .collect()
        };
        let from = self.sanitizers.partition_point(|r| r.end < range.start);
        Facts {
            sources: slice(&self.sources),
            sinks: slice(&self.sinks),
            sanitizers: self.sanitizers[from..].iter().take_while(|r| r.start <= range.end).cloned().collect(),
            propagators: self
                .propagators
                .iter()
                .filter(|(from, _)| range.start <= from.start_byte() && from.end_byte() <= range.end && outside_nested(from.byte_range()))
                .copied()
                .collect(),
        }
    }
}

/// Query ranges closer than this are merged (see `run`).
const MERGE_GAP: usize = 16 * 1024;

/// Runs every taint rule of `language` over the scopes of `tree` that `window` touches (all of
/// them without a window) and appends a finding per tainted sink. Findings span their scope
/// from its start to the end of the sink's statement: an edit there can change the flow.
/// Returns false when the query stopped at `deadline` (no taint findings are reported then:
/// a flow seen in part could be reported at the wrong sink).
#[allow(clippy::too_many_arguments)]
pub fn run(
    rules: &RuleSet,
    tq: &TaintQuery,
    language: Language,
    text: &str,
    tree: &Tree,
    window: Option<Range<usize>>,
    deadline: Option<std::time::Instant>,
    out: &mut Vec<Finding>,
) -> bool {
    let Some(shape) = shape(language) else { return true };
    let root = tree.root_node();
    let scopes = scopes_to_run(shape, root, window.as_ref());
    if scopes.is_empty() {
        return true;
    }
    let lo = scopes.iter().map(|s| s.start_byte()).min().unwrap_or(0);
    let hi = scopes.iter().map(|s| s.end_byte()).max().unwrap_or(text.len());
    // Where to look for facts: the whole span of the scopes for a full analysis; for a window,
    // each function analysed, and for the top level only its own code (the gaps between
    // functions) - the top level spans the whole file, and querying it on every keystroke cost
    // 40 ms on a 10,000-line file.
    // Nested scopes of each scope, computed once: for the top level's gaps and for every rule.
    let nested: Vec<Vec<Range<usize>>> = scopes.iter().map(|s| nested_scopes(shape, *s)).collect();
    // The functions of the file each scope calls, directly or through others, up to the depth
    // summaries follow: their facts are needed too.
    let defs = Defs::build(shape, root, text);
    let callees: Vec<Vec<usize>> = if defs.is_empty() {
        vec![Vec::new(); scopes.len()]
    } else {
        let mut direct: HashMap<usize, Vec<usize>> = HashMap::new();
        let def_of: HashMap<usize, usize> = defs.all.iter().enumerate().map(|(i, d)| (d.node.id(), i)).collect();
        scopes
            .iter()
            .map(|scope| {
                let mut all = defs.direct_callees(shape, text, *scope);
                let mut frontier = all.clone();
                for _ in 1..calls::MAX_CALL_DEPTH {
                    let mut next = Vec::new();
                    for d in frontier {
                        let inner = direct.entry(d).or_insert_with(|| defs.direct_callees(shape, text, defs.all[d].node));
                        next.extend(inner.iter().copied().filter(|c| !all.contains(c)));
                    }
                    next.sort_unstable();
                    next.dedup();
                    all.extend(next.iter().copied());
                    frontier = next;
                }
                // A scope calling itself is its own callee: no extra facts.
                all.retain(|d| def_of.get(&scope.id()) != Some(d));
                all
            })
            .collect()
    };
    let mut ranges: Vec<Range<usize>> = if window.is_none() {
        vec![lo..hi]
    } else {
        scopes
            .iter()
            .zip(&nested)
            .flat_map(|(s, inner)| {
                if s.id() == root.id() {
                    let mut gaps = Vec::new();
                    let mut at = root.start_byte();
                    for n in inner {
                        if n.start > at {
                            gaps.push(at..n.start);
                        }
                        at = at.max(n.end);
                    }
                    gaps.push(at..root.end_byte());
                    gaps
                } else {
                    vec![s.byte_range()]
                }
            })
            .chain(callees.iter().flatten().map(|&d| defs.all[d].node.byte_range()))
            .collect()
    };
    ranges.sort_by_key(|r| r.start);
    // Ranges close to each other are queried as one: each cursor starts from the root and steps
    // over its children up to the range (a file's top level can have thousands), so one cursor
    // per function of a 10,000-line file cost 0.5 s where one over the file costs 90 ms. Facts
    // in the code between them belong to no scope that runs and are dropped by `Facts::within`.
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            // Only across gaps smaller than the ranges themselves: functions separated by blank
            // lines merge; the top level's own code (small pieces between large functions) does
            // not, or one cursor would match every function body in between (50 ms per
            // keystroke on the 10,000-line Python file).
            Some(last) if r.start <= last.end || (r.start - last.end <= MERGE_GAP.min(last.len()).min(r.len())) => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut facts: Vec<Facts> = (0..rules.rules.len()).map(|_| Facts::default()).collect();
    let mut any = false;
    // A match straddling two ranges is seen twice.
    let mut seen: HashSet<(usize, usize, u32, usize)> = HashSet::new();
    // Query matching is super-linear on deeply nested trees: the file's time budget bounds it.
    let timed_out = std::cell::Cell::new(false);
    for range in merged {
        let mut cursor = QueryCursor::new();
        cursor.set_match_limit(super::query::MATCH_LIMIT);
        cursor.set_byte_range(range);
        let mut progress = stop_at(deadline, &timed_out);
        let options = tree_sitter::QueryCursorOptions::new().progress_callback(&mut progress);
        let mut matches = cursor.matches_with_options(&tq.query, root, text.as_bytes(), options);
        while let Some(m) = matches.next() {
            if timed_out.get() {
                break;
            }
            let Some(infos) = tq.patterns.get(m.pattern_index).and_then(Option::as_ref) else { continue };
            let nodes_of = |capture: u32| m.captures().iter().filter(move |c| c.index == capture).map(|c| c.node);
            for info in infos {
                if !info.predicates.iter().all(|p| predicate_holds(p, &nodes_of, text)) {
                    continue;
                }
                let Some(node) = nodes_of(info.capture).next() else { continue };
                if !seen.insert((m.pattern_index, info.rule, info.capture, node.id())) {
                    continue;
                }
                let f = &mut facts[info.rule];
                match info.role {
                    PatternRole::Source => f.sources.push(node),
                    PatternRole::Sink => f.sinks.push(node),
                    PatternRole::Sanitizer => f.sanitizers.push(node.byte_range()),
                    PatternRole::Propagator => {
                        if let Some(to) = info.to.and_then(|t| nodes_of(t).next()) {
                            f.propagators.push((node, to));
                        }
                    }
                    PatternRole::Query => {}
                }
                any = true;
            }
        }
    }
    if timed_out.get() {
        return false;
    }
    if !any {
        return true;
    }
    for f in facts.iter_mut() {
        f.sources.sort_by_key(|n| n.start_byte());
        f.sinks.sort_by_key(|n| n.start_byte());
        f.sanitizers.sort_by_key(|r| r.start);
    }
    // Each scope's constants, the same for every rule: found once, when a rule first needs them.
    let mut constants: Vec<Option<HashMap<String, Const>>> = vec![None; scopes.len()];
    let ip = Interproc::new(shape, text, defs, &facts);
    for (rule, f) in facts.iter().enumerate() {
        if f.sinks.is_empty() || f.sources.is_empty() {
            continue;
        }
        let meta = &rules.rules[rule];
        for (i, (scope, nested)) in scopes.iter().zip(&nested).enumerate() {
            // Only the facts of this scope's own code (a 10,000-line file has thousands of
            // sources and sinks; each function needs its own few).
            let local = f.within(scope.byte_range(), nested);
            // Sources and sinks may also lie in the functions the scope calls.
            let in_callees = |nodes: &[Node<'_>]| {
                callees[i].iter().any(|&d| {
                    let r = ip.defs.all[d].node.byte_range();
                    let from = nodes.partition_point(|n| n.start_byte() < r.start);
                    nodes.get(from).is_some_and(|n| n.start_byte() < r.end)
                })
            };
            if (local.sinks.is_empty() && !in_callees(&f.sinks)) || (local.sources.is_empty() && !in_callees(&f.sources)) {
                continue;
            }
            let mut flow = Flow {
                shape,
                text,
                facts: &local,
                scope: *scope,
                is_root: scope.id() == root.id(),
                reported: HashSet::new(),
                findings: Vec::new(),
                consts: HashMap::new(),
                ip: &ip,
                rule,
                depth: 0,
                summarising: false,
                returns: Vec::new(),
                nesting: std::cell::Cell::new(0),
            };
            flow.consts = constants[i].get_or_insert_with(|| flow.scope_constants()).clone();
            flow.run_scope_from(State::new());
            // `execute(text(q))`: both arguments are sinks of the rule; report the inner one.
            let all: Vec<Range<usize>> = flow.findings.iter().map(|(r, _, _)| r.clone()).collect();
            flow.findings.retain(|(r, _, _)| !all.iter().any(|o| o != r && r.start <= o.start && o.end <= r.end));
            for (sink, statement_end, hit) in flow.findings {
                out.push(Finding {
                    rule: meta.clone(),
                    severity: meta.severity,
                    confidence: meta.confidence,
                    span: scope.start_byte().min(sink.start).min(hit.source.start)..statement_end.max(sink.end),
                    message: flow_message(&meta.message, text, &hit),
                    range: sink,
                    secret: None,
                    fix: None,
                    source: Some(hit.source),
                });
            }
        }
    }
    true
}

// `Node::parent` walks down from the root (O(depth)): code here never calls it in a loop over a
// tree, which made 8,000 nested parentheses take 6 s. Parents are carried down instead.

fn is_scope(shape: &Shape, node: Node, root_id: usize) -> bool {
    node.id() == root_id || shape.functions.contains(&node.kind())
}

/// The ranges of the functions nested directly in `scope` (not inside another nested one), in
/// source order.
fn nested_scopes(shape: &Shape, scope: Node) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut stack = vec![scope];
    while let Some(n) = stack.pop() {
        let mut c = n.walk();
        for child in n.children(&mut c) {
            if shape.functions.contains(&child.kind()) {
                out.push(child.byte_range());
            } else {
                stack.push(child);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The scopes whose own code (outside nested functions) intersects `window`; every scope when
/// there is no window.
fn scopes_to_run<'t>(shape: &Shape, root: Node<'t>, window: Option<&Range<usize>>) -> Vec<Node<'t>> {
    let mut scopes = Vec::new();
    let mut stack = vec![root];
    let hits = |r: Range<usize>| window.is_none_or(|w| r.start <= w.end && w.start <= r.end);
    while let Some(node) = stack.pop() {
        let mut c = node.walk();
        for child in node.children(&mut c) {
            if hits(child.byte_range()) {
                stack.push(child);
            }
        }
        if is_scope(shape, node, root.id()) {
            let owns = match window {
                None => true,
                Some(w) => own_code_intersects(shape, node, w),
            };
            if owns && parses(shape, node, root.id()) {
                scopes.push(node);
            }
        }
    }
    scopes
}

/// Whether the scope's own code parsed without errors. A function being typed (an open
/// bracket, a half-written line) is left alone until it parses again: error recovery can turn
/// the rest of the file into one node, and a flow read from that is noise. The file's top level
/// counts only its own statements, so one broken function does not switch the others off.
fn parses(shape: &Shape, scope: Node, root_id: usize) -> bool {
    if scope.id() != root_id {
        return !scope.has_error();
    }
    let mut c = scope.walk();
    let ok = scope.children(&mut c).all(|child| errors_only_in_functions(shape, child));
    ok
}

/// Whether every syntax error in `node` lies inside a function (whose own check covers it).
fn errors_only_in_functions(shape: &Shape, node: Node) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if !n.has_error() || shape.functions.contains(&n.kind()) {
            continue;
        }
        if n.is_error() || n.is_missing() {
            return false;
        }
        let mut c = n.walk();
        stack.extend(n.children(&mut c));
    }
    true
}

/// Whether `w` reaches code of `scope` that is not inside a nested scope: one of its own tokens.
/// Blank lines and comments between two methods belong to nobody: counting them as the top
/// level's code made every keystroke in a method re-run the whole file's top level.
fn own_code_intersects(shape: &Shape, scope: Node, w: &Range<usize>) -> bool {
    let r = scope.byte_range();
    if w.end < r.start || r.end < w.start {
        return false;
    }
    if w.start <= r.start && r.end <= w.end {
        return true;
    }
    let mut stack = vec![scope];
    while let Some(node) = stack.pop() {
        let mut c = node.walk();
        for child in node.children(&mut c) {
            let cr = child.byte_range();
            if cr.end < w.start || w.end < cr.start || child.is_extra() || shape.functions.contains(&child.kind()) {
                continue;
            }
            if child.child_count() == 0 {
                // A token overlaps the window; an empty (missing) one counts where it touches.
                if cr.is_empty() || (cr.start < w.end && w.start < cr.end) {
                    return true;
                }
            } else {
                stack.push(child);
            }
        }
    }
    false
}

struct Flow<'a, 't> {
    shape: &'static Shape,
    text: &'a str,
    facts: &'a Facts<'t>,
    scope: Node<'t>,
    is_root: bool,
    reported: HashSet<(usize, usize)>,
    /// (sink range, end of the scope-level statement holding it, why it is tainted)
    findings: Vec<(Range<usize>, usize, Hit)>,
    /// Names the scope assigns once, to a constant (`int num = 106;`, `guess = "ABC"`): what
    /// conditions on them evaluate to.
    consts: HashMap<String, Const>,
    /// The file's functions and their summaries, shared by every flow of the analysis.
    ip: &'a Interproc<'a, 't>,
    /// The rule (index in the rule set) this flow follows.
    rule: usize,
    /// How many calls deep this flow is (0: a scope analysed for findings; more: a summary).
    depth: usize,
    /// A summary's flow: records what `return` statements return.
    summarising: bool,
    returns: Vec<Hit>,
    /// Calls into the file being followed within one expression (`f(g(h(x)))`).
    nesting: std::cell::Cell<usize>,
}

/// The value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
enum Const {
    Int(i64),
    Bool(bool),
    Str(String),
    Char(char),
}

/// Tainted names (variables, attribute paths) and the source their data came from.
type State = HashMap<String, Range<usize>>;

/// Why a value is tainted: the source it came from and the variable it came through.
#[derive(Clone, Debug)]
struct Hit {
    source: Range<usize>,
    via: Option<String>,
    /// A sink reached inside a function of the file this call passes the value to: (the
    /// function's name, the sink's text).
    through: Option<(String, String)>,
}

impl<'a, 't> Flow<'a, 't> {
    fn text_of(&self, n: Node) -> &'a str {
        self.text.get(n.byte_range()).unwrap_or("")
    }

    /// Follows the flow through the scope from `state` (a summary's tainted parameter); `consts`
    /// must hold its [`Flow::scope_constants`].
    fn run_scope_from(&mut self, mut state: State) {
        let body = if self.is_root {
            Some(self.scope)
        } else {
            // Parameters matched by a source start tainted.
            if let Some(params) = self.scope.child_by_field_name("parameters").or_else(|| self.scope.child_by_field_name("parameter")) {
                let pr = params.byte_range();
                for s in &self.facts.sources {
                    if pr.start <= s.start_byte() && s.end_byte() <= pr.end {
                        for id in self.bindings(*s) {
                            state.insert(id, s.byte_range());
                        }
                    }
                }
            }
            self.scope.child_by_field_name("body")
        };
        let Some(body) = body else { return };
        if body.id() == self.scope.id() || self.shape.blocks.contains(&body.kind()) {
            let statements: Vec<Node> = statements_of(body);
            for s in statements {
                let end = s.end_byte();
                self.run_statement(s, &mut state, end, 0);
            }
        } else {
            // An arrow function's expression body.
            let end = body.end_byte();
            self.run_statement(body, &mut state, end, 0);
            if self.summarising {
                if let Some(hit) = self.tainted(body, &state) {
                    self.returns.push(hit);
                }
            }
        }
    }

    /// Checks the sinks of `s` (outside its nested blocks) against the taint before it, applies
    /// its assignments, then follows its blocks as alternatives.
    fn run_statement(&mut self, s: Node<'t>, state: &mut State, top_end: usize, depth: usize) {
        if depth > MAX_BLOCK_DEPTH {
            return;
        }
        if self.run_constant_branch(s, state, top_end, depth) {
            return;
        }
        let blocks = self.blocks_of(s);
        let own = |n: Node| -> bool {
            let r = n.byte_range();
            s.start_byte() <= r.start && r.end <= s.end_byte() && !blocks.iter().any(|b| b.start_byte() <= r.start && r.end <= b.end_byte())
        };
        let all = &self.facts.sinks;
        let from = all.partition_point(|n| n.start_byte() < s.start_byte());
        let sinks: Vec<Node<'t>> = all[from..].iter().take_while(|n| n.start_byte() <= s.end_byte()).copied().filter(|&n| own(n)).collect();
        for sink in sinks {
            if let Some(hit) = self.tainted(sink, state) {
                if self.reported.insert((sink.start_byte(), sink.end_byte())) {
                    self.findings.push((sink.byte_range(), top_end, hit));
                }
            }
        }
        if self.summarising && s.kind() == "return_statement" {
            for value in named_children(s) {
                if let Some(hit) = self.tainted(value, state) {
                    self.returns.push(hit);
                }
            }
        }
        for (call, hit) in self.apply_effects(s, &blocks, state) {
            if self.reported.insert((call.start, call.end)) {
                self.findings.push((call, top_end, hit));
            }
        }
        if blocks.is_empty() {
            self.apply_guard(s, state);
            return;
        }
        let is_loop = self.shape.loops.iter().any(|(k, _, _)| *k == s.kind()) || matches!(s.kind(), "while_statement" | "for_statement" | "do_statement");
        let pre = state.clone();
        let mut out = pre.clone();
        let passed = self.passed_check(s, &pre);
        for b in blocks {
            let mut st = pre.clone();
            // `if x in ALLOWED: use(x)`: inside the branch the check passed on, `x` is clean.
            if let Some((branch, names)) = &passed {
                if branch.start <= b.start_byte() && b.end_byte() <= branch.end {
                    for name in names {
                        st.remove(name);
                    }
                }
            }
            let rounds = if is_loop { 2 } else { 1 };
            for _ in 0..rounds {
                // A branch without braces (`if (x == null) x = "";`) is one statement.
                let statements = if self.shape.blocks.contains(&b.kind()) { statements_of(b) } else { vec![b] };
                for child in statements {
                    self.run_statement(child, &mut st, top_end, depth + 1);
                }
            }
            out.extend(st);
        }
        *state = out;
        self.apply_guard(s, state);
    }

    /// See [`call_parts`].
    fn call_parts(&self, n: Node<'t>) -> Option<(&'a str, Option<Node<'t>>, Option<Node<'t>>)> {
        call_parts(self.shape, self.text, n)
    }

    /// Whether `cond` calls a validator (`x.startsWith(BASE)`, `ALLOWED.has(x)`, `re.fullmatch(...)`)
    /// or tests membership in a collection (`x in ALLOWED`).
    fn has_validator(&self, cond: Node) -> bool {
        let mut stack = vec![cond];
        while let Some(n) = stack.pop() {
            let k = n.kind();
            if self.call_parts(n).is_some_and(|(callee, _, _)| self.shape.validators.contains(&callee)) {
                return true;
            }
            if k == "comparison_operator" && (0..n.child_count()).filter_map(|i| n.child(i)).any(|c| matches!(c.kind(), "in" | "not in")) {
                return true;
            }
            if self.shape.functions.contains(&k) {
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.children(&mut c));
        }
        false
    }

    /// An `if` whose condition calls a validator or tests membership: the branch taken when
    /// the check passes (the consequence, or the alternative of a negated check: `not`, `!`,
    /// `not in`) and the tainted names the condition checks.
    fn passed_check(&self, s: Node<'t>, state: &State) -> Option<(Range<usize>, Vec<String>)> {
        if s.kind() != "if_statement" || state.is_empty() {
            return None;
        }
        let mut cond = s.child_by_field_name("condition")?;
        if !self.has_validator(cond) {
            return None;
        }
        while cond.kind() == "parenthesized_expression" && cond.named_child_count() == 1 {
            cond = cond.named_child(0)?;
        }
        let negated = match cond.kind() {
            "not_operator" => true,
            "unary_expression" => self.text_of(cond).trim_start().starts_with('!'),
            "comparison_operator" => (0..cond.child_count()).filter_map(|i| cond.child(i)).any(|c| c.kind() == "not in"),
            _ => false,
        };
        let branch = if negated { s.child_by_field_name("alternative")? } else { s.child_by_field_name("consequence")? };
        let mut names = Vec::new();
        let mut stack = vec![cond];
        while let Some(n) = stack.pop() {
            let text = self.text_of(n);
            let checked = self.shape.identifiers.contains(&n.kind()) || self.shape.members.iter().any(|(kind, _, _)| *kind == n.kind());
            if checked && state.contains_key(text) {
                names.push(text.to_owned());
            }
            let mut c = n.walk();
            stack.extend(n.children(&mut c));
        }
        (!names.is_empty()).then(|| (branch.byte_range(), names))
    }

    /// `if not valid(x): return` / `if (!x.startsWith(BASE)) return;`: the names the condition
    /// checks are clean after the statement.
    fn apply_guard(&self, s: Node<'t>, state: &mut State) {
        if !matches!(s.kind(), "if_statement") || s.child_by_field_name("alternative").is_some() {
            return;
        }
        let (Some(cond), Some(then)) = (s.child_by_field_name("condition"), s.child_by_field_name("consequence")) else { return };
        if !self.has_validator(cond) {
            return;
        }
        // `if not valid(x): return`: what passed the check is clean after it. `if !valid(x) { x
        // = "/" }`: a name the failing branch replaces with a constant is clean after it too.
        let replaced = if self.exits(then) { None } else { Some(self.constant_assignments(then)) };
        if replaced.as_ref().is_some_and(Vec::is_empty) {
            return;
        }
        let mut stack = vec![cond];
        while let Some(n) = stack.pop() {
            let text = self.text_of(n);
            let checked = self.shape.identifiers.contains(&n.kind()) || self.shape.members.iter().any(|(kind, _, _)| *kind == n.kind());
            if checked && state.contains_key(text) && replaced.as_ref().is_none_or(|r| r.iter().any(|x| x == text)) {
                state.remove(text);
            }
            let mut c = n.walk();
            stack.extend(n.children(&mut c));
        }
    }

    /// Names a block assigns a constant to (`next = "/"`), among its own statements.
    fn constant_assignments(&self, block: Node<'t>) -> Vec<String> {
        let statements = if self.shape.blocks.contains(&block.kind()) { statements_of(block) } else { vec![block] };
        let mut out = Vec::new();
        for st in statements {
            let mut stack = vec![st];
            while let Some(n) = stack.pop() {
                if let Some((_, target, value)) = self.shape.assignments.iter().find(|(kind, _, _)| *kind == n.kind()) {
                    if let (Some(t), Some(v)) = (n.child_by_field_name(target), n.child_by_field_name(value)) {
                        if self.is_constant(v) {
                            out.extend(self.bindings(t));
                        }
                    }
                    continue;
                }
                if self.shape.functions.contains(&n.kind()) || self.shape.blocks.contains(&n.kind()) && n.id() != st.id() {
                    continue;
                }
                let mut c = n.walk();
                stack.extend(n.children(&mut c));
            }
        }
        out
    }

    /// A literal without interpolation (or a list of them): `"/"`, `'/home'`, `0`.
    fn is_constant(&self, n: Node) -> bool {
        let mut stack = vec![n];
        while let Some(x) = stack.pop() {
            let k = x.kind();
            if k == "expression_list" || k == "parenthesized_expression" {
                let mut c = x.walk();
                stack.extend(x.named_children(&mut c));
                continue;
            }
            let literal = matches!(
                k,
                "string" | "interpreted_string_literal" | "raw_string_literal" | "integer" | "int_literal" | "number" | "true" | "false" | "none" | "null" | "nil"
                    // Java
                    | "string_literal" | "character_literal" | "decimal_integer_literal" | "hex_integer_literal" | "decimal_floating_point_literal" | "null_literal"
            );
            let interpolated = (0..x.named_child_count()).filter_map(|i| x.named_child(i as u32)).any(|c| matches!(c.kind(), "interpolation" | "template_substitution"));
            if !literal || interpolated {
                return false;
            }
        }
        true
    }

    /// Whether `block` ends by leaving: `return`, `raise`, `throw`, `continue`, `break`,
    /// `abort(403)`.
    fn exits(&self, block: Node) -> bool {
        let last = if self.shape.blocks.contains(&block.kind()) {
            statements_of(block).last().copied()
        } else {
            Some(block)
        };
        let Some(last) = last else { return false };
        if self.shape.exits.contains(&last.kind()) {
            return true;
        }
        // `abort(403)` as a statement.
        let call = if last.kind() == "expression_statement" { last.named_child(0) } else { Some(last) };
        call.and_then(|c| self.call_parts(c)).is_some_and(|(name, receiver, _)| receiver.is_none() && self.shape.exit_calls.contains(&name))
    }

    /// Statement blocks directly under `s`: not inside another block, a nested scope or an
    /// opaque expression.
    fn blocks_of(&self, s: Node<'t>) -> Vec<Node<'t>> {
        let mut blocks = Vec::new();
        let mut stack = vec![s];
        while let Some(n) = stack.pop() {
            let arms = arms_of(n);
            let mut c = n.walk();
            for child in n.children(&mut c) {
                let k = child.kind();
                if self.shape.blocks.contains(&k) || arms.contains(&child.id()) {
                    blocks.push(child);
                } else if !self.shape.functions.contains(&k) && !self.shape.opaque.contains(&k) {
                    stack.push(child);
                }
            }
        }
        blocks.sort_by_key(|b| b.start_byte());
        blocks
    }

    /// Assignments, loop bindings and container writes in `s` outside its blocks, in order.
    /// Returns the calls into functions of the file that pass tainted data to a sink there.
    fn apply_effects(&self, s: Node<'t>, blocks: &[Node<'t>], state: &mut State) -> Vec<(Range<usize>, Hit)> {
        let mut through = Vec::new();
        // Post-order, left to right: inner assignments before outer ones (`a = b = x`,
        // `y = (z := x)`), earlier declarators before later ones (`let a = t, b = a`).
        let skip = |n: Node| {
            let k = n.kind();
            blocks.iter().any(|b| b.id() == n.id()) || (n.id() != s.id() && (self.shape.functions.contains(&k) || self.shape.opaque.contains(&k)))
        };
        let mut nodes = Vec::new();
        let mut stack = vec![(s, false)];
        while let Some((n, expanded)) = stack.pop() {
            if expanded {
                nodes.push(n);
                continue;
            }
            if skip(n) {
                continue;
            }
            stack.push((n, true));
            let mut c = n.walk();
            let children: Vec<Node> = n.children(&mut c).collect();
            stack.extend(children.into_iter().rev().map(|c| (c, false)));
        }
        for n in nodes {
            let k = n.kind();
            if !self.ip.defs.is_empty() && self.shape.calls.iter().any(|(kind, _, _)| *kind == k) {
                if let Some(hit) = self.call_sink(n, state) {
                    through.push((n.byte_range(), hit));
                }
            }
            if let Some((_, target, value)) = self.shape.assignments.iter().find(|(kind, _, _)| *kind == k) {
                if let (Some(t), Some(v)) = (n.child_by_field_name(target), n.child_by_field_name(value)) {
                    // Java's and Go's `sql += x` are assignment nodes too: they add taint, never
                    // clear it.
                    let op = self.text.get(t.end_byte()..v.start_byte()).unwrap_or("=").trim();
                    if !matches!(op, "=" | ":=" | "") && op.ends_with('=') {
                        if let Some(origin) = self.origin(v, state) {
                            self.assign(t, Some(origin), false, state);
                        }
                        continue;
                    }
                    let hit = self.origin(v, state);
                    self.assign(t, hit, true, state);
                    if self.shape.identifiers.contains(&t.kind()) && self.is_empty_list(v) {
                        state.insert(format!("{}#len", self.text_of(t)), 0..0);
                    }
                }
            } else if let Some((_, target, value)) = self.shape.augmented.iter().find(|(kind, _, _)| *kind == k) {
                if let (Some(t), Some(v)) = (n.child_by_field_name(target), n.child_by_field_name(value)) {
                    if let Some(origin) = self.origin(v, state) {
                        self.assign(t, Some(origin), false, state);
                    }
                }
            } else if let Some((_, target, value)) = self.shape.loops.iter().find(|(kind, _, _)| *kind == k) {
                if let (Some(t), Some(v)) = (n.child_by_field_name(target), n.child_by_field_name(value)) {
                    let hit = self.origin(v, state);
                    self.assign(t, hit, true, state);
                }
            } else if k == "as_pattern" {
                // `with open(path) as f`: the alias holds the value.
                if let (Some(v), Some(alias)) = (n.named_child(0), n.child_by_field_name("alias")) {
                    let hit = self.origin(v, state);
                    self.assign(alias, hit, true, state);
                }
            } else if let Some((method, Some(obj), Some(args))) = self.call_parts(n) {
                if self.keyed_write(method, obj, args, state) {
                    continue;
                }
                // `parts.append(t)`: the container now holds tainted data.
                if self.shape.container_methods.contains(&method) {
                    if let Some(origin) = self.origin(args, state) {
                        self.assign(obj, Some(origin), false, state);
                    }
                }
            }
            for (from, to) in &self.facts.propagators {
                if from.id() == n.id() {
                    if let Some(origin) = self.origin(*from, state) {
                        self.assign(*to, Some(origin), false, state);
                    }
                }
            }
        }
        through
    }

    /// Marks the names `target` binds as holding data from `origin` (a source's range) or, with
    /// no origin and `kill`, clears them.
    fn assign(&self, target: Node<'t>, origin: Option<Range<usize>>, kill: bool, state: &mut State) {
        let k = target.kind();
        if self.shape.subscripts.contains(&k) {
            // `d[k] = t` / `xs[0] = t`: the container holds it now; other keys may be clean.
            if origin.is_some() {
                if let Some(base) = self.shape.members.iter().find(|(kind, _, _)| *kind == k).and_then(|(_, o, _)| target.child_by_field_name(o)) {
                    self.assign(base, origin, false, state);
                }
            }
            return;
        }
        let names: Vec<String> = if self.shape.identifiers.contains(&k) || self.shape.members.iter().any(|(kind, _, _)| *kind == k) {
            vec![self.text_of(target).to_owned()]
        } else {
            self.bindings(target)
        };
        for name in names {
            if kill {
                // A new value: what was known of its elements goes with the old one.
                let prefix_key = format!("{name}[");
                let prefix_index = format!("{name}#");
                state.retain(|key, _| !key.starts_with(&prefix_key) && !key.starts_with(&prefix_index));
            }
            match &origin {
                Some(o) => {
                    state.insert(name, o.clone());
                }
                None if kill => {
                    state.remove(&name);
                }
                None => {}
            }
        }
    }

    /// The taint of any element followed by key or position in container `name`.
    fn element_taint(&self, name: &str, state: &State) -> Option<Range<usize>> {
        if state.is_empty() {
            return None;
        }
        let (key, index) = (format!("{name}["), format!("{name}#"));
        state
            .iter()
            .filter(|(k, _)| k.starts_with(&key) || (k.starts_with(&index) && !k.ends_with("#len")))
            .map(|(_, r)| r.clone())
            .min_by_key(|r| r.start)
    }

    /// `new ArrayList<>()`, `[]`: an empty list, whose elements can be followed by position.
    fn is_empty_list(&self, v: Node) -> bool {
        match v.kind() {
            "object_creation_expression" => {
                let ty = v.child_by_field_name("type").map_or("", |t| self.text_of(t));
                let ty = ty.split('<').next().unwrap_or("").rsplit('.').next().unwrap_or("");
                matches!(ty, "ArrayList" | "LinkedList" | "Vector") && v.child_by_field_name("arguments").is_some_and(|a| a.named_child_count() == 0)
            }
            "list" | "array" => v.named_child_count() == 0,
            _ => false,
        }
    }

    /// Container calls with a constant key or position, followed element by element:
    /// `m.put("a", t)` taints `m["a"]` only, `xs.add(t)` the next position of a list known to
    /// start empty, `xs.remove(0)` shifts the positions after it. Returns false for any other
    /// call (which taints the whole container, as before).
    fn keyed_write(&self, method: &str, obj: Node<'t>, args: Node<'t>, state: &mut State) -> bool {
        if !self.shape.identifiers.contains(&obj.kind()) {
            return false;
        }
        let name = self.text_of(obj).to_owned();
        let values = named_children(args);
        let len_key = format!("{name}#len");
        match (method, values.as_slice()) {
            ("put" | "set" | "setdefault", [k, v]) => {
                let Some(key) = self.eval_const(*k) else { return false };
                // `xs.set(1, t)` on a list followed by position.
                let slot = match (&key, state.contains_key(&len_key)) {
                    (Const::Int(i), true) => format!("{name}#{i}"),
                    _ => format!("{name}[{key:?}]"),
                };
                match self.origin(*v, state) {
                    Some(o) => state.insert(slot, o),
                    None => state.remove(&slot),
                };
                true
            }
            ("add" | "append" | "push", [v]) => {
                let Some(len) = state.get(&len_key).map(|r| r.end) else { return false };
                if let Some(o) = self.origin(*v, state) {
                    state.insert(format!("{name}#{len}"), o);
                }
                state.insert(len_key, 0..len + 1);
                true
            }
            ("remove" | "pop", [i]) => {
                let (Some(len), Some(Const::Int(i))) = (state.get(&len_key).map(|r| r.end), self.eval_const(*i)) else { return false };
                let Ok(i) = usize::try_from(i) else { return false };
                if i >= len {
                    return true;
                }
                for j in i..len {
                    match state.remove(&format!("{name}#{}", j + 1)) {
                        Some(o) => state.insert(format!("{name}#{j}"), o),
                        None => state.remove(&format!("{name}#{j}")),
                    };
                }
                state.insert(len_key, 0..len - 1);
                true
            }
            _ => false,
        }
    }

    /// `m.get("a")` / `xs.get(1)` with a constant key or a known position: the taint of that
    /// element; `None` when the call is not such a read.
    fn keyed_read(&self, n: Node<'t>, state: &State) -> Option<Option<Hit>> {
        let (method, obj, args) = self.call_parts(n)?;
        let (obj, args) = (obj?, args?);
        if method != "get" || !self.shape.identifiers.contains(&obj.kind()) {
            return None;
        }
        let name = self.text_of(obj);
        if let Some(source) = state.get(name) {
            return Some(Some(Hit { source: source.clone(), via: Some(name.to_owned()), through: None }));
        }
        let keys = named_children(args);
        let [k] = keys.as_slice() else { return None };
        let key = self.eval_const(*k)?;
        let slot = match (&key, state.get(&format!("{name}#len"))) {
            (Const::Int(i), Some(_)) => format!("{name}#{i}"),
            (Const::Int(_), None) => return None,
            _ => format!("{name}[{key:?}]"),
        };
        Some(state.get(&slot).map(|source| Hit { source: source.clone(), via: Some(name.to_owned()), through: None }))
    }

    /// The names a binding pattern binds (`a, b`, `{ id, name: n }`, `[x, ...rest]`).
    fn bindings(&self, pattern: Node<'t>) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![pattern];
        while let Some(n) = stack.pop() {
            let k = n.kind();
            if self.shape.identifiers.contains(&k) || k == "shorthand_property_identifier_pattern" {
                out.push(self.text_of(n).to_owned());
                continue;
            }
            if self.shape.functions.contains(&k) {
                continue;
            }
            let mut c = n.walk();
            for (i, child) in n.children(&mut c).enumerate() {
                let field = n.field_name_for_child(i as u32);
                let is_default = self.shape.default_values.iter().any(|(kind, f)| *kind == k && field == Some(f));
                // `{ key: value }` binds the value; the key is a property name.
                let is_key = (k == "pair_pattern" && field == Some("key")) || self.shape.members.iter().any(|(kind, _, _)| *kind == k);
                if !is_default && !is_key {
                    stack.push(child);
                }
            }
        }
        out
    }

    /// The source the value of `node` may come from.
    fn origin(&self, node: Node<'t>, state: &State) -> Option<Range<usize>> {
        self.tainted(node, state).map(|h| h.source)
    }

    /// Whether the value of `node` may hold data from a source, given the tainted names: the
    /// source and the first tainted name on the way.
    fn tainted(&self, node: Node<'t>, state: &State) -> Option<Hit> {
        let sources = &self.facts.sources;
        let sanitized = |r: &Range<usize>| self.facts.sanitizers.iter().any(|s| s.start <= r.start && r.end <= s.end);
        // (node, whether it names something rather than reads a value)
        let mut stack = vec![(node, false)];
        while let Some((n, is_name)) = stack.pop() {
            let r = n.byte_range();
            if sanitized(&r) {
                continue;
            }
            if let Some(s) = sources.iter().find(|s| s.start_byte() <= r.start && r.end <= s.end_byte()) {
                return Some(Hit { source: self.shown_source(*s), via: None, through: None });
            }
            let k = n.kind();
            // A function's value is the function, not what its body reads.
            if self.shape.functions.contains(&k) || self.shape.opaque.contains(&k) {
                continue;
            }
            if self.shape.identifiers.contains(&k) {
                if !is_name {
                    let name = self.text_of(n);
                    if let Some(source) = state.get(name) {
                        return Some(Hit { source: source.clone(), via: Some(name.to_owned()), through: None });
                    }
                    // A container with a tainted element, used whole.
                    if let Some(source) = self.element_taint(name, state) {
                        return Some(Hit { source, via: Some(name.to_owned()), through: None });
                    }
                }
                continue;
            }
            if let Some(read) = self.keyed_read(n, state) {
                match read {
                    Some(hit) => return Some(hit),
                    None => continue,
                }
            }
            if let Some((_, object, property)) = self.shape.members.iter().find(|(kind, _, _)| *kind == k) {
                if let Some(source) = state.get(self.text_of(n)) {
                    return Some(Hit { source: source.clone(), via: Some(self.text_of(n).to_owned()), through: None });
                }
                let prop = n.child_by_field_name(property);
                if prop.is_some_and(|p| self.shape.clean_properties.contains(&self.text_of(p))) {
                    continue;
                }
                // The value comes from the object: an element of a clean table looked up with a
                // tainted key (`ALLOWED[name]`) is one of the table's values.
                if let Some(o) = n.child_by_field_name(object) {
                    stack.push((o, false));
                }
                continue;
            }
            if let Some((callee, receiver, _)) = self.call_parts(n) {
                let receiver = receiver.map_or("", |o| self.text_of(o));
                if self.shape.clean_calls.contains(&callee) || self.shape.clean_objects.contains(&receiver) {
                    continue;
                }
                if let Some(value) = self.call_value(n, state) {
                    match value {
                        Some(hit) => return Some(hit),
                        None => continue,
                    }
                }
            }
            if let Some((_, index)) = self.shape.ternaries.iter().find(|(kind, _)| *kind == k) {
                // `ALLOWED.has(x) ? x : "/"`: the value passed a check.
                if n.named_child(*index as u32).is_some_and(|c| self.has_validator(c)) {
                    continue;
                }
                // `7 * 18 + num > 200 ? "fixed" : param`: only the branch that can be taken.
                if let Some(Const::Bool(b)) = n.named_child(*index as u32).and_then(|c| self.eval_const(c)) {
                    let values: Vec<Node> = named_children(n).into_iter().enumerate().filter(|(i, _)| i != index).map(|(_, c)| c).collect();
                    if let Some(v) = values.get(if b { 0 } else { 1 }) {
                        stack.push((*v, false));
                    }
                    continue;
                }
            }
            let children: Vec<(Node, bool)> = (0..n.child_count())
                .filter_map(|i| {
                    let child = n.child(i)?;
                    let field = n.field_name_for_child(i);
                    let names = self.shape.names.iter().any(|(kind, f)| *kind == k && field == Some(f));
                    Some((child, names))
                })
                .collect();
            // Left to right: the first source or name in the text is the one reported.
            stack.extend(children.into_iter().rev());
        }
        None
    }

    /// Runs only the branch a constant condition takes: `if ((7 * 42) - num > 200) ... else ...`
    /// with `num` a constant, or a `switch` on a constant (the matching case and the cases it
    /// falls through to). Returns false when `s` is not such a statement.
    fn run_constant_branch(&mut self, s: Node<'t>, state: &mut State, top_end: usize, depth: usize) -> bool {
        match s.kind() {
            "if_statement" => {
                let Some(Const::Bool(taken)) = s.child_by_field_name("condition").and_then(|c| self.eval_const(c)) else { return false };
                let mut c = s.walk();
                let alternatives: Vec<Node> = s.children_by_field_name("alternative", &mut c).collect();
                // Python's `elif` chains keep their conditions: left to the general walk.
                if !taken && (alternatives.len() > 1 || alternatives.first().is_some_and(|a| a.kind() == "elif_clause")) {
                    return false;
                }
                let branch = if taken { s.child_by_field_name("consequence") } else { alternatives.first().copied() };
                if let Some(b) = branch {
                    self.run_branch(b, state, top_end, depth + 1);
                }
                true
            }
            "switch_expression" | "switch_statement" => {
                let (Some(subject), Some(body)) = (s.child_by_field_name("condition"), s.child_by_field_name("body")) else { return false };
                let Some(value) = self.eval_const(subject) else { return false };
                let groups: Vec<Node> = named_children(body).into_iter().filter(|g| g.kind() == "switch_block_statement_group").collect();
                if groups.is_empty() {
                    return false;
                }
                let labels = |g: &Node<'t>| named_children(*g).into_iter().filter(|l| l.kind() == "switch_label").collect::<Vec<_>>();
                let matches = |g: &Node<'t>| labels(g).iter().any(|l| named_children(*l).iter().any(|v| self.eval_const(*v).as_ref() == Some(&value)));
                let is_default = |g: &Node<'t>| labels(g).iter().any(|l| self.text_of(*l).trim_start().starts_with("default"));
                let Some(start) = groups.iter().position(matches).or_else(|| groups.iter().position(is_default)) else { return true };
                for g in &groups[start..] {
                    for child in statements_of(*g) {
                        if child.kind() != "switch_label" {
                            self.run_statement(child, state, top_end, depth + 1);
                        }
                    }
                    if named_children(*g).iter().any(|c| self.shape.exits.contains(&c.kind())) {
                        break;
                    }
                }
                true
            }
            _ => false,
        }
    }

    /// Runs a branch: a block's statements, an `else` clause's, or one statement.
    fn run_branch(&mut self, b: Node<'t>, state: &mut State, top_end: usize, depth: usize) {
        let block = if self.shape.blocks.contains(&b.kind()) { Some(b) } else { b.child_by_field_name("body").filter(|x| self.shape.blocks.contains(&x.kind())) };
        match block {
            Some(block) => {
                for child in statements_of(block) {
                    self.run_statement(child, state, top_end, depth);
                }
            }
            None => self.run_statement(b, state, top_end, depth),
        }
    }

    /// Names assigned exactly once in the scope's own code, to a constant expression (which may
    /// use earlier constants).
    fn scope_constants(&self) -> HashMap<String, Const> {
        let mut count: HashMap<String, usize> = HashMap::new();
        let mut values: Vec<(String, Node<'t>)> = Vec::new();
        let mut stack = vec![self.scope];
        while let Some(n) = stack.pop() {
            let k = n.kind();
            if n.id() != self.scope.id() && self.shape.functions.contains(&k) {
                continue;
            }
            let assignment = self.shape.assignments.iter().chain(self.shape.augmented).find(|(kind, _, _)| *kind == k);
            if let Some((_, target, value)) = assignment {
                if let Some(t) = n.child_by_field_name(target) {
                    if self.shape.identifiers.contains(&t.kind()) {
                        let name = self.text_of(t).to_owned();
                        let augmented = n.child(1).is_some_and(|op| op.kind() != "=" && op.kind() != ":=") || self.shape.augmented.iter().any(|(kind, _, _)| *kind == k);
                        // `x += 1` or an update makes `x` a variable whatever its first value.
                        *count.entry(name.clone()).or_default() += if augmented { 2 } else { 1 };
                        if let Some(v) = n.child_by_field_name(value) {
                            values.push((name, v));
                        }
                    }
                }
            }
            if matches!(k, "update_expression" | "inc_statement" | "dec_statement") {
                for c in named_children(n) {
                    if self.shape.identifiers.contains(&c.kind()) {
                        *count.entry(self.text_of(c).to_owned()).or_default() += 2;
                    }
                }
            }
            let mut c = n.walk();
            stack.extend(n.children(&mut c));
        }
        values.sort_by_key(|(_, v)| v.start_byte());
        let mut consts = HashMap::new();
        for (name, v) in values {
            if count.get(&name) == Some(&1) {
                if let Some(c) = self.eval_const_with(v, &consts) {
                    consts.insert(name, c);
                }
            }
        }
        consts
    }

    fn eval_const(&self, n: Node) -> Option<Const> {
        self.eval_const_with(n, &self.consts)
    }

    /// The value of a constant expression: literals, names in `consts`, arithmetic,
    /// comparisons, `!`/`not`, `&&`/`||`, and `"ABC".charAt(1)`. Depth-bounded.
    fn eval_const_with(&self, n: Node, consts: &HashMap<String, Const>) -> Option<Const> {
        self.eval_depth(n, consts, 0)
    }

    fn eval_depth(&self, n: Node, consts: &HashMap<String, Const>, depth: usize) -> Option<Const> {
        if depth > 32 {
            return None;
        }
        let text = self.text_of(n);
        let k = n.kind();
        let operands = || -> Option<(Const, Const, String)> {
            let parts = named_children(n);
            let (l, r) = (parts.first()?, parts.get(1)?);
            if parts.len() != 2 {
                return None;
            }
            let op = self.text.get(l.end_byte()..r.start_byte())?.trim().to_owned();
            Some((self.eval_depth(*l, consts, depth + 1)?, self.eval_depth(*r, consts, depth + 1)?, op))
        };
        match k {
            "decimal_integer_literal" | "integer" | "int_literal" | "number" => text.replace('_', "").parse::<i64>().ok().map(Const::Int),
            "true" => Some(Const::Bool(true)),
            "false" => Some(Const::Bool(false)),
            "character_literal" => {
                let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
                let mut chars = inner.chars();
                let c = chars.next()?;
                (chars.next().is_none() && c != '\\').then_some(Const::Char(c))
            }
            "string_literal" | "string" | "interpreted_string_literal" => {
                let quote = text.chars().next()?;
                if !matches!(quote, '"' | '\'') || text.len() < 2 || !text.ends_with(quote) || text.contains('\\') || text.starts_with("\"\"\"") {
                    return None;
                }
                if named_children(n).iter().any(|c| c.kind() == "interpolation" || c.kind() == "template_substitution") {
                    return None;
                }
                Some(Const::Str(text[1..text.len() - 1].to_owned()))
            }
            "parenthesized_expression" => {
                let inner = named_children(n);
                (inner.len() == 1).then(|| self.eval_depth(inner[0], consts, depth + 1)).flatten()
            }
            "identifier" => consts.get(text).cloned(),
            "unary_expression" | "not_operator" => {
                let operand = named_children(n).pop()?;
                let op = self.text.get(n.start_byte()..operand.start_byte())?.trim();
                match (op, self.eval_depth(operand, consts, depth + 1)?) {
                    ("!" | "not", Const::Bool(b)) => Some(Const::Bool(!b)),
                    ("-", Const::Int(i)) => i.checked_neg().map(Const::Int),
                    _ => None,
                }
            }
            "binary_expression" | "binary_operator" | "comparison_operator" | "boolean_operator" => {
                let (l, r, op) = operands()?;
                match (l, r) {
                    (Const::Int(a), Const::Int(b)) => match op.as_str() {
                        "+" => a.checked_add(b).map(Const::Int),
                        "-" => a.checked_sub(b).map(Const::Int),
                        "*" => a.checked_mul(b).map(Const::Int),
                        "/" | "//" => a.checked_div(b).map(Const::Int),
                        "%" => a.checked_rem(b).map(Const::Int),
                        ">" => Some(Const::Bool(a > b)),
                        "<" => Some(Const::Bool(a < b)),
                        ">=" => Some(Const::Bool(a >= b)),
                        "<=" => Some(Const::Bool(a <= b)),
                        "==" | "===" => Some(Const::Bool(a == b)),
                        "!=" | "!==" => Some(Const::Bool(a != b)),
                        _ => None,
                    },
                    (Const::Bool(a), Const::Bool(b)) => match op.as_str() {
                        "&&" | "and" => Some(Const::Bool(a && b)),
                        "||" | "or" => Some(Const::Bool(a || b)),
                        "==" | "===" => Some(Const::Bool(a == b)),
                        "!=" | "!==" => Some(Const::Bool(a != b)),
                        _ => None,
                    },
                    (a, b) => match op.as_str() {
                        "==" | "===" => Some(Const::Bool(a == b)),
                        "!=" | "!==" => Some(Const::Bool(a != b)),
                        _ => None,
                    },
                }
            }
            "method_invocation" => {
                let name = n.child_by_field_name("name").map(|x| self.text_of(x))?;
                let object = n.child_by_field_name("object")?;
                let args = named_children(n.child_by_field_name("arguments")?);
                match (name, self.eval_depth(object, consts, depth + 1)?, args.as_slice()) {
                    ("charAt", Const::Str(s), [i]) => match self.eval_depth(*i, consts, depth + 1)? {
                        Const::Int(i) => usize::try_from(i).ok().and_then(|i| s.chars().nth(i)).map(Const::Char),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The source as a reader names it: `req.query.id` rather than the matched `req.query`,
    /// `request.args.get("id")` rather than `request.args` (at most three steps up).
    fn shown_source(&self, source: Node<'t>) -> Range<usize> {
        let mut node = source;
        for _ in 0..3 {
            let Some(parent) = node.parent() else { break };
            let pk = parent.kind();
            let is_object = self.shape.members.iter().any(|(kind, object, _)| *kind == pk && parent.child_by_field_name(object).is_some_and(|o| o.id() == node.id()));
            let is_callee = self.shape.calls.iter().any(|(kind, function, _)| *kind == pk && parent.child_by_field_name(function).is_some_and(|f| f.id() == node.id()));
            if !(is_object || is_callee) || parent.byte_range().len() > 120 {
                break;
            }
            node = parent;
        }
        node.byte_range()
    }

}

/// The rule's message and the flow: "Flow: `req.query.id` → `sql` → here." The source's line
/// is not in the text (an edit above would make a kept finding's message stale): it travels as
/// the finding's `source` range (LSP related information, SARIF related location, JSON).
fn flow_message(message: &str, text: &str, hit: &Hit) -> String {
    let mut source: String = text.get(hit.source.clone()).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    if source.chars().count() > 48 {
        source = source.chars().take(47).collect::<String>() + "…";
    }
    let via = match &hit.via {
        Some(v) if v.chars().count() <= 40 && !source.starts_with(v.as_str()) => format!(" → `{v}`"),
        _ => String::new(),
    };
    match &hit.through {
        Some((function, sink)) => format!("{} Flow: `{source}`{via} → here → `{sink}` in `{function}`.", message.trim_end()),
        None => format!("{} Flow: `{source}`{via} → here.", message.trim_end()),
    }
}

/// A call's parts: the name it calls (`get` in `requests.get(u)`, `open` in `open(p)`), the
/// receiver node of a method call, and the arguments. `None` when `n` is not a call.
fn call_parts<'a, 't>(shape: &Shape, text: &'a str, n: Node<'t>) -> Option<(&'a str, Option<Node<'t>>, Option<Node<'t>>)> {
    let (_, function, arguments) = shape.calls.iter().find(|(kind, _, _)| *kind == n.kind())?;
    let f = n.child_by_field_name(function)?;
    let args = n.child_by_field_name(arguments);
    let text_of = |x: Node| text.get(x.byte_range()).unwrap_or("");
    Some(match shape.members.iter().find(|(kind, _, _)| *kind == f.kind()) {
        Some((_, object, property)) => (f.child_by_field_name(property).map_or("", text_of), f.child_by_field_name(object), args),
        // Java's `recv.name(args)`: the receiver is a field of the call itself.
        None => (text_of(f), n.child_by_field_name("object"), args),
    })
}

/// The statements of a block: its named children, with Go's `statement_list` wrapper opened.
/// The branches of a conditional or the body of a loop that are single statements rather than
/// blocks (`if (x == null) x = "";`, `else if`, `while (...) i++;`, an `else` clause): they
/// run only on their path, like a block, not unconditionally with the statement around them.
fn arms_of(n: Node) -> Vec<usize> {
    let k = n.kind();
    let mut arms = Vec::new();
    if k == "else_clause" {
        arms.extend(named_children(n).into_iter().map(|c| c.id()));
    } else if k.ends_with("if_statement") || k.contains("while") || k.contains("for") || k == "do_statement" || k == "elif_clause" {
        let mut c = n.walk();
        for field in ["consequence", "alternative", "body"] {
            arms.extend(n.children_by_field_name(field, &mut c).map(|a| a.id()));
        }
    }
    arms
}

fn statements_of(block: Node) -> Vec<Node> {
    let mut out = Vec::new();
    for child in named_children(block) {
        if child.kind() == "statement_list" {
            out.extend(named_children(child));
        } else {
            out.push(child);
        }
    }
    out
}

fn named_children(n: Node) -> Vec<Node> {
    let mut c = n.walk();
    n.named_children(&mut c).collect()
}
