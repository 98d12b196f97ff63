//! Every built-in rule: loads without error, runs its own examples, and the checked-in JSON
//! Schema matches the rule format and accepts every rule file.

use redline::engine::RuleSet;
use redline_rules::builtin_sources;

#[test]
fn every_builtin_rule_compiles() {
    let set = RuleSet::builtin();
    set.compile_all();
    let errors: Vec<String> = set.errors().iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "broken built-in rules:\n{}", errors.join("\n"));
    assert_eq!(set.rules.len(), builtin_sources().len());
}

#[test]
fn every_builtin_rule_passes_its_examples() {
    let report = redline::rule_tests::run(&builtin_sources());
    let mut problems: Vec<String> = report.rule_errors.clone();
    problems.extend(report.failures.iter().map(ToString::to_string));
    assert!(problems.is_empty(), "{} rule example failures:\n{}", problems.len(), problems.join("\n\n"));
    assert!(report.rules > 0 && report.flag_lines >= report.rules && report.ok_lines >= report.rules);
    eprintln!(
        "{} rules, {} examples, {} must-flag lines, {} must-not-flag lines, {} fixes checked",
        report.rules, report.examples, report.flag_lines, report.ok_lines, report.fixes_checked
    );
}

#[test]
fn every_builtin_message_is_one_short_sentence() {
    // Editors show the message on one line (VS Code's Problems panel truncates it); the
    // explanation lives in the docs, shown on hover.
    let set = RuleSet::builtin();
    let long: Vec<String> = set
        .rules
        .iter()
        .filter(|r| r.message.chars().count() > 100 || r.message.contains('\n') || r.message.ends_with('.') || r.message.contains("http://") || r.message.contains("https://"))
        .map(|r| format!("{} ({} chars): {}", r.id, r.message.chars().count(), r.message))
        .collect();
    assert!(long.is_empty(), "messages must be one sentence of at most 100 characters, no final period, no URL:\n{}", long.join("\n"));
}

#[test]
fn rule_schema_is_up_to_date() {
    let path = redline_tests::workspace_root().join("rules/schema/rule.schema.json");
    let on_disk: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("schema file")).expect("schema json");
    let generated = redline_rules::rule_json_schema();
    assert!(
        on_disk == generated,
        "rules/schema/rule.schema.json is stale: run `cargo run -p redline -- schema > rules/schema/rule.schema.json`"
    );
}

#[test]
fn every_builtin_rule_file_validates_against_the_schema() {
    let schema = redline_rules::rule_json_schema();
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    for source in builtin_sources() {
        let value: toml::Value = toml::from_str(&source.text).expect("toml");
        let json = serde_json::to_value(value).expect("json");
        let errors: Vec<String> = validator.iter_errors(&json).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {}", source.path.display(), errors.join("; "));
    }
}

#[test]
fn broken_rules_are_reported_with_file_line_and_reason() {
    let dir = redline_tests::temp_tree(&[
        (
            "bad-query.toml",
            br#"id = "custom.bad-query"
title = "t"
severity = "high"
confidence = "high"
languages = ["python"]
cwe = ["CWE-1"]
message = "m"
docs = "d"

[query]
pattern = '''
(call
  function: (identifer) @f) @finding
'''

[[examples]]
filename = "a.py"
code = '''
# ruleid: custom.bad-query
f()
# ok: custom.bad-query
g
'''
"#,
        ),
        (
            "bad-regex.toml",
            br#"id = "custom.bad-regex"
title = "t"
severity = "high"
confidence = "high"
languages = ["*"]
cwe = ["CWE-798"]
message = "m"
docs = "d"

[regex]
pattern = '''token=(?P<secret>[a-z+)'''
keywords = ["token"]

[[examples]]
filename = "a.txt"
code = '''
# ruleid: custom.bad-regex
token=abc
# ok: custom.bad-regex
nothing
'''
"#,
        ),
        (
            "unknown-field.toml",
            br#"id = "custom.unknown-field"
title = "t"
severity = "high"
confidence = "high"
languages = ["*"]
cwe = ["CWE-798"]
message = "m"
docs = "d"
sevrity = "low"
"#,
        ),
        (
            "no-examples.toml",
            br#"id = "custom.no-examples"
title = "t"
severity = "high"
confidence = "high"
languages = ["*"]
cwe = ["CWE-798"]
message = "m"
docs = "d"

[regex]
pattern = 'x'
keywords = ["x"]
"#,
        ),
        (
            "unknown-predicate.toml",
            br#"id = "custom.unknown-predicate"
title = "t"
severity = "high"
confidence = "high"
languages = ["python"]
cwe = ["CWE-1"]
message = "m"
docs = "d"

[query]
pattern = '''((call) @finding (#is-tainted? @finding))'''

[[examples]]
filename = "a.py"
code = '''
# ruleid: custom.unknown-predicate
f()
# ok: custom.unknown-predicate
g
'''
"#,
        ),
    ]);
    let (sources, read_errors) = redline_rules::read_rule_dir(dir.path(), None);
    assert!(read_errors.is_empty());
    let set = RuleSet::build(&sources, &Default::default());
    set.compile_all();
    let mut errors: Vec<String> = set
        .errors()
        .iter()
        .map(|e| {
            let file = e.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
            format!("{file}:{}:{}: {}", e.line, e.column, e.reason)
        })
        .collect();
    errors.sort();
    insta::assert_snapshot!(errors.join("\n"));
    // The working rules of the same directory still load.
    assert!(set.rules.iter().all(|r| r.id != "custom.unknown-field"));
}

#[test]
fn one_secret_gets_one_finding_from_the_most_specific_rule() {
    let engine = redline::engine::Engine::new(std::sync::Arc::new(RuleSet::builtin()), Default::default());
    let text = "AWS_ACCESS_KEY_ID=AKIA4QZ7RT2M6VXK3PLN\nAWS_SECRET_ACCESS_KEY=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\nSTRIPE_API_KEY=sk_live_51NzQbKJt7vQ0cX3mRgW8eLpA2sYhD4fU\n";
    let analysis = engine.analyze_source(std::path::Path::new(".env"), text.as_bytes());
    let mut ids: Vec<&str> = analysis.findings.iter().map(|f| f.rule.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, vec!["secrets.aws-access-key-id", "secrets.aws-secret-access-key", "secrets.stripe-secret-key"]);
}

#[test]
fn rules_index_is_up_to_date() {
    let path = redline_tests::workspace_root().join("docs/rules.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = redline::cli::output::rules_markdown(&RuleSet::builtin().rules);
    assert!(
        on_disk == generated,
        "docs/rules.md is stale: run `cargo run -p redline -- rules --format markdown > docs/rules.md`"
    );
}
