//! Dependencies declared in manifests and lockfiles, with the byte ranges of their names and
//! versions. JSON and TOML files go through their tree-sitter grammars (which keep going past
//! a syntax error, as a file being typed has); line formats (`requirements.txt`, `go.mod`,
//! `yarn.lock`, `pnpm-lock.yaml`, `Gemfile`, `Gemfile.lock`) and `pom.xml` are scanned by line.

use std::ops::Range;
use std::path::Path;

use tree_sitter::Node;

use super::{version, Dependency, Ecosystem, Origin};
use crate::languages::Language;

/// A file that declares dependencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Manifest {
    Requirements,
    Pyproject,
    Pipfile,
    PackageJson,
    PackageLock,
    YarnLock,
    PnpmLock,
    CargoToml,
    CargoLock,
    GoMod,
    Gemfile,
    GemfileLock,
    Pom,
}

impl Manifest {
    /// The manifest a path names, by its file name.
    pub fn of(path: &Path) -> Option<Manifest> {
        let name = path.file_name()?.to_str()?;
        let lower = name.to_ascii_lowercase();
        let in_requirements_dir = path.parent().and_then(|p| p.file_name()).is_some_and(|d| d.eq_ignore_ascii_case("requirements"));
        Some(match name {
            "pyproject.toml" => Manifest::Pyproject,
            "Pipfile" => Manifest::Pipfile,
            "package.json" => Manifest::PackageJson,
            "package-lock.json" | "npm-shrinkwrap.json" => Manifest::PackageLock,
            "yarn.lock" => Manifest::YarnLock,
            "pnpm-lock.yaml" => Manifest::PnpmLock,
            "Cargo.toml" => Manifest::CargoToml,
            "Cargo.lock" => Manifest::CargoLock,
            "go.mod" => Manifest::GoMod,
            "Gemfile" | "gems.rb" => Manifest::Gemfile,
            "Gemfile.lock" | "gems.locked" => Manifest::GemfileLock,
            "pom.xml" => Manifest::Pom,
            _ if (lower.ends_with(".txt") || lower.ends_with(".in"))
                && (lower.contains("requirements") || lower.starts_with("constraints") || in_requirements_dir) =>
            {
                Manifest::Requirements
            }
            _ => return None,
        })
    }

    pub fn ecosystem(self) -> Ecosystem {
        match self {
            Manifest::Requirements | Manifest::Pyproject | Manifest::Pipfile => Ecosystem::PyPI,
            Manifest::PackageJson | Manifest::PackageLock | Manifest::YarnLock | Manifest::PnpmLock => Ecosystem::Npm,
            Manifest::CargoToml | Manifest::CargoLock => Ecosystem::Crates,
            Manifest::GoMod => Ecosystem::Go,
            Manifest::Gemfile | Manifest::GemfileLock => Ecosystem::RubyGems,
            Manifest::Pom => Ecosystem::Maven,
        }
    }

    pub fn is_lockfile(self) -> bool {
        matches!(self, Manifest::PackageLock | Manifest::YarnLock | Manifest::PnpmLock | Manifest::CargoLock | Manifest::GemfileLock)
    }
}

/// Every dependency the manifest declares.
pub fn dependencies(kind: Manifest, text: &str) -> Vec<Dependency> {
    dependencies_with_tree(kind, text, None)
}

/// [`dependencies`], reusing the file's syntax tree (TOML or JSON) when the caller has one.
pub fn dependencies_with_tree(kind: Manifest, text: &str, tree: Option<&tree_sitter::Tree>) -> Vec<Dependency> {
    let mut out = match kind {
        Manifest::Requirements => requirements(text),
        Manifest::Pyproject | Manifest::Pipfile | Manifest::CargoToml | Manifest::CargoLock => toml_manifest(kind, text, tree),
        Manifest::PackageJson | Manifest::PackageLock => json_manifest(kind, text, tree),
        Manifest::YarnLock => yarn_lock(text),
        Manifest::PnpmLock => pnpm_lock(text),
        Manifest::GoMod => go_mod(text),
        Manifest::Gemfile => gemfile(text),
        Manifest::GemfileLock => gemfile_lock(text),
        Manifest::Pom => pom(text),
    };
    let origin = if kind.is_lockfile() { Origin::Lockfile } else { Origin::Manifest };
    for d in &mut out {
        d.origin = origin;
    }
    out
}

/// A manifest's dependency (`dependencies` sets the origin of lockfile entries).
fn dep(e: Ecosystem, name: &str, name_range: Range<usize>) -> Dependency {
    Dependency::new(e, name, name_range, Origin::Manifest)
}

/// Byte offset of `sub` (a subslice of `text`) in `text`.
fn offset(text: &str, sub: &str) -> usize {
    sub.as_ptr() as usize - text.as_ptr() as usize
}

// ---------------------------------------------------------------------------------------
// Python

