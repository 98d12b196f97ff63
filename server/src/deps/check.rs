//! The `deps.*` checks over the dependencies of one file. Which rule a finding belongs to is
//! the caller's business (the engine maps [`Check`] to the rule that asked for it); this
//! module decides what is wrong, where, how bad, and the replacement that fixes it.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use super::extract::Manifest;
use super::snapshot::{AdvisorySeverity, Index};
use super::{install, version, Dependency, Ecosystem, Origin};
use crate::languages::Language;

/// What a `deps` rule checks (`deps = { check = "…" }` in a rule file).
pub use redline_rules::DepsCheck as Check;

/// One problem with one dependency.
#[derive(Debug, Clone, PartialEq)]
pub struct DepFinding {
    pub check: Check,
    pub range: Range<usize>,
    pub message: String,
    /// The advisory's severity for `known-vulnerable`; `None`: the rule's own.
    pub severity: Option<redline_rules::Severity>,
    /// Replace `range` of the fix with this text.
    pub fix: Option<(Range<usize>, String)>,
    /// `known-vulnerable`: the id of every advisory that affects the version.
    pub advisories: Vec<String>,
}

/// Where dependencies are looked for in a file: its manifest kind, or install commands.
pub fn applies(path: &Path, language: Language) -> bool {
    Manifest::of(path).is_some() || scans_commands(path, language)
}

fn scans_commands(path: &Path, language: Language) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    matches!(language, Language::Bash | Language::Dockerfile | Language::Yaml)
        || matches!(ext.as_str(), "md" | "markdown" | "mdx" | "rst" | "mk" | "ps1")
        || matches!(name, "Makefile" | "makefile" | "GNUmakefile" | "Justfile" | "justfile" | "Procfile")
}

/// The dependencies a file names: its manifest's, or those of the install commands in it.
/// `tree` is the file's syntax tree, if the caller has it (reused for JSON and TOML).
pub fn dependencies_of(path: &Path, language: Language, text: &str, tree: Option<&tree_sitter::Tree>) -> Vec<Dependency> {
    match Manifest::of(path) {
        Some(kind) => super::extract::dependencies_with_tree(kind, text, tree),
        None if scans_commands(path, language) => install::dependencies(text),
        None => Vec::new(),
    }
}

/// Whether the phantom-import check reads this file (a Python or JavaScript/TypeScript source).
pub fn reads_imports(language: Language) -> bool {
    matches!(language, Language::Python | Language::JavaScript | Language::TypeScript | Language::Tsx)
}

/// Runs the checks in `wanted` over a file. The snapshot is decoded on the first call that
/// finds a dependency (or an import no manifest declares), not before. `project` gives the
/// phantom-import check the project's files; without it that check is skipped.
pub fn check(
    path: &Path,
    language: Language,
    text: &str,
    tree: Option<&tree_sitter::Tree>,
    wanted: &[Check],
    project: Option<&dyn super::imports::ProjectFiles>,
) -> Vec<DepFinding> {
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let (true, true, Some(files)) = (wanted.contains(&Check::PhantomImport), reads_imports(language), project) {
        let exists = |e: Ecosystem, name: &str| super::snapshot::index().exists(e, name);
        for p in super::imports::phantoms(files, path, language, text, &exists) {
            let manifest = p.manifest.file_name().map_or_else(|| p.manifest.display().to_string(), |n| n.to_string_lossy().into_owned());
            out.push(DepFinding {
                check: Check::PhantomImport,
                range: p.range,
                message: format!("`{}` is imported but {manifest} does not declare it; add it there", p.package),
                severity: None,
                fix: None,
                advisories: Vec::new(),
            });
        }
    }
    if !applies(path, language) {
        return out;
    }
    let deps = dependencies_of(path, language, text, tree);
    if !deps.is_empty() {
        let manifest = Manifest::of(path);
        let locked = match (manifest, project) {
            (Some(m), Some(files)) if wanted.contains(&Check::UnknownPackage) && !m.is_lockfile() => locked_names(files, path, m),
            _ => HashSet::new(),
        };
        out.extend(check_dependencies_locked(super::snapshot::index(), &deps, wanted, manifest, &locked));
    }
    out
}

