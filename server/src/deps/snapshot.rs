//! The dependency snapshot: advisories, malicious-package records and popular-package names
//! per ecosystem, bundled in the binary (`server/data/deps.snapshot.zst`, zstd-compressed
//! JSON, built by `scripts/deps-snapshot.py` + `redline deps build`) and decoded on first use,
//! so a process that never looks at a dependency never pays for it. A snapshot written by
//! `redline deps update` (the user's data directory, or `REDLINE_DEPS_SNAPSHOT`) replaces the
//! bundled one when present and readable.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::typo::TypoIndex;
use super::Ecosystem;

/// Version of the snapshot layout; a snapshot of another version is refused with a message.
pub const FORMAT: u32 = 1;

static BUNDLED: &[u8] = include_bytes!("../../data/deps.snapshot.zst");

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub format: u32,
    /// When it was built (UTC date).
    pub created: String,
    /// What it was built from, for credit and reproduction.
    pub sources: Vec<Source>,
    /// Keyed by OSV ecosystem name.
    pub ecosystems: BTreeMap<String, EcosystemData>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Source {
    pub name: String,
    pub repository: String,
    #[serde(default)]
    pub commit: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub licence: String,
    #[serde(default)]
    pub used_for: String,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EcosystemData {
    /// Names as the registry spells them, most popular first (when `ranked`). The first [`TYPO_TARGETS`] are
    /// the names a typosquat imitates (all of them when not ranked); all of them exist.
    #[serde(default)]
    pub popular: Vec<String>,
    /// Whether `popular` is in order of popularity (the crates.io list is not).
    #[serde(default = "yes")]
    pub ranked: bool,
    /// Further normalised names known to exist (named in advisories, curated lists).
    #[serde(default)]
    pub known: Vec<String>,
    #[serde(default)]
    pub advisories: Vec<Advisory>,
    #[serde(default)]
    pub malicious: Vec<Malicious>,
}

impl Default for EcosystemData {
    fn default() -> Self {
        EcosystemData { popular: Vec::new(), ranked: true, known: Vec::new(), advisories: Vec::new(), malicious: Vec::new() }
    }
}

/// Severity of an advisory, from its CVSS vector or the database's own rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AdvisorySeverity {
    Low,
    Medium,
    High,
    Critical,
}

impl AdvisorySeverity {
    pub fn from_score(score: f64) -> AdvisorySeverity {
        match score {
            s if s >= 9.0 => AdvisorySeverity::Critical,
            s if s >= 7.0 => AdvisorySeverity::High,
            s if s >= 4.0 => AdvisorySeverity::Medium,
            _ => AdvisorySeverity::Low,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AdvisorySeverity::Low => "low",
            AdvisorySeverity::Medium => "medium",
            AdvisorySeverity::High => "high",
            AdvisorySeverity::Critical => "critical",
        }
    }
}

/// One advisory for one package.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Advisory {
    pub id: String,
    /// CVE and GHSA ids of the same vulnerability.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Normalised package name.
    pub package: String,
    /// `None`: the database rates none (the Go database rates no advisory).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<AdvisorySeverity>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Affected intervals in the ecosystem's version order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranges: Vec<Interval>,
    /// Affected versions listed one by one (when no interval says it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<String>,
    /// An npm range expression (`<=1.5.1 || >=2.0.0 <2.0.3`) for records that give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub npm_range: Option<String>,
    /// The npm range of patched versions that goes with `npm_range`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub npm_patched: Option<String>,
}

/// `introduced <= v < fixed`, or `introduced <= v <= last_affected`; no lower bound means
/// from the first version, no upper bound means every later version (no fix).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Interval {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduced: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_affected: Option<String>,
}

/// A malicious-package record: these versions and intervals are malware; every version when
/// both are empty.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Malicious {
    pub id: String,
    pub package: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranges: Vec<Interval>,
}

impl Malicious {
    /// The record condemns the package itself, whatever the version.
    pub fn every_version(&self) -> bool {
        self.versions.is_empty() && self.ranges.is_empty()
    }
}

/// How many of the most popular names a typosquat is compared against.
pub const TYPO_TARGETS: usize = 5_000;

impl Snapshot {
    pub fn empty() -> Snapshot {
        Snapshot { format: FORMAT, created: String::new(), sources: Vec::new(), ecosystems: BTreeMap::new() }
    }

