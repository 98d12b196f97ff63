//! What an IaC file says, as plain values with their places in the text: maps (Terraform block
//! bodies and objects, YAML mappings), lists and scalars. Terraform blocks repeated under one
//! name (`ingress { }` twice) are map entries with the same key; `jsonencode({...})` and heredoc
//! JSON become values too, so a policy document is read like any other attribute.

use std::ops::Range;

use tree_sitter::{Node as TsNode, Tree};

pub type NodeId = usize;

#[derive(Debug, Clone)]
pub enum Value {
    /// Entries in file order. A key may repeat (repeated Terraform blocks).
    Map(Vec<(String, NodeId)>),
    List(Vec<NodeId>),
    Scalar(Scalar),
}

#[derive(Debug, Clone)]
pub struct Scalar {
    /// A string's content without quotes, a number, `true`/`false`, `null`; for a value that
    /// is not a literal (a reference, a call, an interpolated string), its source text.
    pub text: String,
    /// Whether the value is known: a literal, not computed at plan time.
    pub literal: bool,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub value: Value,
    /// The value's text.
    pub range: Range<usize>,
    /// What a finding about this value points at: the whole `key = value` / `key: value` entry
    /// (a block, for a Terraform block), or the value itself for a list item.
    pub entry: Range<usize>,
    /// A block a `dynamic` block makes once per element of a `for_each` that is not a literal:
    /// it may not be there.
    pub maybe: bool,
}

/// One document's values.
#[derive(Debug, Default)]
pub struct Values {
    pub nodes: Vec<Node>,
    /// How deep the reader is: values nested deeper than [`MAX_DEPTH`] are read as unknown, so
    /// a hostile file cannot exhaust the stack (conditions never look that deep).
    depth: usize,
}

/// Nesting deeper than this is not read (an unknown value stands for it).
const MAX_DEPTH: usize = 64;

/// Runs `read` one level deeper, or makes an unknown value when that is too deep.
fn nested(values: &mut Values, node: TsNode, src: &str, read: fn(&mut Values, TsNode, &str) -> NodeId) -> NodeId {
    if values.depth >= MAX_DEPTH {
        return values.scalar(text(node, src).chars().take(200).collect::<String>(), false, node.byte_range());
    }
    values.depth += 1;
    let id = read(values, node, src);
    values.depth -= 1;
    id
}

impl Values {
    fn push(&mut self, value: Value, range: Range<usize>) -> NodeId {
        self.nodes.push(Node { value, entry: range.clone(), range, maybe: false });
        self.nodes.len() - 1
    }

    fn scalar(&mut self, text: impl Into<String>, literal: bool, range: Range<usize>) -> NodeId {
        self.push(Value::Scalar(Scalar { text: text.into(), literal }), range)
    }

    pub fn get(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The entries of a map under `key` (several for repeated blocks); nothing for other values.
    pub fn children<'a>(&'a self, id: NodeId, key: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        let entries: &[(String, NodeId)] = match &self.nodes[id].value {
            Value::Map(m) => m,
            _ => &[],
        };
        entries.iter().filter(move |(k, _)| k == key).map(|(_, v)| *v)
    }

    /// A node as a list of items: a list's elements (nested lists flattened), else the node.
    pub fn items(&self, id: NodeId, out: &mut Vec<NodeId>) {
        match &self.nodes[id].value {
            Value::List(l) => l.iter().for_each(|&i| self.items(i, out)),
            _ => out.push(id),
        }
    }

    pub fn scalar_of(&self, id: NodeId) -> Option<&Scalar> {
        match &self.nodes[id].value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// The literal text of the first scalar under `key`.
    pub fn literal(&self, id: NodeId, key: &str) -> Option<&str> {
        self.children(id, key).find_map(|c| self.scalar_of(c).filter(|s| s.literal).map(|s| s.text.as_str()))
    }
}

fn text<'a>(node: TsNode, src: &'a str) -> &'a str {
    src.get(node.byte_range()).unwrap_or("")
}

