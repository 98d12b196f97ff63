//! Install commands in scripts, Dockerfiles, CI workflows, Markdown and agents' shell tool
//! calls: `pip install x==1.2`, `uv add x`, `poetry add x`, `npm i x@1.2.3`, `yarn add`,
//! `pnpm add`, `bun add`, `cargo add`/`cargo install`, `go get`/`go install`, `gem install`.
//! The text is split into shell words (quotes removed, byte ranges kept); a command ends at a
//! newline without a `\` before it, `;`, `&&`, `||`, `|`, a parenthesis or a backtick.

use std::ops::Range;

use super::extract::{pep508, split_at_version};
use super::{version, Dependency, Ecosystem, Origin};

/// A shell word: its text without quotes and the byte range of that text.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    range: Range<usize>,
    /// The word had quotes or escapes: its text is not a plain slice of the source.
    quoted: bool,
}

/// Words of `text`, grouped into commands.
fn commands(text: &str) -> Vec<Vec<Word>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut cmd: Vec<Word> = Vec::new();
    let mut i = 0;
    let end_command = |cmd: &mut Vec<Word>, out: &mut Vec<Vec<Word>>| {
        if !cmd.is_empty() {
            out.push(std::mem::take(cmd));
        }
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'\\' if b.get(i + 1) == Some(&b'\n') => i += 2,
            b'\\' if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') => i += 3,
            b' ' | b'\t' | b'\r' => i += 1,
            b'\n' | b';' | b'|' | b'&' | b'(' | b')' | b'`' | b'{' | b'}' => {
                end_command(&mut cmd, &mut out);
                i += 1;
            }
            b'#' if cmd.is_empty() || i == 0 || matches!(b[i - 1], b' ' | b'\t') => {
                // A comment to the end of the line (Markdown headings are not commands either).
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {
                let start = i;
                let mut word = String::new();
                let mut quoted = false;
                let mut content_start = None;
                let mut content_end = i;
                while i < b.len() {
                    let c = b[i];
                    if matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b';' | b'|' | b'&' | b'(' | b')' | b'`' | b'{' | b'}') {
                        break;
                    }
                    if c == b'"' || c == b'\'' {
                        quoted = true;
                        let close = text[i + 1..].find(c as char).map(|n| i + 1 + n);
                        let Some(close) = close.filter(|&n| !text[i + 1..n].contains('\n')) else {
                            i += 1;
                            continue;
                        };
                        content_start.get_or_insert(i + 1);
                        word.push_str(&text[i + 1..close]);
                        content_end = close;
                        i = close + 1;
                        continue;
                    }
                    let ch = text[i..].chars().next().unwrap_or(' ');
                    content_start.get_or_insert(i);
                    word.push(ch);
                    i += ch.len_utf8();
                    content_end = i;
                }
                if i == start {
                    i += 1;
                    continue;
                }
                let s = content_start.unwrap_or(start);
                cmd.push(Word { text: word, range: s..content_end.max(s), quoted });
            }
        }
    }
    end_command(&mut cmd, &mut out);
    out
}

