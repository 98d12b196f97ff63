//! The condition language of `[iac]` rules: a small expression over the attributes of one
//! infrastructure resource (a Terraform block, a Kubernetes object, pod or container, a Compose
//! service), parsed here so a broken condition is reported with the rule file's line and column.
//! The engine (`redline::iac`) evaluates it.
//!
//! ```text
//! expr     := and ("or" and)*
//! and      := unary ("and" unary)*
//! unary    := "not" unary | "(" expr ")" | call | path OP literal
//! call     := exists(path) | missing(path) | any(path, expr) | inside(path, expr)
//!           | count(path) OP number
//!           | referenced_by(types, path [, expr]) | references(path, types [, expr])
//!           | ports(from_path, to_path, [numbers]) | port_in(path, [numbers])
//! OP       := == | != | < | <= | > | >= | =~ | !~ | in | not in
//! path     := segment ("." segment)*        segment: name, "quoted.name", or a root
//!             ($pod, $doc) as the first segment
//! literal  := "string" | 'string' | number | true | false | null | [literal, ...]
//! ```

use std::fmt;

/// A parsed condition.
#[derive(Debug, Clone, PartialEq)]
pub enum IacExpr {
    Or(Vec<IacExpr>),
    And(Vec<IacExpr>),
    Not(Box<IacExpr>),
    /// `path OP literal`: some value at `path` (list elements each) compares true. Values that
    /// are not literals (references, function calls, interpolations) are unknown and compare
    /// false, except with `=~` / `!~`, which see their source text.
    Compare { path: IacPath, op: IacOp, value: IacLiteral },
    Exists(IacPath),
    Missing(IacPath),
    /// Some element at `path` (a repeated block, a list item, or the one object) satisfies the
    /// condition, evaluated with the element as the scope.
    Any(IacPath, Box<IacExpr>),
    /// Like `any`, but the finding goes where the condition inside points (the wrong attribute
    /// in the block), not on the block.
    Inside(IacPath, Box<IacExpr>),
    Count { path: IacPath, op: IacOp, value: f64 },
    /// Another resource of one of `types` in the same file refers to this one in its attribute
    /// `attr` (and satisfies the condition, in its own scope).
    ReferencedBy { types: Vec<String>, attr: IacPath, cond: Option<Box<IacExpr>> },
    /// This resource's attribute `attr` refers to a resource of one of `types` in the same file
    /// (that satisfies the condition, in its own scope).
    References { attr: IacPath, types: Vec<String>, cond: Option<Box<IacExpr>> },
    /// The port range `from`..=`to` includes one of `ports`.
    Ports { from: IacPath, to: IacPath, ports: Vec<u32> },
    /// A port specification at `path` (`22`, `"1000-2000"`, `"*"`, a list of those) includes
    /// one of `ports`.
    PortIn { path: IacPath, ports: Vec<u32> },
}

/// Where a path starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IacRoot {
    /// The current scope: the resource, or the element `any` is looking at.
    Scope,
    /// The resource itself, even inside `any`.
    Resource,
    /// Kubernetes: the pod spec a container belongs to.
    Pod,
    /// The whole document (a Kubernetes object, the Compose file).
    Doc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IacPath {
    pub root: IacRoot,
    pub segments: Vec<String>,
}

impl fmt::Display for IacPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let root = match self.root {
            IacRoot::Scope => "",
            IacRoot::Resource => "$resource.",
            IacRoot::Pod => "$pod.",
            IacRoot::Doc => "$doc.",
        };
        write!(f, "{root}{}", self.segments.join("."))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IacOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// Regex (Rust `regex` syntax) search in the value's text.
    Matches,
    NotMatches,
    In,
    NotIn,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IacLiteral {
    Str(String),
    Num(f64),
    Bool(bool),
    Null,
    List(Vec<IacLiteral>),
}

/// A condition that does not parse: what is wrong and where (a byte offset in the condition).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IacSyntaxError {
    pub offset: usize,
    pub message: String,
}