fn named_children<'t>(node: TsNode<'t>) -> Vec<TsNode<'t>> {
    let mut c = node.walk();
    node.named_children(&mut c).collect()
}

// ---------------------------------------------------------------- Terraform (HCL)

/// A Terraform `resource` or `data` block.
#[derive(Debug, Clone)]
pub struct HclBlock {
    /// `aws_s3_bucket`, or `data.aws_iam_policy_document` for a data source.
    pub kind: String,
    pub name: String,
    /// The block's body.
    pub body: NodeId,
    /// `resource "aws_s3_bucket" "b" {`
    pub header: Range<usize>,
}

/// Reads the resource and data blocks of a Terraform file.
pub fn terraform(tree: &Tree, src: &str) -> (Values, Vec<HclBlock>) {
    let mut values = Values::default();
    let mut blocks = Vec::new();
    let root = tree.root_node();
    let Some(body) = named_children(root).into_iter().find(|n| n.kind() == "body") else { return (values, blocks) };
    for block in named_children(body) {
        if block.kind() != "block" {
            continue;
        }
        let parts = named_children(block);
        let Some(kw) = parts.first().filter(|n| n.kind() == "identifier") else { continue };
        let labels: Vec<String> = parts.iter().skip(1).take_while(|n| n.kind() != "block_start").map(|n| label(*n, src)).collect();
        let body = parts.iter().find(|n| n.kind() == "body").copied();
        let (kind, name) = match (text(*kw, src), labels.as_slice()) {
            ("resource", [t, name]) => (t.clone(), name.clone()),
            ("data", [t, name]) => (format!("data.{t}"), name.clone()),
            // A module call is known by its source: `module:terraform-aws-modules/s3-bucket/aws`.
            ("module", [name]) => match body.and_then(|b| module_source(b, src)).filter(|s| !s.is_empty()) {
                Some(source) => (format!("module:{source}"), name.clone()),
                None => continue,
            },
            _ => continue,
        };
        let id = match body {
            Some(b) => hcl_body(&mut values, b, src),
            // An empty block `resource "x" "y" {}`: an empty map.
            None => values.push(Value::Map(Vec::new()), block.byte_range()),
        };
        values.nodes[id].range = block.byte_range();
        values.nodes[id].entry = block.byte_range();
        blocks.push(HclBlock { kind, name, body: id, header: super::first_line(src, block.byte_range()) });
    }
    (values, blocks)
}

/// A module's `source`, without a version query or a `git::` prefix, and a GitHub URL of a
/// `terraform-aws-modules`-style repository written as its registry address
/// (`github.com/terraform-aws-modules/terraform-aws-vpc` → `terraform-aws-modules/vpc/aws`).
fn module_source(body: TsNode, src: &str) -> Option<String> {
    let attr = named_children(body)
        .into_iter()
        .find(|c| c.kind() == "attribute" && named_children(*c).first().is_some_and(|k| text(*k, src) == "source"))?;
    let value = text(*named_children(attr).get(1)?, src).trim().trim_matches('"').to_owned();
    let value = value.split('?').next().unwrap_or("").trim_start_matches("git::").to_owned();
    let value = value.trim_start_matches("https://").trim_start_matches("registry.terraform.io/").to_owned();
    if let Some(rest) = value.strip_prefix("github.com/") {
        let rest = rest.trim_end_matches(".git");
        let (repo, sub) = rest.split_once("//").map_or((rest, None), |(r, s)| (r.trim_end_matches(".git"), Some(s)));
        if let Some((owner, name)) = repo.split_once('/') {
            if let Some((provider, module)) = name.strip_prefix("terraform-").and_then(|n| n.split_once('-')) {
                let base = format!("{owner}/{module}/{provider}");
                return Some(match sub {
                    Some(s) => format!("{base}//{s}"),
                    None => base,
                });
            }
        }
    }
    Some(value)
}

fn label(n: TsNode, src: &str) -> String {
    match n.kind() {
        "string_lit" => named_children(n).iter().filter(|c| c.kind() == "template_literal").map(|c| text(*c, src)).collect(),
        _ => text(n, src).to_owned(),
    }
}