/// Names the project's lockfiles hold (normalised): packages the registry resolved, so they
/// exist whatever the bundled index says. Looked for beside the manifest and in the
/// directories above it up to the repository root (a workspace has one lockfile at its root).
pub fn locked_names(files: &dyn super::imports::ProjectFiles, manifest_path: &Path, manifest: Manifest) -> HashSet<String> {
    let e = manifest.ecosystem();
    let lockfiles: &[&str] = match e {
        Ecosystem::Npm => &["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"],
        Ecosystem::Crates => &["Cargo.lock"],
        Ecosystem::PyPI => &["poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock"],
        _ => &[],
    };
    let mut out = HashSet::new();
    for d in super::imports::project_dirs(files, manifest_path) {
        for name in lockfiles {
            let p = d.join(name);
            let Some(text) = files.read(&p) else { continue };
            let names: Vec<String> = match (Manifest::of(&p), *name) {
                (Some(kind), _) => super::extract::dependencies(kind, &text).into_iter().map(|dep| dep.name).collect(),
                // poetry.lock, uv.lock, pdm.lock: `[[package]] name = …`, the Cargo.lock shape.
                (None, "Pipfile.lock") => serde_json::from_str::<serde_json::Value>(&text)
                    .ok()
                    .map(|v| ["default", "develop"].iter().filter_map(|k| v.get(*k)?.as_object()).flat_map(|o| o.keys().cloned()).collect())
                    .unwrap_or_default(),
                (None, _) => super::extract::dependencies(Manifest::CargoLock, &text).into_iter().map(|dep| dep.name).collect(),
            };
            out.extend(names.into_iter().map(|n| e.normalize(&n)));
        }
    }
    out
}

/// The checks over dependencies already extracted.
pub fn check_dependencies(index: &Index, deps: &[Dependency], wanted: &[Check], manifest: Option<Manifest>) -> Vec<DepFinding> {
    check_dependencies_locked(index, deps, wanted, manifest, &HashSet::new())
}

/// [`check_dependencies`], with the names the project's lockfiles hold (which exist).
pub fn check_dependencies_locked(index: &Index, deps: &[Dependency], wanted: &[Check], manifest: Option<Manifest>, locked: &HashSet<String>) -> Vec<DepFinding> {
    let mut out = Vec::new();
    let want = |c: Check| wanted.contains(&c);
    for d in deps {
        let e = d.ecosystem;
        let Some((ix, data)) = index.eco(e) else { continue };
        let name = e.normalize(&d.name);
        let shown = &d.name;
        let mut flagged_name = false;

        // Malicious: every version, or the pinned one.
        // A path, Git or workspace dependency is not the registry's package of that name.
        if want(Check::MaliciousPackage) && !d.local {
            let hit = ix.malicious.get(&name).into_iter().flatten().map(|&i| &data.malicious[i]).find(|m| {
                m.every_version()
                    || d.pinned.as_ref().is_some_and(|p| {
                        m.versions.iter().any(|v| v == p || v.trim_start_matches('v') == p.trim_start_matches('v')) || version::in_any(e, p, &m.ranges)
                    })
            });
            if let Some(m) = hit {
                let what = if m.every_version() { format!("`{shown}`") } else { format!("`{shown}` {}", d.pinned.as_deref().unwrap_or("")) };
                out.push(DepFinding {
                    check: Check::MaliciousPackage,
                    range: d.name_range.clone(),
                    message: format!("{what} is a known malicious package ({}); remove it", m.id),
                    severity: None,
                    fix: None,
                    advisories: Vec::new(),
                });
                flagged_name = true;
            }
        }

        // Known vulnerable: an exact version inside an affected range.
        // Malware needs no second finding for its advisories.
        if want(Check::KnownVulnerable) && !d.local && !flagged_name {
            if let Some(pinned) = &d.pinned {
                let mut hits: Vec<(&super::snapshot::Advisory, Option<String>)> = Vec::new();
                for &i in ix.advisories.get(&name).into_iter().flatten() {
                    let a = &data.advisories[i];
                    if let Some(fix) = version::affected(e, pinned, a) {
                        hits.push((a, fix));
                    }
                }
                if !hits.is_empty() {
                    let all: Vec<&super::snapshot::Advisory> = ix.advisories.get(&name).into_iter().flatten().map(|&i| &data.advisories[i]).collect();
                    out.push(vulnerable(e, d, pinned, &hits, &all, manifest));
                }
            }
        }

        if d.local || flagged_name || index.exists(e, &name) || d.origin == Origin::Lockfile {
            continue;
        }
        // Typosquats and unknown names: direct choices only (manifests and commands), not the
        // transitive packages of a lockfile.
        if want(Check::Typosquat) {
            if let Some(l) = ix.typo.lookalike(&name) {
                let popular = written_like(e, &l.popular, &d.name);
                out.push(DepFinding {
                    check: Check::Typosquat,
                    range: d.name_range.clone(),
                    message: format!("`{shown}` is not a known {} but looks like `{popular}` ({}); check the name", e.package_noun(), l.how),
                    severity: None,
                    fix: Some((d.name_range.clone(), popular)),
                    advisories: Vec::new(),
                });
                continue;
            }
        }
        // Go modules and Maven coordinates are often private: no unknown-name hint there; nor
        // for an npm scope no popular package uses (an organisation's private scope).
        let private_scope = e == Ecosystem::Npm
            && name.starts_with('@')
            && name.split_once('/').is_some_and(|(scope, _)| !ix.rank.keys().any(|k| k.starts_with(scope) && k.as_bytes().get(scope.len()) == Some(&b'/')));
        if want(Check::UnknownPackage) && !private_scope && !locked.contains(&name) && !data.popular.is_empty() && matches!(e, Ecosystem::PyPI | Ecosystem::Npm | Ecosystem::Crates) {
            out.push(DepFinding {
                check: Check::UnknownPackage,
                range: d.name_range.clone(),
                message: format!("`{shown}` is in no bundled {} index; make sure it exists and is the one you mean", e.registry()),
                severity: None,
                fix: None,
                advisories: Vec::new(),
            });
        }
    }
    out
}

