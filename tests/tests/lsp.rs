//! End-to-end tests of `redline lsp`: the real binary over stdio, driven like an editor.

use redline_tests::lsp_client::{apply_lsp_edits, uri_of, LspClient};
use redline_tests::temp_tree;
use serde_json::{json, Value};
use std::time::Duration;

const TOKEN: &str = "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";

fn start(dir: &std::path::Path) -> LspClient {
    LspClient::start(dir, json!({}), json!({}))
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags.iter().map(|d| d["code"].as_str().unwrap_or("").to_owned()).collect()
}

fn pos(line: u32, character: u32) -> Value {
    json!({ "line": line, "character": character })
}

fn range(l1: u32, c1: u32, l2: u32, c2: u32) -> Value {
    json!({ "start": pos(l1, c1), "end": pos(l2, c2) })
}

fn document_text(client: &mut LspClient, uri: &str) -> String {
    let state = client.request("redline/documentState", json!({ "uri": uri }));
    state["text"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn open_publishes_versioned_diagnostics_with_rule_metadata() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("app.py"));
    c.open(&uri, "python", &format!("import subprocess\nTOKEN = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n"));
    let diags = c.diagnostics(&uri, 1);
    let mut got = codes(&diags);
    got.sort();
    assert_eq!(got, vec!["python.subprocess-shell-true", "secrets.github-pat"]);
    for d in &diags {
        assert_eq!(d["source"], "redline");
        assert!(d["codeDescription"]["href"].as_str().is_some_and(|h| h.starts_with("https://")));
        assert!(d["data"]["rule"].is_string());
        assert!(!d["message"].as_str().unwrap_or("").contains(TOKEN), "diagnostic leaks the secret");
    }
    let secret = diags.iter().find(|d| d["code"] == "secrets.github-pat").expect("secret diag");
    assert_eq!(secret["range"], range(1, 9, 1, 49));
    assert_eq!(secret["severity"], 1);
    c.shutdown();
}

#[test]
fn typing_character_by_character_ends_with_diagnostics_for_the_last_version() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("app.js"));
    c.open(&uri, "javascript", "const x = 1;\n");
    c.diagnostics(&uri, 1);
    let line = "eval(req.query.code);";
    let mut version = 1;
    for (i, ch) in line.chars().enumerate() {
        version += 1;
        c.change(&uri, version, json!([{ "range": range(1, i as u32, 1, i as u32), "text": ch.to_string() }]));
    }
    // Diagnostics for the final version arrive, and nothing for an older version comes after.
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["version"] == version);
    assert_eq!(document_text(&mut c, &uri), format!("const x = 1;\n{line}"));
    let _ = p;
    c.shutdown();
}

#[test]
fn thousands_of_edits_are_applied_in_wire_order() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("stress.py"));
    c.open(&uri, "python", "");
    // Each edit appends at the current end, so any reordering changes the final text.
    let mut expected = String::new();
    let mut line = 0u32;
    let mut col = 0u32;
    for i in 0..2000u32 {
        let piece = if i % 10 == 9 { format!("{i}\n") } else { format!("{i},") };
        c.change(&uri, i64::from(i) + 2, json!([{ "range": range(line, col, line, col), "text": piece }]));
        expected.push_str(&piece);
        if piece.ends_with('\n') {
            line += 1;
            col = 0;
        } else {
            col += piece.len() as u32;
        }
    }
    assert_eq!(document_text(&mut c, &uri), expected);
    assert!(c.alive());
    c.shutdown();
}

#[test]
fn pasting_a_fifty_line_block_flags_it() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("svc.py"));
    let base: String = (0..200).map(|i| format!("def f{i}(x):\n    return x + {i}\n")).collect();
    c.open(&uri, "python", &base);
    c.diagnostics(&uri, 1);
    let mut block = String::new();
    for i in 0..49 {
        block.push_str(&format!("value_{i} = compute({i})\n"));
    }
    block.push_str("subprocess.call(user_cmd, shell=True)\n");
    c.change(&uri, 2, json!([{ "range": range(100, 0, 100, 0), "text": block }]));
    let diags = c.diagnostics(&uri, 2);
    assert_eq!(codes(&diags), vec!["python.subprocess-shell-true"]);
    assert_eq!(diags[0]["range"]["start"]["line"], 149);
    c.shutdown();
}