fn hcl_body(values: &mut Values, body: TsNode, src: &str) -> NodeId {
    nested(values, body, src, hcl_body_at)
}

fn hcl_body_at(values: &mut Values, body: TsNode, src: &str) -> NodeId {
    let mut entries = Vec::new();
    for child in named_children(body) {
        match child.kind() {
            "attribute" => {
                let parts = named_children(child);
                let (Some(name), Some(expr)) = (parts.first(), parts.get(1)) else { continue };
                let id = hcl_expr(values, *expr, src);
                values.nodes[id].entry = child.byte_range();
                entries.push((text(*name, src).to_owned(), id));
            }
            "block" => {
                let parts = named_children(child);
                let Some(kw) = parts.first() else { continue };
                let labels: Vec<String> =
                    parts.iter().skip(1).take_while(|n| n.kind() != "block_start").map(|n| label(*n, src)).collect();
                let inner = parts.iter().find(|n| n.kind() == "body").copied();
                let dynamic = text(*kw, src) == "dynamic" && labels.len() == 1;
                // A `dynamic` block over anything but a literal list or map may make no block.
                let maybe = dynamic
                    && !inner.is_some_and(|b| {
                        named_children(b).into_iter().any(|c| {
                            c.kind() == "attribute"
                                && named_children(c).first().is_some_and(|k| text(*k, src) == "for_each")
                                && named_children(c).get(1).is_some_and(|e| {
                                    let t = text(*e, src).trim_start();
                                    (t.starts_with('[') || t.starts_with('{')) && !t.starts_with("[]") && !t.starts_with("{}") && !t.contains(" for ")
                                })
                        })
                    });
                let (key, body) = if dynamic {
                    // `dynamic "ingress" { content { ... } }` stands for `ingress` blocks.
                    let content = inner.and_then(|b| {
                        named_children(b).into_iter().find(|c| {
                            c.kind() == "block" && named_children(*c).first().is_some_and(|k| text(*k, src) == "content")
                        })
                    });
                    (labels[0].clone(), content.and_then(|c| named_children(c).into_iter().find(|n| n.kind() == "body")))
                } else {
                    (text(*kw, src).to_owned(), inner)
                };
                let id = match body {
                    Some(b) => hcl_body(values, b, src),
                    None => values.push(Value::Map(Vec::new()), child.byte_range()),
                };
                values.nodes[id].range = child.byte_range();
                values.nodes[id].entry = child.byte_range();
                values.nodes[id].maybe = maybe;
                entries.push((key, id));
            }
            _ => {}
        }
    }
    values.push(Value::Map(entries), body.byte_range())
}

fn hcl_expr(values: &mut Values, node: TsNode, src: &str) -> NodeId {
    nested(values, node, src, hcl_expr_at)
}

