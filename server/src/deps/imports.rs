//! `deps.phantom-import`: Python and JavaScript/TypeScript imports of a registry package that no
//! manifest of the project declares (it works on the author's machine because something else
//! installed it, and an agent that imports a package it never added leaves the next install to
//! guess — or to a typosquat). The project is read through [`ProjectFiles`], which the front
//! ends provide (the disk; an example's files in `test-rules`), so this module does no I/O of
//! its own.
//!
//! Only imports that name a package the snapshot knows are reported (a local module, a
//! namespace or a path alias is not a package of the registry), only when a manifest exists
//! (a loose script declares nothing), and never for the standard library, Node's built-in
//! modules or a module found next to the file or at the project root.

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::extract::{dependencies, Manifest};
use super::Ecosystem;
use crate::languages::Language;

/// The files of the project a source file belongs to.
pub trait ProjectFiles: Send + Sync + std::fmt::Debug {
    /// A file's text; `None` when it does not exist or cannot be read.
    fn read(&self, path: &Path) -> Option<Arc<str>>;
    /// Whether a file or directory exists.
    fn exists(&self, path: &Path) -> bool;
    /// The path the project is looked up from (the disk makes a relative path absolute, so a
    /// manifest above the working directory counts).
    fn absolute(&self, path: &Path) -> PathBuf {
        path.to_path_buf()
    }
}

/// An import of a top-level module or package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The module (Python: the first component) or package name (`@scope/name`).
    pub name: String,
    pub range: Range<usize>,
    /// TypeScript's `import type … from`: satisfied by the package's `@types/…` too.
    pub type_only: bool,
}

/// Imports at the top level of a Python file (column 0: conditional and `TYPE_CHECKING`
/// imports are indented and left alone), relative imports excluded.
pub fn python_imports(text: &str) -> Vec<Import> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let code = line.split('#').next().unwrap_or("").trim_end();
        let (rest, from) = if let Some(r) = code.strip_prefix("import ") {
            (r, false)
        } else if let Some(r) = code.strip_prefix("from ") {
            (r, true)
        } else {
            continue;
        };
        let rest_at = start + (code.len() - rest.len());
        let parts: Vec<&str> = if from { vec![rest.split_whitespace().next().unwrap_or("")] } else { rest.split(',').collect() };
        for part in parts {
            let module = part.split_whitespace().next().unwrap_or("").trim_matches(['(', ')']);
            if module.is_empty() || module.starts_with('.') {
                continue;
            }
            let top = module.split('.').next().unwrap_or(module);
            if !top.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || top.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let off = rest_at + (part.as_ptr() as usize - rest.as_ptr() as usize) + part.find(top).unwrap_or(0);
            out.push(Import { name: top.to_owned(), range: off..off + top.len(), type_only: false });
        }
    }
    out
}

/// Bare specifiers of `import … from 'x'`, `import 'x'`, `export … from 'x'`, `require('x')`
/// and `import('x')`, as package names (`@scope/name`, or the first path segment).
pub fn js_imports(text: &str) -> Vec<Import> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A quoted specifier preceded by `from`, `import`, `require(` or `import(`.
        let q = bytes[i];
        if q != b'\'' && q != b'"' {
            i += 1;
            continue;
        }
        let before = text[..i].trim_end();
        let word_before = |b: &str, w: &str| {
            b.ends_with(w) && b[..b.len() - w.len()].chars().last().is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
        };
        let call = before.strip_suffix('(').map(str::trim_end);
        let keyword = word_before(before, "from")
            || word_before(before, "import")
            || call.is_some_and(|b| word_before(b, "require") || word_before(b, "import"));
        let Some(len) = text[i + 1..].find(|c: char| c == q as char || c == '\n') else { break };
        let end = i + 1 + len;
        if keyword && bytes.get(end) == Some(&q) {
            let spec = &text[i + 1..end];
            if let Some(name) = package_of(spec) {
                let statement = before.rfind("import").map_or("", |k| &before[k..]);
                let type_only = statement.starts_with("import type ") || statement.starts_with("import type{");
                out.push(Import { name: name.to_owned(), range: i + 1..i + 1 + name.len(), type_only });
            }
        }
        i = end + 1;
    }
    out
}

