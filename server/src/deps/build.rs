//! Building a snapshot: OSV records (advisories and `MAL-` malicious-package records) and
//! popular-name lists in, a [`Snapshot`] out. `redline deps build DIR` reads the directory
//! `scripts/deps-snapshot.py` prepares from public git repositories; `redline deps update
//! --osv DIR` reads an OSV dump a user downloaded (`<Ecosystem>/all.zip`, or those zips
//! unpacked into `<Ecosystem>/*.json`) and replaces the advisories of the bundled snapshot.
//!
//! Kept per advisory: id, CVE/GHSA aliases, severity (CVSS v3/v4 base score computed from the
//! vector, else the database's own rating), a short summary, the affected intervals. Dropped:
//! withdrawn records, advisories rated medium or low (the `deps.known-vulnerable` rule
//! reports high and critical ones; unrated ones are kept and reported as unrated), and
//! duplicates of one vulnerability imported from two databases (same package and alias).

use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde_json::Value;

use super::snapshot::{Advisory, AdvisorySeverity, EcosystemData, Interval, Malicious, Snapshot, Source, FORMAT};
use super::Ecosystem;

/// Counts for the build report.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub read: usize,
    pub withdrawn: usize,
    pub below_high: usize,
    pub duplicates: usize,
    /// Go advisories (per module) without a fixed version: not kept.
    pub unbounded_go: usize,
    pub unreadable: Vec<String>,
}

/// Records of one build: advisories and malicious records per ecosystem.
#[derive(Default)]
pub struct Records {
    pub advisories: BTreeMap<Ecosystem, Vec<Advisory>>,
    pub malicious: BTreeMap<Ecosystem, Vec<Malicious>>,
    seen: HashSet<(Ecosystem, String, String)>,
}

/// The severity an OSV record states: the highest CVSS base score among its vectors, else
/// the database's own word (`database_specific.severity`: GHSA's `MODERATE` is medium).
pub fn severity_of(record: &Value) -> Option<AdvisorySeverity> {
    let mut best: Option<f64> = None;
    let vectors = record.get("severity").and_then(Value::as_array).into_iter().flatten();
    let affected_vectors =
        record.get("affected").and_then(Value::as_array).into_iter().flatten().filter_map(|a| a.get("severity").and_then(Value::as_array)).flatten();
    // RustSec keeps its vector in `affected[].database_specific.cvss`.
    let rustsec = record
        .get("affected")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| a.get("database_specific")?.get("cvss")?.as_str());
    let vectors = vectors.chain(affected_vectors).filter_map(|s| s.get("score").and_then(Value::as_str)).chain(rustsec);
    for vector in vectors {
        if let Ok(c) = cvss::Cvss::from_str(vector) {
            let score = c.score();
            best = Some(best.map_or(score, |b: f64| b.max(score)));
        }
    }
    if let Some(score) = best {
        return Some(AdvisorySeverity::from_score(score));
    }
    let word = record
        .get("database_specific")
        .and_then(|d| d.get("severity"))
        .and_then(Value::as_str)
        .or_else(|| record.get("affected")?.get(0)?.get("database_specific")?.get("severity")?.as_str())?;
    if let Some(score) = record.get("database_specific").and_then(|d| d.get("cvss_score")).and_then(Value::as_f64) {
        return Some(AdvisorySeverity::from_score(score));
    }
    match word.to_ascii_uppercase().as_str() {
        "CRITICAL" => Some(AdvisorySeverity::Critical),
        "HIGH" => Some(AdvisorySeverity::High),
        "MODERATE" | "MEDIUM" => Some(AdvisorySeverity::Medium),
        "LOW" => Some(AdvisorySeverity::Low),
        _ => None,
    }
}

fn short(s: &str, max: usize) -> String {
    let line = s.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    if line.chars().count() <= max {
        return line.to_owned();
    }
    let mut out: String = line.chars().take(max - 1).collect();
    out.push('…');
    out
}

