//! End-to-end tests of `redline hook`: each agent's payloads (written from its hook
//! documentation) through the real binary, and the answer in that agent's exact shape.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use redline_tests::{redline_bin, workspace_root, Output};
use serde_json::{json, Value};

const GITHUB_TOKEN: &str = "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";

/// A Flask handler that uses a query parameter safely.
const SAFE_DB: &str = "from flask import request\n\n\ndef get_user(db):\n    uid = request.args.get(\"id\")\n    return db.execute(\"SELECT * FROM users WHERE id = ?\", (uid,))\n";
const SAFE_LINE: &str = "    return db.execute(\"SELECT * FROM users WHERE id = ?\", (uid,))";
const UNSAFE_LINE: &str = "    return db.execute(\"SELECT * FROM users WHERE id = \" + uid)";

/// A project directory with `app/db.py` and a private state directory for the hook sessions.
struct Project {
    dir: tempfile::TempDir,
    state: tempfile::TempDir,
}

impl Project {
    fn new(db: &str) -> Project {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("app")).expect("mkdir");
        std::fs::write(dir.path().join("app/db.py"), db).expect("write");
        Project { dir, state: tempfile::tempdir().expect("tempdir") }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn cwd(&self) -> String {
        self.path().display().to_string()
    }

    fn db(&self) -> String {
        self.path().join("app/db.py").display().to_string()
    }

    fn hook(&self, args: &[&str], payload: &str) -> Output {
        self.hook_with(args, payload, false)
    }

    /// `daemon`: let the hook use (and start) the warm hook server.
    fn hook_with(&self, args: &[&str], payload: &str, daemon: bool) -> Output {
        let mut child = Command::new(redline_bin())
            .arg("hook")
            .args(args)
            .current_dir(self.path())
            .env("REDLINE_HOOK_DAEMON", if daemon { "1" } else { "0" })
            .env("REDLINE_STATE_DIR", self.state.path())
            .env("HOME", self.state.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn redline");
        // The binary may exit before reading (an unknown agent): a closed pipe is not an error.
        let _ = child.stdin.take().expect("stdin").write_all(payload.as_bytes());
        let out = child.wait_with_output().expect("wait");
        let o = Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert!(!o.stdout.contains(GITHUB_TOKEN) && !o.stderr.contains(GITHUB_TOKEN), "a secret leaked: {o:?}");
        o
    }

    fn json(&self, args: &[&str], payload: &Value) -> (Value, Output) {
        let out = self.hook(args, &payload.to_string());
        assert_eq!(out.code, 0, "{out:?}");
        let v = serde_json::from_str(out.stdout.trim()).unwrap_or(Value::Null);
        (v, out)
    }

    /// The answer's text with the project's temporary path replaced, for snapshots.
    fn stable(&self, s: &str) -> String {
        s.replace(&self.cwd(), "<project>")
    }
}

fn claude(p: &Project, event: &str, tool: &str, input: Value) -> Value {
    json!({
        "session_id": "5f1c7a9e-claude",
        "transcript_path": "/home/dev/.claude/projects/x/5f1c7a9e.jsonl",
        "cwd": p.cwd(),
        "permission_mode": "default",
        "hook_event_name": event,
        "tool_name": tool,
        "tool_use_id": "toolu_01ABC",
        "tool_input": input,
    })
}

fn edit_to_unsafe(p: &Project) -> Value {
    json!({"file_path": p.db(), "old_string": SAFE_LINE, "new_string": UNSAFE_LINE, "replace_all": false})
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = workspace_root().join("tests/schemas/codex").join(name);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("schema")).expect("schema json");
    jsonschema::validator_for(&v).expect("valid schema")
}

fn assert_valid(validator: &jsonschema::Validator, v: &Value) {
    let errors: Vec<String> = validator.iter_errors(v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{v}");
}

#[test]
fn claude_pre_tool_use_denies_an_edit_that_introduces_sql_injection() {
    let p = Project::new(SAFE_DB);
    let (v, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", edit_to_unsafe(&p)));
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny", "{v}");
    let reason = v["hookSpecificOutput"]["permissionDecisionReason"].as_str().expect("reason");
    insta::assert_snapshot!(p.stable(reason));
    // The gate looked at the file as it would be: the file itself is untouched.
    assert_eq!(std::fs::read_to_string(p.db()).expect("read"), SAFE_DB);
}

#[test]
fn an_edit_to_a_file_with_old_findings_that_adds_none_is_allowed_silently() {
    let unsafe_db = SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE);
    let p = Project::new(&unsafe_db);
    let input = json!({"file_path": p.db(), "old_string": "def get_user(db):", "new_string": "def get_user(db):\n    \"\"\"Looks a user up.\"\"\"", "replace_all": false});
    let out = p.hook(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", input).to_string());
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "", ""), "{out:?}");
}