/// The npm package a bare specifier names, if it is one.
fn package_of(spec: &str) -> Option<&str> {
    if spec.is_empty() || spec.starts_with(['.', '/', '#', '~', '$']) || spec.contains(':') || spec.starts_with("@/") || spec.contains(['\\', ' ']) {
        return None;
    }
    let end = if spec.starts_with('@') {
        let slash = spec.find('/')?;
        spec[slash + 1..].find('/').map_or(spec.len(), |j| slash + 1 + j)
    } else {
        spec.find('/').unwrap_or(spec.len())
    };
    let name = &spec[..end];
    name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._@/".contains(c)).then_some(name)
}

/// The directories a project lookup walks: from the file's own up to the repository root (the
/// first with a `.git`) inclusive, or to the file system's root. Lazy: a caller that stops at
/// the first manifest asks nothing about the directories above it.
pub fn project_dirs<'a>(files: &'a dyn ProjectFiles, file: &Path) -> impl Iterator<Item = PathBuf> + 'a {
    let mut next = files.absolute(file).parent().map(Path::to_path_buf);
    std::iter::from_fn(move || {
        let dir = next.take()?;
        if !files.exists(&dir.join(".git")) {
            next = dir.parent().map(Path::to_path_buf);
        }
        Some(dir)
    })
}

/// The declared packages of the project a file belongs to.
#[derive(Debug, Default)]
pub struct Declared {
    /// Normalised names.
    pub names: HashSet<String>,
    /// Manifests read (for the message).
    pub manifests: Vec<PathBuf>,
    /// Directories whose modules are local (the file's directory up to the project root, and
    /// the root's `src/`).
    pub local_dirs: Vec<PathBuf>,
    /// TypeScript path aliases (`paths` keys without `*`).
    pub aliases: Vec<String>,
    /// An npm workspace: its members are imported by name, whatever they are called.
    pub workspace: bool,
}

const PYTHON_MANIFESTS: &[&str] = &["pyproject.toml", "requirements.txt", "requirements.in", "requirements-dev.txt", "dev-requirements.txt", "requirements/base.txt", "requirements/dev.txt", "requirements/prod.txt", "Pipfile"];

/// The Python project `file` belongs to: the nearest directory upwards with a Python manifest
/// (`setup.py` and `setup.cfg` count as manifests Redline does not read: the check stays
/// silent there).
pub fn python_project(files: &dyn ProjectFiles, file: &Path) -> Option<Declared> {
    let mut declared = Declared::default();
    for d in project_dirs(files, file) {
        declared.local_dirs.push(d.clone());
        if files.exists(&d.join("setup.py")) || files.exists(&d.join("setup.cfg")) {
            return None;
        }
        let mut found = false;
        for m in PYTHON_MANIFESTS {
            let p = d.join(m);
            let Some(text) = files.read(&p) else { continue };
            let Some(kind) = Manifest::of(&p) else { continue };
            found = true;
            declared.names.extend(dependencies(kind, &text).into_iter().map(|dep| Ecosystem::PyPI.normalize(&dep.name)));
            if kind == Manifest::Pyproject {
                // The project itself and its `[project] name`.
                if let Some(line) = text.lines().find(|l| l.trim_start().starts_with("name") && l.contains('=')) {
                    let n = line.split('=').nth(1).unwrap_or("").trim().trim_matches(['"', '\'']);
                    declared.names.insert(Ecosystem::PyPI.normalize(n));
                }
            }
            declared.manifests.push(p);
        }
        if found {
            declared.local_dirs.push(d.join("src"));
            return Some(declared);
        }
    }
    None
}

/// The JavaScript project `file` belongs to: every `package.json` from the file's directory up
/// to the repository root (a workspace's dependencies are often declared at its root).
pub fn js_project(files: &dyn ProjectFiles, file: &Path) -> Option<Declared> {
    let mut declared = Declared::default();
    for d in project_dirs(files, file) {
        declared.local_dirs.push(d.clone());
        let p = d.join("package.json");
        if let Some(text) = files.read(&p) {
            declared.names.extend(dependencies(Manifest::PackageJson, &text).into_iter().map(|dep| dep.name.to_lowercase()));
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
                if let Some(n) = v.get("name").and_then(|n| n.as_str()) {
                    declared.names.insert(n.to_lowercase());
                }
                // Workspace members are imported by their names: not a phantom, whatever it is.
                if v.get("workspaces").is_some() {
                    declared.workspace = true;
                }
            }
            declared.manifests.push(p);
        }
        for config in ["tsconfig.json", "jsconfig.json"] {
            if let Some(text) = files.read(&d.join(config)) {
                declared.aliases.extend(path_aliases(&text));
            }
        }
    }
    (!declared.manifests.is_empty()).then_some(declared)
}