impl Records {
    /// Adds one OSV record (an advisory or a `MAL-` record).
    pub fn add(&mut self, record: &Value, report: &mut BuildReport) {
        report.read += 1;
        if record.get("withdrawn").and_then(Value::as_str).is_some_and(|w| !w.is_empty()) {
            report.withdrawn += 1;
            return;
        }
        let Some(id) = record.get("id").and_then(Value::as_str) else { return };
        let malicious = id.starts_with("MAL-");
        let severity = severity_of(record);
        if !malicious && matches!(severity, Some(AdvisorySeverity::Low | AdvisorySeverity::Medium)) {
            report.below_high += 1;
            return;
        }
        let aliases: Vec<String> = record
            .get("aliases")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|a| a.starts_with("CVE-") || a.starts_with("GHSA-"))
            .map(str::to_owned)
            .collect();
        let summary = record.get("summary").and_then(Value::as_str).or_else(|| record.get("details").and_then(Value::as_str)).unwrap_or("");
        for affected in record.get("affected").and_then(Value::as_array).into_iter().flatten() {
            let Some(pkg) = affected.get("package") else { continue };
            let Some(eco) = pkg.get("ecosystem").and_then(Value::as_str).and_then(|e| Ecosystem::from_osv_name(e.split(':').next().unwrap_or(e))) else {
                continue;
            };
            let Some(name) = pkg.get("name").and_then(Value::as_str) else { continue };
            let package = eco.normalize(name);
            let versions: Vec<String> =
                affected.get("versions").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
            let mut ranges = Vec::new();
            for r in affected.get("ranges").and_then(Value::as_array).into_iter().flatten() {
                if !matches!(r.get("type").and_then(Value::as_str), Some("ECOSYSTEM" | "SEMVER")) {
                    continue;
                }
                let mut open: Option<Interval> = None;
                for ev in r.get("events").and_then(Value::as_array).into_iter().flatten() {
                    let get = |k: &str| ev.get(k).and_then(Value::as_str).map(str::to_owned);
                    if let Some(v) = get("introduced") {
                        if let Some(prev) = open.take() {
                            ranges.push(prev);
                        }
                        open = Some(Interval { introduced: Some(v), ..Interval::default() });
                    } else if let Some(v) = get("fixed") {
                        let mut i = open.take().unwrap_or_default();
                        i.fixed = Some(v);
                        ranges.push(i);
                    } else if let Some(v) = get("last_affected") {
                        let mut i = open.take().unwrap_or_default();
                        i.last_affected = Some(v);
                        ranges.push(i);
                    }
                }
                ranges.extend(open);
            }
            let db = affected.get("database_specific");
            // RustSec's informational advisories (unmaintained, unsound, notices) are not
            // vulnerabilities of a version; its `malicious` category is a malicious crate.
            if db.and_then(|d| d.get("informational")).is_some_and(|i| !i.is_null()) {
                continue;
            }
            let malicious = malicious
                || db.and_then(|d| d.get("categories")).and_then(Value::as_array).is_some_and(|c| c.iter().any(|c| c == "malicious"));
            let npm_range = db.and_then(|d| d.get("npm_range")).and_then(Value::as_str).map(str::to_owned);
            let npm_patched = db.and_then(|d| d.get("npm_patched")).and_then(Value::as_str).map(str::to_owned);
            if malicious {
                let list = self.malicious.entry(eco).or_default();
                // An interval from the first version with no end: every version.
                let every = ranges.iter().any(|i| {
                    i.fixed.is_none() && i.last_affected.is_none() && i.introduced.as_deref().is_none_or(|v| matches!(v, "0" | "0.0.0-0" | "0.0.0"))
                });
                let (versions, ranges) = if every { (Vec::new(), Vec::new()) } else { (versions, ranges) };
                if !list.iter().any(|m| m.package == package && m.versions == versions && m.ranges == ranges) {
                    list.push(Malicious { id: id.to_owned(), package, versions, ranges });
                }
                continue;
            }
            // Go advisories name the vulnerable packages and symbols inside a module; one with no
            // fixed version is usually in a package few programs import (a deprecated
            // `x/crypto/openpgp`), and a module-level check cannot tell. Only bounded ranges.
            if eco == Ecosystem::Go {
                ranges.retain(|i| i.fixed.is_some() || i.last_affected.is_some());
                if ranges.is_empty() {
                    report.unbounded_go += 1;
                    continue;
                }
            }
            if ranges.is_empty() && versions.is_empty() && npm_range.is_none() {
                continue;
            }
            // One vulnerability imported into two databases: keep the first.
            let keys: Vec<String> = std::iter::once(id.to_owned()).chain(aliases.iter().cloned()).collect();
            if keys.iter().any(|k| self.seen.contains(&(eco, package.clone(), k.clone()))) {
                report.duplicates += 1;
                continue;
            }
            for k in keys {
                self.seen.insert((eco, package.clone(), k));
            }
            self.advisories.entry(eco).or_default().push(Advisory {
                id: id.to_owned(),
                aliases: aliases.clone(),
                package,
                severity,
                summary: short(summary, 120),
                // Explicit version lists are only needed when no interval says it.
                versions: if ranges.is_empty() { versions } else { Vec::new() },
                ranges,
                npm_range,
                npm_patched,
            });
        }
    }

    /// Adds every `*.json` record under `dir` (recursively) and every record in `*.zip` files
    /// (an OSV `all.zip`).
    pub fn add_dir(&mut self, dir: &Path, report: &mut BuildReport) -> Result<(), String> {
        let mut files = Vec::new();
        collect(dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
        files.sort();
        for f in files {
            if f.extension().is_some_and(|x| x == "zip") {
                self.add_zip(&f, report)?;
                continue;
            }
            match std::fs::read(&f).map_err(|e| e.to_string()).and_then(|b| serde_json::from_slice::<Value>(&b).map_err(|e| e.to_string())) {
                Ok(v) => self.add(&v, report),
                Err(e) => report.unreadable.push(format!("{}: {e}", f.display())),
            }
        }
        Ok(())
    }

    fn add_zip(&mut self, path: &Path, report: &mut BuildReport) -> Result<(), String> {
        let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut archive = zip::ZipArchive::new(file).map_err(|e| format!("{}: not a zip archive: {e}", path.display()))?;
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).map_err(|e| format!("{}: {e}", path.display()))?;
            if !entry.name().ends_with(".json") {
                continue;
            }
            let mut bytes = Vec::with_capacity(entry.size() as usize);
            if let Err(e) = entry.read_to_end(&mut bytes) {
                report.unreadable.push(format!("{}!{}: {e}", path.display(), entry.name()));
                continue;
            }
            match serde_json::from_slice::<Value>(&bytes) {
                Ok(v) => self.add(&v, report),
                Err(e) => report.unreadable.push(format!("{}!{}: {e}", path.display(), entry.name())),
            }
        }
        Ok(())
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "json" || x == "zip") {
            out.push(path);
        }
    }
    Ok(())
}

