//! `redline hook install --agent <name> [--project|--user] [--dry-run]` and `uninstall`: merge
//! Redline's hook entries into the agent's own configuration file, keeping everything else.
//!
//! Idempotent: an entry whose command starts with `redline hook` is Redline's; installing again
//! replaces it, uninstalling removes it (and the lists and tables it leaves empty). Only event
//! names the agent knows are written (an unknown one can void a whole Cursor hooks file).

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::payload::Agent;

/// Marks Redline's entries.
const MARK: &str = "redline hook";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Project,
    User,
}

/// What installing changes: one file, its new text, and a line per change.
#[derive(Debug)]
pub struct Plan {
    pub path: PathBuf,
    /// `None`: delete the file (uninstall left it empty and Redline created it).
    pub text: Option<String>,
    pub changes: Vec<String>,
    /// The file is an executable script (Cline).
    pub executable: bool,
}

/// The config file of `agent` for `scope`, relative to `project` or `home`.
pub fn config_path(agent: Agent, scope: Scope, project: &Path, home: &Path) -> PathBuf {
    match (agent, scope) {
        (Agent::Claude, Scope::Project) => project.join(".claude/settings.json"),
        (Agent::Claude, Scope::User) => home.join(".claude/settings.json"),
        (Agent::Codex, Scope::Project) => project.join(".codex/hooks.json"),
        (Agent::Codex, Scope::User) => home.join(".codex/hooks.json"),
        (Agent::Copilot | Agent::Vscode, Scope::Project) => project.join(".github/hooks/redline.json"),
        (Agent::Copilot | Agent::Vscode, Scope::User) => home.join(".copilot/hooks/redline.json"),
        (Agent::Gemini, Scope::Project) => project.join(".gemini/settings.json"),
        (Agent::Gemini, Scope::User) => home.join(".gemini/settings.json"),
        (Agent::Cursor, Scope::Project) => project.join(".cursor/hooks.json"),
        (Agent::Cursor, Scope::User) => home.join(".cursor/hooks.json"),
        (Agent::Cline, Scope::Project) => project.join(".clinerules/hooks"),
        (Agent::Cline, Scope::User) => home.join("Documents/Cline/Hooks"),
        (Agent::Windsurf, Scope::Project) => project.join(".windsurf/hooks.json"),
        (Agent::Windsurf, Scope::User) => home.join(".codeium/windsurf/hooks.json"),
    }
}

/// (event, matcher) pairs Redline hooks into, per agent.
fn events(agent: Agent) -> &'static [(&'static str, Option<&'static str>)] {
    match agent {
        // `MultiEdit` is gone from current Claude Code but still matched for older versions.
        Agent::Claude => &[("PreToolUse", Some("Write|Edit|MultiEdit")), ("PostToolUse", Some("Write|Edit|MultiEdit")), ("Stop", None)],
        Agent::Codex => &[("PreToolUse", Some("apply_patch|Bash|Write|Edit")), ("PostToolUse", Some("apply_patch|Bash|Write|Edit")), ("Stop", None)],
        // VS Code reads Copilot's files and ignores matchers; Redline filters tools itself.
        Agent::Copilot | Agent::Vscode => &[("preToolUse", None), ("postToolUse", None), ("agentStop", None)],
        Agent::Gemini => &[("BeforeTool", Some("write_file|replace|run_shell_command")), ("AfterTool", Some("write_file|replace|run_shell_command")), ("AfterAgent", None)],
        Agent::Cursor => &[("preToolUse", None), ("afterFileEdit", None), ("stop", None)],
        Agent::Cline => &[("PreToolUse", None), ("PostToolUse", None)],
        Agent::Windsurf => &[("pre_write_code", None), ("post_write_code", None)],
    }
}

fn command(binary: &str, agent: Agent, event: &str) -> String {
    // Copilot and VS Code share one file: the Copilot answer carries both shapes.
    let name = if agent == Agent::Vscode { "copilot" } else { agent.name() };
    format!("{binary} hook {name} {event}")
}

fn entry(agent: Agent, binary: &str, event: &str, matcher: Option<&str>) -> Value {
    let cmd = command(binary, agent, event);
    match agent {
        Agent::Claude | Agent::Codex => {
            let mut e = json!({"hooks": [{"type": "command", "command": cmd, "timeout": 30}]});
            if let Some(m) = matcher {
                e["matcher"] = json!(m);
            }
            e
        }
        Agent::Gemini => {
            // Gemini's timeouts are in milliseconds.
            let mut e = json!({"hooks": [{"type": "command", "name": "redline", "command": cmd, "timeout": 30000}]});
            if let Some(m) = matcher {
                e["matcher"] = json!(m);
            }
            e
        }
        Agent::Copilot | Agent::Vscode => json!({"type": "command", "bash": cmd, "timeoutSec": 30}),
        Agent::Cursor => json!({"command": cmd, "timeout": 30}),
        Agent::Windsurf => json!({"command": cmd, "show_output": true}),
        Agent::Cline => Value::Null,
    }
}

