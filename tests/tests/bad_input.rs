//! Bad input gets a clear message and loses nothing: invalid UTF-8, binary files, empty files,
//! a 5 MB minified file, a broken rule file, a broken config, a missing path.

use redline_tests::{run, temp_tree};

const TOKEN: &str = "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";

fn json(out: &redline_tests::Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", out.stdout, out.stderr))
}

#[test]
fn invalid_utf8_is_scanned_with_a_notice_and_never_rewritten() {
    let mut bytes = format!("TOKEN = \"{TOKEN}\"\n").into_bytes();
    bytes.extend_from_slice(b"name = \"caf\xe9\"\n");
    let dir = temp_tree(&[("legacy.py", &bytes)]);
    let out = run(dir.path(), &["check", "--format", "json", "--fix", "--unsafe-fixes", "."], None);
    let v = json(&out);
    assert_eq!(v["findings"][0]["rule_id"], "secrets.github-pat");
    assert_eq!(v["notices"][0]["kind"], "invalid-utf8");
    assert_eq!(std::fs::read(dir.path().join("legacy.py")).expect("read"), bytes, "a lossy file must never be rewritten");
}

#[test]
fn binary_files_are_skipped_with_a_notice() {
    let mut bytes = vec![0x7f, b'E', b'L', b'F', 0, 0, 1];
    bytes.extend_from_slice(TOKEN.as_bytes());
    let dir = temp_tree(&[("tool.bin", &bytes), ("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")]);
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    assert_eq!(out.code, 0, "{}", out.stdout);
    let v = json(&out);
    let notices = v["notices"].as_array().expect("notices");
    assert_eq!(notices.len(), 2);
    assert!(notices.iter().all(|n| n["kind"] == "binary"));
}

#[test]
fn empty_files_are_clean() {
    let dir = temp_tree(&[("empty.py", b""), ("empty.js", b""), ("Dockerfile", b""), (".env", b"")]);
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
}

#[test]
fn five_megabyte_minified_file_degrades_to_secret_rules() {
    let mut js = String::with_capacity(5 * 1024 * 1024 + 100);
    js.push_str(&format!("var t=\"{TOKEN}\";"));
    let mut i = 0;
    while js.len() < 5 * 1024 * 1024 {
        js.push_str(&format!("function f{i}(a,b){{return a*b+{i}}};var v{i}=f{i}({i},2);"));
        i += 1;
    }
    let dir = temp_tree(&[("bundle.min.js", js.as_bytes())]);
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("secrets.github-pat"), "{}", &out.stdout[..out.stdout.len().min(2000)]);
    assert!(out.stdout.contains("only secret rules ran"), "{}", &out.stdout[..out.stdout.len().min(2000)]);
    // The code frame of a megabyte-long line is cut to a readable width.
    assert!(out.stdout.lines().all(|l| l.chars().count() < 400), "overlong line in output");
}

#[test]
fn a_broken_user_rule_is_an_error_but_the_scan_still_runs() {
    let dir = temp_tree(&[
        ("redline.toml", b"rule-dirs = [\"rules\"]\n"),
        ("rules/broken.toml", b"id = \"acme.broken\"\ntitle = 3\n"),
        ("app.py", format!("TOKEN = \"{TOKEN}\"\n").as_bytes()),
    ]);
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 2);
    assert!(out.stdout.contains("broken.toml:2:9"), "{}", out.stdout);
    assert!(out.stdout.contains("secrets.github-pat"), "the other rules still run: {}", out.stdout);
}

#[test]
fn a_broken_config_is_an_error_with_file_and_line_and_the_scan_still_runs() {
    let source = format!("TOKEN = \"{TOKEN}\"\n");
    let dir = temp_tree(&[("redline.toml", b"disable = [\"x\"]\n\nmax-file-size = \"big\"\n"), ("a.py", source.as_bytes())]);
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 2);
    assert!(out.stdout.contains("redline.toml:3:17"), "{}", out.stdout);
    assert!(out.stdout.contains("secrets.github-pat"), "the built-in rules still run: {}", out.stdout);
    // A one-line broken config, JSON output: the error on stderr, the findings on stdout.
    std::fs::write(dir.path().join("redline.toml"), "disable = [\n").expect("write");
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("redline.toml:"), "{}", out.stderr);
    assert!(out.stdout.contains("secrets.github-pat"), "{}", out.stdout);
    // As a hook runs it: the fixed text on stdout is the input unchanged, never empty.
    let out = run(dir.path(), &["check", "--fix", "--stdin-filename", "a.py"], Some(source.as_bytes()));
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, source);
}

#[test]
fn a_missing_path_is_an_error_but_others_are_scanned() {
    let dir = temp_tree(&[("a.py", format!("TOKEN = \"{TOKEN}\"\n").as_bytes())]);
    let out = run(dir.path(), &["check", "a.py", "missing.py"], None);
    assert_eq!(out.code, 2);
    assert!(out.stdout.contains("missing.py: no such file or directory"), "{}", out.stdout);
    assert!(out.stdout.contains("secrets.github-pat"));
}