/// A name list: one name per line, `#` comments; spelled as written, one entry per
/// normalised name.
fn read_names(path: &Path, e: Ecosystem) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|err| format!("{}: {err}", path.display()))?;
    let mut seen = HashSet::new();
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| seen.insert(e.normalize(l)))
        .map(str::to_owned)
        .collect())
}

/// Builds a snapshot from the input directory `scripts/deps-snapshot.py` writes:
/// `osv/<Ecosystem>/…json`, `malicious/<Ecosystem>/…json`, `popular/<Ecosystem>.txt`,
/// `known/<Ecosystem>.txt`, `sources.json`.
/// `created` defaults to the newest source's commit date, so the same inputs give the same
/// snapshot byte for byte.
pub fn build(dir: &Path, created: Option<&str>) -> Result<(Snapshot, BuildReport), String> {
    let mut report = BuildReport::default();
    let mut records = Records::default();
    for sub in ["osv", "malicious"] {
        let d = dir.join(sub);
        if d.is_dir() {
            records.add_dir(&d, &mut report)?;
        }
    }
    let sources: Vec<Source> = match std::fs::read(dir.join("sources.json")) {
        Ok(b) => serde_json::from_slice(&b).map_err(|e| format!("{}: {e}", dir.join("sources.json").display()))?,
        Err(_) => Vec::new(),
    };
    let created = match created {
        Some(c) => c.to_owned(),
        None => sources.iter().map(|s| s.date.chars().take(10).collect::<String>()).max().unwrap_or_default(),
    };
    let mut snapshot = Snapshot { format: FORMAT, created, sources, ecosystems: BTreeMap::new() };
    for e in Ecosystem::ALL {
        let mut data = EcosystemData::default();
        let popular = dir.join("popular").join(format!("{}.txt", e.osv_name()));
        if popular.is_file() {
            data.popular = read_names(&popular, e)?;
            // A list whose header says it is not ranked (`# … not ranked …`).
            data.ranked = !std::fs::read_to_string(&popular).unwrap_or_default().lines().take_while(|l| l.starts_with('#')).any(|l| l.contains("not ranked") || l.contains("unranked"));
        }
        let known = dir.join("known").join(format!("{}.txt", e.osv_name()));
        if known.is_file() {
            let popular: HashSet<String> = data.popular.iter().map(|n| e.normalize(n)).collect();
            let mut k: Vec<String> = read_names(&known, e)?.into_iter().filter(|n| !popular.contains(&e.normalize(n))).collect();
            k.sort();
            data.known = k;
        }
        data.advisories = records.advisories.remove(&e).unwrap_or_default();
        data.malicious = records.malicious.remove(&e).unwrap_or_default();
        // A malicious record never condemns every version of a popular name (a hijacked
        // release of a real package lists its versions): such records keep versions only.
        let popular_set: HashSet<String> = data.popular.iter().map(|n| e.normalize(n)).collect();
        data.malicious.retain(|m| !(m.every_version() && popular_set.contains(&m.package)));
        if !(data.popular.is_empty() && data.known.is_empty() && data.advisories.is_empty() && data.malicious.is_empty()) {
            snapshot.ecosystems.insert(e.osv_name().to_owned(), data);
        }
    }
    Ok((snapshot, report))
}