#[test]
fn quick_fix_is_offered_applied_and_clears_the_finding() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("tool.py"));
    let text = "import subprocess\n\ndef run(cmd):\n    return subprocess.check_output(cmd, shell=True)\n";
    c.open(&uri, "python", text);
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(codes(&diags), vec!["python.subprocess-shell-true"]);
    let actions = c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": diags[0]["range"], "context": { "diagnostics": diags } }),
    );
    let actions = actions.as_array().cloned().unwrap_or_default();
    let fix = actions.iter().find(|a| a["isPreferred"] == true).expect("a preferred quick fix");
    assert_eq!(fix["kind"], "quickfix");
    let suppress = actions.iter().find(|a| a["title"].as_str().is_some_and(|t| t.starts_with("Suppress"))).expect("suppress action");
    let suppressed = apply_lsp_edits(text, suppress["edit"]["changes"][&uri].as_array().expect("edits"));
    assert!(suppressed.contains("    # redline-ignore[python.subprocess-shell-true]: "), "{suppressed}");
    let fixed = apply_lsp_edits(text, fix["edit"]["changes"][&uri].as_array().expect("edits"));
    assert_eq!(fixed, "import shlex\nimport subprocess\n\ndef run(cmd):\n    return subprocess.check_output(shlex.split(cmd))\n");
    c.change(&uri, 2, json!([{ "text": fixed }]));
    assert!(c.diagnostics(&uri, 2).is_empty());
    c.shutdown();
}

#[test]
fn hover_shows_the_rule_docs() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", "import subprocess\nsubprocess.run(cmd, shell=True)\n");
    let diags = c.diagnostics(&uri, 1);
    let hover = c.request("textDocument/hover", json!({ "textDocument": { "uri": uri }, "position": pos(1, 3) }));
    let md = hover["contents"]["value"].as_str().expect("markdown hover");
    assert!(md.contains("CWE-78") && md.contains("## Why is this bad?") && md.contains("Quick fix"), "{md}");
    // The diagnostic's message is shown by the editor above the hover: not repeated in it.
    let message = diags[0]["message"].as_str().expect("message");
    assert!(!md.contains(message), "{md}");
    let none = c.request("textDocument/hover", json!({ "textDocument": { "uri": uri }, "position": pos(0, 2) }));
    assert!(none.is_null());
    c.shutdown();
}

#[test]
fn pull_diagnostics_when_the_client_supports_them() {
    let dir = temp_tree(&[]);
    let caps = json!({ "textDocument": { "diagnostic": { "dynamicRegistration": false } }, "workspace": { "diagnostics": { "refreshSupport": true } } });
    let mut c = LspClient::start(dir.path(), caps, json!({}));
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("KEY = \"{TOKEN}\"\n"));
    let report = c.request("textDocument/diagnostic", json!({ "textDocument": { "uri": uri } }));
    assert_eq!(report["kind"], "full");
    assert_eq!(codes(report["items"].as_array().expect("items")), vec!["secrets.github-pat"]);
    // A pulling client gets no pushed diagnostics for open documents.
    assert!(c.try_wait_for("textDocument/publishDiagnostics", Duration::from_millis(500), |p| p["uri"] == uri.as_str()).is_none());
    c.shutdown();
}

#[test]
fn a_client_that_pulls_but_cannot_be_asked_to_pull_again_gets_pushed_diagnostics() {
    // Neovim 0.11: pull support, no `workspace/diagnostic/refresh`. Settings changes must still
    // reach its screen, so the server pushes.
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({ "textDocument": { "diagnostic": { "dynamicRegistration": false } } }), json!({}));
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("import subprocess\nKEY = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n"));
    assert_eq!(c.diagnostics(&uri, 1).len(), 2);
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "disable": ["secrets.*"] } } }));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1));
    c.shutdown();
}

#[test]
fn utf8_position_encoding_is_negotiated() {
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } }), json!({}));
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("é = \"{TOKEN}\"\n"));
    let diags = c.diagnostics(&uri, 1);
    // `é` is 2 bytes: the token starts at byte 6 of the line.
    assert_eq!(diags[0]["range"]["start"], pos(0, 6));
    c.shutdown();
}

#[test]
fn config_changes_on_disk_reload_rules_and_broken_rules_show_in_their_file() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("import subprocess\nKEY = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n"));
    assert_eq!(c.diagnostics(&uri, 1).len(), 2);
    std::fs::write(dir.path().join("redline.toml"), "disable = [\"python.*\"]\nrule-dirs = [\"rules\"]\n").expect("write");
    std::fs::create_dir_all(dir.path().join("rules")).expect("mkdir");
    std::fs::write(dir.path().join("rules/bad.toml"), "id = \"acme.bad\"\nlanguages = 3\n").expect("write");
    let config_uri = uri_of(&dir.path().join("redline.toml"));
    c.notify("workspace/didChangeWatchedFiles", json!({ "changes": [{ "uri": config_uri, "type": 1 }] }));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1));
    assert_eq!(p["diagnostics"][0]["code"], "secrets.github-pat");
    let bad_uri = uri_of(&dir.path().join("rules/bad.toml"));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == bad_uri.as_str());
    assert_eq!(p["diagnostics"][0]["range"]["start"]["line"], 1);
    assert!(p["diagnostics"][0]["message"].as_str().is_some_and(|m| m.contains("invalid type")), "{p}");
    c.shutdown();
}