/// The keys of `compilerOptions.paths` in a tsconfig (which allows comments and trailing
/// commas, so it is read leniently): `"@app/*"` → `@app/`.
fn path_aliases(text: &str) -> Vec<String> {
    let Some(i) = text.find("\"paths\"") else { return Vec::new() };
    let rest = &text[i + 7..];
    let Some(open) = rest.find('{') else { return Vec::new() };
    let mut depth = 0;
    let mut out = Vec::new();
    let body = &rest[open..];
    let mut key_start = None;
    for (j, c) in body.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            '"' if depth == 1 => match key_start.take() {
                None => key_start = Some(j + 1),
                Some(s) => {
                    let key = &body[s..j];
                    if body[j + 1..].trim_start().starts_with(':') {
                        out.push(key.trim_end_matches('*').to_owned());
                    }
                }
            },
            _ => {}
        }
    }
    out
}

/// Import name → the PyPI distributions that provide it, where they differ.
const PYTHON_DISTRIBUTIONS: &[(&str, &[&str])] = &[
    ("yaml", &["pyyaml"]),
    ("cv2", &["opencv-python", "opencv-python-headless", "opencv-contrib-python", "opencv-contrib-python-headless"]),
    ("PIL", &["pillow"]),
    ("sklearn", &["scikit-learn"]),
    ("skimage", &["scikit-image"]),
    ("bs4", &["beautifulsoup4"]),
    ("dateutil", &["python-dateutil"]),
    ("jwt", &["pyjwt"]),
    ("dotenv", &["python-dotenv"]),
    ("magic", &["python-magic"]),
    ("serial", &["pyserial"]),
    ("usb", &["pyusb"]),
    ("Crypto", &["pycryptodome", "pycrypto"]),
    ("Cryptodome", &["pycryptodomex"]),
    ("OpenSSL", &["pyopenssl"]),
    ("attr", &["attrs"]),
    ("pkg_resources", &["setuptools"]),
    ("git", &["gitpython"]),
    ("jose", &["python-jose"]),
    ("multipart", &["python-multipart"]),
    ("docx", &["python-docx"]),
    ("pptx", &["python-pptx"]),
    ("telegram", &["python-telegram-bot"]),
    ("slugify", &["python-slugify"]),
    ("ldap", &["python-ldap"]),
    ("zmq", &["pyzmq"]),
    ("MySQLdb", &["mysqlclient"]),
    ("psycopg2", &["psycopg2", "psycopg2-binary"]),
    ("psycopg", &["psycopg", "psycopg-binary"]),
    ("dns", &["dnspython"]),
    ("nacl", &["pynacl"]),
    ("fitz", &["pymupdf"]),
    ("faiss", &["faiss-cpu", "faiss-gpu"]),
    ("google", &[]),
    ("azure", &[]),
    ("grpc", &["grpcio"]),
    ("win32api", &["pywin32"]),
    ("websocket", &["websocket-client"]),
    ("socks", &["pysocks"]),
    ("Levenshtein", &["python-levenshtein", "levenshtein"]),
    ("lxml", &["lxml"]),
    ("markdown", &["markdown"]),
    ("kafka", &["kafka-python"]),
    ("snappy", &["python-snappy"]),
    ("tomli", &["tomli"]),
    ("typing_extensions", &["typing-extensions"]),
    ("OpenGL", &["pyopengl"]),
    ("hamcrest", &["pyhamcrest"]),
    ("ruamel", &["ruamel-yaml"]),
    ("pythonjsonlogger", &["python-json-logger"]),
    ("jinja2", &["jinja2"]),
    ("markupsafe", &["markupsafe"]),
    ("openai", &["openai"]),
    ("anthropic", &["anthropic"]),
];

/// Modules of the Python 3 standard library (`sys.stdlib_module_names`, public ones).
const PYTHON_STDLIB: &str = "abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo __future__ _thread";

/// Node's built-in modules (`require('module').builtinModules`, public ones, first segment).
const NODE_BUILTINS: &str = "assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns domain events fs http http2 https inspector module net os path perf_hooks process punycode querystring readline repl stream string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib test sqlite sea";

/// A phantom import: where, the package, and the manifest that should declare it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phantom {
    pub range: Range<usize>,
    pub package: String,
    pub manifest: PathBuf,
}

