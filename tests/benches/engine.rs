//! Engine benchmarks (criterion): full analysis of 10,000-line files, and the work the language
//! server does for one keystroke and for a 50-line paste (rope edit, incremental reparse,
//! whole-file rule run). Inputs are generated deterministically by `redline_tests::corpus`.
//!
//! Run: `cargo bench -p redline-tests --bench engine`

use std::path::Path;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use redline::document::{Change, Document, Encoding, Position};
use redline::engine::{parse, Engine, RuleSet};
use redline::languages::Language;
use redline_tests::corpus;

fn engine() -> Engine {
    Engine::new(Arc::new(RuleSet::builtin()), Default::default())
}

fn inputs() -> Vec<(&'static str, Language, String)> {
    vec![
        ("python", Language::Python, corpus::python(10_000, 1)),
        ("javascript", Language::JavaScript, corpus::javascript(10_000, 1)),
        ("go", Language::Go, corpus::go(10_000, 1)),
        ("terraform", Language::Hcl, corpus::terraform(10_000, 1)),
        ("kubernetes", Language::Yaml, corpus::kubernetes(10_000, 1)),
    ]
}

fn file_name(lang: Language) -> &'static str {
    match lang {
        Language::Python => "svc.py",
        Language::JavaScript => "svc.js",
        Language::Hcl => "main.tf",
        Language::Yaml => "deploy.yaml",
        _ => "svc.go",
    }
}

fn parsed_doc(lang: Language, text: &str) -> Document {
    let mut doc = Document::new(Path::new(file_name(lang)), lang, 1, text);
    doc.tree = parse(lang, text, None);
    doc
}

/// One edit, then what the server's worker does: incremental reparse and the rule run.
fn edit_and_analyse(engine: &Engine, mut doc: Document, change: &Change) -> usize {
    doc.apply(change, Encoding::Utf16);
    let text = doc.text();
    let tree = parse(doc.language, &text, doc.tree.as_ref());
    engine.analyze_tree(Path::new(file_name(doc.language)), doc.language, &text, tree.as_ref(), None).len()
}

fn bench(c: &mut Criterion) {
    let engine = engine();
    let only = std::env::var("REDLINE_BENCH_LANGS").ok();
    for (name, lang, text) in inputs() {
        if only.as_deref().is_some_and(|l| !l.split(',').any(|x| x.trim() == name)) {
            continue;
        }
        let mut g = c.benchmark_group(format!("{name}_10k_lines"));
        g.sample_size(20);
        g.bench_function("full_analysis", |b| {
            b.iter(|| engine.analyze_source(Path::new(file_name(lang)), text.as_bytes()).findings.len())
        });
        let middle = (text.lines().count() / 2) as u32;
        let keystroke = Change { range: Some((Position { line: middle, character: 4 }, Position { line: middle, character: 4 })), text: "x".into() };
        let paste_text: String = (0..50).map(|i| format!("    value_{i} = compute({i})\n")).collect();
        let paste = Change { range: Some((Position { line: middle, character: 0 }, Position { line: middle, character: 0 })), text: paste_text };
        let doc = parsed_doc(lang, &text);
        g.bench_function("keystroke", |b| {
            b.iter_batched(|| doc.clone(), |d| edit_and_analyse(&engine, d, &keystroke), BatchSize::LargeInput)
        });
        g.bench_function("paste_50_lines", |b| {
            b.iter_batched(|| doc.clone(), |d| edit_and_analyse(&engine, d, &paste), BatchSize::LargeInput)
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