/// Which tool and which words are package specs.
fn install_specs(words: &[Word]) -> Option<(Ecosystem, usize, &'static [&'static str], bool)> {
    let w = |i: usize| words.get(i).map(|w| w.text.as_str()).unwrap_or("");
    for i in 0..words.len() {
        let tool = w(i);
        let base = tool.rsplit('/').next().unwrap_or(tool);
        let found = match base {
            "pip" | "pip3" | "pipx" => (w(i + 1) == "install").then_some((Ecosystem::PyPI, i + 2)),
            b if b.starts_with("pip3.") => (w(i + 1) == "install").then_some((Ecosystem::PyPI, i + 2)),
            b if b.starts_with("python") && w(i + 1) == "-m" && w(i + 2) == "pip" && w(i + 3) == "install" => Some((Ecosystem::PyPI, i + 4)),
            "uv" if w(i + 1) == "pip" && w(i + 2) == "install" => Some((Ecosystem::PyPI, i + 3)),
            "uv" | "poetry" | "pdm" | "rye" if w(i + 1) == "add" => Some((Ecosystem::PyPI, i + 2)),
            "pipenv" if w(i + 1) == "install" => Some((Ecosystem::PyPI, i + 2)),
            "npm" | "pnpm" | "bun" if matches!(w(i + 1), "install" | "i" | "add" | "isntall") => Some((Ecosystem::Npm, i + 2)),
            "yarn" if w(i + 1) == "add" => Some((Ecosystem::Npm, i + 2)),
            "yarn" if w(i + 1) == "global" && w(i + 2) == "add" => Some((Ecosystem::Npm, i + 3)),
            "cargo" if matches!(w(i + 1), "add" | "install") => Some((Ecosystem::Crates, i + 2)),
            "go" if matches!(w(i + 1), "get" | "install") => Some((Ecosystem::Go, i + 2)),
            "gem" if w(i + 1) == "install" => Some((Ecosystem::RubyGems, i + 2)),
            _ => None,
        };
        if let Some((e, at)) = found {
            let valued: &'static [&'static str] = match e {
                Ecosystem::PyPI => &[
                    "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-t",
                    "--target", "--prefix", "--root", "-f", "--find-links", "--platform", "--python-version", "--implementation",
                    "--abi", "--only-binary", "--no-binary", "--progress-bar", "--trusted-host", "--cache-dir", "--src",
                    "--upgrade-strategy", "--config-settings", "-C", "--python", "-p", "--group", "-G", "--optional", "--source",
                    "--extra", "--index", "--default-index", "--constraints", "--with", "--spec",
                ],
                Ecosystem::Npm => &["--registry", "--tag", "-w", "--workspace", "--prefix", "--omit", "--include", "--save-prefix", "--cwd", "--filter", "-C", "--dir"],
                Ecosystem::Crates => &[
                    "--vers", "--version", "--git", "--path", "--registry", "-F", "--features", "--rename", "--branch", "--tag", "--rev",
                    "-p", "--package", "--target", "--manifest-path", "--index", "--root", "--bin", "--example", "-j", "--jobs", "--profile",
                ],
                Ecosystem::Go => &["-modfile", "-o", "-tags", "-ldflags", "-gcflags"],
                Ecosystem::RubyGems => &["-v", "--version", "-s", "--source", "-i", "--install-dir", "-n", "--bindir", "--platform"],
                Ecosystem::Maven => &[],
            };
            // `cargo add x@1.2.3` writes the caret requirement `1.2.3`; `cargo install x@1.2.3`
            // installs exactly 1.2.3.
            let bare_is_exact = !(e == Ecosystem::Crates && w(i + 1) == "add");
            return Some((e, at, valued, bare_is_exact));
        }
    }
    None
}

/// Whether the text may hold an install command at all (a cheap filter before tokenising).
pub fn may_contain(text: &str) -> bool {
    text.contains("install") || text.contains(" add ") || text.contains(" get ") || text.contains(" i ")
}

