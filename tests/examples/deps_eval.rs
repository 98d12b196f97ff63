//! Figures for the dependency checks on the bundled snapshot (issue #17's measures):
//!
//! 1. Advisory coverage: for every advisory of a popular package (the top 1,000 of PyPI and
//!    npm; every indexed crate and Go module, whose lists are not ranked), a generated
//!    manifest pins a version inside each affected interval and, separately, the interval's
//!    fixed version. Found = the `deps.known-vulnerable` finding on that line names the
//!    advisory; a fixed version must not name it.
//! 2. Typosquat precision on the top 5,000 names of PyPI and npm themselves, and recall on
//!    generated one-edit variants of the top 500 (variants that are real names in the index
//!    excluded).
//! 3. Time to check a 200-dependency manifest once the snapshot is loaded, and the time and
//!    memory to load it.
//!
//! `cargo run --release -p redline-tests --example deps_eval`

use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

use redline::deps::check::{check_dependencies, Check};
use redline::deps::extract::{dependencies, Manifest};
use redline::deps::snapshot::{self, Advisory, Interval};
use redline::deps::version::Version;
use redline::deps::Ecosystem;

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

/// A version just below `v` in the ecosystem's order (for "introduced: 0, fixed: v").
fn below(e: Ecosystem, v: &str) -> Option<String> {
    let (prefix, body) = match e {
        Ecosystem::Go => ("v", v.trim_start_matches('v')),
        _ => ("", v),
    };
    let core: String = body.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let mut parts: Vec<u64> = core.split('.').filter(|p| !p.is_empty()).map(|p| p.parse().unwrap_or(0)).collect();
    while parts.len() < 3 {
        parts.push(0);
    }
    let candidate = if core.len() < body.len() {
        // A prerelease or suffix (`1.2.0rc1`, `1.2.0-beta`): the plain release before it.
        let i = parts.iter().rposition(|&p| p > 0)?;
        parts[i] -= 1;
        parts.iter().map(u64::to_string).collect::<Vec<_>>().join(".")
    } else {
        let i = parts.iter().rposition(|&p| p > 0)?;
        parts[i] -= 1;
        for p in parts.iter_mut().skip(i + 1) {
            *p = 999;
        }
        parts.iter().map(u64::to_string).collect::<Vec<_>>().join(".")
    };
    let out = format!("{prefix}{candidate}");
    let lower = Version::parse(e, &out)?;
    let upper = Version::parse(e, v)?;
    (lower.compare(&upper) == Some(std::cmp::Ordering::Less)).then_some(out)
}

/// (an affected version, the fixed version of that interval) per interval of the advisory.
fn cases(e: Ecosystem, a: &Advisory) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let zero = |s: &Option<String>| s.as_deref().is_none_or(|s| matches!(s, "0" | "0.0.0-0" | "0.0.0"));
    for Interval { introduced, fixed, last_affected } in &a.ranges {
        // RustSec writes some unaffected gaps as empty intervals (`introduced = fixed`).
        if introduced.is_some() && introduced == fixed {
            continue;
        }
        let affected = if let Some(last) = last_affected {
            Some(last.clone())
        } else if !zero(introduced) {
            introduced.clone()
        } else if let Some(f) = fixed {
            below(e, f)
        } else {
            Some("1.0.0".into())
        };
        if let Some(v) = affected {
            out.push((v, fixed.clone()));
        }
    }
    if a.ranges.is_empty() {
        if let Some(v) = a.versions.first() {
            out.push((v.clone(), None));
        }
    }
    if let Some(range) = &a.npm_range {
        if let Ok(r) = nodejs_semver_min(range) {
            out.push((r, None));
        }
    }
    // Go versions in a go.mod carry a `v`.
    if e == Ecosystem::Go {
        out = out.into_iter().map(|(a, f)| (format!("v{}", a.trim_start_matches('v')), f.map(|f| format!("v{}", f.trim_start_matches('v'))))).collect();
    }
    out
}