/// A PEP 508 requirement (`name[extras] (spec) ; markers`) that starts at byte `at` of the
/// file, if it is one that names a registry package.
pub(crate) fn pep508(spec: &str, at: usize) -> Option<Dependency> {
    let s = spec.trim_end();
    let lead = s.len() - s.trim_start().len();
    let s = s.trim_start();
    let name_len = s.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))).unwrap_or(s.len());
    if name_len == 0 || !s.as_bytes()[0].is_ascii_alphanumeric() {
        return None;
    }
    let name = &s[..name_len];
    let start = at + lead;
    let mut d = dep(Ecosystem::PyPI, name, start..start + name_len);
    let mut rest = &s[name_len..];
    let mut rest_at = start + name_len;
    let trimmed = rest.trim_start();
    rest_at += rest.len() - trimmed.len();
    rest = trimmed;
    if rest.starts_with('[') {
        let close = rest.find(']')?;
        rest_at += close + 1;
        rest = &rest[close + 1..];
    }
    let rest_trimmed = rest.trim_start();
    rest_at += rest.len() - rest_trimmed.len();
    rest = rest_trimmed;
    if rest.starts_with('@') {
        // `name @ https://…` or a path: not from the index.
        d.local = true;
        return Some(d);
    }
    let spec_end = rest.find(';').unwrap_or(rest.len());
    let requirement = rest[..spec_end].trim();
    let requirement = requirement.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or(requirement).trim();
    if !requirement.is_empty() {
        d.requirement = Some(requirement.to_owned());
        if let Some(v) = version::pinned(Ecosystem::PyPI, requirement) {
            if let Some(i) = rest.find(v.as_str()) {
                d.version_range = Some(rest_at + i..rest_at + i + v.len());
            }
            d.pinned = Some(v);
        }
    }
    Some(d)
}

fn requirements(text: &str) -> Vec<Dependency> {
    let mut out = Vec::new();
    for line in text.split_inclusive('\n') {
        let at = offset(text, line);
        let body = line.trim_end_matches(['\n', '\r']);
        // A comment starts at `#` after whitespace (a URL fragment `#egg=` does not).
        let body = match body.find(" #").or_else(|| body.find("\t#")) {
            Some(i) => &body[..i],
            None if body.trim_start().starts_with('#') => "",
            None => body,
        };
        let body = body.trim_end().trim_end_matches('\\');
        let t = body.trim_start();
        if t.is_empty() || t.starts_with('-') {
            // Options (`-r other.txt`, `-e .`, `--hash`, `--index-url`).
            continue;
        }
        if t.starts_with('.') || t.starts_with('/') || t.split_whitespace().next().is_some_and(|w| w.contains("://")) || t.starts_with("git+") {
            continue;
        }
        // Hashes and per-requirement options after the requirement.
        let t_end = t.find(" --").unwrap_or(t.len());
        let spec = &t[..t_end];
        let spec_at = at + offset(body, spec);
        if let Some(d) = pep508(spec, spec_at) {
            out.push(d);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// TOML manifests (pyproject.toml, Pipfile, Cargo.toml, Cargo.lock)

/// A key/value pair with its full dotted path (`[a.b]` + `c.d = …` → `a.b.c.d`); elements of
/// an array of tables carry their index (`package.#3.name`).
struct TomlPair<'t> {
    path: Vec<String>,
    key: Node<'t>,
    value: Node<'t>,
}

fn toml_key_parts(node: Node<'_>, text: &str, out: &mut Vec<String>) {
    match node.kind() {
        "dotted_key" => {
            let mut c = node.walk();
            for child in node.named_children(&mut c) {
                toml_key_parts(child, text, out);
            }
        }
        "quoted_key" => out.push(text[node.byte_range()].trim_matches(['"', '\'']).to_owned()),
        _ => out.push(text[node.byte_range()].to_owned()),
    }
}

fn toml_pairs<'t>(root: Node<'t>, text: &str) -> Vec<TomlPair<'t>> {
    let mut out = Vec::new();
    let mut array_counts: std::collections::HashMap<Vec<String>, usize> = std::collections::HashMap::new();
    let mut c = root.walk();
    for top in root.named_children(&mut c) {
        match top.kind() {
            "pair" => push_pair(top, &[], text, &mut out),
            "table" | "table_array_element" => {
                let mut header = Vec::new();
                let mut cc = top.walk();
                let children: Vec<Node<'t>> = top.named_children(&mut cc).collect();
                if let Some(k) = children.first().filter(|k| k.kind() != "pair") {
                    toml_key_parts(*k, text, &mut header);
                }
                if top.kind() == "table_array_element" {
                    let n = array_counts.entry(header.clone()).or_default();
                    header.push(format!("#{n}"));
                    *n += 1;
                }
                for child in children.iter().filter(|k| k.kind() == "pair") {
                    push_pair(*child, &header, text, &mut out);
                }
            }
            _ => {}
        }
    }
    out
}

fn push_pair<'t>(pair: Node<'t>, prefix: &[String], text: &str, out: &mut Vec<TomlPair<'t>>) {
    let (Some(key), Some(value)) = (pair.named_child(0), pair.named_child(1)) else { return };
    let mut path = prefix.to_vec();
    toml_key_parts(key, text, &mut path);
    out.push(TomlPair { path, key, value });
}

/// A TOML string's content and its byte range (without quotes).
fn toml_string(node: Node<'_>, text: &str) -> Option<(String, Range<usize>)> {
    if node.kind() != "string" {
        return None;
    }
    let raw = &text[node.byte_range()];
    for q in ["\"\"\"", "'''", "\"", "'"] {
        if raw.len() >= 2 * q.len() && raw.starts_with(q) && raw.ends_with(q) {
            let start = node.start_byte() + q.len();
            let end = node.end_byte() - q.len();
            return Some((text[start..end].to_owned(), start..end));
        }
    }
    None
}