#[test]
fn settings_from_the_client_apply_live() {
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({}), json!({ "disable": ["secrets.*"] }));
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("import subprocess\nKEY = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n"));
    assert_eq!(codes(&c.diagnostics(&uri, 1)), vec!["python.subprocess-shell-true"]);
    // Each change adds to the settings in force: `disable` stays until the client changes it.
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "severity": "critical" } } }));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(Vec::is_empty));
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "disable": [] } } }));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1 && d[0]["code"] == "secrets.github-pat"));
    assert_eq!(p["version"], 1);
    c.shutdown();
}

/// Lets the server go quiet, then forgets what it published so far: the next `wait_for` sees
/// only what comes after.
fn settle(c: &mut LspClient) {
    while c.try_wait_for("textDocument/publishDiagnostics", Duration::from_millis(400), |_| true).is_some() {}
    c.clear_backlog();
}

#[test]
fn partial_settings_merge_with_the_initialization_options() {
    // Neovim sends `settings = { redline = {} }` right after start: it must not reset what
    // `init_options` said.
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({}), json!({ "severity": "critical" }));
    let uri = uri_of(&dir.path().join("a.py"));
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": {} } }));
    c.open(&uri, "python", &format!("import subprocess\nKEY = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n"));
    assert_eq!(codes(&c.diagnostics(&uri, 1)), vec!["secrets.github-pat"]);
    // The reload after the empty change may publish version 1 again: start each step afresh
    // (`wait_for` looks at earlier publishes first).
    settle(&mut c);
    // A partial change keeps the other keys; `null` resets one.
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "disable": ["secrets.*"] } } }));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(Vec::is_empty));
    settle(&mut c);
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "severity": null } } }));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(|d| !d.is_empty()));
    assert_eq!(codes(p["diagnostics"].as_array().expect("diags")), vec!["python.subprocess-shell-true"]);
    c.shutdown();
}

#[test]
fn diagnostic_severity_setting_maps_redline_severities_to_the_editors() {
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({}), json!({ "diagnosticSeverity": { "high": "warning", "critical": "error" } }));
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("import subprocess\nKEY = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n"));
    let diags = c.diagnostics(&uri, 1);
    let severity = |code: &str| diags.iter().find(|d| d["code"] == code).map(|d| d["severity"].clone());
    assert_eq!(severity("python.subprocess-shell-true"), Some(json!(2)));
    assert_eq!(severity("secrets.github-pat"), Some(json!(1)));
    // A value that is no editor severity is an error on screen; the settings stay as they were.
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "diagnosticSeverity": { "high": "loud" } } } }));
    let shown = c.wait_for("window/showMessage", |p| p["type"] == 1);
    assert!(shown["message"].as_str().is_some_and(|m| m.contains("diagnosticSeverity.high") && m.contains("loud")), "{shown}");
    c.change(&uri, 2, json!([{ "text": "import subprocess\nsubprocess.run(cmd, shell=True)\n" }]));
    assert_eq!(c.diagnostics(&uri, 2)[0]["severity"], 2);
    c.shutdown();
}

#[test]
fn settings_changes_publish_again_the_files_scanned_from_disk() {
    let dir = temp_tree(&[
        ("agent.py", format!("import subprocess\nKEY = \"{TOKEN}\"\nsubprocess.run(cmd, shell=True)\n").as_bytes()),
        ("only_secret.py", format!("KEY = \"{TOKEN}\"\n").as_bytes()),
    ]);
    let mut c = LspClient::start(dir.path(), json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } }), json!({}));
    let agent = uri_of(&dir.path().join("agent.py"));
    let secret = uri_of(&dir.path().join("only_secret.py"));
    c.notify("workspace/didChangeWatchedFiles", json!({ "changes": [{ "uri": agent, "type": 1 }, { "uri": secret, "type": 1 }] }));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == agent.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 2));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == secret.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1));
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "disable": ["secrets.*"] } } }));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == agent.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == secret.as_str() && p["diagnostics"].as_array().is_some_and(Vec::is_empty));
    settle(&mut c);
    // Removing the `disable` brings back the findings of a file that had none left.
    c.notify("workspace/didChangeConfiguration", json!({ "settings": { "redline": { "disable": [] } } }));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == secret.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 1));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == agent.as_str() && p["diagnostics"].as_array().is_some_and(|d| d.len() == 2));
    c.shutdown();
}