fn is_ours(v: &Value) -> bool {
    match v {
        Value::String(s) => s.trim_start().starts_with(MARK) || s.contains(&format!("/{MARK}")) || s.contains(&format!(" {MARK}")),
        Value::Object(m) => m.iter().any(|(k, v)| matches!(k.as_str(), "command" | "bash" | "hooks") && is_ours(v)),
        Value::Array(a) => a.iter().any(is_ours),
        _ => false,
    }
}

/// Plans installing (or with `remove`, uninstalling) for `agent` into the file at `path`
/// (`existing`: its current text, if any).
pub fn plan_json(agent: Agent, path: &Path, existing: Option<&str>, binary: &str, remove: bool) -> Result<Plan, String> {
    let mut root: Value = match existing {
        Some(text) if !text.trim().is_empty() => {
            serde_json::from_str(text).map_err(|e| format!("{} is not valid JSON ({e}); fix it first, nothing was changed", path.display()))?
        }
        _ => json!({}),
    };
    let Value::Object(obj) = &mut root else {
        return Err(format!("{} does not hold a JSON object; nothing was changed", path.display()));
    };
    if matches!(agent, Agent::Copilot | Agent::Vscode | Agent::Cursor) && !obj.contains_key("version") {
        obj.insert("version".into(), json!(1));
    }
    let hooks = obj.entry("hooks").or_insert_with(|| json!({}));
    let Value::Object(hooks) = hooks else {
        return Err(format!("`hooks` in {} is not an object; nothing was changed", path.display()));
    };
    let mut changes = Vec::new();
    for (event, matcher) in events(agent) {
        let list = hooks.entry(event.to_string()).or_insert_with(|| json!([]));
        let Value::Array(list) = list else {
            return Err(format!("`hooks.{event}` in {} is not a list; nothing was changed", path.display()));
        };
        let before = list.len();
        list.retain(|e| !is_ours(e));
        let removed = before - list.len();
        if remove {
            if removed > 0 {
                changes.push(format!("removed {event}"));
            }
        } else {
            list.push(entry(agent, binary, event, *matcher));
            changes.push(if removed > 0 { format!("updated {event}") } else { format!("added {event}") } + &format!(" → {}", command(binary, agent, event)));
        }
        if list.is_empty() {
            hooks.remove(*event);
        }
    }
    let hooks_empty = hooks.is_empty();
    if hooks_empty {
        obj.remove("hooks");
    }
    // A file that only ever held Redline's hooks goes away on uninstall.
    let only_version = obj.len() == 1 && obj.contains_key("version");
    let text = if remove && (obj.is_empty() || only_version) {
        None
    } else {
        Some(serde_json::to_string_pretty(&root).map_err(|e| e.to_string())? + "\n")
    };
    Ok(Plan { path: path.to_path_buf(), text, changes, executable: false })
}

/// Cline runs an executable per hook, named after it, in a directory.
fn plan_cline(dir: &Path, binary: &str, remove: bool) -> Result<Vec<Plan>, String> {
    let mut plans = Vec::new();
    for (event, _) in events(Agent::Cline) {
        let path = dir.join(event);
        let existing = std::fs::read_to_string(&path).ok();
        let ours = existing.as_deref().is_some_and(|t| t.contains(MARK));
        if existing.is_some() && !ours {
            return Err(format!("{} exists and is not Redline's; add `{}` to it by hand", path.display(), command(binary, Agent::Cline, event)));
        }
        if remove {
            if ours {
                plans.push(Plan { path, text: None, changes: vec![format!("removed {event}")], executable: true });
            }
            continue;
        }
        let script = format!("#!/bin/sh\n# Installed by `redline hook install --agent cline`.\nexec {} \"$@\"\n", command(binary, Agent::Cline, event));
        let change = if ours { "updated" } else { "added" };
        plans.push(Plan { path, text: Some(script), changes: vec![format!("{change} {event} → {}", command(binary, Agent::Cline, event))], executable: true });
    }
    Ok(plans)
}

