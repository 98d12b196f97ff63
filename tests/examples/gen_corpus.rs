//! Writes the generated benchmark inputs to a directory:
//! `cargo run -p redline-tests --example gen_corpus -- DIR [LINES]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "corpus".into()));
    let lines: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    std::fs::create_dir_all(&dir).expect("create dir");
    for (name, text) in [
        ("svc.py", redline_tests::corpus::python(lines, 1)),
        ("svc.js", redline_tests::corpus::javascript(lines, 1)),
        ("svc.go", redline_tests::corpus::go(lines, 1)),
        ("svc.ts", redline_tests::corpus::typescript(lines, 1)),
        ("svc.java", redline_tests::corpus::java(lines, 1)),
    ] {
        std::fs::write(dir.join(name), text).expect("write");
    }
}