#[test]
fn without_client_file_watching_the_server_watches_the_workspace() {
    // Neovim on Linux cannot watch files for a server: files an agent writes must still show
    // up, and `redline.toml` edits still apply.
    let dir = temp_tree(&[("src/app.py", b"print(1)\n"), ("node_modules/x/index.js", b"\n"), (".gitignore", b"build/\n")]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("open.py"));
    c.open(&uri, "python", "import subprocess\nsubprocess.run(cmd, shell=True)\n");
    assert_eq!(c.diagnostics(&uri, 1).len(), 1);
    c.wait_for("window/logMessage", |p| p["message"].as_str().is_some_and(|m| m.starts_with("watching ")));
    let written = dir.path().join("src/written_by_agent.py");
    std::fs::write(&written, format!("API = \"{TOKEN}\"\n")).expect("write");
    let written_uri = uri_of(&written);
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == written_uri.as_str());
    assert_eq!(codes(p["diagnostics"].as_array().expect("diags")), vec!["secrets.github-pat"]);
    // A directory created later is watched too.
    std::fs::create_dir_all(dir.path().join("src/new/deeper")).expect("mkdir");
    std::thread::sleep(Duration::from_millis(400));
    let deeper = dir.path().join("src/new/deeper/tool.js");
    std::fs::write(&deeper, "eval(req.query.code);\n").expect("write");
    let deeper_uri = uri_of(&deeper);
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == deeper_uri.as_str() && p["diagnostics"].as_array().is_some_and(|d| !d.is_empty()));
    // Ignored places are not scanned.
    std::fs::create_dir_all(dir.path().join("build")).expect("mkdir");
    std::fs::write(dir.path().join("build/out.py"), format!("API = \"{TOKEN}\"\n")).expect("write");
    std::fs::write(dir.path().join("node_modules/x/index.js"), format!("API = \"{TOKEN}\"\n")).expect("write");
    // Deleting clears.
    std::fs::remove_file(&written).expect("rm");
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == written_uri.as_str() && p["diagnostics"].as_array().is_some_and(Vec::is_empty));
    // `redline.toml` written behind the editor reloads the rules.
    std::fs::write(dir.path().join("redline.toml"), "disable = [\"python.*\"]\n").expect("write");
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(Vec::is_empty));
    let build_uri = uri_of(&dir.path().join("build/out.py"));
    let nm_uri = uri_of(&dir.path().join("node_modules/x/index.js"));
    assert!(c.try_wait_for("textDocument/publishDiagnostics", Duration::from_millis(300), |p| p["uri"] == build_uri.as_str() || p["uri"] == nm_uri.as_str()).is_none());
    assert!(!c.server_requests.iter().any(|(m, _)| m == "client/registerCapability"));
    c.shutdown();
}

#[test]
fn code_actions_cover_the_cursor_line_and_the_diagnostics_the_client_names() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("tool.py"));
    let text = "import subprocess\n\nout = subprocess.run(cmd, shell=True, check=True, cwd=d, capture_output=True, timeout=30)  # build\n";
    c.open(&uri, "python", text);
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(codes(&diags), vec!["python.subprocess-shell-true"]);
    let quick_fix = |actions: &Value| actions.as_array().and_then(|a| a.iter().find(|a| a["isPreferred"] == true).cloned());
    // The cursor at the end of the line, right of the flagged call, no diagnostics named.
    let at_end = c.request("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": range(2, 95, 2, 95), "context": { "diagnostics": [] } }));
    let fix = quick_fix(&at_end).expect("the quick fix from the end of the line");
    let fixed = apply_lsp_edits(text, fix["edit"]["changes"][&uri].as_array().expect("edits"));
    // Every argument the fix does not mean to change stays.
    assert_eq!(
        fixed,
        "import shlex\nimport subprocess\n\nout = subprocess.run(shlex.split(cmd), check=True, cwd=d, capture_output=True, timeout=30)  # build\n"
    );
    // A cursor on another line, with the diagnostic named in the context.
    let named = c.request("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": range(0, 0, 0, 0), "context": { "diagnostics": diags } }));
    assert!(quick_fix(&named).is_some(), "{named}");
    // Neither: only what applies there.
    let elsewhere = c.request("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": range(0, 0, 0, 0), "context": { "diagnostics": [] } }));
    assert!(quick_fix(&elsewhere).is_none(), "{elsewhere}");
    c.shutdown();
}

#[test]
fn the_server_logs_its_version_once_at_start() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let line = c.wait_for("window/logMessage", |p| p["message"].as_str().is_some_and(|m| m.starts_with("redline ")));
    assert!(line["message"].as_str().is_some_and(|m| m.contains(env!("CARGO_PKG_VERSION")) && m.contains("rules")), "{line}");
    assert_eq!(line["type"], 3);
    c.shutdown();
}

