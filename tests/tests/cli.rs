//! End-to-end tests of `redline check`, `rules` and `explain`, driving the real binary.

use redline_tests::{run, temp_tree, workspace_root};

const GITHUB_TOKEN: &str = "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";

fn vulnerable_py() -> String {
    format!(
        "import subprocess\n\nTOKEN = \"{GITHUB_TOKEN}\"\n\ndef run(cmd):\n    return subprocess.check_output(cmd, shell=True)\n"
    )
}

#[test]
fn human_output_has_location_rule_message_and_frame() {
    let dir = temp_tree(&[("app.py", vulnerable_py().as_bytes())]);
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn clean_tree_exits_zero() {
    let dir = temp_tree(&[("ok.py", b"print('hello')\n"), ("notes.txt", b"nothing to see\n")]);
    let out = run(dir.path(), &["check", "."], None);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("No findings in 2 files."), "{}", out.stdout);
}

#[test]
fn json_output_is_structured_and_redacted() {
    let dir = temp_tree(&[("app.py", vulnerable_py().as_bytes())]);
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    assert_eq!(out.code, 1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    insta::assert_json_snapshot!(v);
}

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    let root = workspace_root();
    let out = run(&root, &["check", "--format", "sarif", "examples/agent-app"], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let sarif: serde_json::Value = serde_json::from_str(&out.stdout).expect("sarif json");
    let schema = redline_tests::sarif_schema();
    let validator = jsonschema::validator_for(&schema).expect("compile schema");
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF schema violations:\n{}", errors.join("\n"));
    // What GitHub code scanning needs beyond the schema.
    let run0 = &sarif["runs"][0];
    assert!(run0["tool"]["driver"]["name"].is_string());
    let results = run0["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        assert!(r["partialFingerprints"]["primaryLocationLineHash"].is_string());
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(!uri.starts_with('/') && !uri.starts_with("./"), "{uri}");
    }
    for rule in run0["tool"]["driver"]["rules"].as_array().expect("rules") {
        assert!(rule["properties"]["security-severity"].is_string());
        assert!(rule["help"]["text"].is_string());
    }
}

#[test]
fn secret_values_never_appear_in_any_output() {
    let root = workspace_root();
    let secrets = [
        GITHUB_TOKEN,
        "sk_live_51NzQbKJt7vQ0cX3mRgW8eLpA2sYhD4fU",
        "kJ8vQ2mZr5T+Xw1bN9pLd3Hs7Yc0Fg4Ue6Ai2OqR",
        "AKIA4QZ7RT2M6VXK3PLN",
        "Qm7vR2xLp9sT",
    ];
    for format in ["human", "json", "sarif"] {
        let out = run(&root, &["check", "--format", format, "examples/agent-app"], None);
        for s in secrets {
            assert!(!out.stdout.contains(s), "{format} output leaks a secret");
            assert!(!out.stderr.contains(s), "{format} stderr leaks a secret");
        }
    }
}

#[test]
fn stdin_filename_analyses_standard_input_as_that_file() {
    let dir = temp_tree(&[]);
    let out = run(dir.path(), &["check", "--stdin-filename", "src/tool.py", "--format", "json"], Some(vulnerable_py().as_bytes()));
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    assert!(findings.iter().all(|f| f["path"] == "src/tool.py"));
    assert!(findings.iter().any(|f| f["rule_id"] == "python.subprocess-shell-true"));
}

#[test]
fn stdin_fix_prints_the_fixed_text() {
    let dir = temp_tree(&[]);
    let out = run(
        dir.path(),
        &["check", "--stdin-filename", "tool.py", "--fix", "--unsafe-fixes"],
        Some(vulnerable_py().as_bytes()),
    );
    assert!(out.stdout.contains("import shlex\n"), "{}", out.stdout);
    assert!(out.stdout.contains("subprocess.check_output(shlex.split(cmd))"), "{}", out.stdout);
    assert!(out.stdout.contains("TOKEN = os.environ[\"GITHUB_TOKEN\"]"), "{}", out.stdout);
    assert!(!out.stdout.contains(GITHUB_TOKEN));
}

#[test]
fn fix_rewrites_files_in_place_and_only_safe_fixes_by_default() {
    let dir = temp_tree(&[("app.py", vulnerable_py().as_bytes())]);
    // Both fixes here are unsafe: plain --fix leaves the file alone.
    let out = run(dir.path(), &["check", "--fix", "."], None);
    assert_eq!(out.code, 1);
    assert_eq!(std::fs::read_to_string(dir.path().join("app.py")).expect("read"), vulnerable_py());
    let out = run(dir.path(), &["check", "--fix", "--unsafe-fixes", "."], None);
    let fixed = std::fs::read_to_string(dir.path().join("app.py")).expect("read");
    assert!(fixed.contains("shlex.split(cmd)") && !fixed.contains(GITHUB_TOKEN), "{fixed}");
    assert!(out.stdout.contains("Applied 2 fixes."), "{}", out.stdout);
}

#[test]
fn severity_threshold_filters_findings() {
    let dir = temp_tree(&[("app.py", vulnerable_py().as_bytes())]);
    let out = run(dir.path(), &["check", "--severity", "critical", "--format", "json", "."], None);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["severity"] == "critical"));
}