fn hcl_expr_at(values: &mut Values, node: TsNode, src: &str) -> NodeId {
    let range = node.byte_range();
    let kids = named_children(node);
    match node.kind() {
        // `expression` wraps one value; more children is a traversal (`aws_s3_bucket.b.id`).
        "expression" | "literal_value" | "collection_value" | "template_expr" if kids.len() == 1 => {
            let id = hcl_expr(values, kids[0], src);
            values.nodes[id].range = range.clone();
            values.nodes[id].entry = range;
            id
        }
        "string_lit" | "quoted_template" => {
            if kids.iter().all(|k| matches!(k.kind(), "quoted_template_start" | "quoted_template_end" | "template_literal")) {
                let s: String = kids.iter().filter(|k| k.kind() == "template_literal").map(|k| text(*k, src)).collect();
                values.scalar(unescape_hcl(&s), true, range)
            } else {
                let t = text(node, src);
                values.scalar(t.trim_matches('"'), false, range)
            }
        }
        "heredoc_template" => {
            // A JSON heredoc (a policy) is read as values; an interpolation inside a JSON
            // string (`"Resource": "${aws_sqs_queue.q.arn}"`) makes that string unknown.
            let mut body = String::new();
            let mut interpolations = Vec::new();
            let mut directive = false;
            for k in &kids {
                match k.kind() {
                    "template_literal" => body.push_str(text(*k, src)),
                    "template_interpolation" => {
                        body.push_str(&format!("{INTERPOLATION}{}@@", interpolations.len()));
                        interpolations.push(text(*k, src).to_owned());
                    }
                    "template_directive" => directive = true,
                    _ => {}
                }
            }
            if !directive {
                if let Ok(json) = serde_json::from_str::<serde_json::Value>(body.trim()) {
                    return json_value(values, &json, range, &interpolations);
                }
            }
            let shown = restore_interpolations(&body, &interpolations);
            values.scalar(shown, interpolations.is_empty() && !directive, range)
        }
        "numeric_lit" | "bool_lit" => values.scalar(text(node, src), true, range),
        "null_lit" => values.scalar("null", true, range),
        "tuple" => {
            let items: Vec<NodeId> = kids.iter().filter(|k| k.kind() == "expression").map(|k| hcl_expr(values, *k, src)).collect();
            values.push(Value::List(items), range)
        }
        "object" => {
            let mut entries = Vec::new();
            for elem in kids.iter().filter(|k| k.kind() == "object_elem") {
                let (Some(k), Some(v)) = (elem.child_by_field_name("key"), elem.child_by_field_name("val")) else { continue };
                let key = object_key(k, src);
                let id = hcl_expr(values, v, src);
                values.nodes[id].entry = elem.byte_range();
                entries.push((key, id));
            }
            values.push(Value::Map(entries), range)
        }
        "function_call" => {
            let name = kids.first().map(|k| text(*k, src)).unwrap_or("");
            let args = kids.iter().find(|k| k.kind() == "function_arguments").map(|a| named_children(*a)).unwrap_or_default();
            let first = args.iter().find(|a| a.kind() == "expression");
            match (name, first) {
                // Values the function passes through: the policy of `jsonencode({...})`.
                ("jsonencode" | "tolist" | "toset" | "tomap" | "yamlencode", Some(arg)) if args.len() == 1 => {
                    let id = hcl_expr(values, *arg, src);
                    values.nodes[id].range = range.clone();
                    values.nodes[id].entry = range;
                    id
                }
                _ => values.scalar(text(node, src), false, range),
            }
        }
        _ => values.scalar(text(node, src), false, range),
    }
}

fn object_key(k: TsNode, src: &str) -> String {
    let t = text(k, src).trim();
    let t = t.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(t);
    t.to_owned()
}

fn unescape_hcl(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_owned();
    }
    s.replace("\\\"", "\"").replace("\\\\", "\\").replace("\\n", "\n")
}

/// Stands for the n-th interpolation of a heredoc while its JSON is parsed.
const INTERPOLATION: &str = "@@redline-interpolation-";

fn restore_interpolations(s: &str, interpolations: &[String]) -> String {
    let mut out = s.to_owned();
    for (i, original) in interpolations.iter().enumerate() {
        out = out.replace(&format!("{INTERPOLATION}{i}@@"), original);
    }
    out
}

/// A JSON document (heredoc policy) as values, every one placed at the heredoc. A string that
/// held an interpolation is unknown (its source text kept for `=~`).
fn json_value(values: &mut Values, json: &serde_json::Value, range: Range<usize>, interpolations: &[String]) -> NodeId {
    match json {
        serde_json::Value::Object(m) => {
            let entries = m.iter().map(|(k, v)| (k.clone(), json_value(values, v, range.clone(), interpolations))).collect();
            values.push(Value::Map(entries), range)
        }
        serde_json::Value::Array(a) => {
            let items = a.iter().map(|v| json_value(values, v, range.clone(), interpolations)).collect();
            values.push(Value::List(items), range)
        }
        serde_json::Value::String(s) if s.contains(INTERPOLATION) => values.scalar(restore_interpolations(s, interpolations), false, range),
        serde_json::Value::String(s) => values.scalar(s.clone(), true, range),
        other => values.scalar(other.to_string(), true, range),
    }
}