#[test]
fn an_edit_that_fixes_a_finding_is_allowed() {
    let unsafe_db = SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE);
    let p = Project::new(&unsafe_db);
    let input = json!({"file_path": p.db(), "old_string": UNSAFE_LINE, "new_string": SAFE_LINE});
    let out = p.hook(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", input).to_string());
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{out:?}");
}

#[test]
fn prose_that_mentions_dangerous_calls_is_not_code() {
    let p = Project::new(SAFE_DB);
    let input = json!({"file_path": "docs/SECURITY.md", "content": "Never call `eval(user_input)` or `subprocess.run(cmd, shell=True)`.\n\n```python\nos.system(request.args['cmd'])\n```\n"});
    let out = p.hook(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Write", input).to_string());
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{out:?}");
}

#[test]
fn a_written_secret_is_denied_and_never_echoed_by_any_agent() {
    let p = Project::new(SAFE_DB);
    let content = format!("GITHUB_TOKEN = \"{GITHUB_TOKEN}\"\n");
    let (v, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Write", json!({"file_path": "app/config.py", "content": content})));
    let reason = v["hookSpecificOutput"]["permissionDecisionReason"].as_str().expect("reason");
    assert!(reason.contains("secrets.github-pat") && reason.contains("ghp_…(40 chars)"), "{reason}");
    // Every agent's answer (the helper asserts no secret in stdout or stderr).
    let copilot = json!({"timestamp": 1_765_000_000_000u64, "cwd": p.cwd(), "toolName": "create", "toolArgs": json!({"path": "app/config.py", "file_text": content}).to_string()});
    let (v, _) = p.json(&["copilot", "preToolUse"], &copilot);
    assert_eq!(v["permissionDecision"], "deny", "{v}");
    let gemini = json!({"session_id": "g1", "cwd": p.cwd(), "hook_event_name": "BeforeTool", "tool_name": "write_file", "tool_input": {"file_path": "app/config.py", "content": content}});
    let (v, _) = p.json(&["gemini", "BeforeTool"], &gemini);
    assert_eq!(v["decision"], "deny", "{v}");
    let windsurf = json!({"agent_action_name": "pre_write_code", "trajectory_id": "t1", "execution_id": "e1", "tool_info": {"file_path": p.path().join("app/config.py"), "edits": [{"old_string": "", "new_string": content}]}});
    let out = p.hook(&["windsurf", "pre_write_code"], &windsurf.to_string());
    // A new file with `old_string: ""`: created with the new text.
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("secrets.github-pat"), "{out:?}");
}

#[test]
fn malformed_input_allows_with_a_note_and_denies_when_failing_closed() {
    let p = Project::new(SAFE_DB);
    let out = p.hook(&["claude", "PreToolUse"], "{\"tool_name\": ");
    assert_eq!((out.code, out.stdout.as_str()), (0, ""));
    assert!(out.stderr.contains("not JSON") && out.stderr.contains("allowed"), "{out:?}");
    let out = p.hook(&["claude", "PreToolUse", "--fail-closed"], "{\"tool_name\": ");
    assert_eq!(out.code, 0);
    let v: Value = serde_json::from_str(out.stdout.trim()).expect("json");
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny");
    // An edit whose text is not in the file: the tool will fail; nothing to gate.
    let input = json!({"file_path": p.db(), "old_string": "no such line", "new_string": "eval(x)"});
    let out = p.hook(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", input).to_string());
    assert_eq!((out.code, out.stdout.as_str()), (0, ""));
    assert!(out.stderr.contains("does not occur"), "{out:?}");
    let out = p.hook(&["nobody", "PreToolUse"], "{}");
    assert_eq!(out.code, 2);
}

#[test]
fn claude_post_tool_use_reports_only_what_the_write_introduced_and_stop_holds_the_agent() {
    let unsafe_db = SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE);
    // The file already has one injection; the edit adds a shell command built from input.
    let p = Project::new(&unsafe_db);
    let old = "def get_user(db):";
    let new = "def run(cmd):\n    import os\n    os.system(\"convert \" + request.args[\"f\"])\n\n\ndef get_user(db):";
    let input = json!({"file_path": p.db(), "old_string": old, "new_string": new});
    let (pre, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", input.clone()));
    assert_eq!(pre["hookSpecificOutput"]["permissionDecision"], "deny");
    // The user approved it anyway: the tool wrote the file.
    std::fs::write(p.db(), unsafe_db.replace(old, new)).expect("write");
    let mut payload = claude(&p, "PostToolUse", "Edit", input);
    payload["tool_response"] = json!({"filePath": p.db(), "success": true});
    let (v, _) = p.json(&["claude", "PostToolUse"], &payload);
    assert_eq!(v["decision"], "block", "{v}");
    let context = v["hookSpecificOutput"]["additionalContext"].as_str().expect("context");
    assert!(context.contains("app/db.py:6") && context.contains("python.os-system-injection"), "{context}");
    assert!(!context.contains("app/db.py:11"), "the old finding is not the edit's: {context}");
    // Stop: the finding is still there.
    let stop = json!({"session_id": "5f1c7a9e-claude", "transcript_path": "/t.jsonl", "cwd": p.cwd(), "permission_mode": "default", "hook_event_name": "Stop", "stop_hook_active": false});
    let (v, _) = p.json(&["claude", "Stop"], &stop);
    assert_eq!(v["decision"], "block", "{v}");
    assert!(v["reason"].as_str().is_some_and(|r| r.contains("still in app/db.py")), "{v}");
    // Continuing because of that answer: no second block (no loop).
    let mut again = stop.clone();
    again["stop_hook_active"] = json!(true);
    let out = p.hook(&["claude", "Stop"], &again.to_string());
    assert_eq!((out.code, out.stdout.as_str()), (0, ""));
    // Fixed: the stop is allowed.
    std::fs::write(p.db(), &unsafe_db).expect("write");
    let out = p.hook(&["claude", "Stop"], &stop.to_string());
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{out:?}");
}

#[test]
fn codex_apply_patch_is_gated_and_answers_validate_against_codex_schemas() {
    let p = Project::new(SAFE_DB);
    let patch = format!(
        "*** Begin Patch\n*** Update File: app/db.py\n@@ def get_user(db):\n     uid = request.args.get(\"id\")\n-{}\n+{}\n*** Add File: app/tasks.py\n+import subprocess\n+from flask import request\n+\n+\n+def thumbnail():\n+    subprocess.run(\"convert \" + request.args[\"f\"], shell=True)\n*** End Patch\n",
        &SAFE_LINE[1..],
        &UNSAFE_LINE[1..]
    );
    let payload = json!({
        "session_id": "019a3c5e-codex",
        "transcript_path": null,
        "cwd": p.cwd(),
        "hook_event_name": "PreToolUse",
        "model": "gpt-5.3-codex",
        "permission_mode": "default",
        "tool_name": "apply_patch",
        "tool_use_id": "call_7Gx",
        "turn_id": "turn_3",
        "tool_input": {"command": patch},
    });
    assert_valid(&schema("pre-tool-use.command.input.schema.json"), &payload);
    let (v, _) = p.json(&["codex", "PreToolUse"], &payload);
    assert_valid(&schema("pre-tool-use.command.output.schema.json"), &v);
    let reason = v["hookSpecificOutput"]["permissionDecisionReason"].as_str().expect("reason");
    assert!(reason.contains("app/db.py:6") && reason.contains("app/tasks.py:6"), "{reason}");
    // Post: the patch applied; feedback validates too.
    std::fs::write(p.db(), SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE)).expect("write");
    let mut post = payload.clone();
    post["hook_event_name"] = json!("PostToolUse");
    post["tool_response"] = json!("Success. Updated the following files:\nM app/db.py");
    let (v, _) = p.json(&["codex", "PostToolUse"], &post);
    assert_valid(&schema("post-tool-use.command.output.schema.json"), &v);
    assert_eq!(v["decision"], "block");
    let stop = json!({"session_id": "019a3c5e-codex", "cwd": p.cwd(), "hook_event_name": "Stop", "model": "gpt-5.3-codex", "permission_mode": "default", "transcript_path": null, "turn_id": "turn_4", "stop_hook_active": false, "last_assistant_message": "Done."});
    let (v, _) = p.json(&["codex", "Stop"], &stop);
    assert_valid(&schema("stop.command.output.schema.json"), &v);
    assert_eq!(v["decision"], "block");
}

#[test]
fn codex_bash_heredoc_writes_are_gated() {
    let p = Project::new(SAFE_DB);
    let command = "mkdir -p app && cat > app/run.py <<'EOF'\nimport os\nfrom flask import request\n\n\ndef run():\n    os.system(request.args[\"cmd\"])\nEOF";
    let payload = json!({"session_id": "s", "cwd": p.cwd(), "hook_event_name": "PreToolUse", "model": "m", "permission_mode": "default", "tool_name": "Bash", "tool_use_id": "c", "turn_id": "t", "transcript_path": null, "tool_input": {"command": command}});
    let (v, _) = p.json(&["codex", "PreToolUse"], &payload);
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny", "{v}");
    let harmless = json!({"session_id": "s", "cwd": p.cwd(), "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": "cargo test && git status"}});
    let out = p.hook(&["codex", "PreToolUse"], &harmless.to_string());
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "", ""));
}

