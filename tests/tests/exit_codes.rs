//! Every exit code of the CLI, as documented in the README ("Exit codes").

use redline_tests::{python_query_rule, redline_bin, run, temp_tree};

const TOKEN: &str = "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";

#[test]
fn check_exits_0_clean_1_findings_2_errors() {
    let dir = temp_tree(&[("clean.py", b"x = 1\n"), ("dirty.py", format!("T = \"{TOKEN}\"\n").as_bytes())]);
    assert_eq!(run(dir.path(), &["check", "clean.py"], None).code, 0);
    assert_eq!(run(dir.path(), &["check", "dirty.py"], None).code, 1);
    // Errors win over findings: a missing path, a broken config, a broken rule, bad usage.
    assert_eq!(run(dir.path(), &["check", "dirty.py", "missing.py"], None).code, 2);
    let broken = temp_tree(&[("redline.toml", b"disable = [\n"), ("a.py", b"x = 1\n")]);
    assert_eq!(run(broken.path(), &["check", "."], None).code, 2);
    let bad_rule = temp_tree(&[("redline.toml", b"rule-dirs = [\"r\"]\n"), ("r/x.toml", b"id = 1\n"), ("a.py", b"x = 1\n")]);
    assert_eq!(run(bad_rule.path(), &["check", "."], None).code, 2);
    assert_eq!(run(dir.path(), &["check", "--no-such-flag"], None).code, 2);
    assert_eq!(run(dir.path(), &["check", "--stdin-filename", "x.py"], Some(b"x = 1\n")).code, 0);
    assert_eq!(run(dir.path(), &["check", "--stdin-filename", "x.py"], Some(format!("T = \"{TOKEN}\"\n").as_bytes())).code, 1);
}

#[test]
fn other_commands_exit_0_or_2_and_test_rules_1_on_failures() {
    let dir = temp_tree(&[]);
    assert_eq!(run(dir.path(), &["rules"], None).code, 0);
    assert_eq!(run(dir.path(), &["explain", "python.subprocess-shell-true"], None).code, 0);
    assert_eq!(run(dir.path(), &["explain", "no.such-rule"], None).code, 2);
    assert_eq!(run(dir.path(), &["schema"], None).code, 0);
    assert_eq!(run(dir.path(), &["dump-tree", "missing.py"], None).code, 2);
    // The example says `x = 1` is flagged and `eval(y)` is not: the opposite of what it does.
    let rule = python_query_rule("acme.x", r#"(call function: (identifier) @f (#eq? @f "eval")) @finding"#, "x = 1  # ruleid: acme.x\neval(y)  # ok: acme.x\n");
    let failing = temp_tree(&[("r/x.toml", rule.as_bytes())]);
    let out = run(failing.path(), &["test-rules", "r"], None);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // `redline explain RULE | head` (here: a reader that closes at once) must not panic.
    let dir = temp_tree(&[]);
    for args in ["explain python.subprocess-shell-true", "schema", "rules", "rules --format json"] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("'{}' {args} 2>err.txt | (exec 0<&-; sleep 0.3); cat err.txt", redline_bin().display()))
            .current_dir(dir.path())
            .output()
            .expect("sh");
        let stderr = String::from_utf8_lossy(&out.stdout);
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args}: {stderr}");
    }
}