// ---------------------------------------------------------------- YAML

/// Reads every document of a YAML stream; a document that does not parse is skipped.
pub fn yaml(tree: &Tree, src: &str) -> (Values, Vec<NodeId>) {
    let mut values = Values::default();
    let mut docs = Vec::new();
    let root = tree.root_node();
    for doc in named_children(root) {
        if doc.kind() != "document" || doc.has_error() {
            continue;
        }
        if let Some(body) = named_children(doc).into_iter().find(|n| matches!(n.kind(), "block_node" | "flow_node")) {
            docs.push(yaml_node(&mut values, body, src));
        }
    }
    (values, docs)
}

fn yaml_node(values: &mut Values, node: TsNode, src: &str) -> NodeId {
    nested(values, node, src, yaml_node_at)
}

fn yaml_node_at(values: &mut Values, node: TsNode, src: &str) -> NodeId {
    let range = node.byte_range();
    match node.kind() {
        "block_node" | "flow_node" | "block_sequence_item" => {
            // Skip anchors and tags: the value is the last child.
            let value = named_children(node).into_iter().rev().find(|n| !matches!(n.kind(), "anchor" | "tag" | "comment"));
            match value {
                Some(v) => {
                    let id = yaml_node(values, v, src);
                    if node.kind() != "block_sequence_item" {
                        values.nodes[id].range = range.clone();
                        values.nodes[id].entry = range;
                    }
                    id
                }
                None => values.scalar("null", true, range),
            }
        }
        "block_mapping" | "flow_mapping" => {
            let mut entries = Vec::new();
            for pair in named_children(node).into_iter().filter(|p| matches!(p.kind(), "block_mapping_pair" | "flow_pair")) {
                let Some(k) = pair.child_by_field_name("key") else { continue };
                let key = yaml_key(k, src);
                let id = match pair.child_by_field_name("value") {
                    Some(v) => yaml_node(values, v, src),
                    None => values.scalar("null", true, pair.end_byte()..pair.end_byte()),
                };
                values.nodes[id].entry = pair.byte_range();
                entries.push((key, id));
            }
            values.push(Value::Map(entries), range)
        }
        "block_sequence" | "flow_sequence" => {
            let items = named_children(node)
                .into_iter()
                .filter(|c| matches!(c.kind(), "block_sequence_item" | "flow_node"))
                .map(|c| yaml_node(values, c, src))
                .collect();
            values.push(Value::List(items), range)
        }
        "plain_scalar" => {
            let t = text(node, src).trim();
            let inner = named_children(node).first().map(|c| c.kind()).unwrap_or("string_scalar");
            let t = if inner == "null_scalar" || t == "~" { "null" } else { t };
            values.scalar(t, true, range)
        }
        "double_quote_scalar" => {
            let t = text(node, src);
            let t = t.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(t);
            values.scalar(t.replace("\\\"", "\"").replace("\\\\", "\\"), true, range)
        }
        "single_quote_scalar" => {
            let t = text(node, src);
            let t = t.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')).unwrap_or(t);
            values.scalar(t.replace("''", "'"), true, range)
        }
        "block_scalar" => {
            let t = text(node, src);
            let body = t.split_once('\n').map_or("", |(_, b)| b);
            let lines: Vec<&str> = body.lines().collect();
            let indent = lines.iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
            let s: Vec<&str> = lines.iter().map(|l| l.get(indent..).unwrap_or("")).collect();
            values.scalar(s.join("\n"), true, range)
        }
        // An alias, or something unexpected: not known here.
        _ => values.scalar(text(node, src), false, range),
    }
}

fn yaml_key(k: TsNode, src: &str) -> String {
    let t = text(k, src).trim();
    for q in ['"', '\''] {
        if let Some(inner) = t.strip_prefix(q).and_then(|t| t.strip_suffix(q)) {
            return inner.to_owned();
        }
    }
    t.to_owned()
}