impl IacExpr {
    pub fn parse(text: &str) -> Result<IacExpr, IacSyntaxError> {
        let mut p = Parser { tokens: lex(text)?, at: 0, len: text.len() };
        let e = p.or()?;
        if let Some(t) = p.peek() {
            return Err(p.error_at(t.offset, format!("unexpected `{}` after a complete condition", t.text)));
        }
        Ok(e)
    }

    /// Every regex of `=~` / `!~` comparisons, for the engine to compile (and report).
    pub fn regexes(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.walk(&mut |e| {
            if let IacExpr::Compare { op: IacOp::Matches | IacOp::NotMatches, value: IacLiteral::Str(s), .. } = e {
                out.push(s.as_str());
            }
        });
        out
    }

    fn walk<'a>(&'a self, f: &mut impl FnMut(&'a IacExpr)) {
        f(self);
        match self {
            IacExpr::Or(v) | IacExpr::And(v) => v.iter().for_each(|e| e.walk(f)),
            IacExpr::Not(e) | IacExpr::Any(_, e) | IacExpr::Inside(_, e) => e.walk(f),
            IacExpr::ReferencedBy { cond: Some(e), .. } | IacExpr::References { cond: Some(e), .. } => e.walk(f),
            _ => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word,
    Str(String),
    Num(f64),
    Punct,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Tok,
    text: String,
    offset: usize,
}

fn lex(text: &str) -> Result<Vec<Token>, IacSyntaxError> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c == b'#' {
            // A comment to the end of the line.
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        let start = i;
        if c == b'"' || c == b'\'' {
            let mut s = String::new();
            i += 1;
            loop {
                if i >= b.len() {
                    return Err(IacSyntaxError { offset: start, message: "unterminated string".into() });
                }
                let ch = text[i..].chars().next().unwrap_or('\0');
                if b[i] == c {
                    i += 1;
                    break;
                }
                if b[i] == b'\\' && i + 1 < b.len() && (b[i + 1] == c || b[i + 1] == b'\\') && c == b'"' {
                    s.push(b[i + 1] as char);
                    i += 2;
                    continue;
                }
                s.push(ch);
                i += ch.len_utf8();
            }
            out.push(Token { kind: Tok::Str(s), text: text[start..i].to_owned(), offset: start });
            continue;
        }
        if c.is_ascii_digit() || (c == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            // A number directly followed by letters is a path segment (`0x`, `3d`): not here.
            let t = &text[start..i];
            let n = t.parse::<f64>().map_err(|_| IacSyntaxError { offset: start, message: format!("bad number `{t}`") })?;
            out.push(Token { kind: Tok::Num(n), text: t.to_owned(), offset: start });
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c == b'*' {
            i += 1;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'-' | b'/' | b'*')) {
                i += 1;
            }
            out.push(Token { kind: Tok::Word, text: text[start..i].to_owned(), offset: start });
            continue;
        }
        let two = text.get(i..i + 2).unwrap_or("");
        let len = if ["==", "!=", "<=", ">=", "=~", "!~"].contains(&two) {
            2
        } else if "()[],.<>".contains(c as char) {
            1
        } else {
            let ch = text[i..].chars().next().unwrap_or('?');
            return Err(IacSyntaxError { offset: i, message: format!("unexpected character `{ch}`") });
        };
        out.push(Token { kind: Tok::Punct, text: text[i..i + len].to_owned(), offset: i });
        i += len;
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    len: usize,
}

const FUNCTIONS: &[&str] = &["exists", "missing", "any", "inside", "count", "referenced_by", "references", "ports", "port_in"];

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn peek_is(&self, text: &str) -> bool {
        self.peek().is_some_and(|t| t.text == text && !matches!(t.kind, Tok::Str(_)))
    }

    fn error_at(&self, offset: usize, message: String) -> IacSyntaxError {
        IacSyntaxError { offset, message }
    }

    fn here(&self) -> usize {
        self.peek().map_or(self.len, |t| t.offset)
    }

    fn expect(&mut self, text: &str) -> Result<(), IacSyntaxError> {
        if self.peek_is(text) {
            self.at += 1;
            Ok(())
        } else {
            let found = self.peek().map_or("the end".to_owned(), |t| format!("`{}`", t.text));
            Err(self.error_at(self.here(), format!("expected `{text}`, found {found}")))
        }
    }

