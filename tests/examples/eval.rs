//! Prints the precision/recall report of the built-in rules on `tests/eval/`:
//! `cargo run --release -p redline-tests --example eval [-- --verbose]`.

use std::sync::Arc;

fn main() {
    let engine = redline::engine::Engine::new(Arc::new(redline::engine::RuleSet::builtin()), Default::default());
    let root = redline_tests::workspace_root().join("tests/eval");
    let report = redline_tests::eval::evaluate(&root, &engine);
    print!("{}", report.render());
    if std::env::args().any(|a| a == "--verbose") {
        for m in &report.mismatches {
            println!("{}:{}: {} {}", m.file.display(), m.line, m.kind, m.rules);
        }
    }
    for (file, line, id) in &report.unknown_rules {
        println!("unknown rule in a label: {}:{line}: {id}", file.display());
    }
}
