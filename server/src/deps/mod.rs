//! Dependencies: where they appear (manifests, lockfiles, install commands), the bundled
//! snapshot of public package data (advisories, malicious packages, popular names), and the
//! checks over them (`deps.*` rules). No LSP, no terminal; the only I/O is reading a snapshot
//! that `redline deps update` wrote, once, on first use.

pub mod build;
pub mod check;
pub mod extract;
pub mod imports;
pub mod install;
pub mod snapshot;
pub mod typo;
pub mod version;

use std::ops::Range;

/// A package ecosystem, named as OSV names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ecosystem {
    PyPI,
    Npm,
    Crates,
    Go,
    RubyGems,
    Maven,
}

impl Ecosystem {
    pub const ALL: [Ecosystem; 6] =
        [Ecosystem::PyPI, Ecosystem::Npm, Ecosystem::Crates, Ecosystem::Go, Ecosystem::RubyGems, Ecosystem::Maven];

    /// The OSV ecosystem name (`affected[].package.ecosystem`, the directory of an OSV dump).
    pub fn osv_name(self) -> &'static str {
        match self {
            Ecosystem::PyPI => "PyPI",
            Ecosystem::Npm => "npm",
            Ecosystem::Crates => "crates.io",
            Ecosystem::Go => "Go",
            Ecosystem::RubyGems => "RubyGems",
            Ecosystem::Maven => "Maven",
        }
    }

    pub fn from_osv_name(name: &str) -> Option<Ecosystem> {
        Ecosystem::ALL.into_iter().find(|e| e.osv_name().eq_ignore_ascii_case(name))
    }

    /// The registry as users know it, for messages.
    pub fn registry(self) -> &'static str {
        match self {
            Ecosystem::PyPI => "PyPI",
            Ecosystem::Npm => "npm",
            Ecosystem::Crates => "crates.io",
            Ecosystem::Go => "Go modules",
            Ecosystem::RubyGems => "RubyGems",
            Ecosystem::Maven => "Maven Central",
        }
    }

    /// What one package of the ecosystem is called, for messages.
    pub fn package_noun(self) -> &'static str {
        match self {
            Ecosystem::PyPI => "PyPI package",
            Ecosystem::Npm => "npm package",
            Ecosystem::Crates => "crate",
            Ecosystem::Go => "Go module",
            Ecosystem::RubyGems => "gem",
            Ecosystem::Maven => "Maven artifact",
        }
    }

    /// The name under which the registry treats two spellings as one package: PEP 503 for
    /// PyPI (runs of `-`, `_`, `.` are one `-`, case-insensitive), `_` = `-` for crates.io,
    /// lowercase for npm and RubyGems and Go module paths (hosts and GitHub paths are
    /// case-insensitive; `Sirupsen/logrus` and `sirupsen/logrus` are one repository);
    /// Maven coordinates as written.
    pub fn normalize(self, name: &str) -> String {
        match self {
            Ecosystem::PyPI => {
                let mut out = String::with_capacity(name.len());
                let mut sep = false;
                for c in name.trim().chars() {
                    if matches!(c, '-' | '_' | '.') {
                        sep = true;
                        continue;
                    }
                    if sep && !out.is_empty() {
                        out.push('-');
                    }
                    sep = false;
                    out.extend(c.to_lowercase());
                }
                out
            }
            Ecosystem::Crates => name.trim().to_ascii_lowercase().replace('_', "-"),
            Ecosystem::Npm | Ecosystem::RubyGems | Ecosystem::Go => name.trim().to_lowercase(),
            Ecosystem::Maven => name.trim().to_owned(),
        }
    }
}

/// Where a dependency was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A manifest (`requirements.txt`, `package.json`, …): what the project asks for.
    Manifest,
    /// A lockfile: what is installed.
    Lockfile,
    /// An install command (`pip install x`, `npm i x`) in a script, Dockerfile, workflow or
    /// Markdown.
    Command,
}

/// One dependency as written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub ecosystem: Ecosystem,
    /// The name as written (for PyPI without extras).
    pub name: String,
    /// Byte range of the name in the text.
    pub name_range: Range<usize>,
    /// The version or requirement as written, if any (`==1.2.3`, `^4.17.0`, `v1.2.3`).
    pub requirement: Option<String>,
    /// Byte range of the version itself (what a fix replaces), if written.
    pub version_range: Option<Range<usize>>,
    /// The exact version this names, when it names one (a pin, a lockfile entry, `@1.2.3`).
    pub pinned: Option<String>,
    /// Not from the registry: a path, a Git or URL source, a workspace member, an alias to
    /// a local package. Only version-independent checks of the registry name skip it.
    pub local: bool,
    pub origin: Origin,
}

impl Dependency {
    /// A registry dependency named at `name_range`, with no version yet.
    pub fn new(ecosystem: Ecosystem, name: &str, name_range: Range<usize>, origin: Origin) -> Dependency {
        Dependency {
            ecosystem,
            name: name.to_owned(),
            name_range,
            requirement: None,
            version_range: None,
            pinned: None,
            local: false,
            origin,
        }
    }
}