/// The crates.io name list spells `-` and `_` alike (as `_`): a suggestion follows the
/// separator the user typed. Other ecosystems' names are suggested as the index spells them.
fn written_like(e: Ecosystem, popular: &str, typed: &str) -> String {
    if e == Ecosystem::Crates && typed.contains('-') && !typed.contains('_') {
        return popular.replace('_', "-");
    }
    popular.to_owned()
}

/// The lowest version that fixes every advisory found and that no other advisory of the
/// package affects: from the highest first-fixed version, step to the fix of whatever still
/// affects it. `None` when some advisory has no fix on the way.
fn safe_version(e: Ecosystem, hits: &[(&super::snapshot::Advisory, Option<String>)], all: &[&super::snapshot::Advisory]) -> Option<String> {
    let higher = |a: &String, b: &String| match (version::Version::parse(e, a), version::Version::parse(e, b)) {
        (Some(x), Some(y)) => x.compare(&y).unwrap_or(std::cmp::Ordering::Equal),
        _ => std::cmp::Ordering::Equal,
    };
    let mut candidate = hits.iter().map(|(_, f)| f.clone()).collect::<Option<Vec<String>>>()?.into_iter().max_by(higher)?;
    for _ in 0..32 {
        let still: Vec<Option<String>> = all.iter().filter_map(|a| version::affected(e, &candidate, a)).collect();
        if still.is_empty() {
            return Some(candidate);
        }
        candidate = still.into_iter().collect::<Option<Vec<String>>>()?.into_iter().max_by(higher)?;
    }
    None
}