#[test]
fn files_written_behind_the_editor_are_scanned() {
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } }), json!({}));
    let path = dir.path().join("written_by_agent.py");
    std::fs::write(&path, format!("API = \"{TOKEN}\"\n")).expect("write");
    let uri = uri_of(&path);
    c.notify("workspace/didChangeWatchedFiles", json!({ "changes": [{ "uri": uri, "type": 1 }] }));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str());
    assert_eq!(codes(p["diagnostics"].as_array().expect("diags")), vec!["secrets.github-pat"]);
    std::fs::remove_file(&path).expect("rm");
    c.notify("workspace/didChangeWatchedFiles", json!({ "changes": [{ "uri": uri, "type": 3 }] }));
    let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str());
    assert!(p["diagnostics"].as_array().is_some_and(Vec::is_empty));
    assert!(c.server_requests.iter().any(|(m, _)| m == "client/registerCapability"));
    c.shutdown();
}

#[test]
fn scan_workspace_reports_progress_and_publishes_closed_files() {
    let dir = temp_tree(&[
        ("src/a.py", format!("A = \"{TOKEN}\"\n").as_bytes()),
        ("src/b.js", b"eval(userInput)\n"),
        ("clean.py", b"print(1)\n"),
    ]);
    let mut c = LspClient::start(dir.path(), json!({ "window": { "workDoneProgress": true } }), json!({}));
    let result = c.request("workspace/executeCommand", json!({ "command": "redline.scanWorkspace", "arguments": [] }));
    assert!(result.is_null(), "{result}");
    let a = uri_of(&dir.path().join("src/a.py"));
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == a.as_str());
    c.wait_for("$/progress", |p| p["value"]["kind"] == "end");
    assert!(c.server_requests.iter().any(|(m, _)| m == "window/workDoneProgress/create"));
    // The outcome is said on screen, not only in the log.
    let shown = c.wait_for("window/showMessage", |p| p["type"] == 3);
    assert!(shown["message"].as_str().is_some_and(|m| m.contains("scanned 3 files") && m.contains("2 findings in 2 files")), "{shown}");
    c.shutdown();
}

#[test]
fn bad_input_is_logged_and_the_server_keeps_serving() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("a.py"));
    // A change to a document that was never opened.
    c.change(&uri, 2, json!([{ "range": range(0, 0, 0, 0), "text": "x" }]));
    // Malformed params and a malformed message.
    c.notify("textDocument/didChange", json!({ "bogus": true }));
    c.send_raw("{ not json");
    c.open(&uri, "python", "x = 1\n");
    c.diagnostics(&uri, 1);
    // Duplicate open, a version going backwards, positions far out of range.
    c.open(&uri, "python", "y = 2\n");
    c.change(&uri, 1, json!([{ "range": range(99, 99, 120, 5), "text": "\neval(code)\n" }]));
    c.change(&uri, 5, json!([{ "range": range(0, 500, 0, 900), "text": "  # tail" }]));
    let diags = c.diagnostics(&uri, 5);
    assert_eq!(document_text(&mut c, &uri), "y = 2  # tail\n\neval(code)\n");
    let _ = diags;
    // Requests for unknown documents answer, and do not crash the server.
    let other = uri_of(&dir.path().join("nope.py"));
    let hover = c.request("textDocument/hover", json!({ "textDocument": { "uri": other }, "position": pos(0, 0) }));
    assert!(hover.is_null());
    let actions = c.request("textDocument/codeAction", json!({ "textDocument": { "uri": other }, "range": range(0, 0, 0, 0), "context": { "diagnostics": [] } }));
    assert!(actions.is_null());
    assert!(c.alive());
    c.shutdown();
}

#[test]
fn nothing_is_published_for_a_closed_document() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", &format!("K = \"{TOKEN}\"\n"));
    c.diagnostics(&uri, 1);
    for v in 2..40 {
        c.change(&uri, v, json!([{ "range": range(1, 0, 1, 0), "text": "#" }]));
    }
    c.notify("textDocument/didClose", json!({ "textDocument": { "uri": uri } }));
    // The clearing publish comes; after it nothing more for this document.
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str() && p["diagnostics"].as_array().is_some_and(Vec::is_empty) && p["version"].is_null());
    // Everything in the backlog arrived before the clearing publish.
    c.clear_backlog();
    let late = c.try_wait_for("textDocument/publishDiagnostics", Duration::from_millis(700), |p| p["uri"] == uri.as_str());
    assert!(late.is_none(), "published after close: {late:?}");
    c.shutdown();
}

#[test]
fn fix_all_source_action_applies_safe_fixes() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("a.py"));
    c.open(&uri, "python", "x = 1\n");
    c.diagnostics(&uri, 1);
    let actions = c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": range(0, 0, 0, 0), "context": { "diagnostics": [], "only": ["source.fixAll"] } }),
    );
    // No safe fix in this file: no action.
    assert!(actions.is_null(), "{actions}");
    c.shutdown();
}

