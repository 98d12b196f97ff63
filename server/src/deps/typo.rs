//! Typosquat candidates: is a name one slip away from a popular one? Compared against the
//! most popular names of an ecosystem (the caller has already checked that the name itself is
//! not a known package): one insertion, deletion, substitution or swap of neighbours
//! (a repeated character is an insertion), separator confusion (`-`, `_`, `.` or none), an
//! added or dropped `python-` / `py` / `js` / `node-` affix, and look-alike characters
//! (`0`/`o`, `1`/`l`, `rn`/`m`, non-ASCII homoglyphs).
//!
//! Single edits use symmetric deletion: every popular name and every name with one character
//! deleted are keys to the popular name, so a lookup costs a few dozen probes. Keys are kept
//! as 64-bit hashes in one sorted array (a collision only adds a candidate, which the exact
//! edit check then rejects): about 12 bytes per key instead of a string each.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::Ecosystem;

/// Names shorter than this are not typosquat targets: one edit from a three-letter name is
/// another ordinary word (`six` / `sip`).
const MIN_TARGET_LEN: usize = 4;

#[derive(Default)]
pub struct TypoIndex {
    /// (hash of a popular name or of it with one character deleted, index into `names`),
    /// sorted.
    deletions: Vec<(u64, u32)>,
    /// A popular name without separators → the names.
    skeleton: HashMap<String, Vec<u32>>,
    /// Normalised names.
    names: Vec<String>,
    /// The names as the index spells them (what a fix writes).
    written: Vec<String>,
    ecosystem: Option<Ecosystem>,
}

/// Why a name looks like a popular one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookalike {
    pub popular: String,
    pub how: &'static str,
}

impl TypoIndex {
    pub fn new<'a>(e: Ecosystem, names: impl Iterator<Item = &'a str>) -> TypoIndex {
        let mut ix = TypoIndex { ecosystem: Some(e), ..TypoIndex::default() };
        for written in names {
            let normalized = e.normalize(written);
            let name = normalized.as_str();
            let comparable = comparable_part(e, name);
            if comparable.chars().count() < MIN_TARGET_LEN {
                continue;
            }
            let id = ix.names.len() as u32;
            ix.names.push(name.to_owned());
            ix.written.push(written.to_owned());
            for key in std::iter::once(comparable.to_owned()).chain(deletions(comparable)) {
                ix.deletions.push((hash(&key), id));
            }
            ix.skeleton.entry(skeleton(name)).or_default().push(id);
        }
        ix.deletions.sort_unstable();
        ix.deletions.dedup();
        ix.deletions.shrink_to_fit();
        ix
    }

    /// The popular name that `name` (normalised, not itself a known package) imitates, if any.
    pub fn lookalike(&self, name: &str) -> Option<Lookalike> {
        let e = self.ecosystem?;
        if self.names.is_empty() {
            return None;
        }
        // Separator confusion: `python_dateutil` for `python-dateutil`, `lodashes` no.
        if let Some(ids) = self.skeleton.get(&skeleton(name)) {
            if let Some(&id) = ids.iter().find(|&&id| self.names[id as usize] != name) {
                return Some(Lookalike { popular: self.written[id as usize].clone(), how: "separators" });
            }
        }
        // Look-alike characters.
        let folded = fold_homoglyphs(name);
        if folded != name {
            if let Some(p) = self.exact(&folded) {
                return Some(Lookalike { popular: p, how: "look-alike characters" });
            }
        }
        // Affixes.
        for stripped in affix_variants(e, name) {
            if let Some(p) = self.exact(&stripped) {
                return Some(Lookalike { popular: p, how: "an affix" });
            }
        }
        // One edit on the comparable part (the package name of a scoped npm name or the last
        // path elements of a Go module keep their prefix).
        let comparable = comparable_part(e, name);
        let prefix = &name[..name.len() - comparable.len()];
        if comparable.chars().count() < MIN_TARGET_LEN - 1 {
            return None;
        }
        let mut candidates: Vec<u32> = Vec::new();
        for key in std::iter::once(comparable.to_owned()).chain(deletions(comparable)) {
            let h = hash(&key);
            let start = self.deletions.partition_point(|(k, _)| *k < h);
            candidates.extend(self.deletions[start..].iter().take_while(|(k, _)| *k == h).map(|(_, id)| *id));
        }
        candidates.sort_unstable();
        candidates.dedup();
        // The likeliest slip first (a swap, then a repeat, a missing, an added, a changed
        // character), then the most popular name (lowest id: names are added in rank order).
        let mut best: Option<(usize, u32, &'static str)> = None;
        for id in candidates {
            let popular = &self.names[id as usize];
            let p_comparable = comparable_part(e, popular);
            if popular == name || &popular[..popular.len() - p_comparable.len()] != prefix {
                continue;
            }
            if let Some(how) = one_edit(comparable, p_comparable) {
                let class = EDIT_CLASSES.iter().position(|c| *c == how).unwrap_or(EDIT_CLASSES.len());
                if best.is_none_or(|(c, i, _)| (class, id) < (c, i)) {
                    best = Some((class, id, how));
                }
            }
        }
        best.map(|(_, id, how)| Lookalike { popular: self.written[id as usize].clone(), how })
    }

    fn exact(&self, name: &str) -> Option<String> {
        self.skeleton.get(&skeleton(name))?.iter().find(|&&id| self.names[id as usize] == name).map(|&id| self.written[id as usize].clone())
    }
}