/// The lowest version an npm range allows: its first comparator's bound, or `0.0.1`.
fn nodejs_semver_min(range: &str) -> Result<String, ()> {
    let first = range.split("||").next().unwrap_or("").trim();
    for token in first.split_whitespace() {
        let t = token.trim_start_matches(['>', '=', '^', '~']);
        if token.starts_with('<') {
            continue;
        }
        if Version::parse(Ecosystem::Npm, t).is_some() {
            return Ok(t.to_owned());
        }
    }
    // Only upper bounds (`<=1.5.1`): the bound itself when inclusive.
    if let Some(t) = first.strip_prefix("<=") {
        return Ok(t.trim().to_owned());
    }
    Err(())
}

/// One generated manifest line per case, in the ecosystem's lockfile or manifest format.
fn manifest(e: Ecosystem, entries: &[(String, String)]) -> (Manifest, String) {
    match e {
        Ecosystem::PyPI => (Manifest::Requirements, entries.iter().map(|(n, v)| format!("{n}=={v}\n")).collect()),
        Ecosystem::Npm => {
            let body: Vec<String> =
                entries.iter().enumerate().map(|(i, (n, v))| format!("    \"node_modules/p{i}/node_modules/{n}\": {{ \"version\": \"{v}\" }}")).collect();
            (Manifest::PackageLock, format!("{{\n  \"lockfileVersion\": 3,\n  \"packages\": {{\n{}\n  }}\n}}\n", body.join(",\n")))
        }
        Ecosystem::Crates => (
            Manifest::CargoLock,
            entries
                .iter()
                .map(|(n, v)| format!("[[package]]\nname = \"{n}\"\nversion = \"{v}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n\n"))
                .collect(),
        ),
        Ecosystem::Go => (Manifest::GoMod, format!("module example.com/m\n\nrequire (\n{})\n", entries.iter().map(|(n, v)| format!("\t{n} {v}\n")).collect::<String>())),
        _ => unreachable!(),
    }
}

fn coverage(index: &snapshot::Index) {
    println!("## Advisory coverage (generated manifests)\n");
    println!("| ecosystem | packages | advisories | advisories without a testable version | cases | found | fixed-version cases | wrongly found |");
    println!("|---|---|---|---|---|---|---|---|");
    for e in [Ecosystem::PyPI, Ecosystem::Npm, Ecosystem::Crates, Ecosystem::Go] {
        let Some((_, data)) = index.eco(e) else { continue };
        let top: HashSet<String> = data.popular.iter().take(if data.ranked { 1000 } else { usize::MAX }).map(|n| e.normalize(n)).collect();
        let advisories: Vec<&Advisory> = data.advisories.iter().filter(|a| top.contains(a.package.as_str())).collect();
        let packages: HashSet<&str> = advisories.iter().map(|a| a.package.as_str()).collect();
        let mut affected = Vec::new();
        let mut fixed = Vec::new();
        let mut untestable = 0;
        for a in &advisories {
            let c = cases(e, a);
            untestable += usize::from(c.is_empty());
            for (v, f) in c {
                affected.push((a.package.clone(), v, a.id.clone()));
                if let Some(f) = f {
                    fixed.push((a.package.clone(), f, a.id.clone()));
                }
            }
        }
        let run = |cases: &[(String, String, String)]| -> usize {
            let entries: Vec<(String, String)> = cases.iter().map(|(n, v, _)| (n.clone(), v.clone())).collect();
            let (kind, text) = manifest(e, &entries);
            let deps = dependencies(kind, &text);
            assert_eq!(deps.len(), cases.len(), "{e:?}: every generated entry is read back");
            let findings = check_dependencies(index, &deps, &[Check::KnownVulnerable], Some(kind));
            cases
                .iter()
                .zip(&deps)
                .filter(|((_, _, id), d)| {
                    findings.iter().any(|f| (Some(&f.range) == d.version_range.as_ref() || f.range == d.name_range) && f.advisories.contains(id))
                })
                .count()
        };
        let found = run(&affected);
        let wrong = run(&fixed);
        println!("| {} | {} | {} | {untestable} | {} | {} | {} | {} |", e.osv_name(), packages.len(), advisories.len(), affected.len(), found, fixed.len(), wrong);
        if found < affected.len() {
            let entries: Vec<(String, String)> = affected.iter().map(|(n, v, _)| (n.clone(), v.clone())).collect();
            let (kind, text) = manifest(e, &entries);
            let deps = dependencies(kind, &text);
            let findings = check_dependencies(index, &deps, &[Check::KnownVulnerable], Some(kind));
            let missed: Vec<String> = affected
                .iter()
                .zip(&deps)
                .filter(|((_, _, id), d)| !findings.iter().any(|f| (Some(&f.range) == d.version_range.as_ref()) && f.advisories.contains(id)))
                .take(5)
                .map(|((n, v, id), _)| format!("{n} {v} {id}"))
                .collect();
            println!("|   missed, e.g. | {} |", missed.join("; "));
        }
    }
}