    /// Decodes a snapshot file: zstd-compressed or plain JSON.
    pub fn decode(bytes: &[u8]) -> Result<Snapshot, String> {
        let json = if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            let mut out = Vec::new();
            ruzstd::decoding::StreamingDecoder::new(bytes)
                .map_err(|e| format!("not a zstd stream: {e}"))?
                .read_to_end(&mut out)
                .map_err(|e| format!("corrupt zstd stream: {e}"))?;
            out
        } else {
            bytes.to_vec()
        };
        let snapshot: Snapshot = serde_json::from_slice(&json).map_err(|e| format!("not a dependency snapshot: {e}"))?;
        if snapshot.format != FORMAT {
            return Err(format!("snapshot format {} (this Redline reads format {FORMAT}): rebuild it", snapshot.format));
        }
        Ok(snapshot)
    }

    /// zstd-compressed JSON (ruzstd's fastest level, the one it implements; the bundled file
    /// is recompressed with `zstd -19` by `scripts/deps-snapshot.py`).
    pub fn encode(&self) -> Vec<u8> {
        ruzstd::encoding::compress_to_vec(&self.to_json()[..], ruzstd::encoding::CompressionLevel::Fastest)
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn ecosystem(&self, e: Ecosystem) -> Option<&EcosystemData> {
        self.ecosystems.get(e.osv_name())
    }
}

/// The snapshot with its lookup tables.
pub struct Index {
    pub snapshot: Snapshot,
    /// Where it came from: `bundled` or the path of a user snapshot.
    pub origin: String,
    /// A user snapshot that could not be read (the bundled one is used instead).
    pub warning: Option<String>,
    /// Built on first use per ecosystem: a `package.json` never pays for PyPI's tables.
    per: HashMap<Ecosystem, OnceLock<EcoIndex>>,
}

#[derive(Default)]
pub struct EcoIndex {
    /// Normalised name → rank (0 = most popular), for popular names.
    pub rank: HashMap<String, usize>,
    pub known: HashSet<String>,
    pub advisories: HashMap<String, Vec<usize>>,
    pub malicious: HashMap<String, Vec<usize>>,
    pub typo: TypoIndex,
}

impl EcoIndex {
    fn new(e: Ecosystem, data: &EcosystemData) -> EcoIndex {
        let mut ix = EcoIndex::default();
        for (i, n) in data.popular.iter().enumerate() {
            ix.rank.entry(e.normalize(n)).or_insert(i);
        }
        ix.known = data.known.iter().map(|n| e.normalize(n)).collect();
        // A package with a malicious record for some versions only is a real package whose
        // releases were hijacked: it exists.
        ix.known.extend(data.malicious.iter().filter(|m| !m.every_version()).map(|m| m.package.clone()));
        for (i, a) in data.advisories.iter().enumerate() {
            ix.advisories.entry(a.package.clone()).or_default().push(i);
        }
        for (i, m) in data.malicious.iter().enumerate() {
            ix.malicious.entry(m.package.clone()).or_default().push(i);
        }
        let targets = if data.ranked { TYPO_TARGETS } else { usize::MAX };
        ix.typo = TypoIndex::new(e, data.popular.iter().take(targets).map(String::as_str));
        ix
    }
}

impl Index {
    pub fn new(snapshot: Snapshot, origin: String) -> Index {
        let per = Ecosystem::ALL.into_iter().filter(|e| snapshot.ecosystem(*e).is_some()).map(|e| (e, OnceLock::new())).collect();
        Index { snapshot, origin, warning: None, per }
    }

    pub fn eco(&self, e: Ecosystem) -> Option<(&EcoIndex, &EcosystemData)> {
        let data = self.snapshot.ecosystem(e)?;
        Some((self.per.get(&e)?.get_or_init(|| EcoIndex::new(e, data)), data))
    }

    /// Whether the snapshot knows the normalised name exists (popular or known).
    pub fn exists(&self, e: Ecosystem, normalized: &str) -> bool {
        self.eco(e).is_some_and(|(ix, _)| ix.rank.contains_key(normalized) || ix.known.contains(normalized))
    }
}

/// Where `redline deps update` writes and the loader looks for a user snapshot:
/// `REDLINE_DEPS_SNAPSHOT`, else `$XDG_DATA_HOME/redline/deps.snapshot.zst` (or
/// `~/.local/share/...`; `%LOCALAPPDATA%` on Windows).
pub fn user_snapshot_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("REDLINE_DEPS_SNAPSHOT").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("redline").join("deps.snapshot.zst"))
}

/// The bundled snapshot alone (for `deps update`, which starts from it).
pub fn bundled() -> Result<Snapshot, String> {
    Snapshot::decode(BUNDLED)
}

/// The snapshot in use, decoded on first call.
pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut warning = None;
        if let Some(path) = user_snapshot_path().filter(|p| p.is_file()) {
            match std::fs::read(&path).map_err(|e| e.to_string()).and_then(|b| Snapshot::decode(&b)) {
                Ok(s) => return Index::new(s, path.display().to_string()),
                Err(e) => warning = Some(format!("{}: {e}; using the bundled snapshot", path.display())),
            }
        }
        let mut ix = match bundled() {
            Ok(s) => Index::new(s, "bundled".into()),
            Err(e) => {
                let mut ix = Index::new(Snapshot::empty(), "none".into());
                ix.warning = Some(format!("bundled dependency snapshot unreadable: {e}"));
                return ix;
            }
        };
        ix.warning = warning;
        ix
    })
}