#[test]
fn a_taint_finding_points_at_its_source_and_follows_edits() {
    let dir = temp_tree(&[]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("users.js"));
    let text = "app.get('/u', (req, res) => {\n  const id = req.query.id;\n  const sql = `SELECT * FROM users WHERE id = ${id}`;\n  db.query(sql);\n});\n";
    c.open(&uri, "javascript", text);
    let diags = c.diagnostics(&uri, 1);
    let taint = diags.iter().find(|d| d["code"] == "js.tainted-sql").unwrap_or_else(|| panic!("no taint finding: {diags:?}"));
    assert_eq!(taint["range"]["start"]["line"], 3, "reported at the sink");
    assert!(taint["message"].as_str().unwrap_or("").contains("Flow: `req.query.id` → `sql` → here."), "{}", taint["message"]);
    let related = &taint["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri.as_str());
    assert_eq!(related["location"]["range"], range(1, 13, 1, 25), "the source `req.query.id`");
    // The source becomes a number: the finding goes away.
    c.change(&uri, 2, json!([{ "range": range(1, 13, 1, 25), "text": "Number(req.query.id)" }]));
    let diags = c.diagnostics(&uri, 2);
    assert!(!codes(&diags).contains(&"js.tainted-sql".to_owned()), "{diags:?}");
    c.shutdown();
}

#[test]
fn agent_mode_shows_only_new_findings_as_errors_and_warnings_with_a_limit() {
    // Outside git: the text the document was opened with is the baseline.
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({}), json!({ "agentMode": true, "agentMaxDiagnostics": 2 }));
    let uri = uri_of(&dir.path().join("app.py"));
    let old = "import subprocess\n\ndef old(cmd):\n    return subprocess.check_output(cmd, shell=True)\n";
    c.open(&uri, "python", old);
    assert!(c.diagnostics(&uri, 1).is_empty(), "findings that were there before are not the agent's");
    let added = format!(
        "\nTOKEN = \"{TOKEN}\"\n\ndef run(request):\n    eval(request.args[\"expr\"])\n    subprocess.run(request.args[\"cmd\"], shell=True)\n"
    );
    let end = old.lines().count() as u32;
    c.change(&uri, 2, json!([{ "range": range(end, 0, end, 0), "text": added }]));
    let diags = c.diagnostics(&uri, 2);
    // Three new findings, at most two listed, then a summary line.
    assert_eq!(diags.len(), 3, "{diags:#?}");
    for d in &diags[..2] {
        assert_eq!(d["severity"], 1, "high and critical are errors: {d}");
        let code = d["code"].as_str().unwrap_or("");
        assert!(d["message"].as_str().is_some_and(|m| m.starts_with(code)), "{d}");
        assert!(d.get("tags").is_none_or(Value::is_null));
        assert!(!d.to_string().contains(TOKEN));
    }
    assert_eq!(diags[2]["code"], "redline.more-findings");
    assert!(diags[2]["message"].as_str().is_some_and(|m| m.contains("1 more")), "{}", diags[2]);
    c.shutdown();
}

#[test]
fn agent_mode_warns_about_a_suppression_added_over_a_finding() {
    let dir = temp_tree(&[]);
    let mut c = LspClient::start(dir.path(), json!({}), json!({ "agentMode": true }));
    let uri = uri_of(&dir.path().join("app.py"));
    let old = "import subprocess\n\ndef old(cmd):\n    return subprocess.check_output(cmd, shell=True)\n";
    c.open(&uri, "python", old);
    assert!(c.diagnostics(&uri, 1).is_empty());
    // The agent silences the old finding instead of fixing it.
    c.change(&uri, 2, json!([{ "range": range(3, 52, 3, 52), "text": "  # nosec" }]));
    let diags = c.diagnostics(&uri, 2);
    assert_eq!(codes(&diags), vec!["guard.suppression-added"], "{diags:#?}");
    assert_eq!(diags[0]["severity"], 2);
    assert_eq!(diags[0]["range"]["start"]["line"], 3);
    c.shutdown();
}

