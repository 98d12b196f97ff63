//! Evaluates `[iac]` conditions on resources.
//!
//! A condition evaluates to its *witnesses*: the values that made it true (none = false).
//! A comparison's witness is the value compared; `missing(a.b)` is witnessed by the block that
//! lacks `b`; `any(ingress, …)` by the `ingress` blocks that satisfy it; `not …` by the scope
//! (the resource or the element `any` looks at). `and` keeps the witnesses of its first operand
//! that points below the scope, so `publicly_accessible == true and engine == "x"` reports the
//! attribute. The finding goes on each witness.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use redline_rules::{IacExpr, IacLiteral, IacMatcher, IacOp, IacPath, IacPlatform, IacRoot};
use regex::Regex;

use super::model::{NodeId, Scalar, Value, Values};
use super::{first_line, IacFinding, Model, Resource};

/// A compiled `[iac]` rule.
#[derive(Debug)]
pub struct IacRule {
    pub platform: IacPlatform,
    resources: Vec<String>,
    when: Option<IacExpr>,
    fail: IacExpr,
    report: Option<IacPath>,
    set: std::collections::BTreeMap<String, String>,
    regexes: HashMap<String, Regex>,
}

impl IacRule {
    /// Compiles a rule's matcher; the error names the regex that does not compile.
    pub fn compile(m: &IacMatcher) -> Result<IacRule, String> {
        let parse = |s: &str| IacExpr::parse(s).map_err(|e| format!("invalid iac condition: {}", e.message));
        let when = m.when.as_ref().map(|w| parse(w.get_ref())).transpose()?;
        let fail = parse(m.fail.get_ref())?;
        let mut regexes = HashMap::new();
        for e in when.iter().chain([&fail]) {
            for r in e.regexes() {
                let re = Regex::new(r).map_err(|e| format!("bad regex in iac condition: {}", redline_rules::scrub_message(&e.to_string())))?;
                regexes.insert(r.to_owned(), re);
            }
        }
        let report = match &m.report {
            Some(r) => match IacExpr::parse(&format!("exists({r})")) {
                Ok(IacExpr::Exists(p)) => Some(p),
                _ => return Err(format!("invalid `report` path `{}`", redline_rules::scrub_message(r))),
            },
            None => None,
        };
        Ok(IacRule { platform: m.platform, resources: m.resources.clone(), when, fail, report, set: m.set.clone(), regexes })
    }

    /// The rule's findings in a file (`rule` left 0 for the caller to fill).
    pub fn run(&self, model: &Model, text: &str) -> Vec<IacFinding> {
        let mut out = Vec::new();
        for i in model.of_kinds(&self.resources) {
            let res = &model.resources[i];
            let cx = Cx { values: model.values, res, model, rule: self };
            if let Some(when) = &self.when {
                if cx.eval(when, res.root).is_empty() {
                    continue;
                }
            }
            let mut seen = Vec::new();
            for w in cx.eval(&self.fail, res.root) {
                let mut node = w.node;
                let mut attr = w.attr;
                if node == res.root {
                    if let Some(r) = self.report.as_ref().and_then(|p| cx.first(p, res.root)) {
                        node = r;
                        attr = None;
                    }
                }
                if seen.contains(&node) {
                    continue;
                }
                seen.push(node);
                let n = model.values.get(node);
                let (range, span) = if node == res.root {
                    (res.header.clone(), n.entry.clone())
                } else if matches!(n.value, Value::Scalar(_)) {
                    (trim_range(text, n.entry.clone()), n.entry.clone())
                } else {
                    (first_line(text, n.entry.clone()), n.entry.clone())
                };
                // Values read from heredoc JSON all sit at the heredoc: no fix there.
                let fix = attr
                    .and_then(|a| self.set.get(&a))
                    .filter(|_| n.range.len() < 200 && !text[n.range.clone()].contains('\n'))
                    .map(|v| (n.range.clone(), v.clone()));
                out.push(IacFinding { rule: 0, range, span, fix });
            }
        }
        out
    }
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = text.get(r.clone()).unwrap_or("");
    r.start..r.start + s.trim_end().len().max(1).min(s.len().max(1))
}

#[derive(Debug, Clone, PartialEq)]
struct Witness {
    node: NodeId,
    /// For a compared value: the attribute compared (a fix may replace the value).
    attr: Option<String>,
}

/// Adds the witnesses of `more` that point at a node `out` does not have yet.
fn add_new(out: &mut Vec<Witness>, more: Vec<Witness>) {
    for w in more {
        if !out.iter().any(|o| o.node == w.node) {
            out.push(w);
        }
    }
}