/// The value of `key` in an inline table.
fn inline_field<'t>(table: Node<'t>, key: &str, text: &str) -> Option<Node<'t>> {
    let mut c = table.walk();
    let found = table.named_children(&mut c).find(|p| {
        p.kind() == "pair" && p.named_child(0).is_some_and(|k| text[k.byte_range()].trim_matches(['"', '\'']) == key)
    });
    found.and_then(|p| p.named_child(1))
}

fn parse(language: Language, text: &str) -> Option<tree_sitter::Tree> {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&language.grammar()?).ok()?;
    parser.parse(text, None)
}

/// The caller's tree when it has one of this language, else a fresh parse.
fn tree_for(language: Language, text: &str, tree: Option<&tree_sitter::Tree>) -> Option<tree_sitter::Tree> {
    match tree {
        Some(t) if language.grammar().is_some_and(|g| t.language().name() == g.name()) => Some(t.clone()),
        _ => parse(language, text),
    }
}

fn toml_manifest(kind: Manifest, text: &str, tree: Option<&tree_sitter::Tree>) -> Vec<Dependency> {
    let Some(tree) = tree_for(Language::Toml, text, tree) else { return Vec::new() };
    let pairs = toml_pairs(tree.root_node(), text);
    let mut out = Vec::new();
    let e = kind.ecosystem();
    match kind {
        Manifest::Pyproject => {
            for p in &pairs {
                let path: Vec<&str> = p.path.iter().map(String::as_str).collect();
                let is_list = matches!(path.as_slice(), ["project", "dependencies"] | ["project", "optional-dependencies", _] | ["dependency-groups", _] | ["build-system", "requires"]);
                if is_list && p.value.kind() == "array" {
                    let mut c = p.value.walk();
                    for item in p.value.named_children(&mut c) {
                        if let Some((s, r)) = toml_string(item, text) {
                            out.extend(pep508(&s, r.start));
                        }
                    }
                    continue;
                }
                let poetry = matches!(path.as_slice(), ["tool", "poetry", "dependencies" | "dev-dependencies", _] | ["tool", "poetry", "group", _, "dependencies", _]);
                if poetry && path.last() != Some(&"python") {
                    out.extend(table_dependency(kind, p, text));
                }
            }
        }
        Manifest::Pipfile => {
            for p in &pairs {
                if matches!(p.path.first().map(String::as_str), Some("packages" | "dev-packages")) && p.path.len() == 2 {
                    out.extend(table_dependency(kind, p, text));
                }
            }
        }
        Manifest::CargoToml => {
            for p in &pairs {
                let n = p.path.len();
                if n < 2 {
                    continue;
                }
                let section = p.path[n - 2].as_str();
                let in_deps = matches!(section, "dependencies" | "dev-dependencies" | "build-dependencies")
                    && (n == 2 || p.path[0] == "target" || (p.path[0] == "workspace" && n == 3));
                if in_deps {
                    out.extend(table_dependency(kind, p, text));
                }
            }
        }
        Manifest::CargoLock => {
            let mut i = 0;
            while i < pairs.len() {
                let group = &pairs[i].path[..pairs[i].path.len() - 1];
                let mut j = i;
                let (mut name, mut ver, mut source) = (None, None, false);
                while j < pairs.len() && pairs[j].path[..pairs[j].path.len() - 1] == *group {
                    match pairs[j].path.last().map(String::as_str) {
                        Some("name") => name = toml_string(pairs[j].value, text),
                        Some("version") => ver = toml_string(pairs[j].value, text),
                        Some("source") => source = toml_string(pairs[j].value, text).is_some_and(|(s, _)| s.starts_with("registry+")),
                        _ => {}
                    }
                    j += 1;
                }
                if group.first().map(String::as_str) == Some("package") {
                    if let Some((n, nr)) = name {
                        let mut d = dep(e, &n, nr);
                        // Without a registry source: a workspace member or a path/git crate.
                        d.local = !source;
                        if let Some((v, vr)) = ver {
                            d.pinned = Some(v.clone());
                            d.requirement = Some(v);
                            d.version_range = Some(vr);
                        }
                        out.push(d);
                    }
                }
                i = j.max(i + 1);
            }
        }
        _ => {}
    }
    out
}

/// `name = "spec"` or `name = { version = "spec", path = …, git = …, package = "real" }`.
fn table_dependency(kind: Manifest, p: &TomlPair<'_>, text: &str) -> Option<Dependency> {
    let e = kind.ecosystem();
    let key_name = p.path.last()?;
    let key_range = {
        let r = p.key.byte_range();
        let raw = &text[r.clone()];
        // A dotted key `dependencies.serde`: the last part.
        match raw.rfind(key_name.as_str()) {
            Some(i) => r.start + i..r.start + i + key_name.len(),
            None => r,
        }
    };
    let mut d = dep(e, key_name, key_range);
    let spec = match p.value.kind() {
        "string" => toml_string(p.value, text),
        "inline_table" => {
            if ["path", "git", "url", "file", "workspace", "editable"].iter().any(|k| inline_field(p.value, k, text).is_some()) {
                d.local = true;
            }
            if let Some((real, r)) = inline_field(p.value, "package", text).and_then(|v| toml_string(v, text)) {
                d.name = real;
                d.name_range = r;
            }
            inline_field(p.value, "version", text).and_then(|v| toml_string(v, text))
        }
        _ => None,
    };
    if let Some((s, r)) = spec {
        let s_trim = s.trim();
        if s_trim != "*" && !s_trim.is_empty() {
            d.requirement = Some(s_trim.to_owned());
            // Poetry reads a bare version (`requests = "2.19.0"`) as exact.
            let pin = match kind {
                Manifest::Pyproject if s_trim.starts_with(|c: char| c.is_ascii_digit()) => version::pinned(e, &format!("=={s_trim}")),
                _ => version::pinned(e, s_trim),
            };
            if let Some(v) = pin {
                if let Some(i) = s.find(v.as_str()) {
                    d.version_range = Some(r.start + i..r.start + i + v.len());
                }
                d.pinned = Some(v);
            }
        }
    }
    Some(d)
}