#[test]
fn gitignored_files_are_skipped_unless_no_ignore() {
    let dir = temp_tree(&[(".gitignore", b"generated/\n"), ("generated/app.py", vulnerable_py().as_bytes())]);
    assert_eq!(run(dir.path(), &["check", "."], None).code, 0);
    assert_eq!(run(dir.path(), &["check", "--no-ignore", "."], None).code, 1);
}

#[test]
fn inline_suppressions_are_honoured() {
    let code = format!(
        "import subprocess\nTOKEN = \"{GITHUB_TOKEN}\"  # redline-ignore[secrets.github-pat]: revoked test token\n# redline-ignore: reviewed\nsubprocess.run(cmd, shell=True)\nsubprocess.run(cmd2, shell=True)\n"
    );
    let dir = temp_tree(&[("a.py", code.as_bytes())]);
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let lines: Vec<u64> = v["findings"].as_array().expect("findings").iter().map(|f| f["start"]["line"].as_u64().unwrap_or(0)).collect();
    assert_eq!(lines, vec![5]);
}

#[test]
fn config_disables_rules_overrides_severity_and_ignores_paths() {
    let dir = temp_tree(&[
        (
            "redline.toml",
            b"disable = [\"python.*\"]\nignore = [\"vendor\"]\n[severity]\n\"secrets.github-pat\" = \"low\"\n",
        ),
        ("app.py", vulnerable_py().as_bytes()),
        ("vendor/lib.py", vulnerable_py().as_bytes()),
    ]);
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    assert!(findings.iter().all(|f| f["path"] == "app.py"), "{findings:?}");
    assert!(findings.iter().all(|f| f["rule_id"] != "python.subprocess-shell-true"));
    let token = findings.iter().find(|f| f["rule_id"] == "secrets.github-pat").expect("token finding");
    assert_eq!(token["severity"], "low");
}

#[test]
fn extra_rule_directories_load_user_rules() {
    let rule = r#"id = "acme.no-print"
title = "print() left in code"
severity = "low"
confidence = "high"
languages = ["python"]
cwe = ["CWE-532"]
message = "print() in service code can leak data to logs; use the logger."
docs = "Use `logging`."

[query]
pattern = '''((call function: (identifier) @f) @finding (#eq? @f "print"))'''

[[examples]]
filename = "a.py"
code = '''
# ruleid: acme.no-print
print(user)
# ok: acme.no-print
log.info(user)
'''
"#;
    let dir = temp_tree(&[
        ("redline.toml", b"rule-dirs = [\"security-rules\"]\n"),
        ("security-rules/no-print.toml", rule.as_bytes()),
        ("svc.py", b"print(secret_thing)\n"),
    ]);
    let out = run(dir.path(), &["check", "--format", "json", "svc.py"], None);
    assert!(out.stdout.contains("acme.no-print"), "{}{}", out.stdout, out.stderr);
    let tested = run(dir.path(), &["test-rules", "security-rules"], None);
    assert_eq!(tested.code, 0, "{}", tested.stdout);
}

#[test]
fn rules_and_explain() {
    let root = workspace_root();
    let out = run(&root, &["rules"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("python.subprocess-shell-true"));
    let out = run(&root, &["rules", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert!(v.as_array().is_some_and(|a| a.len() >= 2));
    let out = run(&root, &["explain", "python.subprocess-shell-true"], None);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("CWE-78") && out.stdout.contains("## Use instead"), "{}", out.stdout);
    let out = run(&root, &["explain", "python.nope"], None);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no rule `python.nope`"), "{}", out.stderr);
}

#[test]
fn key_stores_are_reported_by_name_without_reading_them() {
    // Binary PKCS #12 / JKS content (NUL bytes): no text rule can see inside.
    let p12: &[u8] = b"0\x82\x0a\x1f\x02\x01\x030\x82\x09\xe5\x06\x09*\x86H\x86\xf7\x0d\x01\x07\x01\x00\x00";
    let jks: &[u8] = b"\xfe\xed\xfe\xed\x00\x00\x00\x02\x00\x00\x00\x01";
    let dir = temp_tree(&[
        ("deploy/tls/server.p12", p12),
        ("android/app/release.keystore", jks),
        ("src/main/resources/truststore.jks", jks),
        ("deploy/tls/server.crt", b"certificate chain\n"),
    ]);
    let out = run(dir.path(), &["check", "--format", "json", "."], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let mut hits: Vec<String> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule_id"] == "secrets.key-store-file")
        .map(|f| f["path"].as_str().unwrap_or_default().replace('\\', "/"))
        .collect();
    hits.sort();
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(hits[0].ends_with("android/app/release.keystore") && hits[1].ends_with("deploy/tls/server.p12"), "{hits:?}");

    // Over the size limit the file is still not read, and still reported.
    let big = temp_tree(&[("redline.toml", b"max-file-size = 16\n"), ("keys/signing.pfx", &[0u8; 64])]);
    let out = run(big.path(), &["check", "--format", "json", "."], None);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("secrets.key-store-file"), "{}", out.stdout);
}