struct Cx<'a> {
    values: &'a Values,
    res: &'a Resource,
    model: &'a Model<'a>,
    rule: &'a IacRule,
}

/// What the resources a `referenced_by` condition asks about (those of its types whose
/// condition holds) name in its attribute: addresses (`aws_s3_bucket.logs`) and literal values.
#[derive(Debug, Default)]
pub struct Referenced {
    addresses: HashSet<String>,
    literals: HashSet<String>,
}

/// The resource addresses an expression's text mentions: `aws_s3_bucket.logs.id` mentions
/// `aws_s3_bucket.logs`, `data.aws_iam_policy_document.p.json` `data.aws_iam_policy_document.p`.
fn addresses_in(text: &str, out: &mut Vec<String>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        if (b[i].is_ascii_alphabetic() || b[i] == b'_') && (i == 0 || !(word(b[i - 1]) || b[i - 1] == b'.')) {
            let start = i;
            while i < b.len() && (word(b[i]) || (b[i] == b'.' && b.get(i + 1).is_some_and(|&c| c.is_ascii_alphabetic() || c == b'_'))) {
                i += 1;
            }
            let parts: Vec<&str> = text[start..i].split('.').collect();
            let n = if parts.first() == Some(&"data") { 3 } else { 2 };
            if parts.len() >= n {
                out.push(parts[..n].join("."));
            }
        } else {
            i += 1;
        }
    }
}