// ---------------------------------------------------------------------------------------
// JSON manifests (package.json, package-lock.json)

fn json_string(node: Node<'_>, text: &str) -> Option<(String, Range<usize>)> {
    if node.kind() != "string" {
        return None;
    }
    let r = node.byte_range();
    if r.len() < 2 {
        return None;
    }
    Some((text[r.start + 1..r.end - 1].to_owned(), r.start + 1..r.end - 1))
}

fn json_pairs<'t>(object: Node<'t>) -> Vec<(Node<'t>, Node<'t>)> {
    let mut c = object.walk();
    object
        .named_children(&mut c)
        .filter(|p| p.kind() == "pair")
        .filter_map(|p| Some((p.child_by_field_name("key")?, p.child_by_field_name("value")?)))
        .collect()
}

fn json_field<'t>(object: Node<'t>, key: &str, text: &str) -> Option<Node<'t>> {
    json_pairs(object).into_iter().find(|(k, _)| json_string(*k, text).is_some_and(|(s, _)| s == key)).map(|(_, v)| v)
}

/// An npm dependency `name: spec` from package.json.
fn npm_spec(name: (String, Range<usize>), spec: Option<(String, Range<usize>)>) -> Dependency {
    let mut d = dep(Ecosystem::Npm, &name.0, name.1);
    if let Some((s, r)) = spec {
        let t = s.trim();
        if let Some(alias) = t.strip_prefix("npm:") {
            // `"x": "npm:real@^1.0.0"`: the package installed is `real`.
            let (real, ver) = split_at_version(alias);
            d.name = real.to_owned();
            d.name_range = r.start + 4..r.start + 4 + real.len();
            if let Some(v) = ver {
                d.requirement = Some(v.to_owned());
                if let Some(p) = version::pinned(Ecosystem::Npm, v) {
                    let at = r.start + 4 + real.len() + 1;
                    d.version_range = Some(at..at + v.len());
                    d.pinned = Some(p);
                }
            }
            return d;
        }
        let local = ["file:", "link:", "workspace:", "portal:", "git", "github:", "http:", "https:", "./", "../", "/"];
        if local.iter().any(|p| t.starts_with(p)) || (t.contains('/') && !t.contains(' ') && !t.starts_with('@')) {
            d.local = true;
            return d;
        }
        if !t.is_empty() && t != "*" && t != "latest" {
            d.requirement = Some(t.to_owned());
            if let Some(p) = version::pinned(Ecosystem::Npm, t) {
                if let Some(i) = s.find(p.as_str()) {
                    d.version_range = Some(r.start + i..r.start + i + p.len());
                }
                d.pinned = Some(p);
            }
        }
    }
    d
}

/// `name@version` (npm, with an optional scope): the name and the version, if any.
pub(crate) fn split_at_version(spec: &str) -> (&str, Option<&str>) {
    let search_from = usize::from(spec.starts_with('@'));
    match spec[search_from..].find('@') {
        Some(i) => (&spec[..search_from + i], Some(&spec[search_from + i + 1..]).filter(|v| !v.is_empty())),
        None => (spec, None),
    }
}