/// The part of a name that is typed by hand: npm's package name without the scope, a Go
/// module path without its host (`github.com/`), Maven's artifact; the whole name otherwise.
fn comparable_part(e: Ecosystem, name: &str) -> &str {
    match e {
        Ecosystem::Npm => name.rsplit_once('/').map_or(name, |(_, n)| n),
        Ecosystem::Go => name.split_once('/').map_or(name, |(_, rest)| rest),
        _ => name,
    }
}

/// Kinds of single edits, likeliest first.
const EDIT_CLASSES: [&str; 5] = ["two characters swapped", "a character repeated", "one character missing", "one character added", "one character changed"];

fn hash(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn deletions(s: &str) -> impl Iterator<Item = String> + '_ {
    s.char_indices().map(move |(i, c)| {
        let mut out = String::with_capacity(s.len());
        out.push_str(&s[..i]);
        out.push_str(&s[i + c.len_utf8()..]);
        out
    })
}

fn skeleton(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '-' | '_' | '.')).flat_map(char::to_lowercase).collect()
}

/// One insertion, deletion, substitution or swap of neighbours turns `a` into `b`: which.
fn one_edit(a: &str, b: &str) -> Option<&'static str> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if la == lb {
        if prefix == la {
            return None;
        }
        let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
        let diff = la - prefix - suffix;
        if diff == 1 {
            return Some("one character changed");
        }
        if diff == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] {
            return Some("two characters swapped");
        }
        return None;
    }
    let (long, short) = if la > lb { (&a, &b) } else { (&b, &a) };
    if long.len() != short.len() + 1 {
        return None;
    }
    let suffix = long.iter().rev().zip(short.iter().rev()).take_while(|(x, y)| x == y).count();
    if prefix + suffix < short.len() {
        return None;
    }
    if la > lb {
        // A doubled character reads as a repeat.
        let i = prefix.min(long.len() - 1);
        let repeated = (i > 0 && long[i] == long[i - 1]) || (i + 1 < long.len() && long[i] == long[i + 1]);
        Some(if repeated { "a character repeated" } else { "one character added" })
    } else {
        Some("one character missing")
    }
}

/// Characters that read as others: digits for letters, `rn` for `m`, `vv` for `w`, and
/// common non-ASCII confusables (Cyrillic and Greek letters that look Latin).
fn fold_homoglyphs(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        out.push(match c {
            '0' => 'o',
            '1' => 'l',
            'а' => 'a',
            'е' => 'e',
            'о' | 'ο' => 'o',
            'р' | 'ρ' => 'p',
            'с' => 'c',
            'х' => 'x',
            'у' => 'y',
            'і' | 'ı' => 'i',
            'ј' => 'j',
            'ѕ' => 's',
            'ԁ' => 'd',
            'ɡ' => 'g',
            'ν' => 'v',
            c => c,
        });
    }
    out.replace("rn", "m").replace("vv", "w")
}