    fn or(&mut self) -> Result<IacExpr, IacSyntaxError> {
        let mut items = vec![self.and()?];
        while self.peek_is("or") {
            self.at += 1;
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 { items.pop().unwrap_or(IacExpr::Or(Vec::new())) } else { IacExpr::Or(items) })
    }

    fn and(&mut self) -> Result<IacExpr, IacSyntaxError> {
        let mut items = vec![self.unary()?];
        while self.peek_is("and") {
            self.at += 1;
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 { items.pop().unwrap_or(IacExpr::And(Vec::new())) } else { IacExpr::And(items) })
    }

    fn unary(&mut self) -> Result<IacExpr, IacSyntaxError> {
        if self.peek_is("not") {
            self.at += 1;
            return Ok(IacExpr::Not(Box::new(self.unary()?)));
        }
        if self.peek_is("(") {
            self.at += 1;
            let e = self.or()?;
            self.expect(")")?;
            return Ok(e);
        }
        let Some(t) = self.peek().cloned() else {
            return Err(self.error_at(self.len, "expected a condition, found the end".into()));
        };
        if t.kind == Tok::Word && FUNCTIONS.contains(&t.text.as_str()) && self.tokens.get(self.at + 1).is_some_and(|n| n.text == "(") {
            self.at += 2;
            return self.call(&t);
        }
        let path = self.path()?;
        let op = self.op()?.ok_or_else(|| {
            self.error_at(self.here(), format!("expected an operator after `{path}` (==, !=, <, <=, >, >=, =~, !~, in, not in); use exists({path}) to test presence"))
        })?;
        let at = self.here();
        let value = self.literal()?;
        if matches!(op, IacOp::In | IacOp::NotIn) && !matches!(value, IacLiteral::List(_)) {
            return Err(self.error_at(at, "`in` needs a list: [\"a\", \"b\"]".into()));
        }
        if matches!(op, IacOp::Matches | IacOp::NotMatches) && !matches!(value, IacLiteral::Str(_)) {
            return Err(self.error_at(at, "`=~` needs a regex string".into()));
        }
        if matches!(op, IacOp::Lt | IacOp::Le | IacOp::Gt | IacOp::Ge) && !matches!(value, IacLiteral::Num(_)) {
            return Err(self.error_at(at, "`<`, `<=`, `>`, `>=` compare with a number".into()));
        }
        Ok(IacExpr::Compare { path, op, value })
    }

    fn op(&mut self) -> Result<Option<IacOp>, IacSyntaxError> {
        let Some(t) = self.peek() else { return Ok(None) };
        if matches!(t.kind, Tok::Str(_)) {
            return Ok(None);
        }
        let op = match t.text.as_str() {
            "==" => IacOp::Eq,
            "!=" => IacOp::Ne,
            "<" => IacOp::Lt,
            "<=" => IacOp::Le,
            ">" => IacOp::Gt,
            ">=" => IacOp::Ge,
            "=~" => IacOp::Matches,
            "!~" => IacOp::NotMatches,
            "in" => IacOp::In,
            "not" if self.tokens.get(self.at + 1).is_some_and(|n| n.text == "in") => {
                self.at += 1;
                IacOp::NotIn
            }
            _ => return Ok(None),
        };
        self.at += 1;
        Ok(Some(op))
    }