fn json_manifest(kind: Manifest, text: &str, tree: Option<&tree_sitter::Tree>) -> Vec<Dependency> {
    let Some(tree) = tree_for(Language::Json, text, tree) else { return Vec::new() };
    let Some(root) = tree.root_node().named_child(0).filter(|n| n.kind() == "object") else { return Vec::new() };
    let mut out = Vec::new();
    match kind {
        Manifest::PackageJson => {
            for section in ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"] {
                let Some(obj) = json_field(root, section, text).filter(|n| n.kind() == "object") else { continue };
                for (k, v) in json_pairs(obj) {
                    let Some(name) = json_string(k, text) else { continue };
                    out.push(npm_spec(name, json_string(v, text)));
                }
            }
            // `overrides` (npm) / `resolutions` (yarn): nested; a string value is a version.
            for section in ["overrides", "resolutions"] {
                let Some(obj) = json_field(root, section, text).filter(|n| n.kind() == "object") else { continue };
                let mut stack = vec![obj];
                while let Some(o) = stack.pop() {
                    for (k, v) in json_pairs(o) {
                        let Some((key, kr)) = json_string(k, text) else { continue };
                        if v.kind() == "object" {
                            stack.push(v);
                            continue;
                        }
                        if key == "." {
                            continue;
                        }
                        // `resolutions` keys may be paths (`a/**/b`): the last package.
                        let name_part = key.rsplit("/**/").next().unwrap_or(&key).to_owned();
                        let shift = key.len() - name_part.len();
                        let spec = json_string(v, text).filter(|(s, _)| !s.starts_with('$'));
                        out.push(npm_spec((name_part, kr.start + shift..kr.end), spec));
                    }
                }
            }
        }
        Manifest::PackageLock => {
            if let Some(pkgs) = json_field(root, "packages", text).filter(|n| n.kind() == "object") {
                for (k, v) in json_pairs(pkgs) {
                    let Some((path, kr)) = json_string(k, text) else { continue };
                    let Some(i) = path.rfind("node_modules/") else { continue };
                    let name = &path[i + "node_modules/".len()..];
                    let start = kr.start + i + "node_modules/".len();
                    let mut d = dep(Ecosystem::Npm, name, start..start + name.len());
                    if v.kind() == "object" {
                        if json_field(v, "link", text).is_some_and(|l| &text[l.byte_range()] == "true") {
                            d.local = true;
                        }
                        if let Some(real) = json_field(v, "name", text).and_then(|n| json_string(n, text)) {
                            // An aliased install (`npm:real@…`): the package is `real`.
                            d.name = real.0;
                        }
                        if let Some((ver, vr)) = json_field(v, "version", text).and_then(|n| json_string(n, text)) {
                            if version::pinned(Ecosystem::Npm, &ver).is_some() {
                                d.pinned = Some(ver.clone());
                                d.version_range = Some(vr);
                            }
                            d.requirement = Some(ver);
                        }
                        if json_field(v, "resolved", text).and_then(|n| json_string(n, text)).is_some_and(|(r, _)| !r.contains("registry")) {
                            d.local = true;
                        }
                    }
                    out.push(d);
                }
            } else if let Some(deps) = json_field(root, "dependencies", text).filter(|n| n.kind() == "object") {
                // lockfileVersion 1: nested `dependencies`.
                let mut stack = vec![deps];
                while let Some(o) = stack.pop() {
                    for (k, v) in json_pairs(o) {
                        let Some(name) = json_string(k, text) else { continue };
                        let mut d = dep(Ecosystem::Npm, &name.0, name.1);
                        if v.kind() == "object" {
                            if let Some((ver, vr)) = json_field(v, "version", text).and_then(|n| json_string(n, text)) {
                                if version::pinned(Ecosystem::Npm, &ver).is_some() {
                                    d.pinned = Some(ver.clone());
                                    d.version_range = Some(vr);
                                } else {
                                    d.local = true;
                                }
                                d.requirement = Some(ver);
                            }
                            if let Some(inner) = json_field(v, "dependencies", text).filter(|n| n.kind() == "object") {
                                stack.push(inner);
                            }
                        }
                        out.push(d);
                    }
                }
            }
        }
        _ => {}
    }
    out
}

// ---------------------------------------------------------------------------------------
// Line formats

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').map(move |l| (offset(text, l), l.trim_end_matches(['\n', '\r'])))
}

/// yarn.lock (v1 and Berry): `"a@^1.0.0", a@^1.2.0:` then `  version "1.2.3"` /
/// `  version: 1.2.3`.
fn yarn_lock(text: &str) -> Vec<Dependency> {
    let mut out: Vec<Dependency> = Vec::new();
    let mut current: Option<Dependency> = None;
    for (at, line) in lines(text) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !line.starts_with(' ') && line.ends_with(':') {
            out.extend(current.take());
            let first = line.trim_end_matches(':').split(", ").next().unwrap_or("");
            let quoted = first.starts_with('"');
            let spec = first.trim_matches('"');
            let (name, range) = split_at_version(spec);
            let start = at + usize::from(quoted);
            let mut d = dep(Ecosystem::Npm, name, start..start + name.len());
            let range = range.unwrap_or("");
            d.local = range.starts_with("workspace:") || range.starts_with("file:") || range.starts_with("link:") || range.starts_with("portal:") || range.contains("://") || range.starts_with("patch:");
            if let Some(real) = range.strip_prefix("npm:").filter(|r| r.contains('@') && !r.starts_with(|c: char| c.is_ascii_digit() || c == '^' || c == '~')) {
                d.name = split_at_version(real).0.to_owned();
            }
            if name.is_empty() || name == "__metadata" {
                continue;
            }
            current = Some(d);
            continue;
        }
        let t = line.trim_start();
        if let (Some(d), Some(rest)) = (current.as_mut(), t.strip_prefix("version")) {
            if line.len() - t.len() == 2 {
                let v = rest.trim_start_matches(':').trim().trim_matches('"');
                if let Some(i) = line.rfind(v).filter(|_| !v.is_empty()) {
                    d.requirement = Some(v.to_owned());
                    if version::pinned(Ecosystem::Npm, v).is_some() {
                        d.pinned = Some(v.to_owned());
                        d.version_range = Some(at + i..at + i + v.len());
                    }
                }
            }
        }
    }
    out.extend(current);
    out
}

/// pnpm-lock.yaml: package keys under `packages:` (`/name@1.2.3:` v6, `name@1.2.3:` v9,
/// `/name/1.2.3:` v5; peer suffixes in parentheses).
fn pnpm_lock(text: &str) -> Vec<Dependency> {
    let mut out = Vec::new();
    let mut in_packages = false;
    for (at, line) in lines(text) {
        if !line.starts_with(' ') && !line.is_empty() {
            in_packages = line.trim_end() == "packages:";
            continue;
        }
        if !in_packages || !line.starts_with("  ") || line.starts_with("   ") || !line.trim_end().ends_with(':') {
            continue;
        }
        let key = line[2..].trim_end().trim_end_matches(':');
        let quoted = key.starts_with(['\'', '"']);
        let key = key.trim_matches(['\'', '"']);
        let lead = at + 2 + usize::from(quoted);
        let (slash, key) = match key.strip_prefix('/') {
            Some(k) => (1, k),
            None => (0, key),
        };
        let key_no_peers = key.split('(').next().unwrap_or(key);
        let (name, ver) = match split_at_version(key_no_peers) {
            (n, Some(v)) => (n, v),
            (k, None) => match k.rfind('/') {
                // v5: `/name/1.2.3` or `/@scope/name/1.2.3`
                Some(i) => (&k[..i], &k[i + 1..]),
                None => continue,
            },
        };
        let ver = ver.split('_').next().unwrap_or(ver);
        let start = lead + slash;
        let mut d = dep(Ecosystem::Npm, name, start..start + name.len());
        if version::pinned(Ecosystem::Npm, ver).is_some() {
            let vstart = start + name.len() + 1;
            d.pinned = Some(ver.to_owned());
            d.requirement = Some(ver.to_owned());
            d.version_range = Some(vstart..vstart + ver.len());
        } else {
            d.local = true;
        }
        out.push(d);
    }
    out
}