/// The plans for `agent` in `scope` (`remove`: uninstall).
pub fn plan(agent: Agent, scope: Scope, project: &Path, home: &Path, binary: &str, remove: bool) -> Result<Vec<Plan>, String> {
    let path = config_path(agent, scope, project, home);
    if agent == Agent::Cline {
        return plan_cline(&path, binary, remove);
    }
    let existing = match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    if remove && existing.is_none() {
        return Ok(Vec::new());
    }
    Ok(vec![plan_json(agent, &path, existing.as_deref(), binary, remove)?])
}

pub fn write(plan: &Plan) -> std::io::Result<()> {
    match &plan.text {
        None => match std::fs::remove_file(&plan.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        },
        Some(text) => {
            if let Some(dir) = plan.path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let tmp = plan.path.with_extension("redline-tmp");
            std::fs::write(&tmp, text)?;
            #[cfg(unix)]
            if plan.executable {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))?;
            }
            std::fs::rename(&tmp, &plan.path)
        }
    }
}

/// The command line entry point.
pub fn run(agent: Option<&str>, user: bool, dry_run: bool, remove: bool) -> std::process::ExitCode {
    let fail = |m: String| {
        crate::note!("error: {m}");
        std::process::ExitCode::from(2)
    };
    let Some(name) = agent else {
        return fail("name the agent: --agent claude|codex|copilot|vscode|gemini|cursor|cline|windsurf".into());
    };
    let Some(agent) = Agent::parse(name) else { return fail(format!("unknown agent `{name}`")) };
    let project = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let Some(home) = std::env::var_os("HOME").map(PathBuf::from) else {
        return fail("HOME is not set".into());
    };
    let scope = if user { Scope::User } else { Scope::Project };
    // `redline` on PATH is what the hooks call; a binary run by path is named by that path.
    let binary = std::env::args().next().filter(|a| a.contains('/')).unwrap_or_else(|| "redline".into());
    let plans = match plan(agent, scope, &project, &home, &binary, remove) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if plans.iter().all(|p| p.changes.is_empty()) {
        println!("{}: nothing to {}", agent.name(), if remove { "remove" } else { "install" });
    }
    for p in &plans {
        let shown = p.path.strip_prefix(&project).unwrap_or(&p.path).display().to_string();
        for c in &p.changes {
            println!("{shown}: {c}");
        }
        if dry_run {
            match &p.text {
                Some(t) => println!("--- {shown} would become:\n{t}"),
                None => println!("--- {shown} would be deleted"),
            }
            continue;
        }
        if let Err(e) = write(p) {
            return fail(format!("cannot write {shown}: {e}"));
        }
    }
    if dry_run {
        println!("(dry run: nothing was written)");
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn install_keeps_other_hooks_and_settings_and_is_idempotent() {
        let existing = r#"{"model":"opus","hooks":{"PreToolUse":[{"matcher":"Bash","hooks":[{"type":"command","command":"./guard.sh"}]}]}}"#;
        let path = Path::new(".claude/settings.json");
        let once = plan_json(Agent::Claude, path, Some(existing), "redline", false).expect("plan");
        let text = once.text.expect("text");
        let twice = plan_json(Agent::Claude, path, Some(&text), "redline", false).expect("plan").text.expect("text");
        assert_eq!(text, twice, "installing twice changes nothing");
        let v: Value = serde_json::from_str(&text).expect("json");
        assert_eq!(v["model"], "opus");
        assert_eq!(v["hooks"]["PreToolUse"].as_array().map(Vec::len), Some(2));
        assert_eq!(v["hooks"]["PreToolUse"][0]["hooks"][0]["command"], "./guard.sh");
        assert_eq!(v["hooks"]["Stop"][0]["hooks"][0]["command"], "redline hook claude Stop");
        let removed = plan_json(Agent::Claude, path, Some(&text), "redline", true).expect("plan").text.expect("text");
        let v: Value = serde_json::from_str(&removed).expect("json");
        assert_eq!(v["hooks"]["PreToolUse"].as_array().map(Vec::len), Some(1));
        assert!(v["hooks"].get("Stop").is_none());
    }

    #[test]
    fn uninstall_deletes_a_file_only_redline_used_and_broken_json_is_left_alone() {
        let path = Path::new(".cursor/hooks.json");
        let text = plan_json(Agent::Cursor, path, None, "redline", false).expect("plan").text.expect("text");
        assert!(text.contains("\"version\": 1") && text.contains("afterFileEdit"));
        assert!(plan_json(Agent::Cursor, path, Some(&text), "redline", true).expect("plan").text.is_none());
        assert!(plan_json(Agent::Cursor, path, Some("{oops"), "redline", false).is_err());
    }
}