fn vulnerable(
    e: Ecosystem,
    d: &Dependency,
    pinned: &str,
    hits: &[(&super::snapshot::Advisory, Option<String>)],
    all: &[&super::snapshot::Advisory],
    manifest: Option<Manifest>,
) -> DepFinding {
    let worst = hits.iter().map(|(a, _)| a.severity).max().flatten();
    let fix_version = safe_version(e, hits, all);
    let first = hits.iter().map(|(a, _)| *a).max_by_key(|a| a.severity).unwrap_or(hits[0].0);
    let alias = first.aliases.iter().find(|a| a.starts_with("CVE-")).or(first.aliases.first()).filter(|a| **a != first.id);
    let rating = first.severity.map_or("not rated", AdvisorySeverity::as_str);
    let id = match alias {
        Some(a) => format!("{} ({a}, {rating})", first.id),
        None => format!("{} ({rating})", first.id),
    };
    let more = if hits.len() > 1 { format!(" and {} more", hits.len() - 1) } else { String::new() };
    // Go advisories give versions without the `v` a go.mod needs.
    let written = |v: &str| if e == Ecosystem::Go && !v.starts_with('v') { format!("v{v}") } else { v.to_owned() };
    let remedy = match &fix_version {
        Some(v) => format!("upgrade to {}", written(v)),
        None => "no fixed version; replace or remove it".to_owned(),
    };
    let message = format!("`{}` {pinned} is affected by {id}{more}; {remedy}", d.name);
    let severity = Some(match worst {
        Some(AdvisorySeverity::Critical) => redline_rules::Severity::Critical,
        Some(AdvisorySeverity::High) => redline_rules::Severity::High,
        // Unrated (the Go database rates none): reported, one step lower.
        _ => redline_rules::Severity::Medium,
    });
    // A lockfile is rewritten by its tool (hashes, integrity): no text fix there.
    let in_lockfile = manifest.is_some_and(Manifest::is_lockfile);
    let fix = match (&fix_version, &d.version_range) {
        (Some(v), Some(r)) if !in_lockfile => Some((r.clone(), if d.pinned.as_deref().is_some_and(|p| p.starts_with('v')) { written(v) } else { v.clone() })),
        _ => None,
    };
    DepFinding {
        check: Check::KnownVulnerable,
        range: d.version_range.clone().unwrap_or_else(|| d.name_range.clone()),
        message,
        severity,
        fix,
        advisories: hits.iter().map(|(a, _)| a.id.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deps::snapshot::{Advisory, EcosystemData, Interval, Malicious, Snapshot};

    fn index() -> Index {
        let mut s = Snapshot::empty();
        s.ecosystems.insert(
            "PyPI".into(),
            EcosystemData {
                popular: vec!["requests".into(), "pyyaml".into(), "flask".into()],
                ranked: true,
                known: vec!["tiny-known".into()],
                advisories: vec![Advisory {
                    id: "PYSEC-2018-28".into(),
                    aliases: vec!["CVE-2018-18074".into()],
                    package: "requests".into(),
                    severity: Some(AdvisorySeverity::High),
                    summary: String::new(),
                    ranges: vec![Interval { introduced: Some("0".into()), fixed: Some("2.20.0".into()), last_affected: None }],
                    versions: vec![],
                    npm_range: None,
                    npm_patched: None,
                }],
                malicious: vec![Malicious { id: "MAL-2022-1".into(), package: "evilpkg".into(), versions: vec![], ranges: vec![] }],
            },
        );
        Index::new(s, "test".into())
    }

    const ALL: [Check; 4] = [Check::KnownVulnerable, Check::MaliciousPackage, Check::Typosquat, Check::UnknownPackage];

    fn run(text: &str) -> Vec<(Check, String, Option<String>)> {
        let deps = crate::deps::extract::dependencies(Manifest::Requirements, text);
        check_dependencies(&index(), &deps, &ALL, Some(Manifest::Requirements))
            .into_iter()
            .map(|f| (f.check, text[f.range.clone()].to_owned(), f.fix.map(|(_, t)| t)))
            .collect()
    }

    #[test]
    fn each_check_on_requirements() {
        assert_eq!(run("requests==2.19.0\n"), vec![(Check::KnownVulnerable, "2.19.0".into(), Some("2.20.0".into()))]);
        assert_eq!(run("requests==2.20.0\nflask\n"), vec![]);
        assert_eq!(run("evilpkg==1.0\n"), vec![(Check::MaliciousPackage, "evilpkg".into(), None)]);
        assert_eq!(run("reqeusts\n"), vec![(Check::Typosquat, "reqeusts".into(), Some("requests".into()))]);
        assert_eq!(run("zzz-made-up\ntiny-known\n"), vec![(Check::UnknownPackage, "zzz-made-up".into(), None)]);
        assert_eq!(run("PyYAML==6.0\n"), vec![], "PEP 503 names match");
    }

    #[test]
    fn a_name_in_the_projects_lockfile_exists() {
        let files = crate::deps::imports::MemoryFiles(vec![
            ("p/.git".into(), std::sync::Arc::from("")),
            ("p/poetry.lock".into(), std::sync::Arc::from("[[package]]\nname = \"zzz-made-up\"\nversion = \"1.0\"\n")),
        ]);
        let locked = locked_names(&files, Path::new("p/sub/pyproject.toml"), Manifest::Pyproject);
        assert!(locked.contains("zzz-made-up"), "{locked:?}");
        let deps = crate::deps::extract::dependencies(Manifest::Requirements, "zzz-made-up\n");
        assert!(check_dependencies_locked(&index(), &deps, &ALL, Some(Manifest::Requirements), &locked).is_empty());
    }

    #[test]
    fn message_names_advisory_and_fix() {
        let deps = crate::deps::extract::dependencies(Manifest::Requirements, "requests==2.19.0\n");
        let f = &check_dependencies(&index(), &deps, &ALL, None)[0];
        assert_eq!(f.message, "`requests` 2.19.0 is affected by PYSEC-2018-28 (CVE-2018-18074, high); upgrade to 2.20.0");
        assert_eq!(f.severity, Some(redline_rules::Severity::High));
    }
}