/// go.mod `require` lines (single and blocks); `replace` targets are not registry modules.
fn go_mod(text: &str) -> Vec<Dependency> {
    let mut out = Vec::new();
    let mut in_require = false;
    for (at, line) in lines(text) {
        let code = line.split("//").next().unwrap_or("");
        let t = code.trim();
        if in_require {
            if t == ")" {
                in_require = false;
                continue;
            }
        } else if let Some(rest) = t.strip_prefix("require") {
            let rest = rest.trim();
            if rest == "(" {
                in_require = true;
                continue;
            }
            if rest.is_empty() {
                continue;
            }
        } else {
            continue;
        }
        let body = if in_require { t } else { t["require".len()..].trim() };
        let mut parts = body.split_whitespace();
        let (Some(module), Some(ver)) = (parts.next(), parts.next()) else { continue };
        let module_at = at + offset(line, &code[code.find(module).unwrap_or(0)..]);
        let mut d = dep(Ecosystem::Go, module.trim_matches('"'), module_at..module_at + module.len());
        let ver_at = at + code.rfind(ver).unwrap_or(0);
        d.requirement = Some(ver.to_owned());
        if version::pinned(Ecosystem::Go, ver).is_some() {
            d.pinned = Some(ver.to_owned());
            d.version_range = Some(ver_at..ver_at + ver.len());
        }
        out.push(d);
    }
    out
}

/// Gemfile: `gem "name", "= 1.2.3"` (a `path:` / `git:` / `github:` option makes it local).
fn gemfile(text: &str) -> Vec<Dependency> {
    let mut out = Vec::new();
    for (at, line) in lines(text) {
        let t = line.trim_start();
        let Some(rest) = t.strip_prefix("gem ").or_else(|| t.strip_prefix("gem(")) else { continue };
        let rest_at = at + offset(line, rest);
        let mut strings = Vec::new();
        let bytes = rest.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'#' {
                break;
            }
            if bytes[i] == b'"' || bytes[i] == b'\'' {
                let q = bytes[i];
                if let Some(len) = rest[i + 1..].bytes().position(|b| b == q) {
                    strings.push((i + 1, &rest[i + 1..i + 1 + len]));
                    i += len + 2;
                    continue;
                }
            }
            i += 1;
        }
        let Some(&(ni, name)) = strings.first() else { continue };
        let mut d = dep(Ecosystem::RubyGems, name, rest_at + ni..rest_at + ni + name.len());
        d.local = ["path:", "git:", "github:", ":path", ":git"].iter().any(|k| rest.contains(k));
        // The second string is a version constraint only when it looks like one (`git:` and
        // `source:` values are URLs, which may carry credentials: never kept).
        let constraint = |v: &str| v.trim_start().starts_with(|c: char| c.is_ascii_digit() || "=<>~!".contains(c));
        if let Some(&(vi, v)) = strings.get(1).filter(|(_, v)| constraint(v)) {
            d.requirement = Some(v.to_owned());
            if let Some(p) = version::pinned(Ecosystem::RubyGems, v) {
                let off = v.find(p.as_str()).unwrap_or(0);
                d.version_range = Some(rest_at + vi + off..rest_at + vi + off + p.len());
                d.pinned = Some(p);
            }
        }
        out.push(d);
    }
    out
}

/// Gemfile.lock: `    name (1.2.3)` under a `specs:` of a `GEM` section.
fn gemfile_lock(text: &str) -> Vec<Dependency> {
    let mut out = Vec::new();
    let mut in_gem = false;
    for (at, line) in lines(text) {
        if !line.starts_with(' ') {
            in_gem = line.trim() == "GEM";
            continue;
        }
        if !in_gem || !line.starts_with("    ") || line.starts_with("     ") {
            continue;
        }
        let t = &line[4..];
        let Some((name, rest)) = t.split_once(" (") else { continue };
        let ver = rest.trim_end_matches(')');
        let ver_plain = ver.split('-').next().unwrap_or(ver);
        let mut d = dep(Ecosystem::RubyGems, name, at + 4..at + 4 + name.len());
        let vstart = at + 4 + name.len() + 2;
        d.pinned = Some(ver_plain.to_owned());
        d.requirement = Some(ver.to_owned());
        d.version_range = Some(vstart..vstart + ver_plain.len());
        out.push(d);
    }
    out
}