#[test]
fn copilot_and_vscode_answers_carry_both_shapes_and_read_only_tools_pass_silently() {
    let p = Project::new(SAFE_DB);
    let args = json!({"path": p.db(), "old_str": SAFE_LINE, "new_str": UNSAFE_LINE}).to_string();
    let copilot = json!({"sessionId": "cp1", "timestamp": 1_765_000_000_000u64, "cwd": p.cwd(), "toolName": "edit", "toolArgs": args});
    let (v, _) = p.json(&["copilot", "preToolUse"], &copilot);
    assert_eq!(v["permissionDecision"], "deny");
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny");
    // VS Code's agent: Claude-shaped payload, its own tool names; it ignores matchers.
    let vscode = json!({"timestamp": "2026-12-07T10:00:00.000Z", "cwd": p.cwd(), "sessionId": "vs1", "hookEventName": "PreToolUse", "transcript_path": "/t", "tool_name": "replace_string_in_file", "tool_use_id": "tu1", "tool_input": {"filePath": p.db(), "oldString": SAFE_LINE, "newString": UNSAFE_LINE, "explanation": "inline the id"}});
    let (v, _) = p.json(&["copilot", "PreToolUse"], &vscode);
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny", "{v}");
    let read = json!({"cwd": p.cwd(), "sessionId": "vs1", "hookEventName": "PreToolUse", "tool_name": "read_file", "tool_input": {"filePath": p.db()}});
    let out = p.hook(&["vscode", "PreToolUse"], &read.to_string());
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "", ""));
}