/// The diagnostics of `uri` once the server has gone quiet (no publish for `quiet`).
fn settled_diagnostics(c: &mut LspClient, uri: &str, version: i64, quiet: Duration) -> Vec<Value> {
    let mut last = c.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && p["version"] == version
    });
    // What is left in the backlog arrived before it.
    c.clear_backlog();
    while let Some(p) = c.try_wait_for("textDocument/publishDiagnostics", quiet, |p| {
        p["uri"] == uri
    }) {
        assert_eq!(
            p["version"], version,
            "a publish for an older version came after the last one"
        );
        last = p;
    }
    last["diagnostics"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_stream_of_edits_ends_with_what_redline_check_reports() {
    // A file whose exact analysis is slow: while edits stream in, each gets the local analysis
    // and the exact one waits for a pause. Once the server is quiet, the diagnostics must be
    // those of `redline check` on the final text, including a flow across statements (taint),
    // which the local analysis of one edited statement cannot see.
    let dir = temp_tree(&[]);
    let path = dir.path().join("service.py");
    let mut text = redline_tests::corpus::python(3000, 11);
    let mut c = start(dir.path());
    let uri = uri_of(&path);
    c.open(&uri, "python", &text);
    c.diagnostics(&uri, 1);
    let lines: Vec<&str> = text.lines().collect();
    let in_method = lines
        .iter()
        .enumerate()
        .skip(lines.len() / 2)
        .find(|(_, l)| l.starts_with("        \"\"\""))
        .map(|(i, _)| i + 1)
        .expect("a method");
    let top_level = lines
        .iter()
        .enumerate()
        .skip(in_method)
        .find(|(_, l)| l.starts_with("class "))
        .map(|(i, _)| i)
        .expect("a class");
    // Bottom first, so the earlier insertion point keeps its line.
    let typed = [
        (top_level, "x = eval(data)\n"),
        (in_method, "        name = request.args.get(\"f\")\n        return open(os.path.join(\"/srv/files\", name)).read()\n"),
    ];
    let mut version = 1;
    for (line, insert) in typed {
        let (mut l, mut col) = (line as u32, 0u32);
        for ch in insert.chars() {
            version += 1;
            c.change(
                &uri,
                version,
                json!([{ "range": range(l, col, l, col), "text": ch.to_string() }]),
            );
            if ch == '\n' {
                l += 1;
                col = 0;
            } else {
                col += 1;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let offset: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        text.insert_str(offset, insert);
    }
    assert_eq!(document_text(&mut c, &uri), text);
    let diags = settled_diagnostics(&mut c, &uri, version, Duration::from_millis(1500));
    let mut got: Vec<(String, u64)> = diags
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_owned(),
                d["range"]["start"]["line"].as_u64().unwrap_or(0) + 1,
            )
        })
        .collect();
    got.sort();
    std::fs::write(&path, &text).expect("write");
    let out = redline_tests::run(
        dir.path(),
        &["check", "--format", "json", "--no-ignore", "service.py"],
        None,
    );
    let report: Value = serde_json::from_str(&out.stdout).expect("json");
    let mut want: Vec<(String, u64)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or("").to_owned(),
                f["start"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    want.sort();
    assert!(
        want.iter().any(|(r, _)| r == "python.tainted-path"),
        "the typed flow is a finding: {want:?}"
    );
    assert_eq!(got, want);
    c.shutdown();
}

#[test]
fn a_manifest_is_checked_as_it_is_typed_with_a_quick_fix_for_a_typosquat() {
    let dir = temp_tree(&[("requirements.txt", b"flask==3.0.3\n")]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("requirements.txt"));
    c.open(&uri, "pip-requirements", "flask==3.0.3\n");
    assert!(c.diagnostics(&uri, 1).is_empty());
    // The agent types a dependency a character at a time; the last version is flagged.
    let mut text = String::from("flask==3.0.3\n");
    for (i, ch) in "reqeusts\n".chars().enumerate() {
        c.change(&uri, 2 + i as i64, json!([{ "range": range(1, i as u32, 1, i as u32), "text": ch.to_string() }]));
        text.push(ch);
    }
    let version = 1 + "reqeusts\n".len() as i64;
    let diags = c.diagnostics(&uri, version);
    assert_eq!(codes(&diags), vec!["deps.typosquat"], "{diags:?}");
    assert_eq!(diags[0]["range"], range(1, 0, 1, 8));
    let actions = c.request("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": diags[0]["range"], "context": { "diagnostics": diags } }));
    let fix = actions.as_array().into_iter().flatten().find(|a| a["title"] == "Use `requests` (review: changes behaviour)").cloned().expect("the quick fix");
    let fixed = apply_lsp_edits(&text, fix["edit"]["changes"][&uri].as_array().expect("edits"));
    assert_eq!(fixed, "flask==3.0.3\nrequests\n");
    c.change(&uri, version + 1, json!([{ "text": fixed }]));
    assert!(c.diagnostics(&uri, version + 1).is_empty());
    c.shutdown();
}

#[test]
fn an_import_no_manifest_declares_is_flagged_in_the_source_file() {
    let dir = temp_tree(&[("requirements.txt", b"flask==3.0.3\n")]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("app.py"));
    c.open(&uri, "python", "import flask\nimport requests\n");
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(codes(&diags), vec!["deps.phantom-import"], "{diags:?}");
    assert_eq!(diags[0]["range"], range(1, 7, 1, 15));
    assert_eq!(diags[0]["message"], "`requests` is imported but requirements.txt does not declare it; add it there");
    c.shutdown();
}

