//! Versions compared by each ecosystem's own rules: PEP 440 for PyPI (`pep440_rs`), npm's
//! semver (`nodejs-semver`, also for npm range expressions), SemVer 2 for crates.io and Go
//! module versions (`semver`, after Go's `v` prefix and `+incompatible` suffix are dropped).
//! RubyGems and Maven versions are not compared (no advisories for them are bundled).

use std::cmp::Ordering;
use std::str::FromStr;

use super::snapshot::{Advisory, Interval};
use super::Ecosystem;

/// A parsed version of one ecosystem.
#[derive(Debug, Clone)]
pub enum Version {
    Pep440(pep440_rs::Version),
    Npm(nodejs_semver::Version),
    Semver(semver::Version),
}

impl Version {
    pub fn parse(e: Ecosystem, s: &str) -> Option<Version> {
        let s = s.trim();
        match e {
            Ecosystem::PyPI => pep440_rs::Version::from_str(s).ok().map(Version::Pep440),
            Ecosystem::Npm => nodejs_semver::Version::parse(s.trim_start_matches(['v', '='])).ok().map(Version::Npm),
            Ecosystem::Crates => semver::Version::parse(s).ok().map(Version::Semver),
            Ecosystem::Go => {
                let s = s.strip_prefix('v').unwrap_or(s);
                let s = s.strip_suffix("+incompatible").unwrap_or(s);
                semver::Version::parse(s).ok().map(Version::Semver)
            }
            Ecosystem::RubyGems | Ecosystem::Maven => None,
        }
    }

    pub fn compare(&self, other: &Version) -> Option<Ordering> {
        match (self, other) {
            (Version::Pep440(a), Version::Pep440(b)) => Some(a.cmp(b)),
            (Version::Npm(a), Version::Npm(b)) => Some(a.cmp(b)),
            (Version::Semver(a), Version::Semver(b)) => Some(a.cmp(b)),
            _ => None,
        }
    }
}

/// OSV's "0" lower bound (and RustSec's `0.0.0-0`): every version.
fn is_zero(s: &str) -> bool {
    matches!(s.trim(), "0" | "0.0.0-0" | "0.0.0" | "v0.0.0")
}

/// Whether `v` lies in the interval.
pub fn in_interval(e: Ecosystem, v: &Version, i: &Interval) -> bool {
    let cmp = |bound: &str| Version::parse(e, bound).and_then(|b| v.compare(&b));
    if let Some(lo) = i.introduced.as_deref().filter(|s| !is_zero(s)) {
        match cmp(lo) {
            Some(Ordering::Less) | None => return false,
            _ => {}
        }
    }
    if let Some(fixed) = &i.fixed {
        return matches!(cmp(fixed), Some(Ordering::Less));
    }
    if let Some(last) = &i.last_affected {
        return matches!(cmp(last), Some(Ordering::Less | Ordering::Equal));
    }
    true
}

/// Whether an exact version lies in any of the intervals.
pub fn in_any(e: Ecosystem, version: &str, intervals: &[Interval]) -> bool {
    Version::parse(e, version).is_some_and(|v| intervals.iter().any(|i| in_interval(e, &v, i)))
}