impl Cx<'_> {
    fn at(&self, node: NodeId) -> Vec<Witness> {
        vec![Witness { node, attr: None }]
    }

    fn eval(&self, e: &IacExpr, scope: NodeId) -> Vec<Witness> {
        match e {
            IacExpr::Or(items) => {
                let mut out = Vec::new();
                for i in items {
                    add_new(&mut out, self.eval(i, scope));
                }
                out
            }
            IacExpr::And(items) => {
                let mut chosen = None;
                for i in items {
                    let w = self.eval(i, scope);
                    if w.is_empty() {
                        return Vec::new();
                    }
                    if chosen.is_none() && w.iter().any(|w| w.node != scope) {
                        chosen = Some(w);
                    }
                }
                chosen.unwrap_or_else(|| self.at(scope))
            }
            IacExpr::Not(inner) => {
                if self.eval(inner, scope).is_empty() {
                    self.at(scope)
                } else {
                    Vec::new()
                }
            }
            IacExpr::Compare { path, op, value } => {
                let mut out = Vec::new();
                self.each(path, scope, true, &mut |n| {
                    if self.values.scalar_of(n).is_some_and(|s| self.compare(s, *op, value)) {
                        out.push(Witness { node: n, attr: path.segments.last().cloned() });
                    }
                    true
                });
                out
            }
            // A block from `dynamic` whose `for_each` is not a literal may not be there at all:
            // it does not witness `exists` (nor does it make `missing` true).
            IacExpr::Exists(path) => self
                .resolve(path, scope)
                .into_iter()
                .filter(|&n| !self.values.get(n).maybe)
                .map(|node| Witness { node, attr: None })
                .collect(),
            IacExpr::Missing(path) => {
                if self.first(path, scope).is_some() {
                    return Vec::new();
                }
                // Witnessed by the deepest block on the path that is there.
                let Some(start) = self.root(path.root, scope) else { return self.at(scope) };
                let mut deepest = start;
                for n in 1..path.segments.len() {
                    let mut block = None;
                    self.visit(start, &path.segments[..n], true, &mut |id| {
                        let is_map = matches!(self.values.get(id).value, Value::Map(_));
                        if is_map {
                            block = Some(id);
                        }
                        !is_map
                    });
                    match block {
                        Some(id) => deepest = id,
                        None => break,
                    }
                }
                self.at(deepest)
            }
            IacExpr::Any(path, cond) => {
                let mut out = Vec::new();
                for n in self.leaves(path, scope) {
                    if !self.eval(cond, n).is_empty() {
                        out.push(Witness { node: n, attr: None });
                    }
                }
                out
            }
            IacExpr::Inside(path, cond) => {
                let mut out = Vec::new();
                for n in self.leaves(path, scope) {
                    add_new(&mut out, self.eval(cond, n));
                }
                out
            }
            IacExpr::Count { path, op, value } => {
                let mut n = 0.0;
                self.each(path, scope, true, &mut |_| {
                    n += 1.0;
                    true
                });
                if cmp_num(n, *op, *value) {
                    self.at(scope)
                } else {
                    Vec::new()
                }
            }
            IacExpr::ReferencedBy { types, attr, cond } => {
                let referenced = self.referenced(e, types, attr, cond.as_deref());
                let me = self.res;
                let by_address = referenced.addresses.contains(&format!("{}.{}", me.kind, me.name));
                let by_literal = || ["bucket", "name", "id"].iter().any(|k| self.values.literal(me.root, k).is_some_and(|v| referenced.literals.contains(v)));
                if by_address || by_literal() {
                    self.at(scope)
                } else {
                    Vec::new()
                }
            }
            IacExpr::References { attr, types, cond } => {
                let mut out = Vec::new();
                let mut mentioned = Vec::new();
                for n in self.leaves(attr, scope) {
                    let Some(s) = self.values.scalar_of(n) else { continue };
                    mentioned.clear();
                    if !s.literal {
                        addresses_in(&s.text, &mut mentioned);
                    }
                    let hit = mentioned.iter().filter_map(|a| self.model.at_address(a)).any(|i| {
                        let other = &self.model.resources[i];
                        types.iter().any(|t| *t == other.kind)
                            && cond.as_ref().is_none_or(|c| {
                                let cx = Cx { values: self.values, res: other, model: self.model, rule: self.rule };
                                !cx.eval(c, other.root).is_empty()
                            })
                    });
                    if hit {
                        out.push(Witness { node: n, attr: None });
                    }
                }
                out
            }
            IacExpr::Ports { from, to, ports } => {
                let num = |p: &IacPath| {
                    self.leaves(p, scope).into_iter().find_map(|n| self.values.scalar_of(n).filter(|s| s.literal).and_then(|s| s.text.trim().parse::<f64>().ok()))
                };
                match (num(from), num(to)) {
                    (Some(a), Some(b)) if ports.iter().any(|&p| a <= p as f64 && p as f64 <= b) => self.at(scope),
                    _ => Vec::new(),
                }
            }
            IacExpr::PortIn { path, ports } => self
                .leaves(path, scope)
                .into_iter()
                .filter(|&n| self.values.scalar_of(n).is_some_and(|s| s.literal && port_spec_includes(&s.text, ports)))
                .map(|node| Witness { node, attr: None })
                .collect(),
        }
    }

    fn root(&self, root: IacRoot, scope: NodeId) -> Option<NodeId> {
        match root {
            IacRoot::Scope => Some(scope),
            IacRoot::Resource => Some(self.res.root),
            IacRoot::Pod => self.res.pod,
            IacRoot::Doc => self.res.doc,
        }
    }

    /// Calls `f` with each value at `segments` below `node` (lists opened into their items
    /// when `open_lists`), until `f` returns false; returns false if it was stopped. Each
    /// segment looks up a key in every map reached so far (a list of maps is looked into
    /// element by element). Nothing is allocated: conditions run for every resource on every
    /// edit.
    fn visit(&self, node: NodeId, segments: &[String], open_lists: bool, f: &mut dyn FnMut(NodeId) -> bool) -> bool {
        let Some((seg, rest)) = segments.split_first() else {
            return match (&self.values.get(node).value, open_lists) {
                (Value::List(items), true) => items.iter().all(|&i| self.visit(i, segments, true, f)),
                _ => f(node),
            };
        };
        match &self.values.get(node).value {
            Value::List(items) => items.iter().all(|&i| self.visit(i, segments, open_lists, f)),
            Value::Map(entries) => entries.iter().all(|(k, c)| {
                // `x = null` (Terraform) and `x:` / `x: null` (YAML) leave `x` unset.
                k != seg || self.values.scalar_of(*c).is_some_and(|s| s.literal && s.text == "null") || self.visit(*c, rest, open_lists, f)
            }),
            Value::Scalar(_) => true,
        }
    }

    /// Calls `f` with each value at `path` (see [`Cx::visit`]).
    fn each(&self, path: &IacPath, scope: NodeId, open_lists: bool, f: &mut dyn FnMut(NodeId) -> bool) {
        if let Some(start) = self.root(path.root, scope) {
            self.visit(start, &path.segments, open_lists, f);
        }
    }

    /// The first value at `path`, lists not opened.
    fn first(&self, path: &IacPath, scope: NodeId) -> Option<NodeId> {
        let mut found = None;
        self.each(path, scope, false, &mut |n| {
            found = Some(n);
            false
        });
        found
    }

    /// The values at `path`.
    fn resolve(&self, path: &IacPath, scope: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        self.each(path, scope, false, &mut |n| {
            out.push(n);
            true
        });
        out
    }

    /// The values at `path` with lists opened into their items.
    fn leaves(&self, path: &IacPath, scope: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        self.each(path, scope, true, &mut |n| {
            out.push(n);
            true
        });
        out
    }

    /// What the resources of `types` whose `cond` holds name in `attr` (cached per file and
    /// condition).
    fn referenced(&self, key: &IacExpr, types: &[String], attr: &IacPath, cond: Option<&IacExpr>) -> std::rc::Rc<Referenced> {
        let id = key as *const IacExpr as usize;
        if let Some(r) = self.model.referenced.borrow().get(&id) {
            return r.clone();
        }
        let mut out = Referenced::default();
        let mut mentioned = Vec::new();
        for i in self.model.of_kinds(types) {
            let other = &self.model.resources[i];
            let cx = Cx { values: self.values, res: other, model: self.model, rule: self.rule };
            if cond.is_some_and(|c| cx.eval(c, other.root).is_empty()) {
                continue;
            }
            for n in cx.leaves(attr, other.root) {
                let Some(s) = self.values.scalar_of(n) else { continue };
                if s.literal {
                    if !s.text.is_empty() {
                        out.literals.insert(s.text.clone());
                    }
                } else {
                    mentioned.clear();
                    addresses_in(&s.text, &mut mentioned);
                    out.addresses.extend(mentioned.drain(..));
                }
            }
        }
        let out = std::rc::Rc::new(out);
        self.model.referenced.borrow_mut().insert(id, out.clone());
        out
    }

    fn compare(&self, s: &Scalar, op: IacOp, lit: &IacLiteral) -> bool {
        match op {
            IacOp::Matches | IacOp::NotMatches => {
                let IacLiteral::Str(re) = lit else { return false };
                let Some(re) = self.rule.regexes.get(re) else { return false };
                re.is_match(&s.text) == (op == IacOp::Matches)
            }
            _ if !s.literal => false,
            IacOp::Eq => equals(s, lit),
            IacOp::Ne => !equals(s, lit),
            IacOp::In => matches!(lit, IacLiteral::List(l) if l.iter().any(|x| equals(s, x))),
            IacOp::NotIn => matches!(lit, IacLiteral::List(l) if !l.iter().any(|x| equals(s, x))),
            IacOp::Lt | IacOp::Le | IacOp::Gt | IacOp::Ge => {
                let IacLiteral::Num(b) = lit else { return false };
                s.text.trim().parse::<f64>().is_ok_and(|a| cmp_num(a, op, *b))
            }
        }
    }
}