/// One-edit variants of a name: deletions, a doubled character, neighbour swaps, and
/// substitutions by a keyboard neighbour.
fn variants(name: &str) -> Vec<String> {
    let keyboard = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let neighbours = |c: char| -> Vec<char> {
        for row in keyboard {
            if let Some(i) = row.find(c) {
                let r: Vec<char> = row.chars().collect();
                return [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter_map(|j| r.get(j).copied()).collect();
            }
        }
        Vec::new()
    };
    let chars: Vec<char> = name.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let mut d = chars.clone();
        d.remove(i);
        out.push(d.iter().collect());
        let mut r = chars.clone();
        r.insert(i, chars[i]);
        out.push(r.iter().collect());
        if i + 1 < chars.len() && chars[i] != chars[i + 1] {
            let mut s = chars.clone();
            s.swap(i, i + 1);
            out.push(s.iter().collect());
        }
        for n in neighbours(chars[i]) {
            let mut s = chars.clone();
            s[i] = n;
            out.push(s.iter().collect());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn typosquats(index: &snapshot::Index) {
    println!("\n## Typosquats\n");
    println!("| ecosystem | top names checked | flagged (typosquat / unknown) | variants of top 500 | flagged typosquat | recall | recall, targets ≥ 4 chars |");
    println!("|---|---|---|---|---|---|---|");
    for e in [Ecosystem::PyPI, Ecosystem::Npm] {
        let Some((_, data)) = index.eco(e) else { continue };
        let top: Vec<&String> = data.popular.iter().take(5000).collect();
        let (kind, text) = match e {
            Ecosystem::PyPI => (Manifest::Requirements, top.iter().map(|n| format!("{n}\n")).collect::<String>()),
            _ => (
                Manifest::PackageJson,
                format!("{{\"dependencies\": {{\n{}\n}}}}", top.iter().map(|n| format!("\"{n}\": \"^1.0.0\"")).collect::<Vec<_>>().join(",\n")),
            ),
        };
        let deps = dependencies(kind, &text);
        let f = check_dependencies(index, &deps, &[Check::Typosquat, Check::UnknownPackage], Some(kind));
        let typo_fp = f.iter().filter(|f| f.check == Check::Typosquat).count();
        let unknown_fp = f.iter().filter(|f| f.check == Check::UnknownPackage).count();

        let mut cases = Vec::new();
        for name in data.popular.iter().take(500) {
            let scope_split = name.rsplit_once('/');
            let (prefix, base) = match scope_split {
                Some((s, b)) => (format!("{s}/"), b.to_owned()),
                None => (String::new(), name.clone()),
            };
            for v in variants(&base) {
                let full = format!("{prefix}{v}");
                let norm = e.normalize(&full);
                if norm.is_empty() || index.exists(e, &norm) || norm == *name {
                    continue;
                }
                cases.push((full, base.chars().count() >= 4));
            }
        }
        let (kind, text) = match e {
            Ecosystem::PyPI => (Manifest::Requirements, cases.iter().map(|(n, _)| format!("{n}\n")).collect::<String>()),
            _ => (
                Manifest::PackageJson,
                format!(
                    "{{\"dependencies\": {{\n{}\n}}}}",
                    cases.iter().map(|(n, _)| format!("\"{}\": \"^1.0.0\"", n.replace('"', ""))).collect::<Vec<_>>().join(",\n")
                ),
            ),
        };
        let deps = dependencies(kind, &text);
        let f = check_dependencies(index, &deps, &[Check::Typosquat], Some(kind));
        let flagged: HashSet<usize> = f.iter().map(|f| f.range.start).collect();
        let mut hit = 0;
        let mut long = 0;
        let mut long_hit = 0;
        for ((_, is_long), d) in cases.iter().zip(&deps) {
            let h = flagged.contains(&d.name_range.start);
            hit += usize::from(h);
            if *is_long {
                long += 1;
                long_hit += usize::from(h);
            }
        }
        println!(
            "| {} | {} | {typo_fp} / {unknown_fp} | {} | {hit} | {:.3} | {:.3} ({long_hit}/{long}) |",
            e.osv_name(),
            top.len(),
            cases.len(),
            hit as f64 / cases.len().max(1) as f64,
            long_hit as f64 / long.max(1) as f64
        );
    }
}

fn speed(index: &snapshot::Index) {
    let Some((_, data)) = index.eco(Ecosystem::PyPI) else { return };
    // 200 popular packages, each pinned to the fixed version of one of its advisories when it
    // has one (so the lookups run the version comparisons), else 1.0.0.
    let text: String = data
        .popular
        .iter()
        .take(200)
        .map(|n| {
            let v = data.advisories.iter().find(|a| &a.package == n).and_then(|a| a.ranges.iter().find_map(|r| r.fixed.clone())).unwrap_or_else(|| "1.0.0".into());
            format!("{n}=={v}\n")
        })
        .collect();
    let path = Path::new("requirements.txt");
    let all = [Check::KnownVulnerable, Check::MaliciousPackage, Check::Typosquat, Check::UnknownPackage];
    let mut times = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let f = redline::deps::check::check(path, redline::languages::Language::Text, &text, None, &all, None);
        std::hint::black_box(f);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!("\n## Speed\n");
    println!("200-dependency requirements.txt, snapshot loaded: median {:.3} ms, p99 {:.3} ms (200 runs)", times[100], times[197]);
}

fn main() {
    let rss0 = rss_kb();
    let t = Instant::now();
    let index = snapshot::index();
    let load = t.elapsed().as_secs_f64() * 1000.0;
    let rss1 = rss_kb();
    let t = Instant::now();
    let mut per = Vec::new();
    for e in Ecosystem::ALL {
        let (r, t) = (rss_kb(), Instant::now());
        let _ = index.eco(e);
        per.push(format!("{} {:.0} ms +{:.1} MB", e.osv_name(), t.elapsed().as_secs_f64() * 1000.0, (rss_kb() as f64 - r as f64) / 1024.0));
    }
    let tables = t.elapsed().as_secs_f64() * 1000.0;
    let rss2 = rss_kb();
    println!(
        "snapshot {} ({}): decoded in {load:.1} ms (+{:.1} MB RSS); lookup tables of every ecosystem in {tables:.1} ms (+{:.1} MB)\n",
        index.origin,
        index.snapshot.created,
        (rss1 as f64 - rss0 as f64) / 1024.0,
        (rss2 as f64 - rss1 as f64) / 1024.0
    );
    println!("per ecosystem: {}\n", per.join(", "));
    coverage(index);
    typosquats(index);
    speed(index);
}