    fn call(&mut self, name: &Token) -> Result<IacExpr, IacSyntaxError> {
        let e = match name.text.as_str() {
            "exists" => IacExpr::Exists(self.path()?),
            "missing" => IacExpr::Missing(self.path()?),
            "any" | "inside" => {
                let p = self.path()?;
                self.expect(",")?;
                let cond = Box::new(self.or()?);
                if name.text == "any" {
                    IacExpr::Any(p, cond)
                } else {
                    IacExpr::Inside(p, cond)
                }
            }
            "count" => {
                let path = self.path()?;
                self.expect(")")?;
                let op = self.op()?.ok_or_else(|| self.error_at(self.here(), "expected a comparison after count(...)".into()))?;
                let at = self.here();
                let IacLiteral::Num(value) = self.literal()? else {
                    return Err(self.error_at(at, "count(...) compares with a number".into()));
                };
                return Ok(IacExpr::Count { path, op, value });
            }
            "referenced_by" | "references" => {
                let (types, attr) = if name.text == "referenced_by" {
                    let types = self.types()?;
                    self.expect(",")?;
                    (types, self.path()?)
                } else {
                    let attr = self.path()?;
                    self.expect(",")?;
                    (self.types()?, attr)
                };
                let cond = if self.peek_is(",") {
                    self.at += 1;
                    Some(Box::new(self.or()?))
                } else {
                    None
                };
                if name.text == "referenced_by" {
                    IacExpr::ReferencedBy { types, attr, cond }
                } else {
                    IacExpr::References { attr, types, cond }
                }
            }
            "ports" => {
                let from = self.path()?;
                self.expect(",")?;
                let to = self.path()?;
                self.expect(",")?;
                IacExpr::Ports { from, to, ports: self.ports()? }
            }
            "port_in" => {
                let path = self.path()?;
                self.expect(",")?;
                IacExpr::PortIn { path, ports: self.ports()? }
            }
            other => return Err(self.error_at(name.offset, format!("unknown function `{other}`"))),
        };
        self.expect(")")?;
        Ok(e)
    }

    fn types(&mut self) -> Result<Vec<String>, IacSyntaxError> {
        let at = self.here();
        match self.literal()? {
            IacLiteral::Str(s) => Ok(vec![s]),
            IacLiteral::List(v) if !v.is_empty() && v.iter().all(|l| matches!(l, IacLiteral::Str(_))) => {
                Ok(v.into_iter().filter_map(|l| if let IacLiteral::Str(s) = l { Some(s) } else { None }).collect())
            }
            _ => Err(self.error_at(at, "expected a resource type or a list of them: \"aws_s3_bucket_versioning\"".into())),
        }
    }

    fn ports(&mut self) -> Result<Vec<u32>, IacSyntaxError> {
        let at = self.here();
        match self.literal()? {
            IacLiteral::List(v) if !v.is_empty() => v
                .into_iter()
                .map(|l| match l {
                    IacLiteral::Num(n) if (0.0..=65535.0).contains(&n) && n.fract() == 0.0 => Ok(n as u32),
                    _ => Err(self.error_at(at, "ports are whole numbers from 0 to 65535".into())),
                })
                .collect(),
            _ => Err(self.error_at(at, "expected a list of ports: [22, 3389]".into())),
        }
    }

    fn path(&mut self) -> Result<IacPath, IacSyntaxError> {
        let mut root = IacRoot::Scope;
        let mut segments = Vec::new();
        loop {
            let Some(t) = self.peek().cloned() else {
                return Err(self.error_at(self.len, "expected an attribute path, found the end".into()));
            };
            let seg = match &t.kind {
                Tok::Word if t.text.starts_with('$') => {
                    if !segments.is_empty() || root != IacRoot::Scope {
                        return Err(self.error_at(t.offset, format!("`{}` can only start a path", t.text)));
                    }
                    root = match t.text.as_str() {
                        "$pod" => IacRoot::Pod,
                        "$doc" => IacRoot::Doc,
                        "$resource" => IacRoot::Resource,
                        other => return Err(self.error_at(t.offset, format!("unknown root `{other}`: $resource, $pod or $doc"))),
                    };
                    None
                }
                Tok::Word if !["and", "or", "not", "in"].contains(&t.text.as_str()) => Some(t.text.clone()),
                Tok::Str(s) if !s.is_empty() => Some(s.clone()),
                Tok::Num(_) => Some(t.text.clone()),
                _ => return Err(self.error_at(t.offset, format!("expected an attribute name, found `{}`", t.text))),
            };
            self.at += 1;
            segments.extend(seg);
            if self.peek_is(".") {
                self.at += 1;
            } else {
                break;
            }
        }
        if segments.is_empty() && root == IacRoot::Scope {
            return Err(self.error_at(self.here(), "empty path".into()));
        }
        Ok(IacPath { root, segments })
    }