/// The packages install commands in `text` name.
pub fn dependencies(text: &str) -> Vec<Dependency> {
    if !may_contain(text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for words in commands(text) {
        let Some((e, start, valued, bare_is_exact)) = install_specs(&words) else { continue };
        let mut i = start;
        let mut version_flag: Option<&Word> = None;
        let mut specs = Vec::new();
        while i < words.len() {
            let w = &words[i];
            let t = w.text.as_str();
            if t.starts_with('-') {
                let (flag, inline) = t.split_once('=').map_or((t, false), |(f, _)| (f, true));
                if matches!(flag, "--vers" | "--version" | "-v") && !inline {
                    version_flag = words.get(i + 1);
                }
                if flag == "--" {
                    i += 1;
                    continue;
                }
                i += if valued.contains(&flag) && !inline { 2 } else { 1 };
                continue;
            }
            // Shell and template variables, redirections: not a package.
            if t.is_empty() || t.contains('$') || t.starts_with(['>', '<']) || t.contains("{{") {
                i += 1;
                continue;
            }
            specs.push(w);
            i += 1;
        }
        for w in specs {
            if let Some(mut d) = spec(e, w, bare_is_exact) {
                if let (Some(v), None) = (version_flag, &d.pinned) {
                    if let Some(p) = version::pinned(e, &v.text).or_else(|| version::pinned(e, &format!("=={}", v.text)).filter(|_| e == Ecosystem::PyPI)) {
                        d.requirement = Some(v.text.clone());
                        d.version_range = (!v.quoted || v.range.len() == p.len()).then(|| v.range.clone());
                        d.pinned = Some(p);
                    } else if e != Ecosystem::PyPI {
                        let exact = v.text.trim_start_matches('=').trim();
                        if version::Version::parse(e, exact).is_some() {
                            d.requirement = Some(v.text.clone());
                            d.pinned = Some(exact.to_owned());
                            d.version_range = Some(v.range.clone());
                        }
                    }
                }
                d.origin = Origin::Command;
                out.push(d);
            }
        }
    }
    out
}

fn spec(e: Ecosystem, w: &Word, bare_is_exact: bool) -> Option<Dependency> {
    let t = w.text.as_str();
    let looks_local = t.starts_with(['.', '/', '~']) || t.contains("://") || t.starts_with("git+") || t.starts_with("file:");
    let at = w.range.start;
    // Ranges inside a word with quotes in the middle would not line up: report the word.
    let exact_ranges = !w.quoted || w.range.len() == t.len();
    let mut d = match e {
        Ecosystem::PyPI => {
            if looks_local || t.ends_with(".whl") || t.ends_with(".tar.gz") || t.ends_with(".zip") || t.contains('/') {
                return None;
            }
            // Poetry's `name@1.2.3` (exact) / `name@^1.2` (a constraint).
            match t.split_once('@').filter(|(n, v)| !n.is_empty() && !v.is_empty() && !v.contains(':')) {
                Some((name, ver)) => {
                    let exact = ver.strip_prefix("==").unwrap_or(ver);
                    let mut d = pep508(name, at)?;
                    d.requirement = Some(ver.to_owned());
                    if let Some(p) = version::pinned(e, &format!("=={exact}")) {
                        let vstart = at + t.len() - exact.len();
                        d.version_range = Some(vstart..vstart + exact.len());
                        d.pinned = Some(p);
                    }
                    d
                }
                None => pep508(t, at)?,
            }
        }
        Ecosystem::Npm | Ecosystem::Crates | Ecosystem::Go => {
            if looks_local {
                return None;
            }
            let (name, ver) = split_at_version(t);
            if name.is_empty() {
                return None;
            }
            let valid_name = match e {
                Ecosystem::Npm => {
                    let plain = name.strip_prefix('@').map_or(name, |n| n);
                    (name.starts_with('@') || !name.contains('/')) && plain.chars().all(|c| c.is_ascii_alphanumeric() || "-._~/".contains(c))
                }
                Ecosystem::Crates => name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                _ => name.contains('.') && name.contains('/') && !name.starts_with('-'),
            };
            if !valid_name {
                return None;
            }
            let mut d = Dependency::new(e, name, at..at + name.len(), Origin::Command);
            d.requirement = ver.map(str::to_owned);
            if let Some(v) = ver {
                let exact = if e == Ecosystem::Crates { v.strip_prefix('=').unwrap_or(v) } else { v };
                let pin = match e {
                    Ecosystem::Crates if bare_is_exact || v.starts_with('=') => version::Version::parse(e, exact).map(|_| exact.to_owned()),
                    Ecosystem::Crates => None,
                    _ => version::pinned(e, exact),
                };
                if let Some(p) = pin {
                    let vstart = at + name.len() + 1 + (v.len() - exact.len());
                    d.version_range = Some(vstart..vstart + exact.len());
                    d.pinned = Some(p);
                }
            }
            d
        }
        Ecosystem::RubyGems => {
            if looks_local || t.ends_with(".gem") || !t.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c)) {
                return None;
            }
            // `gem install rails:5.2.0`
            let (name, ver) = t.split_once(':').map_or((t, None), |(n, v)| (n, Some(v)));
            let mut d = Dependency::new(e, name, at..at + name.len(), Origin::Command);
            d.requirement = ver.map(str::to_owned);
            if let Some(v) = ver.and_then(|v| version::pinned(e, v)) {
                let vstart = at + name.len() + 1;
                d.version_range = Some(vstart..vstart + v.len());
                d.pinned = Some(v);
            }
            d
        }
        Ecosystem::Maven => return None,
    };
    if !exact_ranges {
        d.name_range = w.range.clone();
        d.version_range = None;
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(text: &str) -> Vec<(Ecosystem, String, Option<String>)> {
        let deps = dependencies(text);
        for d in &deps {
            assert_eq!(&text[d.name_range.clone()], d.name, "name range in {text:?}");
            if let (Some(r), Some(p)) = (&d.version_range, &d.pinned) {
                assert_eq!(&text[r.clone()], p.as_str(), "version range in {text:?}");
            }
        }
        deps.into_iter().map(|d| (d.ecosystem, d.name, d.pinned)).collect()
    }

    #[test]
    fn python_installers() {
        assert_eq!(
            got("RUN pip install --no-cache-dir -r requirements.txt requests==2.19.0 'flask>=2' \\\n    -i https://x.example/simple pyyaml\n"),
            vec![
                (Ecosystem::PyPI, "requests".into(), Some("2.19.0".into())),
                (Ecosystem::PyPI, "flask".into(), None),
                (Ecosystem::PyPI, "pyyaml".into(), None),
            ]
        );
        assert_eq!(got("python3 -m pip install -U reqests && uv add httpx"), vec![(Ecosystem::PyPI, "reqests".into(), None), (Ecosystem::PyPI, "httpx".into(), None)]);
        assert_eq!(got("poetry add django@^4 ./local ../x.whl"), vec![(Ecosystem::PyPI, "django".into(), None)]);
        assert_eq!(got("poetry add PyYAML@5.3"), vec![(Ecosystem::PyPI, "PyYAML".into(), Some("5.3".into()))]);
        assert_eq!(got("pip install -e . && pip install $PKG"), vec![]);
        assert_eq!(got("# pip install old\nsudo pip3 install \"urllib3==1.24.1\""), vec![(Ecosystem::PyPI, "urllib3".into(), Some("1.24.1".into()))]);
    }

    #[test]
    fn node_rust_go_ruby_installers() {
        assert_eq!(
            got("npm i -D lodash@4.17.15 @types/node express@^4 && yarn add left-pad"),
            vec![
                (Ecosystem::Npm, "lodash".into(), Some("4.17.15".into())),
                (Ecosystem::Npm, "@types/node".into(), None),
                (Ecosystem::Npm, "express".into(), None),
                (Ecosystem::Npm, "left-pad".into(), None),
            ]
        );
        assert_eq!(got("npm install\nnpm ci"), vec![]);
        assert_eq!(got("pnpm add user/repo ./pkg"), vec![]);
        assert_eq!(got("cargo add serde@1.0.100 --features derive"), vec![(Ecosystem::Crates, "serde".into(), None)], "a caret requirement");
        assert_eq!(got("cargo add serde@=1.0.100"), vec![(Ecosystem::Crates, "serde".into(), Some("1.0.100".into()))]);
        assert_eq!(got("cargo install ripgrep@13.0.0"), vec![(Ecosystem::Crates, "ripgrep".into(), Some("13.0.0".into()))]);
        assert_eq!(got("cargo install ripgrep --version 13.0.0"), vec![(Ecosystem::Crates, "ripgrep".into(), Some("13.0.0".into()))]);
        assert_eq!(got("go get github.com/gin-gonic/gin@v1.6.0"), vec![(Ecosystem::Go, "github.com/gin-gonic/gin".into(), Some("v1.6.0".into()))]);
        assert_eq!(got("go install golang.org/x/tools/gopls@latest"), vec![(Ecosystem::Go, "golang.org/x/tools/gopls".into(), None)]);
        assert_eq!(got("gem install rails -v 5.2.0"), vec![(Ecosystem::RubyGems, "rails".into(), Some("5.2.0".into()))]);
    }

    #[test]
    fn workflow_and_markdown_lines() {
        let yaml = "steps:\n  - run: pip install requests==2.19.0\n  - run: |\n      npm install lodash@4.17.15\n";
        assert_eq!(
            got(yaml),
            vec![(Ecosystem::PyPI, "requests".into(), Some("2.19.0".into())), (Ecosystem::Npm, "lodash".into(), Some("4.17.15".into()))]
        );
        let md = "Install it:\n\n```sh\npip install reqeusts\n```\n\nor `npm i expres`.\n";
        assert_eq!(got(md), vec![(Ecosystem::PyPI, "reqeusts".into(), None), (Ecosystem::Npm, "expres".into(), None)]);
    }
}
