//! Profiling aid: the cost of each built-in rule alone (and of all together) over a generated
//! 10,000-line file; with `paste`, 500 more lines in one function body, where patterns over
//! sibling statements can go quadratic. The base cost of a query cursor walking the tree is in
//! every single-rule figure.
//!
//! `cargo run --profile profiling -p redline-tests --example rule_cost -- go [paste]`
//! (python | javascript | go).
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use redline::engine::{parse, Engine, RuleSet};
use redline::languages::Language;
use redline_tests::corpus;

fn main() {
    let lang_name = std::env::args().nth(1).unwrap_or("python".into());
    let (lang, file, text) = match lang_name.as_str() {
        "python" => (Language::Python, "svc.py", corpus::python(10_000, 1)),
        "go" => (Language::Go, "svc.go", corpus::go(10_000, 1)),
        _ => (Language::JavaScript, "svc.js", corpus::javascript(10_000, 1)),
    };
    // `paste`: 500 more lines in one function body (the paste benchmark's shape), where rules
    // with sibling patterns can go quadratic.
    let text = if std::env::args().nth(2).as_deref() == Some("paste") {
        let (indent, line): (&str, fn(usize) -> String) = match lang {
            Language::Python => ("        ", |i| format!("        value_{i} = self.compute({i}, scale=2)\n")),
            Language::Go => ("\t\t", |i| format!("\t\tvalue{i} := compute({i}, 2)\n")),
            _ => ("  ", |i| format!("  const value{i} = compute({i}, {{ scale: 2 }});\n")),
        };
        let lines: Vec<&str> = text.lines().collect();
        let at = (lines.len() / 2..lines.len())
            .find(|&i| lines[i].starts_with(indent) && !lines[i][indent.len()..].starts_with([' ', '\t', '}', ')']) && !lines[i].trim_end().ends_with(['(', '{', ':', ',']))
            .map_or(lines.len() / 2, |i| i + 1);
        let mut out: String = lines[..at].iter().map(|l| format!("{l}\n")).collect();
        out.extend((0..500).map(line));
        out.extend(lines[at..].iter().map(|l| format!("{l}\n")));
        out
    } else {
        text
    };
    let tree = parse(lang, &text, None);
    let filter = redline::engine::ruleset::RuleFilter { preview: true, ..Default::default() };
    let time = |rs: RuleSet| {
        let engine = Engine::new(Arc::new(rs), Default::default());
        engine.analyze_tree(Path::new(file), lang, &text, tree.as_ref(), None);
        let mut v: Vec<f64> = (0..5).map(|_| { let t = Instant::now(); engine.analyze_tree(Path::new(file), lang, &text, tree.as_ref(), None); t.elapsed().as_secs_f64() * 1e3 }).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        v[2]
    };
    let sources = redline_rules::builtin_sources();
    let all = time(RuleSet::build(&sources, &filter));
    let none = time(RuleSet::build(&[], &filter));
    println!("{} bytes; all rules {all:.1} ms; no rules {none:.1} ms", text.len());
    let mut rows = Vec::new();
    for s in &sources {
        let rs = RuleSet::build(std::slice::from_ref(s), &filter);
        if !rs.rules.iter().any(|r| r.applies_to(lang)) { continue; }
        rows.push((time(rs), s.path.display().to_string()));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    let sum: f64 = rows.iter().map(|r| r.0).sum();
    println!("sum of single rules {sum:.1} ms over {} rules", rows.len());
    for (t, p) in rows.iter().take(25) { println!("{t:7.2} ms {p}"); }
}