    fn literal(&mut self) -> Result<IacLiteral, IacSyntaxError> {
        let Some(t) = self.peek().cloned() else {
            return Err(self.error_at(self.len, "expected a value, found the end".into()));
        };
        self.at += 1;
        Ok(match t.kind {
            Tok::Str(s) => IacLiteral::Str(s),
            Tok::Num(n) => IacLiteral::Num(n),
            Tok::Word if t.text == "true" => IacLiteral::Bool(true),
            Tok::Word if t.text == "false" => IacLiteral::Bool(false),
            Tok::Word if t.text == "null" => IacLiteral::Null,
            Tok::Punct if t.text == "[" => {
                let mut items = Vec::new();
                if !self.peek_is("]") {
                    loop {
                        items.push(self.literal()?);
                        if self.peek_is(",") {
                            self.at += 1;
                            if self.peek_is("]") {
                                break;
                            }
                        } else {
                            break;
                        }
                    }
                }
                self.expect("]")?;
                IacLiteral::List(items)
            }
            _ => return Err(self.error_at(t.offset, format!("expected a value (\"text\", a number, true, false, null or a list), found `{}`", t.text))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(s: &[&str]) -> IacPath {
        IacPath { root: IacRoot::Scope, segments: s.iter().map(|s| s.to_string()).collect() }
    }

    #[test]
    fn parses_comparisons_calls_and_precedence() {
        let e = IacExpr::parse(r#"not exists(a.b) and c == true or d.e in ["x", 'y']"#).unwrap();
        assert_eq!(
            e,
            IacExpr::Or(vec![
                IacExpr::And(vec![
                    IacExpr::Not(Box::new(IacExpr::Exists(path(&["a", "b"])))),
                    IacExpr::Compare { path: path(&["c"]), op: IacOp::Eq, value: IacLiteral::Bool(true) },
                ]),
                IacExpr::Compare {
                    path: path(&["d", "e"]),
                    op: IacOp::In,
                    value: IacLiteral::List(vec![IacLiteral::Str("x".into()), IacLiteral::Str("y".into())]),
                },
            ])
        );
        let e = IacExpr::parse(r#"any(ingress, cidr_blocks == "0.0.0.0/0" and ports(from_port, to_port, [22, 3389]))"#).unwrap();
        assert!(matches!(e, IacExpr::Any(_, _)));
        let e = IacExpr::parse(r#"$pod.securityContext."run.as" not in [0] and count(volumes) > 2"#).unwrap();
        let IacExpr::And(v) = e else { panic!() };
        assert!(matches!(&v[0], IacExpr::Compare { path: IacPath { root: IacRoot::Pod, .. }, op: IacOp::NotIn, .. }));
        assert!(matches!(&v[1], IacExpr::Count { op: IacOp::Gt, .. }));
        let e = IacExpr::parse(r#"not referenced_by("aws_s3_bucket_versioning", bucket, versioning_configuration.status == "Enabled")"#).unwrap();
        assert!(matches!(e, IacExpr::Not(_)));
    }

    #[test]
    fn reports_where_a_condition_is_broken() {
        let err = |s: &str| IacExpr::parse(s).unwrap_err();
        assert_eq!(err("a.b").message, "expected an operator after `a.b` (==, !=, <, <=, >, >=, =~, !~, in, not in); use exists(a.b) to test presence");
        assert_eq!(err("a == ").offset, 5);
        assert_eq!(err("a < \"x\"").message, "`<`, `<=`, `>`, `>=` compare with a number");
        assert_eq!(err("a in 3").message, "`in` needs a list: [\"a\", \"b\"]");
        assert_eq!(err("exists(a").message, "expected `)`, found the end");
        assert_eq!(err("a == 1 b").offset, 7);
        assert_eq!(err("ports(a, b, [70000])").message, "ports are whole numbers from 0 to 65535");
        assert_eq!(err("$x.a == 1").message, "unknown root `$x`: $resource, $pod or $doc");
        assert_eq!(err("a == \"x").message, "unterminated string");
    }
}