/// The phantom imports of a source file. `exists` says whether a normalised name is a package
/// of the ecosystem the snapshot knows.
pub fn phantoms(files: &dyn ProjectFiles, path: &Path, language: Language, text: &str, exists: &dyn Fn(Ecosystem, &str) -> bool) -> Vec<Phantom> {
    match language {
        Language::Python => {
            let imports = python_imports(text);
            if imports.is_empty() {
                return Vec::new();
            }
            let Some(declared) = python_project(files, path) else { return Vec::new() };
            let stdlib: HashSet<&str> = PYTHON_STDLIB.split(' ').collect();
            let mut out = Vec::new();
            for imp in imports {
                if stdlib.contains(imp.name.as_str()) {
                    continue;
                }
                let local = declared
                    .local_dirs
                    .iter()
                    .any(|d| files.exists(&d.join(format!("{}.py", imp.name))) || files.exists(&d.join(&imp.name)) || files.exists(&d.join(format!("{}.pyi", imp.name))));
                if local {
                    continue;
                }
                let mapped = PYTHON_DISTRIBUTIONS.iter().find(|(m, _)| *m == imp.name).map(|(_, d)| *d);
                let own = Ecosystem::PyPI.normalize(&imp.name);
                let candidates: Vec<String> = match mapped {
                    Some(d) => d.iter().map(|n| Ecosystem::PyPI.normalize(n)).collect(),
                    None => vec![own.clone(), format!("python-{own}"), format!("py{own}"), format!("{own}-python")],
                };
                let declared_any = candidates.iter().any(|c| declared.names.contains(c))
                    || declared.names.iter().any(|n| n.starts_with(&format!("{own}-")) || n.ends_with(&format!("-{own}")));
                if declared_any {
                    continue;
                }
                // Asked last (it loads the snapshot): a namespace (google, azure) or a module
                // no registry package is named after is no phantom.
                let Some(package) = candidates.iter().find(|c| exists(Ecosystem::PyPI, c)) else { continue };
                out.push(Phantom { range: imp.range, package: package.clone(), manifest: declared.manifests[0].clone() });
            }
            out
        }
        Language::JavaScript | Language::TypeScript | Language::Tsx => {
            let imports = js_imports(text);
            if imports.is_empty() {
                return Vec::new();
            }
            let Some(declared) = js_project(files, path) else { return Vec::new() };
            if declared.workspace {
                return Vec::new();
            }
            let builtins: HashSet<&str> = NODE_BUILTINS.split(' ').collect();
            let mut out = Vec::new();
            for imp in imports {
                let name = imp.name.as_str();
                if builtins.contains(name) || declared.aliases.iter().any(|a| !a.is_empty() && name.starts_with(a.trim_end_matches('/'))) {
                    continue;
                }
                let types = format!("@types/{}", name.trim_start_matches('@').replace('/', "__"));
                if declared.names.contains(name) || (imp.type_only && declared.names.contains(&types)) || !exists(Ecosystem::Npm, name) {
                    continue;
                }
                out.push(Phantom { range: imp.range, package: name.to_owned(), manifest: declared.manifests[0].clone() });
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The disk, with a short-lived cache: the language server checks imports on every edit, and a
/// manifest read a second ago is still good (a changed one is read again within a second).
#[derive(Debug)]
pub struct DiskFiles {
    cache: std::sync::Mutex<std::collections::HashMap<PathBuf, (std::time::Instant, Option<Arc<str>>, bool)>>,
}

impl DiskFiles {
    pub fn new() -> DiskFiles {
        DiskFiles { cache: std::sync::Mutex::new(std::collections::HashMap::new()) }
    }

    fn entry(&self, path: &Path) -> (Option<Arc<str>>, bool) {
        const FRESH: std::time::Duration = std::time::Duration::from_secs(1);
        if let Ok(cache) = self.cache.lock() {
            if let Some((at, text, exists)) = cache.get(path) {
                if at.elapsed() < FRESH {
                    return (text.clone(), *exists);
                }
            }
        }
        let meta = std::fs::metadata(path).ok();
        let exists = meta.is_some();
        // Manifests are small; anything over 4 MB is not read as one.
        let text = meta
            .filter(|m| m.is_file() && m.len() < 4 << 20)
            .and_then(|_| std::fs::read(path).ok())
            .map(|b| Arc::from(String::from_utf8_lossy(&b).as_ref()));
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() > 4096 {
                cache.clear();
            }
            cache.insert(path.to_path_buf(), (std::time::Instant::now(), text.clone(), exists));
        }
        (text, exists)
    }
}

impl Default for DiskFiles {
    fn default() -> Self {
        DiskFiles::new()
    }
}

impl ProjectFiles for DiskFiles {
    fn read(&self, path: &Path) -> Option<Arc<str>> {
        // Only manifests and configs are read; a directory or a large file is not one.
        if path.extension().is_some_and(|e| e == "py") {
            return None;
        }
        self.entry(path).0
    }

    fn exists(&self, path: &Path) -> bool {
        self.entry(path).1
    }

    fn absolute(&self, path: &Path) -> PathBuf {
        std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
    }
}

/// In-memory files (a rule example's project).
#[derive(Debug)]
pub struct MemoryFiles(pub Vec<(PathBuf, Arc<str>)>);

impl ProjectFiles for MemoryFiles {
    fn read(&self, path: &Path) -> Option<Arc<str>> {
        self.0.iter().find(|(p, _)| p == path).map(|(_, t)| t.clone())
    }

    fn exists(&self, path: &Path) -> bool {
        self.0.iter().any(|(p, _)| p == path || p.starts_with(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> MemoryFiles {
        MemoryFiles(list.iter().map(|(p, t)| (PathBuf::from(p), Arc::from(*t))).collect())
    }

    fn known(_: Ecosystem, n: &str) -> bool {
        ["requests", "pyyaml", "numpy", "flask", "lodash", "express", "axios", "@tanstack/react-query", "utils", "python-dateutil"].contains(&n)
    }

    #[test]
    fn python_imports_are_read_at_top_level_only() {
        let text = "import os, requests as r\nfrom yaml import safe_load\nfrom . import local\nimport numpy.linalg\n\ntry:\n    import ujson\nexcept ImportError:\n    pass\n";
        let names: Vec<String> = python_imports(text).into_iter().map(|i| i.name).collect();
        assert_eq!(names, ["os", "requests", "yaml", "numpy"]);
        for i in python_imports(text) {
            assert_eq!(&text[i.range.clone()], i.name);
        }
    }

    #[test]
    fn js_imports_take_the_package_of_bare_specifiers() {
        let text = "import x from 'lodash/fp';\nimport { y } from \"@tanstack/react-query\";\nconst z = require('axios');\nimport './styles.css';\nimport fs from 'node:fs';\nexport * from '../x';\nconst w = await import('express');\nconst s = 'from';\n";
        let names: Vec<String> = js_imports(text).into_iter().map(|i| i.name).collect();
        assert_eq!(names, ["lodash", "@tanstack/react-query", "axios", "express"]);
    }

    #[test]
    fn python_phantoms() {
        let f = files(&[
            ("proj/requirements.txt", "flask==3.0.0\npython-dateutil\n"),
            ("proj/app/utils.py", ""),
        ]);
        let text = "import os\nimport flask\nimport requests\nimport yaml\nimport utils\nimport dateutil\nimport not_a_package\n";
        let got: Vec<String> = phantoms(&f, Path::new("proj/app/main.py"), Language::Python, text, &known).into_iter().map(|p| p.package).collect();
        assert_eq!(got, ["requests", "pyyaml"]);
        // No manifest: nothing to compare with.
        let loose = files(&[]);
        assert!(phantoms(&loose, Path::new("x/main.py"), Language::Python, text, &known).is_empty());
        // setup.py: a manifest Redline does not read.
        let setup = files(&[("proj/setup.py", ""), ("proj/requirements.txt", "")]);
        assert!(phantoms(&setup, Path::new("proj/main.py"), Language::Python, text, &known).is_empty());
    }

    #[test]
    fn js_phantoms_use_every_package_json_up_to_the_repository_root() {
        let f = files(&[
            ("repo/.git", ""),
            ("repo/package.json", "{\"devDependencies\": {\"@types/lodash\": \"^4\"}}"),
            ("repo/web/package.json", "{\"name\": \"web\", \"dependencies\": {\"express\": \"^4\"}}"),
            ("repo/web/tsconfig.json", "{ \"compilerOptions\": { \"paths\": { \"utils/*\": [\"src/utils/*\"], }, }, }"),
        ]);
        let text = "import express from 'express';\nimport type { L } from 'lodash';\nimport axios from 'axios';\nimport { q } from '@tanstack/react-query';\nimport fs from 'fs';\nimport u from 'utils/x';\n";
        let got: Vec<String> = phantoms(&f, Path::new("repo/web/src/a.ts"), Language::TypeScript, text, &known).into_iter().map(|p| p.package).collect();
        assert_eq!(got, ["axios", "@tanstack/react-query"]);
    }
}
