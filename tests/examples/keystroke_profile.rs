//! Profiling aid: the language server's per-edit work, in process and step by step, for the
//! replay benchmark's scenarios (typing a line character by character, or `paste` 50-line
//! blocks, into the middle of a generated 10,000-line file). Prints, per edit, the incremental
//! parse time, the exact incremental analysis time, the bytes whose syntax changed, and the
//! local (early-publish) analysis time and whether it equals the exact one.
//!
//! `cargo run --profile profiling -p redline-tests --example keystroke_profile -- javascript [paste] [deferred]`
//! (python | javascript | go); run it under `perf record -g` for a profile. With `deferred`, only
//! the local analysis runs, over every edit so far, as in the language server while edits
//! stream in.
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use redline::document::{Change, Document, Encoding, Position};
use redline::engine::{incremental::Previous, parse, Engine, RuleSet};
use redline::languages::Language;
use redline_tests::corpus;

fn main() {
    let lang_name = std::env::args().nth(1).unwrap_or("python".into());
    let (lang, file, text, indent, typed) = match lang_name.as_str() {
        "python" => (Language::Python, "svc.py", corpus::python(10_000, 1), "        ", "        total_amount = compute_total(order_items, discount_rate=0.15)  # recalculated"),
        "go" => (Language::Go, "svc.go", corpus::go(10_000, 1), "\t\t", "	totalAmount := computeTotal(orderItems, 0.15) // recalculated"),
        _ => (Language::JavaScript, "svc.js", corpus::javascript(10_000, 1), "  ", "  const totalAmount = computeTotal(orderItems, { discountRate: 0.15 }); // recalculated"),
    };
    // `REDLINE_PROFILE_DISABLE=glob,glob` switches rules off, to see what they cost.
    let disable: Vec<String> = std::env::var("REDLINE_PROFILE_DISABLE").map(|v| v.split(',').map(str::to_string).collect()).unwrap_or_default();
    let filter = redline::engine::RuleFilter { disable, ..Default::default() };
    let engine = Engine::new(Arc::new(RuleSet::build(&redline_rules::builtin_sources(), &filter)), Default::default());
    let lines: Vec<&str> = text.lines().collect();
    let middle = (lines.len() / 2..lines.len())
        .find(|&i| {
            let l = lines[i];
            l.starts_with(indent) && !l[indent.len()..].starts_with([' ', '\t', '}', ')']) && !l.trim_end().ends_with(['(', '{', ':', ','])
        })
        .map_or(lines.len() / 2, |i| i + 1) as u32;
    let mut doc = Document::new(Path::new(file), lang, 1, &text);
    let t0 = Instant::now();
    doc.tree = parse(lang, &text, None);
    let findings = engine.analyze_tree(Path::new(file), lang, &text, doc.tree.as_ref(), None);
    eprintln!("full: {:.1} ms", t0.elapsed().as_secs_f64() * 1e3);
    doc.base = Some(Arc::new(findings));
    doc.edits_since_analysis.clear();
    doc.edits_since_parse.clear();
    let mut changes = vec![Change { range: Some((Position { line: middle, character: 0 }, Position { line: middle, character: 0 })), text: "\n".into() }];
    if std::env::args().nth(2).as_deref() == Some("paste") {
        let block: String = match lang {
            Language::Python => (0..50).map(|i| format!("        value_{i} = self.compute({i}, scale=2)\n")).collect(),
            Language::Go => (0..50).map(|i| format!("\t\tvalue{i} := compute({i}, 2)\n")).collect(),
            _ => (0..50).map(|i| format!("  const value{i} = compute({i}, {{ scale: 2 }});\n")).collect(),
        };
        for _ in 0..10 {
            let p = Position { line: middle + 1, character: 0 };
            changes.push(Change { range: Some((p, p)), text: block.clone() });
        }
    } else {
        for (i, ch) in typed.chars().enumerate() {
            let p = Position { line: middle, character: i as u32 };
            changes.push(Change { range: Some((p, p)), text: ch.to_string() });
        }
    }
    let mut totals = Vec::new();
    if std::env::args().any(|a| a == "deferred") {
        // As the language server runs while edits stream in: the local analysis of each edit,
        // over every edit since the last exact analysis (which does not run meanwhile).
        for (k, change) in changes.iter().enumerate() {
            doc.apply(change, Encoding::Utf16);
            let t = Instant::now();
            let snap = doc.snapshot();
            let ts = t.elapsed();
            let t = Instant::now();
            let local = engine.analyze_local(Path::new(file), lang, &snap.text, Previous { findings: snap.base.as_ref().unwrap(), edits: &snap.analysis_edits, old_tree: snap.tree.as_ref() });
            let tl = t.elapsed();
            totals.push((ts + tl).as_secs_f64() * 1e3);
            eprintln!("{k:3} snapshot {:5.2} ms local {:6.2} ms ({})", ts.as_secs_f64() * 1e3, tl.as_secs_f64() * 1e3, local.map_or("none".into(), |l| l.len().to_string()));
        }
        totals.sort_by(|a, b| a.total_cmp(b));
        eprintln!("median {:.2} max {:.2}", totals[totals.len() / 2], totals[totals.len() - 1]);
        return;
    }
    for (k, change) in changes.iter().enumerate() {
        doc.apply(change, Encoding::Utf16);
        let snap = doc.snapshot();
        let t = Instant::now();
        let tree = parse(lang, &snap.text, snap.tree.as_ref()).unwrap();
        let tp = t.elapsed();
        let changed: usize = snap.tree.as_ref().unwrap().changed_ranges(&tree).map(|r| r.end_byte - r.start_byte).sum();
        let t = Instant::now();
        let local = engine.analyze_local(Path::new(file), lang, &snap.text, Previous { findings: snap.base.as_ref().unwrap(), edits: &snap.analysis_edits, old_tree: snap.tree.as_ref() });
        let tl = t.elapsed();
        let t = Instant::now();
        let f = engine.analyze_incremental(Path::new(file), lang, &snap.text, Some(&tree), Previous { findings: snap.base.as_ref().unwrap(), edits: &snap.analysis_edits, old_tree: snap.tree.as_ref() });
        let ta = t.elapsed();
        let n = f.len();
        let same = local.as_ref().map(|l| l.iter().map(|x| (x.range.clone(), x.rule.id.clone())).collect::<Vec<_>>() == f.iter().map(|x| (x.range.clone(), x.rule.id.clone())).collect::<Vec<_>>());
        doc.store_tree(tree, snap.epoch, snap.edits_at_snapshot);
        doc.store_analysis(Arc::new(f), snap.epoch, snap.analysis_edits.len());
        let total = (tp + ta).as_secs_f64() * 1e3;
        totals.push(total);
        eprintln!("{k:3} {:3} parse {:6.2} ms  analysis {:6.2} ms  changed {:7} B  findings {n} local {:5.2} ms same {same:?}", change.text.len(), tp.as_secs_f64() * 1e3, ta.as_secs_f64() * 1e3, changed, tl.as_secs_f64() * 1e3);
    }
    totals.sort_by(|a, b| a.total_cmp(b));
    eprintln!("median {:.2} max {:.2}", totals[totals.len() / 2], totals[totals.len() - 1]);
}