#[test]
fn cursor_records_after_file_edit_and_answers_at_stop() {
    let p = Project::new(SAFE_DB);
    let pre = json!({"hook_event_name": "preToolUse", "conversation_id": "c-1", "generation_id": "g-1", "workspace_roots": [p.cwd()], "tool_name": "Write", "tool_input": {"file_path": "app/ok.py", "content": "print('hi')\n"}});
    let (v, _) = p.json(&["cursor", "preToolUse"], &pre);
    assert_eq!(v, json!({"permission": "allow"}), "Cursor gets an answer even to allow");
    std::fs::write(p.db(), SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE)).expect("write");
    let after = json!({"hook_event_name": "afterFileEdit", "conversation_id": "c-1", "generation_id": "g-2", "workspace_roots": [p.cwd()], "file_path": p.db(), "edits": [{"old_string": SAFE_LINE, "new_string": UNSAFE_LINE}]});
    let (v, _) = p.json(&["cursor", "afterFileEdit"], &after);
    assert_eq!(v, json!({}));
    let stop = json!({"hook_event_name": "stop", "conversation_id": "c-1", "generation_id": "g-3", "workspace_roots": [p.cwd()], "status": "completed", "loop_count": 0});
    let (v, _) = p.json(&["cursor", "stop"], &stop);
    assert!(v["followup_message"].as_str().is_some_and(|m| m.contains("app/db.py:6")), "{v}");
    std::fs::write(p.db(), SAFE_DB).expect("write");
    let (v, _) = p.json(&["cursor", "stop"], &stop);
    assert_eq!(v, json!({}));
}

#[test]
fn cline_write_and_search_replace_are_gated() {
    let p = Project::new(SAFE_DB);
    let diff = format!("------- SEARCH\n{SAFE_LINE}\n=======\n{UNSAFE_LINE}\n+++++++ REPLACE\n");
    let payload = json!({"clineVersion": "3.40.0", "hookName": "PreToolUse", "timestamp": "1765000000000", "taskId": "task-9", "workspaceRoots": [p.cwd()], "userId": "u", "preToolUse": {"toolName": "replace_in_file", "parameters": {"path": "app/db.py", "diff": diff}}});
    let (v, _) = p.json(&["cline", "PreToolUse"], &payload);
    assert_eq!(v["cancel"], true, "{v}");
    assert!(v["errorMessage"].as_str().is_some_and(|m| m.contains("app/db.py:6")), "{v}");
    let ok = json!({"hookName": "PreToolUse", "taskId": "task-9", "workspaceRoots": [p.cwd()], "preToolUse": {"tool": "write_to_file", "parameters": {"path": "app/ok.py", "content": "print('ok')\n"}}});
    let (v, _) = p.json(&["cline", "PreToolUse"], &ok);
    assert_eq!(v, json!({"cancel": false}));
}