/// Literal equality with the loose typing of Terraform and YAML: `"true"` is `true`, `"30"` is
/// `30`, `null`/`~` are null.
fn equals(s: &Scalar, lit: &IacLiteral) -> bool {
    let t = s.text.trim();
    match lit {
        IacLiteral::Str(x) => s.text == *x,
        IacLiteral::Bool(b) => t.eq_ignore_ascii_case(if *b { "true" } else { "false" }),
        IacLiteral::Num(n) => t.parse::<f64>().is_ok_and(|v| v == *n),
        IacLiteral::Null => t == "null" || t == "~",
        IacLiteral::List(l) => l.iter().any(|x| equals(s, x)),
    }
}

fn cmp_num(a: f64, op: IacOp, b: f64) -> bool {
    match op {
        IacOp::Eq => a == b,
        IacOp::Ne => a != b,
        IacOp::Lt => a < b,
        IacOp::Le => a <= b,
        IacOp::Gt => a > b,
        IacOp::Ge => a >= b,
        _ => false,
    }
}

/// Whether a port specification (`22`, `"1000-2000"`, `"*"`, `"0-65535"`, `"22,3389"`)
/// includes one of `ports`.
fn port_spec_includes(spec: &str, ports: &[u32]) -> bool {
    spec.split(',').any(|part| {
        let part = part.trim();
        if part == "*" || part.eq_ignore_ascii_case("any") {
            return true;
        }
        // `1000-2000`; Alibaba Cloud writes ranges `22/22`.
        let (a, b) = match part.split_once(['-', '/']) {
            Some((a, b)) => (a.trim().parse::<u32>(), b.trim().parse::<u32>()),
            None => (part.parse::<u32>(), part.parse::<u32>()),
        };
        match (a, b) {
            (Ok(a), Ok(b)) => ports.iter().any(|&p| a <= p && p <= b),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines (1-based) a condition reports in a Terraform file.
    fn lines(tf: &str, resources: &[&str], fail: &str) -> Vec<usize> {
        let tree = crate::engine::parse(crate::languages::Language::Hcl, tf, None).expect("parse");
        let matcher = IacMatcher {
            platform: IacPlatform::Terraform,
            resources: resources.iter().map(|s| s.to_string()).collect(),
            when: None,
            fail: toml::Spanned::new(0..0, fail.to_owned()),
            report: None,
            set: Default::default(),
        };
        let rule = IacRule::compile(&matcher).expect("compile");
        let (values, blocks) = super::super::model::terraform(&tree, tf);
        let model = Model::new(&values, super::super::terraform_resources(blocks));
        rule.run(&model, tf).iter().map(|f| tf[..f.range.start].matches('\n').count() + 1).collect()
    }

    #[test]
    fn heredoc_json_with_interpolations_is_read_and_they_are_unknown() {
        let tf = "resource \"aws_sqs_queue_policy\" \"q\" {\n  policy = <<EOF\n{\"Statement\": [{\"Principal\": \"*\", \"Resource\": \"${aws_sqs_queue.q.arn}\"}]}\nEOF\n}\n";
        assert_eq!(lines(tf, &["aws_sqs_queue_policy"], "policy.Statement.Principal == \"*\""), [2]);
        assert_eq!(lines(tf, &["aws_sqs_queue_policy"], "policy.Statement.Resource == \"${aws_sqs_queue.q.arn}\""), Vec::<usize>::new());
        assert_eq!(lines(tf, &["aws_sqs_queue_policy"], "policy.Statement.Resource =~ \"aws_sqs_queue\\\\.q\""), [2]);
    }

    #[test]
    fn null_is_unset_and_dynamic_blocks_over_variables_may_be_absent() {
        let tf = "resource \"x\" \"a\" {\n  kms_key_id = null\n  dynamic \"access_config\" {\n    for_each = var.public ? [1] : []\n    content {}\n  }\n}\nresource \"x\" \"b\" {\n  dynamic \"access_config\" {\n    for_each = [1]\n    content {}\n  }\n}\n";
        assert_eq!(lines(tf, &["x"], "missing(kms_key_id)"), [1, 8]);
        assert_eq!(lines(tf, &["x"], "exists(access_config)"), [9]);
        assert_eq!(lines(tf, &["x"], "missing(access_config)"), Vec::<usize>::new());
    }

    #[test]
    fn any_reports_the_block_and_inside_the_attribute() {
        let tf = "resource \"aws_security_group\" \"a\" {\n  ingress {\n    from_port = 22\n    to_port   = 22\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
        let cond = "(cidr_blocks == \"0.0.0.0/0\" and ports(from_port, to_port, [22]))";
        assert_eq!(lines(tf, &["aws_security_group"], &format!("any(ingress, {cond})")), [2]);
        assert_eq!(lines(tf, &["aws_security_group"], &format!("inside(ingress, {cond})")), [5]);
    }

    #[test]
    fn module_calls_are_resources_known_by_their_source() {
        let tf = "module \"logs\" {\n  source  = \"terraform-aws-modules/s3-bucket/aws\"\n  version = \"~> 4.0\"\n  acl     = \"public-read\"\n}\nmodule \"vpc\" {\n  source = \"git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.0.0\"\n  map_public_ip_on_launch = true\n}\nmodule \"local\" {\n  source = \"./modules/bucket\"\n  acl    = \"public-read\"\n}\n";
        assert_eq!(lines(tf, &["module:terraform-aws-modules/s3-bucket/aws"], "acl == \"public-read\""), [4]);
        assert_eq!(lines(tf, &["module:terraform-aws-modules/vpc/aws"], "map_public_ip_on_launch == true"), [8]);
        assert_eq!(lines(tf, &["module:./modules/bucket"], "acl == \"public-read\""), [12]);
    }

    #[test]
    fn addresses_in_expressions() {
        let mut out = Vec::new();
        addresses_in("aws_s3_bucket.logs.id", &mut out);
        addresses_in("\"${aws_s3_bucket.a-b.arn}/*\"", &mut out);
        addresses_in("data.aws_iam_policy_document.p.json", &mut out);
        addresses_in("[for b in var.x : b.id]", &mut out);
        assert_eq!(out, ["aws_s3_bucket.logs", "aws_s3_bucket.a-b", "data.aws_iam_policy_document.p", "var.x", "b.id"]);
    }

    #[test]
    fn port_specs() {
        assert!(port_spec_includes("*", &[22]));
        assert!(port_spec_includes("20-25", &[22]));
        assert!(port_spec_includes("80, 22", &[22]));
        assert!(!port_spec_includes("23-3388", &[22, 3389]));
        assert!(!port_spec_includes("var.port", &[22]));
        assert!(port_spec_includes("1/65535", &[22]));
        assert!(!port_spec_includes("-1/-1", &[22]));
    }
}
