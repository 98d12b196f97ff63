//! End-to-end tests of the dependency checks through the real binary: `redline check` on
//! manifests and scripts (with the bundled snapshot), the quick fix, `redline deps update`
//! from an OSV dump, `deps list` / `deps info`, and the hook on an agent's install command.

use std::io::Write;
use std::process::{Command, Stdio};

use redline_tests::{redline_bin, run, temp_tree, Output};
use serde_json::{json, Value};

fn findings(out: &Output) -> Vec<(String, u64, String)> {
    let v: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {out:?}"));
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_owned(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn manifests_lockfiles_and_scripts_are_checked_with_the_bundled_snapshot() {
    let dir = temp_tree(&[
        ("requirements.txt", b"flask>=2.0\nrequests==2.19.0\nreqeusts\npyyaml==6.0.1\n"),
        ("web/package.json", b"{\n  \"dependencies\": {\n    \"expresss\": \"^4.18.0\",\n    \"express\": \"^4.18.0\"\n  }\n}\n"),
        ("Dockerfile", b"FROM python:3.12-slim\nRUN pip install --no-cache-dir numpyy==1.0\n"),
        ("notes.py", b"print('pip install reqeusts')\n"),
    ]);
    let out = run(dir.path(), &["check", "--no-ignore", "--format", "json", "."], None);
    assert_eq!(out.code, 1, "{out:?}");
    let mut got: Vec<(String, String)> = findings(&out).into_iter().filter(|(r, _, _)| r.starts_with("deps.")).map(|(r, _, m)| (r, m)).collect();
    got.sort();
    let rules: Vec<&str> = got.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(rules, ["deps.known-vulnerable", "deps.typosquat", "deps.typosquat", "deps.typosquat"], "{got:#?}");
    assert!(got[0].1.starts_with("`requests` 2.19.0 is affected by "), "{}", got[0].1);
    assert!(got[0].1.contains("; upgrade to "), "{}", got[0].1);
    let typos: Vec<&str> = got[1..].iter().map(|(_, m)| m.as_str()).collect();
    assert!(typos.iter().any(|m| m.starts_with("`expresss` is not a known npm package but looks like `express`")), "{typos:?}");
    assert!(typos.iter().any(|m| m.starts_with("`numpyy` is not a known PyPI package but looks like `numpy`")), "{typos:?}");
    assert!(typos.iter().any(|m| m.starts_with("`reqeusts` is not a known PyPI package but looks like `requests`")), "{typos:?}");
}

#[test]
fn the_quick_fix_upgrades_a_pin_to_a_version_no_advisory_affects() {
    let dir = temp_tree(&[]);
    let out = run(dir.path(), &["check", "--stdin-filename", "requirements.txt", "--fix", "--unsafe-fixes"], Some(b"requests==2.19.0\nflask\n"));
    let fixed = out.stdout.lines().next().unwrap_or_default().to_owned();
    let version = fixed.strip_prefix("requests==").unwrap_or_else(|| panic!("{out:?}"));
    // The fixed text passes the same check.
    let again = run(dir.path(), &["check", "--stdin-filename", "requirements.txt", "--format", "json"], Some(format!("requests=={version}\n").as_bytes()));
    assert!(findings(&again).is_empty(), "requests=={version} still flagged: {again:?}");
}

#[test]
fn deps_update_reads_an_osv_dump_and_the_new_snapshot_is_used() {
    let dump = temp_tree(&[
        (
            "PyPI/GHSA-test-0001.json",
            json!({
                "id": "GHSA-test-0001", "aliases": ["CVE-2099-0001"], "summary": "Remote code execution in flask",
                "database_specific": {"severity": "CRITICAL"},
                "affected": [{"package": {"ecosystem": "PyPI", "name": "Flask"},
                    "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.0.3"}]}]}]
            })
            .to_string()
            .as_bytes(),
        ),
        ("PyPI/not-a-record.json", b"{ not json"),
    ]);
    let state = tempfile::tempdir().expect("tempdir");
    let snapshot = state.path().join("deps.snapshot.zst");
    let dump_dir = dump.path().display().to_string();
    let out = run(state.path(), &["deps", "update", "--osv", &dump_dir, "-o", &snapshot.display().to_string()], None);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("unreadable:") && out.stderr.contains("not-a-record.json"), "a bad file is named: {out:?}");
    assert!(snapshot.is_file());

    let check = |env_snapshot: Option<&std::path::Path>| -> Output {
        let mut cmd = Command::new(redline_bin());
        cmd.args(["check", "--stdin-filename", "requirements.txt", "--format", "json"])
            .current_dir(state.path())
            .env("HOME", state.path())
            .env_remove("XDG_DATA_HOME")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        match env_snapshot {
            Some(p) => cmd.env("REDLINE_DEPS_SNAPSHOT", p),
            None => cmd.env_remove("REDLINE_DEPS_SNAPSHOT"),
        };
        let mut child = cmd.spawn().expect("spawn");
        child.stdin.take().expect("stdin").write_all(b"flask==3.0.2\n").expect("write");
        let o = child.wait_with_output().expect("wait");
        Output { code: o.status.code().unwrap_or(-1), stdout: String::from_utf8_lossy(&o.stdout).into(), stderr: String::from_utf8_lossy(&o.stderr).into() }
    };
    let with = findings(&check(Some(&snapshot)));
    assert_eq!(with.len(), 1, "{with:?}");
    assert_eq!(with[0].2, "`flask` 3.0.2 is affected by GHSA-test-0001 (CVE-2099-0001, critical); upgrade to 3.0.3");
    assert!(findings(&check(None)).iter().all(|(_, _, m)| !m.contains("GHSA-test-0001")), "the bundled snapshot does not know it");

    // A corrupt user snapshot: a warning in `deps info`, the bundled one in use.
    std::fs::write(&snapshot, b"garbage").expect("write");
    let mut info = Command::new(redline_bin());
    let o = info.args(["deps", "info"]).env("REDLINE_DEPS_SNAPSHOT", &snapshot).output().expect("run");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && stderr.contains("using the bundled snapshot"), "{stderr}");
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("snapshot: bundled"));
}