#[test]
fn hook_install_merges_into_existing_configs_and_uninstall_restores_them() {
    let p = Project::new(SAFE_DB);
    std::fs::create_dir_all(p.path().join(".claude")).expect("mkdir");
    let existing = r#"{"permissions":{"allow":["Bash(npm test)"]},"hooks":{"PostToolUse":[{"matcher":"Write","hooks":[{"type":"command","command":"npx prettier --write"}]}]}}"#;
    std::fs::write(p.path().join(".claude/settings.json"), existing).expect("write");
    let out = p.hook(&["install", "--agent", "claude"], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("added PreToolUse"), "{}", out.stdout);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(p.path().join(".claude/settings.json")).expect("read")).expect("json");
    assert_eq!(v["permissions"]["allow"][0], "Bash(npm test)");
    assert_eq!(v["hooks"]["PostToolUse"].as_array().map(Vec::len), Some(2));
    assert!(v["hooks"]["PreToolUse"][0]["hooks"][0]["command"].as_str().is_some_and(|c| c.ends_with("hook claude PreToolUse")));
    // Dry run writes nothing; uninstall keeps the user's own hook.
    let before = std::fs::read_to_string(p.path().join(".claude/settings.json")).expect("read");
    let out = p.hook(&["uninstall", "--agent", "claude", "--dry-run"], "");
    assert!(out.stdout.contains("removed PreToolUse") && out.stdout.contains("dry run"), "{}", out.stdout);
    assert_eq!(std::fs::read_to_string(p.path().join(".claude/settings.json")).expect("read"), before);
    let out = p.hook(&["uninstall", "--agent", "claude"], "");
    assert_eq!(out.code, 0);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(p.path().join(".claude/settings.json")).expect("read")).expect("json");
    assert_eq!(v["hooks"]["PostToolUse"][0]["hooks"][0]["command"], "npx prettier --write");
    assert!(v["hooks"].get("PreToolUse").is_none(), "{v}");
    // Every agent installs into its own file.
    for agent in ["codex", "copilot", "gemini", "cursor", "cline", "windsurf"] {
        let out = p.hook(&["install", "--agent", agent], "");
        assert_eq!(out.code, 0, "{agent}: {out:?}");
    }
    for f in [".codex/hooks.json", ".github/hooks/redline.json", ".gemini/settings.json", ".cursor/hooks.json", ".windsurf/hooks.json"] {
        let text = std::fs::read_to_string(p.path().join(f)).expect(f);
        assert!(text.contains("hook"), "{f}");
    }
    assert!(p.path().join(".clinerules/hooks/PreToolUse").exists());
}

/// Stops the project's hook server when the test ends, passed or not.
struct StopServer<'a>(&'a Project);

impl Drop for StopServer<'_> {
    fn drop(&mut self) {
        self.0.hook_with(&["stop-server"], "", true);
    }
}

#[test]
fn the_warm_hook_server_gives_the_same_answers_as_the_hook_process() {
    let p = Project::new(SAFE_DB);
    let _stop = StopServer(&p);
    let insecure = claude(&p, "PreToolUse", "Edit", edit_to_unsafe(&p)).to_string();
    let harmless = claude(&p, "PreToolUse", "Edit", json!({"file_path": p.db(), "old_string": "def get_user(db):", "new_string": "def get_user(db):  # by id"})).to_string();
    let expected = p.hook(&["claude", "PreToolUse"], &insecure);
    assert!(expected.stdout.contains("\"deny\""), "{expected:?}");
    // The first call works in process and starts the server; later ones are answered by it
    // (from cached, incrementally updated analyses of the file).
    let first = p.hook_with(&["claude", "PreToolUse"], &insecure, true);
    assert_eq!(first.stdout, expected.stdout);
    let socket_up = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        std::fs::read_dir(p.state.path()).is_ok_and(|d| d.flatten().any(|e| e.file_name().to_string_lossy().ends_with(".sock")))
    });
    assert!(socket_up, "the hook server did not start");
    for _ in 0..3 {
        let warm = p.hook_with(&["claude", "PreToolUse"], &insecure, true);
        assert_eq!((warm.code, &warm.stdout), (0, &expected.stdout));
        let quiet = p.hook_with(&["claude", "PreToolUse"], &harmless, true);
        assert_eq!((quiet.code, quiet.stdout.as_str()), (0, ""), "{quiet:?}");
    }
    let stopped = p.hook_with(&["stop-server"], "", true);
    assert!(stopped.stdout.contains("stopped"), "{stopped:?}");
}

