//! A hostile file, repository or config must not crash, hang, blind or exhaust `redline check`,
//! nor make it print a secret. Every case drives the real binary.

use std::path::Path;

use redline_tests::{python_query_rule, run, temp_tree, Output};

const TOKEN: &str = "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";
const WEBHOOK: &str = "https://hooks.slack.com/services/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";

fn assert_no_crash(out: &Output, what: &str) {
    assert!(matches!(out.code, 0..=2), "{what}: exit {} (a crash?)\n{}", out.code, &out.stderr[..out.stderr.len().min(2000)]);
    assert!(!out.stderr.contains("overflow") && !out.stderr.contains("panicked"), "{what}: {}", &out.stderr[..out.stderr.len().min(2000)]);
}

/// One deeply nested file per grammar: parentheses around a call argument, a long string
/// concatenation, nested arrays/blocks. Depth 100,000 in every grammar (fed through stdin, the
/// way hooks run it, and from disk on a walker thread with a smaller stack).
fn deep_files(depth: usize) -> Vec<(String, String)> {
    let open = "(".repeat(depth);
    let close = ")".repeat(depth);
    let concat = |term: &str, op: &str| vec![term; depth].join(op);
    let arr = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    vec![
        ("deep.py".into(), format!("import subprocess\nsubprocess.run({open}cmd{close}, shell=True)\nsubprocess.run({} + cmd, shell=True)\nx = {arr}\n", concat("\"a\"", " + "))),
        ("deep.js".into(), format!("exec({open}cmd{close});\nexec({} + cmd);\nconst x = {arr};\n", concat("'a'", " + "))),
        ("deep.ts".into(), format!("exec({open}cmd{close});\nexec({} + cmd);\n", concat("'a'", " + "))),
        ("deep.tsx".into(), format!("exec({open}cmd{close});\nexec({} + cmd);\n", concat("'a'", " + "))),
        ("deep.go".into(), format!("package main\nfunc f() {{\n\texec.Command({open}cmd{close})\n\tq := {} + id\n}}\n", concat("\"a\"", " + "))),
        ("Deep.java".into(), format!("class A {{ void f() {{ Runtime.getRuntime().exec({open}cmd{close}); String q = {} + id; }} }}\n", concat("\"a\"", " + "))),
        ("deep.rs".into(), format!("fn f() {{ let x = {open}1{close}; let q = {}; }}\n", concat("1", " + "))),
        ("deep.c".into(), format!("int f() {{ system({open}cmd{close}); return {}; }}\n", concat("1", " + "))),
        ("deep.cpp".into(), format!("int f() {{ system({open}cmd{close}); return {}; }}\n", concat("1", " + "))),
        ("deep.rb".into(), format!("system({open}cmd{close})\nq = {} + id\n", concat("'a'", " + "))),
        ("deep.php".into(), format!("<?php\nsystem({open}$cmd{close});\n$q = {} . $id;\n", concat("'a'", " . "))),
        ("deep.sh".into(), format!("x=$({})\necho {open}\n", "$(".repeat(depth.min(2_000)) + &")".repeat(depth.min(2_000)))),
        ("deep.tf".into(), format!("locals {{\n  x = {open}1{close}\n  y = {arr}\n}}\nresource \"aws_s3_bucket\" \"b\" {{\n  acl = {arr}\n  policy = jsonencode({arr})\n  {}{}\n}}\n", "a {\n".repeat(depth.min(20_000)), "}\n".repeat(depth.min(20_000)))),
        ("deep.cs".into(), format!("class A {{ void F() {{ Process.Start({open}cmd{close}); var q = {} + id; }} }}\n", concat("\"a\"", " + "))),
        ("deep.json".into(), arr.clone()),
        ("deep.yaml".into(), format!("apiVersion: v1\nkind: Pod\nspec: {arr}\nmetadata: {}1{}\n", "{a: ".repeat(depth), "}".repeat(depth))),
        ("docker-compose.yml".into(), format!("services:\n  web:\n    image: nginx\n    volumes: {arr}\n")),
        ("deep.toml".into(), format!("x = {arr}\n")),
        ("Dockerfile".into(), format!("FROM alpine\nRUN echo {open}\n")),
    ]
}

#[test]
fn deeply_nested_files_in_every_grammar_do_not_crash() {
    for (name, text) in deep_files(100_000) {
        let dir = temp_tree(&[(name.as_str(), text.as_bytes())]);
        let out = run(dir.path(), &["check", "--format", "json", "--stdin-filename", &name], Some(text.as_bytes()));
        assert_no_crash(&out, &format!("{name} via stdin"));
        let out = run(dir.path(), &["check", "--format", "json", "."], None);
        assert_no_crash(&out, &format!("{name} from disk"));
    }
}