/// Replaces the advisories (and malicious records, when the dump has them) of `base` for
/// every ecosystem the OSV dump in `dir` covers (`<Ecosystem>/all.zip` or unpacked JSON).
pub fn update(mut base: Snapshot, dir: &Path, created: &str) -> Result<(Snapshot, BuildReport, Vec<Ecosystem>), String> {
    let mut report = BuildReport::default();
    let mut records = Records::default();
    let mut covered = Vec::new();
    for e in Ecosystem::ALL {
        let d = dir.join(e.osv_name());
        if d.is_dir() {
            records.add_dir(&d, &mut report)?;
            covered.push(e);
        }
    }
    if covered.is_empty() {
        // A single ecosystem's files directly in DIR.
        records.add_dir(dir, &mut report)?;
        covered.extend(records.advisories.keys().chain(records.malicious.keys()).copied().collect::<HashSet<_>>());
        covered.sort();
    }
    if report.read == 0 {
        return Err(format!(
            "{}: no OSV records found (expected <Ecosystem>/all.zip or <Ecosystem>/*.json, e.g. PyPI/all.zip from https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip)",
            dir.display()
        ));
    }
    for &e in &covered {
        let data = base.ecosystems.entry(e.osv_name().to_owned()).or_default();
        data.advisories = records.advisories.remove(&e).unwrap_or_default();
        if let Some(m) = records.malicious.remove(&e) {
            let popular: HashSet<String> = data.popular.iter().map(|n| e.normalize(n)).collect();
            data.malicious = m.into_iter().filter(|m| !(m.every_version() && popular.contains(&m.package))).collect();
        }
    }
    base.created = created.to_owned();
    base.sources.push(Source {
        name: "OSV dump".into(),
        repository: dir.display().to_string(),
        commit: String::new(),
        date: created.to_owned(),
        licence: "per record (OSV sources' licences)".into(),
        used_for: format!("advisories for {}", covered.iter().map(|e| e.osv_name()).collect::<Vec<_>>().join(", ")),
    });
    Ok((base, report, covered))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn osv_records_become_advisories() {
        let mut r = Records::default();
        let mut rep = BuildReport::default();
        r.add(
            &json!({"id": "PYSEC-1", "aliases": ["CVE-2020-1", "GHSA-aaaa"], "summary": "Bad thing\nmore",
                "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                "affected": [{"package": {"ecosystem": "PyPI", "name": "PyYAML"},
                  "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "5.4"}, {"introduced": "6.0"}, {"fixed": "6.0.1"}]}],
                  "versions": ["5.3", "6.0"]}]}),
            &mut rep,
        );
        // The same vulnerability from another database, and a medium one.
        r.add(&json!({"id": "GHSA-aaaa", "database_specific": {"severity": "HIGH"}, "affected": [{"package": {"ecosystem": "PyPI", "name": "pyyaml"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "5.4"}]}]}]}), &mut rep);
        r.add(&json!({"id": "GHSA-bbbb", "database_specific": {"severity": "MODERATE"}, "affected": [{"package": {"ecosystem": "PyPI", "name": "pyyaml"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}), &mut rep);
        r.add(&json!({"id": "GHSA-cccc", "withdrawn": "2021-01-01", "affected": []}), &mut rep);
        r.add(&json!({"id": "MAL-2024-1", "affected": [{"package": {"ecosystem": "npm", "name": "evil-pkg"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}), &mut rep);
        let advs = &r.advisories[&Ecosystem::PyPI];
        assert_eq!(advs.len(), 1);
        let a = &advs[0];
        assert_eq!(a.package, "pyyaml");
        assert_eq!(a.severity, Some(AdvisorySeverity::Critical));
        assert_eq!(a.summary, "Bad thing");
        assert_eq!(a.ranges.len(), 2);
        assert!(a.versions.is_empty());
        assert_eq!((rep.duplicates, rep.below_high, rep.withdrawn), (1, 1, 1));
        assert!(r.malicious[&Ecosystem::Npm][0].every_version());
        r.add(&json!({"id": "MAL-2023-2", "affected": [{"package": {"ecosystem": "npm", "name": "@x/kit"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "1.1.5"}, {"last_affected": "1.1.7"}]}]}]}), &mut rep);
        let kit = &r.malicious[&Ecosystem::Npm][1];
        assert!(!kit.every_version() && kit.ranges.len() == 1, "a range of versions is not every version");
    }

    #[test]
    fn an_osv_all_zip_is_read_and_replaces_the_advisories_of_its_ecosystem() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("PyPI")).expect("mkdir");
        let file = std::fs::File::create(dir.path().join("PyPI/all.zip")).expect("create");
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("PYSEC-9.json", options).expect("entry");
        let record = json!({"id": "PYSEC-9", "database_specific": {"severity": "HIGH"},
            "affected": [{"package": {"ecosystem": "PyPI", "name": "flask"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]}]}]});
        zip.write_all(record.to_string().as_bytes()).expect("write");
        zip.start_file("broken.json", options).expect("entry");
        zip.write_all(b"{").expect("write");
        zip.finish().expect("finish");

        let mut base = Snapshot::empty();
        let mut npm = EcosystemData::default();
        npm.popular.push("lodash".into());
        base.ecosystems.insert("npm".into(), npm);
        let mut pypi = EcosystemData::default();
        pypi.popular.push("flask".into());
        base.ecosystems.insert("PyPI".into(), pypi);
        let (s, report, covered) = update(base, dir.path(), "2026-12-07").expect("update");
        assert_eq!(covered, vec![Ecosystem::PyPI]);
        assert_eq!(report.unreadable.len(), 1, "the broken entry is named: {:?}", report.unreadable);
        let p = &s.ecosystems["PyPI"];
        assert_eq!(p.advisories.len(), 1);
        assert_eq!(p.popular, vec!["flask".to_string()], "names are kept");
        assert_eq!(s.ecosystems["npm"].popular, vec!["lodash".to_string()], "other ecosystems are untouched");
        assert_eq!(s.sources.last().map(|x| x.name.as_str()), Some("OSV dump"));
    }
}