#[test]
fn the_claude_code_plugin_and_the_opencode_snippet_start_what_exists() {
    let root = workspace_root();
    let read = |p: &str| -> Value { serde_json::from_str(&std::fs::read_to_string(root.join(p)).expect(p)).expect(p) };
    let market = read(".claude-plugin/marketplace.json");
    let source = market["plugins"][0]["source"].as_str().expect("source");
    let plugin_dir = root.join(source);
    let manifest = read(&format!("{source}/.claude-plugin/plugin.json"));
    assert_eq!(manifest["name"], market["plugins"][0]["name"]);
    // Claude Code loads these two by their standard paths; naming them again is an error.
    assert!(manifest.get("hooks").is_none() && manifest.get("lspServers").is_none());
    let hooks = read(&format!("{source}/hooks/hooks.json"));
    for event in ["PreToolUse", "PostToolUse", "Stop"] {
        let command = hooks["hooks"][event][0]["hooks"][0]["command"].as_str().expect(event);
        assert_eq!(command, format!("redline hook claude {event}"));
    }
    let lsp = read(&format!("{source}/.lsp.json"));
    assert_eq!(lsp["redline"]["args"], json!(["lsp"]));
    assert_eq!(lsp["redline"]["initializationOptions"]["agentMode"], true);
    assert!(plugin_dir.join("README.md").exists());
    let opencode = read("editors/opencode/opencode.json");
    assert_eq!(opencode["lsp"]["redline"]["command"], json!(["redline", "lsp"]));
    // The hooks file's commands are ones the binary accepts.
    let p = Project::new(SAFE_DB);
    let (v, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", edit_to_unsafe(&p)));
    assert_eq!(v["hookSpecificOutput"]["permissionDecision"], "deny");
}

#[test]
fn post_events_give_feedback_in_each_agents_shape() {
    let unsafe_db = SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE);
    // (agent, event, payload builder, where the feedback text is)
    type Build = fn(&Project, &str) -> Value;
    let cases: Vec<(&str, &str, Build, &str)> = vec![
        ("claude", "PostToolUse", |p, _| {
            let mut v = claude(p, "PostToolUse", "MultiEdit", json!({"file_path": p.db(), "edits": [{"old_string": SAFE_LINE, "new_string": UNSAFE_LINE}]}));
            v["tool_response"] = json!({"filePath": p.db()});
            v
        }, "/hookSpecificOutput/additionalContext"),
        ("gemini", "AfterTool", |p, _| json!({"session_id": "g", "cwd": p.cwd(), "hook_event_name": "AfterTool", "tool_name": "replace", "tool_input": {"file_path": p.db(), "old_string": SAFE_LINE, "new_string": UNSAFE_LINE}, "tool_response": {"llmContent": "ok", "returnDisplay": "ok"}}), "/hookSpecificOutput/additionalContext"),
        ("copilot", "postToolUse", |p, _| json!({"sessionId": "c", "timestamp": 1, "cwd": p.cwd(), "toolName": "edit", "toolArgs": json!({"path": p.db(), "old_str": SAFE_LINE, "new_str": UNSAFE_LINE}).to_string(), "toolResult": {"resultType": "success", "textResultForLlm": "ok"}}), "/additionalContext"),
        ("cline", "PostToolUse", |p, _| json!({"hookName": "PostToolUse", "taskId": "t", "workspaceRoots": [p.cwd()], "postToolUse": {"toolName": "replace_in_file", "parameters": {"path": "app/db.py", "diff": format!("------- SEARCH\n{SAFE_LINE}\n=======\n{UNSAFE_LINE}\n+++++++ REPLACE\n")}, "result": "ok", "success": true}}), "/contextModification"),
        ("cursor", "postToolUse", |p, _| json!({"hook_event_name": "postToolUse", "conversation_id": "cu", "workspace_roots": [p.cwd()], "tool_name": "Edit", "tool_input": {"file_path": p.db(), "old_string": SAFE_LINE, "new_string": UNSAFE_LINE}, "tool_output": "ok"}), "/additional_context"),
    ];
    for (agent, event, build, pointer) in cases {
        let p = Project::new(SAFE_DB);
        // The tool ran: the file on disk is the edited one.
        std::fs::write(p.db(), &unsafe_db).expect("write");
        let (v, out) = p.json(&[agent, event], &build(&p, ""));
        let text = v.pointer(pointer).and_then(Value::as_str).unwrap_or_else(|| panic!("{agent}: no {pointer} in {v} {out:?}"));
        assert!(text.contains("app/db.py:6") && text.contains("python."), "{agent}: {text}");
    }
    // Windsurf prints feedback for the user (`show_output`) and never blocks after the fact.
    let p = Project::new(SAFE_DB);
    std::fs::write(p.db(), &unsafe_db).expect("write");
    let ws = json!({"agent_action_name": "post_write_code", "trajectory_id": "t", "tool_info": {"file_path": p.db(), "edits": [{"old_string": SAFE_LINE, "new_string": UNSAFE_LINE}]}});
    let out = p.hook(&["windsurf", "post_write_code"], &ws.to_string());
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("app/db.py:6"), "{out:?}");
}

fn audit_records(p: &Project) -> Vec<Value> {
    let dir = p.path().join(".redline/audit");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).map(|d| d.flatten().collect::<Vec<_>>()).unwrap_or_default() {
        for line in std::fs::read_to_string(e.path()).unwrap_or_default().lines() {
            out.push(serde_json::from_str(line).expect("json line"));
        }
    }
    out
}