/// Whether an exact version is affected by an advisory; `Some(fix)` when it is, with the
/// first fixed version above it (`None`: no fixed version is known).
pub fn affected(e: Ecosystem, version: &str, adv: &Advisory) -> Option<Option<String>> {
    let v = Version::parse(e, version)?;
    if let (Ecosystem::Npm, Some(range)) = (e, &adv.npm_range) {
        let Version::Npm(nv) = &v else { return None };
        let r = nodejs_semver::Range::parse(range).ok()?;
        if !r.satisfies(nv) {
            return None;
        }
        let fix = adv
            .npm_patched
            .as_deref()
            .and_then(|p| nodejs_semver::Range::parse(p).ok())
            .and_then(|p| first_patched_above(&p, nv));
        return Some(fix);
    }
    for i in &adv.ranges {
        if in_interval(e, &v, i) {
            return Some(i.fixed.clone());
        }
    }
    let listed = adv.versions.iter().any(|x| x == version || Version::parse(e, x).and_then(|x| v.compare(&x)) == Some(Ordering::Equal));
    listed.then(|| {
        // A list of versions: the fix is the first fixed bound above it, if any range has one.
        adv.ranges
            .iter()
            .filter_map(|i| i.fixed.as_ref())
            .filter(|f| Version::parse(e, f).and_then(|f| f.compare(&v)) == Some(Ordering::Greater))
            .min_by(|a, b| {
                Version::parse(e, a).and_then(|a| Version::parse(e, b).and_then(|b| a.compare(&b))).unwrap_or(Ordering::Equal)
            })
            .cloned()
    })
}

/// The lowest version the patched range allows above `v`: each `>=x` / `^x` / `~x` lower bound
/// of the range expression that is above `v` and satisfies it.
fn first_patched_above(patched: &nodejs_semver::Range, v: &nodejs_semver::Version) -> Option<String> {
    let text = patched.to_string();
    let mut best: Option<nodejs_semver::Version> = None;
    for token in text.split(|c: char| c.is_whitespace() || c == '|') {
        let t = token.trim_start_matches(['>', '=', '^', '~']);
        let Ok(candidate) = nodejs_semver::Version::parse(t) else { continue };
        if candidate > *v && candidate.satisfies(patched) && best.as_ref().is_none_or(|b| candidate < *b) {
            best = Some(candidate);
        }
    }
    best.map(|b| b.to_string())
}