#[test]
fn a_million_nested_parentheses_do_not_crash() {
    let text = format!("import subprocess\nsubprocess.run({}cmd{}, shell=True)\n", "(".repeat(1_000_000), ")".repeat(1_000_000));
    let dir = temp_tree(&[]);
    let out = run(dir.path(), &["check", "--stdin-filename", "deep.py"], Some(text.as_bytes()));
    assert_no_crash(&out, "1M parens");
    let json = "[".repeat(1_000_000);
    let out = run(dir.path(), &["check", "--stdin-filename", "deep.json"], Some(json.as_bytes()));
    assert_no_crash(&out, "1M-deep JSON");
}

#[test]
fn yaml_nesting_that_crashes_the_yaml_scanner_is_skipped_with_a_notice() {
    // 300 levels of block sequences: tree-sitter-yaml's scanner overflows its buffer at 254.
    let mut yaml = String::new();
    for i in 0..300 {
        yaml.push_str(&format!("{}- a{i}:\n", "  ".repeat(i)));
    }
    yaml.push_str(&format!("password: \"{TOKEN}\"\n"));
    let dir = temp_tree(&[("deep.yaml", yaml.as_bytes())]);
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    assert_no_crash(&out, "deep YAML");
    assert!(out.stdout.contains("only secret rules ran"), "{}", out.stdout);
    assert!(out.stdout.contains("secrets.github-pat"), "secrets are still found: {}", out.stdout);
    let out = run(dir.path(), &["check", "--stdin-filename", "x.yaml"], Some("- - - - x\n".repeat(1).as_bytes()));
    assert_no_crash(&out, "shallow YAML");
}

#[test]
fn deeply_nested_json_is_bounded_by_the_time_budget() {
    let depth = 100_000;
    let json = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let dir = temp_tree(&[("deep.json", json.as_bytes())]);
    let started = std::time::Instant::now();
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    assert_no_crash(&out, "100k-deep JSON objects");
    // Took more than 180 s before the budget; the budget is 5 s of query time.
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "took {:?}", started.elapsed());
}

#[test]
fn a_rule_query_nested_too_deep_is_refused_not_compiled() {
    let query = format!("{}(identifier) @finding{}", "(module ".repeat(100_000), ")".repeat(100_000));
    let rule = python_query_rule("acme.deep", &query, "x = 1  # ruleid: acme.deep\ny = 2  # ok: acme.deep\n");
    let dir = temp_tree(&[("redline.toml", b"rule-dirs = [\"rules\"]\n"), ("rules/deep.toml", rule.as_bytes()), ("a.py", b"x = 1\n")]);
    let out = run(dir.path(), &["check", "."], None);
    assert_no_crash(&out, "deep query");
    assert_eq!(out.code, 2);
    assert!(out.stdout.contains("nest more than 64 levels"), "{}", out.stdout);
}