/// The name with a popular affix added or taken away.
fn affix_variants(e: Ecosystem, name: &str) -> Vec<String> {
    let (prefixes, suffixes): (&[&str], &[&str]) = match e {
        Ecosystem::PyPI => (&["python-", "py-", "py", "python3-", "pip-"], &["-python", "-py", "py", "3", "-lib"]),
        Ecosystem::Npm => (&["node-", "js-", "nodejs-", "npm-"], &["-js", ".js", "js", "-node", "-npm"]),
        Ecosystem::Crates => (&["rust-", "rs-"], &["-rs", "-rust", "-sys"]),
        _ => (&[], &[]),
    };
    let mut out = Vec::new();
    for p in prefixes {
        if let Some(rest) = name.strip_prefix(p).filter(|r| r.len() >= MIN_TARGET_LEN) {
            out.push(rest.to_owned());
        }
        out.push(format!("{p}{name}"));
    }
    for s in suffixes {
        if let Some(rest) = name.strip_suffix(s).filter(|r| r.len() >= MIN_TARGET_LEN) {
            out.push(rest.to_owned());
        }
        out.push(format!("{name}{s}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix(e: Ecosystem) -> TypoIndex {
        TypoIndex::new(e, ["requests", "python-dateutil", "beautifulsoup4", "numpy", "lodash", "@babel/core", "express", "six", "serde"].into_iter())
    }

    #[test]
    fn one_edit_variants_are_found() {
        let i = ix(Ecosystem::PyPI);
        for (typo, how) in [
            ("reqests", "one character missing"),
            ("requestss", "a character repeated"),
            ("requezts", "one character changed"),
            ("reqeusts", "two characters swapped"),
            ("nunpy", "one character changed"),
        ] {
            let found = i.lookalike(typo).unwrap_or_else(|| panic!("{typo}"));
            assert_eq!(found.how, how, "{typo}");
        }
        assert_eq!(i.lookalike("python-dateutl").map(|l| l.popular), Some("python-dateutil".into()));
    }

    #[test]
    fn the_likeliest_slip_wins_and_the_spelling_is_kept() {
        let crates = TypoIndex::new(Ecosystem::Crates, ["tokei", "tokio", "clamp", "clap", "serde_json"].into_iter());
        assert_eq!(crates.lookalike("tokoi").map(|l| l.popular), Some("tokio".into()));
        assert_eq!(crates.lookalike("clapp").map(|l| l.popular), Some("clap".into()));
        assert_eq!(crates.lookalike("serde-jsno").map(|l| l.popular), Some("serde_json".into()));
        let go = TypoIndex::new(Ecosystem::Go, ["github.com/Sirupsen/logrus"].into_iter());
        assert!(go.lookalike("github.com/sirupsen/logruss").is_some());
    }

    #[test]
    fn separators_affixes_and_homoglyphs() {
        let i = ix(Ecosystem::PyPI);
        assert_eq!(i.lookalike("pythondateutil").map(|l| l.how), Some("separators"));
        assert_eq!(i.lookalike("python-requests").map(|l| l.how), Some("an affix"));
        assert_eq!(i.lookalike("requests-py").map(|l| l.how), Some("an affix"));
        assert_eq!(i.lookalike("nurnpy").map(|l| l.how), Some("look-alike characters"));
        assert_eq!(i.lookalike("reqьests").map(|l| l.how), Some("one character changed"));
        let n = ix(Ecosystem::Npm);
        assert_eq!(n.lookalike("1odash").map(|l| l.how), Some("look-alike characters"));
        assert_eq!(n.lookalike("lodash-js").map(|l| l.how), Some("an affix"));
        assert_eq!(n.lookalike("@babel/cores").map(|l| l.popular), Some("@babel/core".into()));
        assert_eq!(n.lookalike("@evil/core"), None, "another scope is not one edit");
    }

    #[test]
    fn unrelated_and_short_names_are_not() {
        let i = ix(Ecosystem::PyPI);
        assert_eq!(i.lookalike("sip"), None);
        assert_eq!(i.lookalike("flask"), None);
        assert_eq!(i.lookalike("requests"), None);
        assert_eq!(i.lookalike("requests-oauthlib"), None);
    }
}