/// The exact version a requirement names, if it names one: `==1.2.3` / `===1.2.3` (PyPI),
/// `1.2.3` / `=1.2.3` / `v1.2.3` (npm), `=1.2.3` (Cargo), `v1.2.3` (Go).
pub fn pinned(e: Ecosystem, requirement: &str) -> Option<String> {
    let r = requirement.trim();
    let exact = match e {
        Ecosystem::PyPI => {
            let rest = r.strip_prefix("===").or_else(|| r.strip_prefix("=="))?.trim();
            if rest.contains([',', '*', ';']) {
                return None;
            }
            rest
        }
        Ecosystem::Npm => {
            let rest = r.strip_prefix('=').unwrap_or(r).trim();
            let rest = rest.strip_prefix('v').unwrap_or(rest);
            if rest.contains([' ', '|', '<', '>', '^', '~', '*', 'x', 'X']) {
                return None;
            }
            rest
        }
        Ecosystem::Crates => r.strip_prefix('=')?.trim(),
        Ecosystem::Go => r,
        Ecosystem::RubyGems => {
            let rest = r.strip_prefix('=').unwrap_or(r).trim();
            if !rest.chars().next().is_some_and(|c| c.is_ascii_digit()) || rest.contains([' ', ',', '<', '>', '~']) {
                return None;
            }
            return Some(rest.to_owned());
        }
        Ecosystem::Maven => {
            return (!r.is_empty() && !r.contains(['[', '(', '$', ','])).then(|| r.to_owned());
        }
    };
    Version::parse(e, exact).map(|_| exact.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn adv(ranges: Vec<Interval>) -> Advisory {
        Advisory {
            id: "X".into(),
            aliases: vec![],
            package: "p".into(),
            severity: None,
            summary: String::new(),
            ranges,
            versions: vec![],
            npm_range: None,
            npm_patched: None,
        }
    }

    fn iv(lo: Option<&str>, fixed: Option<&str>, last: Option<&str>) -> Interval {
        Interval { introduced: lo.map(Into::into), fixed: fixed.map(Into::into), last_affected: last.map(Into::into) }
    }

    #[test]
    fn pep440_order_decides_pypi_ranges() {
        let a = adv(vec![iv(Some("0"), Some("2.31.0"), None)]);
        assert_eq!(affected(Ecosystem::PyPI, "2.30.0", &a), Some(Some("2.31.0".into())));
        assert_eq!(affected(Ecosystem::PyPI, "2.31.0rc1", &a), Some(Some("2.31.0".into())));
        assert_eq!(affected(Ecosystem::PyPI, "2.31.0", &a), None);
        assert_eq!(affected(Ecosystem::PyPI, "2.31.0.post1", &a), None);
        // 2.9 < 2.10 numerically, not as strings.
        let b = adv(vec![iv(Some("2.9"), Some("2.10"), None)]);
        assert_eq!(affected(Ecosystem::PyPI, "2.9.5", &b), Some(Some("2.10".into())));
    }

    #[test]
    fn last_affected_is_inclusive_and_no_end_means_no_fix() {
        let a = adv(vec![iv(Some("1.0.0"), None, Some("1.4.0"))]);
        assert_eq!(affected(Ecosystem::Crates, "1.4.0", &a), Some(None));
        assert_eq!(affected(Ecosystem::Crates, "1.4.1", &a), None);
        assert_eq!(affected(Ecosystem::Crates, "0.9.0", &a), None);
        let open = adv(vec![iv(Some("0"), None, None)]);
        assert_eq!(affected(Ecosystem::Go, "v1.2.3", &open), Some(None));
    }

    #[test]
    fn go_versions_drop_v_and_incompatible() {
        let a = adv(vec![iv(Some("0"), Some("1.9.1"), None)]);
        assert_eq!(affected(Ecosystem::Go, "v1.9.0", &a), Some(Some("1.9.1".into())));
        assert_eq!(affected(Ecosystem::Go, "v1.9.1", &a), None);
        let b = adv(vec![iv(Some("0"), Some("2.0.1+incompatible"), None)]);
        assert_eq!(affected(Ecosystem::Go, "v2.0.0+incompatible", &b), Some(Some("2.0.1+incompatible".into())));
        // Pseudo-versions are prereleases of the next patch.
        assert!(affected(Ecosystem::Go, "v0.0.0-20200101000000-abcdef123456", &adv(vec![iv(Some("0"), Some("0.1.0"), None)])).is_some());
    }

    #[test]
    fn npm_range_records_and_patched_versions() {
        let mut a = adv(vec![]);
        a.npm_range = Some("<=1.5.1 || >=2.0.0 <2.0.3".into());
        a.npm_patched = Some(">=1.5.2 <2.0.0 || >=2.0.3".into());
        assert_eq!(affected(Ecosystem::Npm, "1.5.1", &a), Some(Some("1.5.2".into())));
        assert_eq!(affected(Ecosystem::Npm, "2.0.2", &a), Some(Some("2.0.3".into())));
        assert_eq!(affected(Ecosystem::Npm, "1.5.2", &a), None);
    }

    #[test]
    fn pins_per_ecosystem() {
        assert_eq!(pinned(Ecosystem::PyPI, "==2.0.1").as_deref(), Some("2.0.1"));
        assert_eq!(pinned(Ecosystem::PyPI, ">=2.0.1"), None);
        assert_eq!(pinned(Ecosystem::PyPI, "==2.*"), None);
        assert_eq!(pinned(Ecosystem::Npm, "4.17.15").as_deref(), Some("4.17.15"));
        assert_eq!(pinned(Ecosystem::Npm, "^4.17.15"), None);
        assert_eq!(pinned(Ecosystem::Npm, "1.x"), None);
        assert_eq!(pinned(Ecosystem::Crates, "=0.10.1").as_deref(), Some("0.10.1"));
        assert_eq!(pinned(Ecosystem::Crates, "0.10.1"), None);
        assert_eq!(pinned(Ecosystem::Go, "v1.2.3").as_deref(), Some("v1.2.3"));
    }
}