#[test]
fn terraform_is_checked_resource_by_resource_as_it_is_typed() {
    // A rule of the test's own: a database made public, and a bucket no versioning resource
    // names (a finding that another resource, typed later, takes away).
    let rule = |id: &str, resource: &str, fail: &str, set: &str, code: &str| {
        format!(
            "id = \"{id}\"\ntitle = \"t\"\nseverity = \"high\"\nconfidence = \"high\"\nlanguages = [\"hcl\"]\ncwe = [\"CWE-284\"]\nmessage = \"m\"\ndocs = \"d\"\n\n[iac]\nplatform = \"terraform\"\nresources = [\"{resource}\"]\nfail = '{fail}'\n{set}\n\n[[examples]]\nfilename = \"x.tf\"\ncode = '''\n{code}'''\n"
        )
    };
    let public = rule(
        "acme.public-db",
        "aws_db_instance",
        "publicly_accessible == true",
        "set = { publicly_accessible = \"false\" }",
        "resource \"aws_db_instance\" \"a\" {\n  # ruleid: acme.public-db\n  publicly_accessible = true\n  # ok: acme.public-db\n  engine = \"x\"\n}\n",
    );
    let versioning = rule(
        "acme.versioning",
        "aws_s3_bucket",
        "not referenced_by(\"aws_s3_bucket_versioning\", bucket)",
        "",
        "# ruleid: acme.versioning\nresource \"aws_s3_bucket\" \"a\" {}\n# ok: acme.versioning\nresource \"aws_s3_bucket\" \"b\" {}\nresource \"aws_s3_bucket_versioning\" \"b\" {\n  bucket = aws_s3_bucket.b.id\n}\n",
    );
    let dir = temp_tree(&[
        ("redline.toml", b"rule-dirs = [\"rules\"]\ndisable = [\"terraform.*\"]\n"),
        ("rules/public.toml", public.as_bytes()),
        ("rules/versioning.toml", versioning.as_bytes()),
    ]);
    let mut c = start(dir.path());
    let uri = uri_of(&dir.path().join("main.tf"));
    let start_text = "resource \"aws_db_instance\" \"db\" {\n  engine = \"postgres\"\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs\"\n}\n";
    c.open(&uri, "terraform", start_text);
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(codes(&diags), vec!["acme.versioning"], "{diags:?}");
    assert_eq!(diags[0]["range"], range(4, 0, 4, 33));
    // The agent types an attribute into the database a character at a time.
    let typed = "  publicly_accessible = true\n";
    let mut text = start_text.to_owned();
    for (i, ch) in typed.chars().enumerate() {
        c.change(&uri, 2 + i as i64, json!([{ "range": range(2, i as u32, 2, i as u32), "text": ch.to_string() }]));
        let at = text.match_indices('\n').nth(1).map(|(p, _)| p + 1).unwrap_or(0) + i;
        text.insert(at, ch);
    }
    let mut version = 1 + typed.len() as i64;
    // IaC findings are recomputed by the exact analysis, which may publish after a quick local
    // one: wait until the server goes quiet.
    let quiet = Duration::from_millis(1500);
    let diags = settled_diagnostics(&mut c, &uri, version, quiet);
    assert_eq!(codes(&diags), vec!["acme.public-db", "acme.versioning"], "{diags:?}");
    assert_eq!(diags[0]["range"], range(2, 2, 2, 28));
    let actions = c.request("textDocument/codeAction", json!({ "textDocument": { "uri": uri }, "range": diags[0]["range"], "context": { "diagnostics": [diags[0].clone()] } }));
    let fix = actions.as_array().into_iter().flatten().find(|a| a["title"] == "Set to `false`").cloned().unwrap_or_else(|| panic!("the quick fix: {actions:?}"));
    text = apply_lsp_edits(&text, fix["edit"]["changes"][&uri].as_array().expect("edits"));
    assert!(text.contains("  publicly_accessible = false\n"), "{text}");
    version += 1;
    c.change(&uri, version, json!([{ "text": text }]));
    assert_eq!(codes(&settled_diagnostics(&mut c, &uri, version, quiet)), vec!["acme.versioning"]);
    // A versioning resource appended at the end names the bucket: the bucket's finding goes.
    let end_line = text.lines().count() as u32;
    version += 1;
    c.change(&uri, version, json!([{ "range": range(end_line, 0, end_line, 0), "text": "\nresource \"aws_s3_bucket_versioning\" \"logs\" {\n  bucket = aws_s3_bucket.logs.id\n}\n" }]));
    assert!(settled_diagnostics(&mut c, &uri, version, quiet).is_empty());
    c.shutdown();
}