#[test]
fn the_guard_denies_suppressions_and_weakening_edits_by_an_agent() {
    let unsafe_db = SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE);
    let p = Project::new(&unsafe_db);
    // A suppression over an existing finding: the finding is not new, the suppression is.
    for marker in ["  # redline-ignore", "  # nosec", "  # nosemgrep", "  # this is safe because uid is validated upstream"] {
        let input = json!({"file_path": p.db(), "old_string": UNSAFE_LINE, "new_string": format!("{UNSAFE_LINE}{marker}")});
        let (v, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", input));
        let reason = v["hookSpecificOutput"]["permissionDecisionReason"].as_str().unwrap_or_else(|| panic!("{marker}: {v}"));
        assert!(reason.contains("guard.") && reason.contains("app/db.py:6"), "{marker}: {reason}");
    }
    // A comment that is not about the finding is fine.
    let input = json!({"file_path": p.db(), "old_string": UNSAFE_LINE, "new_string": format!("{UNSAFE_LINE}  # look the user up")});
    let out = p.hook(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Edit", input).to_string());
    assert_eq!(out.stdout, "", "{out:?}");
    // redline.toml switching rules off, and the hook configuration losing Redline's hooks.
    let write = json!({"file_path": "redline.toml", "content": "disable = [\"python.*\"]\n"});
    let (v, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Write", write));
    assert!(v.to_string().contains("guard.config-weakened"), "{v}");
    assert_eq!(p.hook(&["install", "--agent", "claude"], "").code, 0);
    let settings = std::fs::read_to_string(p.path().join(".claude/settings.json")).expect("settings");
    let emptied = json!({"file_path": ".claude/settings.json", "content": "{\"hooks\": {}}\n"});
    let (v, _) = p.json(&["claude", "PreToolUse"], &claude(&p, "PreToolUse", "Write", emptied));
    assert!(v.to_string().contains("guard.hook-config-weakened"), "{v}");
    // The user's own config may relax the guard.
    std::fs::write(p.state.path().join("mine.toml"), "[hook]\nguard = \"warn\"\n").expect("write");
    let config = p.state.path().join("mine.toml").display().to_string();
    let emptied = json!({"file_path": ".claude/settings.json", "content": "{\"hooks\": {}}\n"});
    let out = p.hook(&["claude", "PreToolUse", "--config", &config], &claude(&p, "PreToolUse", "Write", emptied).to_string());
    assert_eq!(out.stdout, "", "{out:?}");
    assert_eq!(std::fs::read_to_string(p.path().join(".claude/settings.json")).expect("settings"), settings);
    // Every guard decision is in the audit log.
    let guard_records = audit_records(&p).into_iter().filter(|r| r["rule_id"].as_str().is_some_and(|id| id.starts_with("guard."))).count();
    assert!(guard_records >= 7, "{guard_records}");
}

#[test]
fn the_audit_log_follows_findings_from_introduced_to_fixed_and_suppressed_and_verifies() {
    let p = Project::new(SAFE_DB);
    let unsafe_db = SAFE_DB.replace(SAFE_LINE, UNSAFE_LINE);
    let token_line = format!("TOKEN = \"{GITHUB_TOKEN}\"\n");
    // 1. Denied, then let through (the user approved), 2. fixed, 3. introduced again and suppressed.
    let introduce = claude(&p, "PreToolUse", "Edit", edit_to_unsafe(&p));
    p.json(&["claude", "PreToolUse"], &introduce);
    std::fs::write(p.db(), &unsafe_db).expect("write");
    let mut post = claude(&p, "PostToolUse", "Edit", edit_to_unsafe(&p));
    post["tool_response"] = json!({"filePath": p.db()});
    p.json(&["claude", "PostToolUse"], &post);
    let fix = json!({"file_path": p.db(), "old_string": UNSAFE_LINE, "new_string": SAFE_LINE});
    let mut fix_call = claude(&p, "PreToolUse", "Edit", fix.clone());
    fix_call["tool_use_id"] = json!("toolu_fix");
    p.json(&["claude", "PreToolUse"], &fix_call);
    std::fs::write(p.db(), SAFE_DB).expect("write");
    fix_call["hook_event_name"] = json!("PostToolUse");
    p.json(&["claude", "PostToolUse"], &fix_call);
    // Introduced and suppressed (with the user's approval), and a secret written to a file.
    let suppressed_text = format!("{}  # redline-ignore: tested\n", UNSAFE_LINE);
    std::fs::write(p.db(), SAFE_DB.replace(&format!("{SAFE_LINE}\n"), &suppressed_text)).expect("write");
    let mut sup = claude(&p, "PostToolUse", "Edit", json!({"file_path": p.db(), "old_string": format!("{SAFE_LINE}\n"), "new_string": suppressed_text}));
    sup["tool_use_id"] = json!("toolu_sup");
    p.json(&["claude", "PostToolUse"], &sup);
    std::fs::write(p.path().join("app/config.py"), &token_line).expect("write");
    let mut secret = claude(&p, "PostToolUse", "Write", json!({"file_path": "app/config.py", "content": token_line}));
    secret["tool_use_id"] = json!("toolu_secret");
    p.json(&["claude", "PostToolUse"], &secret);

    let records = audit_records(&p);
    let log = records.iter().map(Value::to_string).collect::<Vec<_>>().join("\n");
    assert!(!log.contains(GITHUB_TOKEN) && !log.contains("SELECT"), "the log holds no code or secret");
    let allowed: std::collections::BTreeSet<&str> = [
        "ts", "agent", "session_id", "tool_use_id", "event", "file", "rule_id", "severity", "fingerprint", "decision", "reason",
        "latency_ms", "redline_version", "ruleset_hash", "prev",
    ]
    .into();
    for r in &records {
        assert!(r.as_object().expect("object").keys().all(|k| allowed.contains(k.as_str())), "{r}");
    }
    let steps: Vec<(&str, &str)> = records
        .iter()
        .filter(|r| r["event"] == "finding")
        .map(|r| (r["decision"].as_str().unwrap_or(""), r["rule_id"].as_str().unwrap_or("")))
        .collect();
    for want in ["denied", "allowed-despite", "fixed", "suppressed"] {
        assert!(steps.iter().any(|(d, _)| *d == want), "no {want} in {steps:?}");
    }
    assert!(steps.contains(&("allowed-despite", "secrets.github-pat")), "{steps:?}");

    let verify = redline_tests::run(p.path(), &["audit", "verify"], None);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(verify.stdout.contains("chain intact"), "{}", verify.stdout);
    let report = redline_tests::run(p.path(), &["audit", "report", "--format", "json"], None);
    let v: Value = serde_json::from_str(&report.stdout).expect("report json");
    let counts = &v["sessions"][0]["counts"];
    assert_eq!((counts["fixed"].as_u64(), counts["suppressed"].as_u64()), (Some(1), Some(1)), "{v}");
    assert_eq!(counts["still_open"], 1, "the secret is still there: {v}");
    let md = redline_tests::run(p.path(), &["audit", "report"], None);
    assert!(md.stdout.contains("| `5f1c7a9e-claude` | claude |") && md.stdout.contains("secrets.github-pat"), "{}", md.stdout);
    // SARIF for code scanning: valid against the SARIF schema, the session in the run.
    let sarif = redline_tests::run(p.path(), &["audit", "export", "--format", "sarif"], None);
    let v: Value = serde_json::from_str(&sarif.stdout).expect("sarif");
    assert_valid(&jsonschema::validator_for(&redline_tests::sarif_schema()).expect("schema"), &v);
    assert_eq!(v["runs"][0]["properties"]["agentSession"], "5f1c7a9e-claude");
    assert_eq!(v["runs"][0]["results"][0]["ruleId"], "secrets.github-pat");
    // Tampering: delete the second line.
    let file = std::fs::read_dir(p.path().join(".redline/audit")).expect("dir").flatten().next().expect("a month").path();
    let text = std::fs::read_to_string(&file).expect("read");
    let kept: Vec<&str> = text.lines().enumerate().filter(|(i, _)| *i != 1).map(|(_, l)| l).collect();
    std::fs::write(&file, kept.join("\n") + "\n").expect("write");
    let verify = redline_tests::run(p.path(), &["audit", "verify"], None);
    assert_eq!(verify.code, 1);
    assert!(verify.stdout.contains(":2: "), "{}", verify.stdout);
}

#[test]
fn no_secret_from_any_secret_rules_examples_reaches_an_answer_or_the_audit_log() {
    let p = Project::new(SAFE_DB);
    let _stop = StopServer(&p);
    // The values the engine itself reports as secrets in each example.
    let engine = redline::engine::Engine::new(std::sync::Arc::new(redline::engine::RuleSet::builtin()), Default::default());
    let mut secrets: Vec<String> = Vec::new();
    let mut n = 0;
    for source in redline_rules::builtin_sources() {
        let Ok(rule) = redline_rules::parse_rule(&source) else { continue };
        if !rule.id.starts_with("secrets.") {
            continue;
        }
        for (i, ex) in rule.examples.iter().enumerate() {
            let found = engine.analyze_source(std::path::Path::new(&ex.filename), ex.code.as_bytes()).findings;
            let values: Vec<String> = found.iter().filter_map(|f| f.secret.as_ref()).map(|s| ex.code[s.range.clone()].to_owned()).filter(|v| v.len() >= 8).collect();
            if values.is_empty() {
                continue;
            }
            secrets.extend(values);
            let name = format!("ex/{}-{i}-{}", rule.id, ex.filename.rsplit('/').next().unwrap_or("f"));
            let path = p.path().join(&name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, &ex.code).expect("write");
            let mut post = claude(&p, "PostToolUse", "Write", json!({"file_path": name, "content": ex.code}));
            post["tool_use_id"] = json!(format!("toolu_{n}"));
            n += 1;
            let out = p.hook_with(&["claude", "PostToolUse"], &post.to_string(), true);
            for s in &secrets {
                assert!(!out.stdout.contains(s.as_str()) && !out.stderr.contains(s.as_str()), "{}: answer leaks {s}", rule.id);
            }
        }
    }
    assert!(n > 300, "{n} examples");
    let log: String = audit_records(&p).iter().map(Value::to_string).collect::<Vec<_>>().join("\n");
    assert!(log.contains("secrets."), "the findings were logged");
    for s in &secrets {
        assert!(!log.contains(s.as_str()), "the audit log holds {s}");
    }
}