/// pom.xml `<dependency>` elements: `groupId:artifactId` with a literal `<version>`.
fn pom(text: &str) -> Vec<Dependency> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("<dependency>") {
        let start = from + i;
        let Some(len) = text[start..].find("</dependency>") else { break };
        let block = &text[start..start + len];
        from = start + len;
        let tag = |t: &str| -> Option<(String, Range<usize>)> {
            let open = format!("<{t}>");
            let s = block.find(&open)? + open.len();
            let e = s + block[s..].find("</")?;
            Some((block[s..e].trim().to_owned(), start + s..start + e))
        };
        let (Some((g, _)), Some((a, ar))) = (tag("groupId"), tag("artifactId")) else { continue };
        let mut d = dep(Ecosystem::Maven, &format!("{g}:{a}"), ar);
        if let Some((v, vr)) = tag("version") {
            if let Some(p) = version::pinned(Ecosystem::Maven, &v) {
                d.pinned = Some(p);
                d.version_range = Some(vr);
            }
            d.requirement = Some(v);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(kind: Manifest, text: &str) -> Vec<(String, Option<String>, bool)> {
        dependencies(kind, text).into_iter().map(|d| (d.name, d.pinned, d.local)).collect()
    }

    fn check_ranges(kind: Manifest, text: &str) {
        for d in dependencies(kind, text) {
            assert_eq!(&text[d.name_range.clone()], d.name.as_str(), "{kind:?} name range of {}", d.name);
            if let (Some(r), Some(p)) = (&d.version_range, &d.pinned) {
                assert_eq!(&text[r.clone()], p.as_str(), "{kind:?} version range of {}", d.name);
            }
        }
    }

    #[test]
    fn requirements_txt() {
        let text = "# deps\nrequests[socks]==2.19.0 ; python_version > '3.6' --hash=sha256:abc \\\n    --hash=sha256:def\nflask>=2.0  # web\n-r base.txt\n-e .\n./local/pkg\ndjango == 3.2.1\nmypkg @ https://x.example/p.whl\n";
        assert_eq!(
            names(Manifest::Requirements, text),
            vec![
                ("requests".into(), Some("2.19.0".into()), false),
                ("flask".into(), None, false),
                ("django".into(), Some("3.2.1".into()), false),
                ("mypkg".into(), None, true),
            ]
        );
        check_ranges(Manifest::Requirements, text);
    }

    #[test]
    fn pyproject_pep621_and_poetry() {
        let text = "[project]\nname = \"app\"\ndependencies = [\n  \"requests==2.19.0\",\n  'pyyaml>=5',\n]\n[project.optional-dependencies]\ndev = [\"pytest==7.0.0\"]\n[tool.poetry.dependencies]\npython = \"^3.10\"\ndjango = \"3.2.1\"\nlocal = { path = \"../local\" }\n[tool.poetry.group.dev.dependencies]\nblack = { version = \"==22.1.0\" }\n";
        let got = names(Manifest::Pyproject, text);
        assert!(got.contains(&("requests".into(), Some("2.19.0".into()), false)), "{got:?}");
        assert!(got.contains(&("pyyaml".into(), None, false)));
        assert!(got.contains(&("pytest".into(), Some("7.0.0".into()), false)));
        assert!(got.contains(&("django".into(), Some("3.2.1".into()), false)), "poetry's bare version is exact");
        assert!(got.contains(&("local".into(), None, true)));
        assert!(got.contains(&("black".into(), Some("22.1.0".into()), false)));
        assert!(!got.iter().any(|(n, _, _)| n == "python"));
        check_ranges(Manifest::Pyproject, text);
    }

    #[test]
    fn package_json_and_locks() {
        let text = r#"{ "name": "app", "dependencies": { "lodash": "4.17.15", "express": "^4.0.0", "mine": "file:../mine", "@babel/core": "=7.0.0", "alias": "npm:left-pad@1.3.0" },
  "devDependencies": { "jest": "latest" }, "overrides": { "minimist": "1.2.5", "a": { "b": "2.0.0" } } }"#;
        let got = names(Manifest::PackageJson, text);
        assert!(got.contains(&("lodash".into(), Some("4.17.15".into()), false)), "{got:?}");
        assert!(got.contains(&("express".into(), None, false)));
        assert!(got.contains(&("mine".into(), None, true)));
        assert!(got.contains(&("@babel/core".into(), Some("7.0.0".into()), false)));
        assert!(got.contains(&("left-pad".into(), Some("1.3.0".into()), false)));
        assert!(got.contains(&("minimist".into(), Some("1.2.5".into()), false)));
        assert!(got.contains(&("b".into(), Some("2.0.0".into()), false)));
        check_ranges(Manifest::PackageJson, text);

        let lock = r#"{"lockfileVersion": 3, "packages": {"": {"name": "app"}, "node_modules/lodash": {"version": "4.17.15", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz"}, "node_modules/a/node_modules/@s/b": {"version": "1.0.0"}, "node_modules/mine": {"resolved": "../mine", "link": true}}}"#;
        let got = names(Manifest::PackageLock, lock);
        assert_eq!(got, vec![("lodash".into(), Some("4.17.15".into()), false), ("@s/b".into(), Some("1.0.0".into()), false), ("mine".into(), None, true)]);
        check_ranges(Manifest::PackageLock, lock);

        let yarn = "# yarn lockfile v1\n\n\"@babel/code-frame@^7.0.0\", \"@babel/code-frame@^7.10.4\":\n  version \"7.12.13\"\n  resolved \"https://…\"\n\nlodash@^4.17.0:\n  version \"4.17.15\"\n";
        let got = names(Manifest::YarnLock, yarn);
        assert_eq!(got, vec![("@babel/code-frame".into(), Some("7.12.13".into()), false), ("lodash".into(), Some("4.17.15".into()), false)]);
        check_ranges(Manifest::YarnLock, yarn);
        let berry = "__metadata:\n  version: 6\n\n\"lodash@npm:^4.17.0\":\n  version: 4.17.15\n";
        assert_eq!(names(Manifest::YarnLock, berry), vec![("lodash".into(), Some("4.17.15".into()), false)]);

        let pnpm = "lockfileVersion: '9.0'\n\npackages:\n\n  lodash@4.17.15:\n    resolution: {integrity: x}\n\n  '@babel/core@7.0.0(supports-color@5.5.0)':\n    resolution: {}\n";
        assert_eq!(names(Manifest::PnpmLock, pnpm), vec![("lodash".into(), Some("4.17.15".into()), false), ("@babel/core".into(), Some("7.0.0".into()), false)]);
        check_ranges(Manifest::PnpmLock, pnpm);
        let pnpm6 = "lockfileVersion: '6.0'\npackages:\n  /lodash@4.17.15:\n    resolution: {}\n";
        assert_eq!(names(Manifest::PnpmLock, pnpm6), vec![("lodash".into(), Some("4.17.15".into()), false)]);
        check_ranges(Manifest::PnpmLock, pnpm6);
    }

    #[test]
    fn cargo_go_ruby_maven() {
        let cargo = "[package]\nname = \"app\"\n[dependencies]\nserde = \"1\"\ntokio = { version = \"=1.0.0\", features = [\"full\"] }\nmine = { path = \"../mine\" }\nfoo = { package = \"real-foo\", version = \"0.1\" }\n[target.'cfg(unix)'.dependencies]\nlibc = \"0.2\"\n[workspace.dependencies]\nregex = \"=1.5.4\"\n";
        let got = names(Manifest::CargoToml, cargo);
        assert!(got.contains(&("serde".into(), None, false)), "{got:?}");
        assert!(got.contains(&("tokio".into(), Some("1.0.0".into()), false)));
        assert!(got.contains(&("mine".into(), None, true)));
        assert!(got.contains(&("real-foo".into(), None, false)));
        assert!(got.contains(&("libc".into(), None, false)));
        assert!(got.contains(&("regex".into(), Some("1.5.4".into()), false)));
        check_ranges(Manifest::CargoToml, cargo);
        let lock = "version = 3\n\n[[package]]\nname = \"app\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"smallvec\"\nversion = \"1.6.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n";
        assert_eq!(names(Manifest::CargoLock, lock), vec![("app".into(), Some("0.1.0".into()), true), ("smallvec".into(), Some("1.6.0".into()), false)]);
        check_ranges(Manifest::CargoLock, lock);

        let gomod = "module example.com/app\n\ngo 1.21\n\nrequire github.com/gin-gonic/gin v1.6.0\n\nrequire (\n\tgolang.org/x/text v0.3.0 // indirect\n\tgithub.com/x/y v0.0.0-20200101000000-abcdef123456\n)\n";
        assert_eq!(
            names(Manifest::GoMod, gomod),
            vec![
                ("github.com/gin-gonic/gin".into(), Some("v1.6.0".into()), false),
                ("golang.org/x/text".into(), Some("v0.3.0".into()), false),
                ("github.com/x/y".into(), Some("v0.0.0-20200101000000-abcdef123456".into()), false),
            ]
        );
        check_ranges(Manifest::GoMod, gomod);

        let gemfile = "source 'https://rubygems.org'\ngem 'rails', '5.2.0'\ngem \"puma\", \"~> 5.0\"\ngem 'mine', path: '../mine'\ngem 'priv', git: 'https://user:tok3n@git.example/priv.git'\n";
        assert_eq!(
            names(Manifest::Gemfile, gemfile),
            vec![("rails".into(), Some("5.2.0".into()), false), ("puma".into(), None, false), ("mine".into(), None, true), ("priv".into(), None, true)]
        );
        assert!(dependencies(Manifest::Gemfile, gemfile).iter().all(|d| !d.requirement.as_deref().unwrap_or("").contains("tok3n")), "a URL is not a requirement");
        check_ranges(Manifest::Gemfile, gemfile);
        let gemlock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.0.1)\n      foo (>= 1)\n    nokogiri (1.10.0-x86_64-linux)\n\nPLATFORMS\n  ruby\n";
        assert_eq!(names(Manifest::GemfileLock, gemlock), vec![("rack".into(), Some("2.0.1".into()), false), ("nokogiri".into(), Some("1.10.0".into()), false)]);
        check_ranges(Manifest::GemfileLock, gemlock);

        let pom = "<project><dependencies><dependency>\n<groupId>org.apache.logging.log4j</groupId>\n<artifactId>log4j-core</artifactId>\n<version>2.14.1</version>\n</dependency></dependencies></project>";
        assert_eq!(names(Manifest::Pom, pom), vec![("org.apache.logging.log4j:log4j-core".into(), Some("2.14.1".into()), false)]);
    }

    #[test]
    fn manifest_names() {
        assert_eq!(Manifest::of(Path::new("requirements-dev.txt")), Some(Manifest::Requirements));
        assert_eq!(Manifest::of(Path::new("requirements/base.txt")), Some(Manifest::Requirements));
        assert_eq!(Manifest::of(Path::new("dev-requirements.in")), Some(Manifest::Requirements));
        assert_eq!(Manifest::of(Path::new("notes.txt")), None);
        assert_eq!(Manifest::of(Path::new("a/package.json")), Some(Manifest::PackageJson));
    }
}