#[test]
fn an_empty_or_missing_dump_is_a_clear_error() {
    let empty = tempfile::tempdir().expect("tempdir");
    let out = run(empty.path(), &["deps", "update", "--osv", ".", "-o", "x.zst"], None);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("no OSV records found"), "{out:?}");
    let out = run(empty.path(), &["deps", "update", "--osv", "does-not-exist", "-o", "x.zst"], None);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(!empty.path().join("x.zst").exists());
}

#[test]
fn deps_info_names_the_sources_and_list_shows_each_dependency() {
    let dir = temp_tree(&[("go.mod", b"module example.com/app\n\ngo 1.21\n\nrequire github.com/gin-gonic/gin v1.6.3\n")]);
    let out = run(dir.path(), &["deps", "info"], None);
    assert_eq!(out.code, 0, "{out:?}");
    for source in ["advisory-database-pypa", "rustsec/advisory-db", "golang/vulndb", "malicious-packages", "top-pypi-packages"] {
        assert!(out.stdout.contains(source), "{source} missing from {}", out.stdout);
    }
    let out = run(dir.path(), &["deps", "list", "go.mod"], None);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("go.mod:5\tGo\tgithub.com/gin-gonic/gin\tv1.6.3\tknown-vulnerable: `github.com/gin-gonic/gin` v1.6.3 is affected by "), "{}", out.stdout);
    let out = run(dir.path(), &["deps", "list", "README"], None);
    assert_eq!(out.code, 2, "{out:?}");
}

fn hook(cwd: &std::path::Path, payload: &Value) -> Output {
    let mut child = Command::new(redline_bin())
        .args(["hook", "claude", "PreToolUse"])
        .current_dir(cwd)
        .env("REDLINE_HOOK_DAEMON", "0")
        .env("REDLINE_STATE_DIR", cwd)
        .env("HOME", cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(payload.to_string().as_bytes()).expect("write");
    let o = child.wait_with_output().expect("wait");
    Output { code: o.status.code().unwrap_or(-1), stdout: String::from_utf8_lossy(&o.stdout).into(), stderr: String::from_utf8_lossy(&o.stderr).into() }
}

#[test]
fn the_hook_stops_an_install_command_with_a_typosquat_and_lets_a_clean_one_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let payload = |command: &str| {
        json!({"session_id": "s-deps", "cwd": dir.path(), "hook_event_name": "PreToolUse", "tool_name": "Bash",
               "tool_use_id": "toolu_1", "tool_input": {"command": command, "description": "install"}})
    };
    let out = hook(dir.path(), &payload("cd app && pip install -q reqeusts==2.31.0 && npm i lodash"));
    assert_eq!(out.code, 0, "{out:?}");
    let v: Value = serde_json::from_str(out.stdout.trim()).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny", "{v}");
    let reason = v["hookSpecificOutput"]["permissionDecisionReason"].as_str().unwrap_or_default();
    assert!(reason.starts_with("Redline blocked this command: the packages it installs have 1 security finding"), "{reason}");
    assert!(reason.contains("[deps.typosquat high] `reqeusts` is not a known PyPI package but looks like `requests`"), "{reason}");

    for clean in ["pip install -q requests==2.32.3 && npm i lodash", "ls -la", "npm install", "pip install -r requirements.txt"] {
        let out = hook(dir.path(), &payload(clean));
        assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{clean}: {out:?}");
    }
}