#[cfg(unix)]
#[test]
fn repository_rule_dirs_stay_inside_the_workspace() {
    use std::os::unix::fs::symlink;
    let outside = temp_tree(&[("creds.toml", format!("id = \"x\"\nseverity = \"sk_live_4eC39HqLyjWDarjtT1zdp7dc\"\n").as_bytes())]);
    let ws = temp_tree(&[("a.py", format!("TOKEN = \"{TOKEN}\"\n").as_bytes()), ("rules/ok.txt", b"")]);
    let check = |config: &str| {
        std::fs::write(ws.path().join("redline.toml"), config).expect("write");
        let out = run(ws.path(), &["check", "--format", "json", "."], None);
        assert_no_crash(&out, config);
        assert!(out.stdout.contains("secrets.github-pat"), "{config}: the scan still runs: {}", out.stdout);
        assert!(!out.stdout.contains("sk_live_4eC") && !out.stderr.contains("sk_live_4eC"), "{config}: a value from a rule file was echoed");
        out
    };
    let rel = format!("rule-dirs = [\"{}\"]\n", Path::new("..").join(outside.path().file_name().expect("name")).display());
    for config in [rel, "rule-dirs = [\"/\"]\n".to_owned(), format!("rule-dirs = [\"{}\"]\n", outside.path().display())] {
        let out = check(&config);
        assert_eq!(out.code, 2, "{config}");
        assert!(out.stderr.contains("outside the workspace"), "{config}: {}", out.stderr);
    }
    // Symbolic links inside the rule directory: to a device, to stdin, out of the tree, loops.
    symlink("/dev/zero", ws.path().join("rules/zero.toml")).expect("symlink");
    symlink("/dev/stdin", ws.path().join("rules/stdin.toml")).expect("symlink");
    symlink(outside.path().join("creds.toml"), ws.path().join("rules/creds.toml")).expect("symlink");
    symlink("..", ws.path().join("rules/up")).expect("symlink");
    symlink(".", ws.path().join("rules/self")).expect("symlink");
    let started = std::time::Instant::now();
    let out = check("rule-dirs = [\"rules\"]\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "took {:?}", started.elapsed());
    assert_eq!(out.code, 2);
    for link in ["zero.toml", "stdin.toml", "creds.toml"] {
        assert!(out.stderr.lines().any(|l| l.contains(link) && l.contains("outside the workspace")), "{link}: {}", out.stderr);
    }
    // A device inside the workspace is refused as such.
    std::fs::remove_file(ws.path().join("rules/up")).expect("rm");
    std::fs::remove_file(ws.path().join("rules/self")).expect("rm");
    let fifo = ws.path().join("rules/fifo.toml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let out = check("rule-dirs = [\"rules\"]\n");
    assert!(out.stderr.lines().any(|l| l.contains("fifo.toml") && l.contains("not a regular file")), "{}", out.stderr);
    // The user's own config (named on the command line) may point anywhere.
    let user = temp_tree(&[("my.toml", format!("rule-dirs = [\"{}\"]\n", outside.path().display()).as_bytes())]);
    let out = run(ws.path(), &["check", "--config", &user.path().join("my.toml").display().to_string(), "a.py"], None);
    assert!(!out.stderr.contains("outside the workspace"), "{}", out.stderr);
    assert!(!out.stdout.contains("sk_live_4eC") && !out.stderr.contains("sk_live_4eC"), "a value from a rule file was echoed: {}{}", out.stdout, out.stderr);
}

#[test]
fn config_errors_never_quote_a_secret() {
    let dir = temp_tree(&[("redline.toml", b"[severity]\n\"python.eval\" = \"sk_live_4eC39HqLyjWDarjtT1zdp7dc\"\n"), ("a.py", b"x = 1\n")]);
    let out = run(dir.path(), &["check", "--format", "sarif", "."], None);
    assert_eq!(out.code, 2);
    assert!(!out.stdout.contains("sk_live_4eC") && !out.stderr.contains("sk_live_4eC"), "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("redline.toml:2:"), "{}", out.stderr);
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_never_read() {
    let dir = temp_tree(&[("a.py", b"x = 1\n")]);
    let fifo = dir.path().join("pipe.py");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(status.success());
    // In the tree: skipped. Named: an error, not a hang.
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let out = run(dir.path(), &["check", "pipe.py", "/dev/zero"], None);
    assert_eq!(out.code, 2);
    assert!(out.stdout.contains("pipe.py: not a regular file") && out.stdout.contains("/dev/zero: not a regular file"), "{}", out.stdout);
}

#[cfg(unix)]
#[test]
fn files_over_the_size_limit_are_not_read() {
    let dir = temp_tree(&[("redline.toml", b"max-file-size = 1000\n"), ("a.py", b"x = 1\n")]);
    // Sparse: 4 GiB that cost nothing to create, and nothing to scan if never read. Under a
    // 2 GB address-space limit, reading it whole would fail.
    let f = std::fs::File::create(dir.path().join("big.py")).expect("create");
    f.set_len(4 * 1024 * 1024 * 1024).expect("set_len");
    let bin = redline_tests::redline_bin();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v 2000000; exec '{}' check --format json .", bin.display()))
        .current_dir(dir.path())
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("too-large") && stdout.contains("4294967296 bytes"), "{stdout}");
}

#[test]
fn a_repository_rule_that_claims_a_safe_fix_cannot_empty_a_file() {
    // Its fix replaces the whole module (`@all`) with nothing, and claims to be safe.
    let mut rule = python_query_rule(
        "acme.wipe",
        r#"(module (expression_statement (call function: (identifier) @f (#eq? @f "print")) @finding)) @all"#,
        "print(1)  # ruleid: acme.wipe\nx = 1  # ok: acme.wipe\n",
    );
    rule.push_str("\n[fix]\ntitle = \"Remove everything\"\nreplace = \"\"\ntarget = \"all\"\nsafe = true\n");
    let source = "import os\nprint(os.getcwd())\nvalue = 1\n";
    let dir = temp_tree(&[("redline.toml", b"rule-dirs = [\"rules\"]\n"), ("rules/wipe.toml", rule.as_bytes()), ("app.py", source.as_bytes())]);
    for args in [&["check", "--fix", "."][..], &["check", "--fix", "--unsafe-fixes", "."][..]] {
        let out = run(dir.path(), args, None);
        assert_no_crash(&out, "wipe rule");
        assert!(out.stdout.contains("app.py:2:1: acme.wipe"), "the rule must run: {}", out.stdout);
        assert_eq!(std::fs::read_to_string(dir.path().join("app.py")).expect("read"), source, "{args:?} rewrote the file");
    }
}

#[cfg(unix)]
#[test]
fn fixes_are_written_whole_never_through_a_link_and_keep_crlf() {
    use std::os::unix::fs::PermissionsExt;
    let crlf = "import subprocess\r\n\r\ndef run(cmd):\r\n    subprocess.run(cmd, shell=True)\r\n";
    let outside = temp_tree(&[("target.py", crlf.as_bytes())]);
    let dir = temp_tree(&[("app.py", crlf.as_bytes())]);
    std::fs::set_permissions(dir.path().join("app.py"), std::fs::Permissions::from_mode(0o640)).expect("chmod");
    std::os::unix::fs::symlink(outside.path().join("target.py"), dir.path().join("link.py")).expect("symlink");
    let out = run(dir.path(), &["check", "--fix", "--unsafe-fixes", "app.py", "link.py"], None);
    assert_no_crash(&out, "fix");
    let fixed = std::fs::read_to_string(dir.path().join("app.py")).expect("read");
    assert_ne!(fixed, crlf, "the unsafe fix was applied");
    assert!(!fixed.replace("\r\n", "").contains('\n'), "LF-only line inserted into a CRLF file: {fixed:?}");
    let mode = std::fs::metadata(dir.path().join("app.py")).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(std::fs::read_to_string(outside.path().join("target.py")).expect("read"), crlf, "a fix was written through a symbolic link");
    assert!(out.stdout.contains("link.py: fixes not written") && out.stdout.contains("symbolic link"), "{}", out.stdout);
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("ls").flatten().filter(|e| e.file_name().to_string_lossy().contains(".redline-")).collect();
    assert!(leftovers.is_empty());
}

#[test]
fn human_output_redacts_every_secret_in_the_file_whatever_is_shown() {
    // A webhook on the same line as a high-severity finding; --severity high filters the
    // (medium) webhook finding itself out, but its value is still in the code frame.
    let py = format!(
        "import requests\nrequests.post(\"{WEBHOOK}\", verify=False)\nTOKEN = \"{TOKEN}\"  # redline-ignore[secrets.github-pat]: rotated\neval(TOKEN)\n"
    );
    let long = format!("{}STRIPE = \"sk_live_4eC39HqLyjWDarjtT1zdp7dcQ\"; eval(x)\n", "x = 1; ".repeat(40));
    let dir = temp_tree(&[("app.py", py.as_bytes()), ("long.py", long.as_bytes())]);
    for args in [&["check", "--severity", "high", "."][..], &["check", "."][..], &["check", "--format", "json", "."][..], &["check", "--format", "sarif", "."][..]] {
        let out = run(dir.path(), args, None);
        for secret in [&WEBHOOK[30..], &TOKEN[6..], "4eC39HqLyjWD"] {
            assert!(!out.stdout.contains(secret), "{args:?} printed a secret: {}", out.stdout);
        }
    }
}

#[test]
fn a_repository_config_cannot_silence_secret_and_critical_rules_for_an_agent() {
    let code = format!("TOKEN = \"{TOKEN}\"\nimport pickle\npickle.loads(request.data)\neval(request.args[\"q\"])\n");
    for config in [
        "builtin-rules = false\n",
        "disable = [\"*\"]\n",
        "max-file-size = 0\nmax-syntax-size = 0\n",
        "ignore = [\"**\"]\n",
        "[severity]\n\"secrets.github-pat\" = \"info\"\n\"python.eval-injection\" = \"info\"\n",
    ] {
        let dir = temp_tree(&[("redline.toml", config.as_bytes()), ("app.py", code.as_bytes())]);
        // Without --agent the repository's config is obeyed (it is the project's choice for CI).
        let plain = run(dir.path(), &["check", "--severity", "high", "--stdin-filename", "app.py"], Some(code.as_bytes()));
        let agent = run(dir.path(), &["check", "--agent", "--severity", "high", "--format", "json", "--stdin-filename", "app.py"], Some(code.as_bytes()));
        assert_eq!(agent.code, 1, "{config}: {}{}", agent.stdout, agent.stderr);
        assert!(agent.stdout.contains("secrets.github-pat"), "{config}: {}", agent.stdout);
        assert!(agent.stdout.contains("python.eval-injection"), "{config}: {}", agent.stdout);
        assert!(!plain.stdout.contains("secrets.github-pat") || config.contains("ignore"), "{config}: the repository config should apply without --agent: {}", plain.stdout);
    }
    // The user's own config (named with --config) may switch rules off, also for an agent.
    let user = temp_tree(&[("mine.toml", b"disable = [\"secrets.*\"]\n")]);
    let dir = temp_tree(&[("app.py", code.as_bytes())]);
    let mine = user.path().join("mine.toml").display().to_string();
    let out = run(dir.path(), &["check", "--agent", "--config", &mine, "--stdin-filename", "app.py"], Some(code.as_bytes()));
    assert!(!out.stdout.contains("secrets.github-pat"), "{}", out.stdout);
}
