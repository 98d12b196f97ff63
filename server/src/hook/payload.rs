//! Reading each agent's hook payload into one shape: which event, which session and tool call,
//! and which files the tool writes with what.
//!
//! Payloads drift between agent versions (Copilot sends `toolArgs` as a JSON string or an
//! object; Cline names the tool `toolName` or `tool`; Cursor sometimes omits `tool_name`), and
//! VS Code sends Claude-shaped payloads to Copilot-format hook files. So fields are read by
//! every name any of them uses, whatever agent was named on the command line; the agent name
//! decides only the answer's shape.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::edit::{parse_patch, parse_search_replace, shell_writes, EditError, FileWrite, Op, Replace};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agent {
    Claude,
    Codex,
    Copilot,
    Vscode,
    Gemini,
    Cursor,
    Cline,
    Windsurf,
}

impl Agent {
    pub const ALL: [Agent; 8] =
        [Agent::Claude, Agent::Codex, Agent::Copilot, Agent::Vscode, Agent::Gemini, Agent::Cursor, Agent::Cline, Agent::Windsurf];

    pub fn parse(name: &str) -> Option<Agent> {
        Some(match name.to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "claude" | "claudecode" => Agent::Claude,
            "codex" | "codexcli" | "openai" => Agent::Codex,
            "copilot" | "copilotcli" | "github" | "githubcopilot" => Agent::Copilot,
            "vscode" | "code" | "vscodeagent" => Agent::Vscode,
            "gemini" | "geminicli" => Agent::Gemini,
            "cursor" => Agent::Cursor,
            "cline" => Agent::Cline,
            "windsurf" | "cascade" => Agent::Windsurf,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Agent::Claude => "claude",
            Agent::Codex => "codex",
            Agent::Copilot => "copilot",
            Agent::Vscode => "vscode",
            Agent::Gemini => "gemini",
            Agent::Cursor => "cursor",
            Agent::Cline => "cline",
            Agent::Windsurf => "windsurf",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Before the tool runs: a gate.
    Pre,
    /// After the tool ran: feedback.
    Post,
    /// Cursor's `afterFileEdit`: recorded, answered at `stop`.
    AfterEdit,
    /// The agent is about to end its turn.
    Stop,
}

impl Event {
    /// Any agent's spelling: `PreToolUse`, `preToolUse`, `pre-tool-use`, `BeforeTool`,
    /// `pre_write_code`, `afterFileEdit`, `agentStop`, `AfterAgent`...
    pub fn parse(name: &str) -> Option<Event> {
        Some(match name.to_ascii_lowercase().replace(['-', '_'], "").as_str() {
            "pretooluse" | "beforetool" | "prewritecode" | "pre" => Event::Pre,
            "posttooluse" | "aftertool" | "postwritecode" | "post" => Event::Post,
            "afterfileedit" => Event::AfterEdit,
            "stop" | "agentstop" | "afteragent" | "subagentstop" => Event::Stop,
            _ => return None,
        })
    }
}

/// One hook call, decoded.
#[derive(Debug, Clone)]
pub struct Call {
    pub event: Event,
    /// The event as the agent named it (for the audit log).
    pub event_name: String,
    pub session: Option<String>,
    pub tool_use_id: Option<String>,
    pub cwd: PathBuf,
    pub tool: String,
    pub writes: Vec<FileWrite>,
    /// The command of a shell tool call (checked for the packages it installs).
    pub shell_command: Option<String>,
    /// A Stop hook already blocked once and the agent is continuing because of it.
    pub stop_hook_active: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PayloadError {
    #[error("the hook input is not JSON: {0}")]
    NotJson(String),
    #[error("no event: name it on the command line (`redline hook {0} PreToolUse`)")]
    NoEvent(&'static str),
    #[error("unknown hook event `{0}`")]
    UnknownEvent(String),
    #[error("the edit of `{tool}` cannot be read: {why}")]
    BadEdit { tool: String, why: String },
}

/// Tools that never write files: allowed silently even when a hook sees every tool (VS Code
/// ignores matchers).
const READ_ONLY_TOOLS: &[&str] = &[
    "read", "view", "glob", "grep", "ls", "list_dir", "read_file", "file_search", "grep_search", "semantic_search",
    "webfetch", "web_fetch", "websearch", "web_search", "fetch_webpage", "task", "todowrite", "ask_user", "notebookread",
    "list_directory", "search_file_content", "read_many_files", "google_web_search", "get_errors", "list_code_usages",
];

/// Shell tools: their `command` is read for file writes.
const SHELL_TOOLS: &[&str] =
    &["bash", "shell", "run_shell_command", "run_in_terminal", "execute_command", "terminal", "local_shell", "exec_command", "powershell"];

pub fn decode(agent: Agent, event_arg: Option<&str>, input: &str, default_cwd: &Path) -> Result<Call, PayloadError> {
    let v: Value = serde_json::from_str(input).map_err(|e| PayloadError::NotJson(e.to_string()))?;
    if !v.is_object() {
        return Err(PayloadError::NotJson("expected a JSON object".into()));
    }
    let named = event_arg
        .map(str::to_owned)
        .or_else(|| first_str(&v, &["hook_event_name", "hookEventName", "hookName", "agent_action_name"]).map(str::to_owned))
        .ok_or(PayloadError::NoEvent(agent.name()))?;
    let event = Event::parse(&named).ok_or_else(|| PayloadError::UnknownEvent(named.clone()))?;
    let cwd = first_str(&v, &["cwd"])
        .map(PathBuf::from)
        .or_else(|| first_array_str(&v, &["workspace_roots", "workspaceRoots"]).map(PathBuf::from))
        .unwrap_or_else(|| default_cwd.to_path_buf());
    let session = first_str(&v, &["session_id", "sessionId", "conversation_id", "taskId", "trajectory_id"]).map(str::to_owned);
    let tool_use_id = first_str(&v, &["tool_use_id", "toolUseId", "generation_id", "execution_id"]).map(str::to_owned);
    let stop_hook_active = v.get("stop_hook_active").and_then(Value::as_bool).unwrap_or(false)
        || v.get("loop_count").and_then(Value::as_u64).is_some_and(|n| n > 0);
    let mut call = Call { event, event_name: named, session, tool_use_id, cwd, tool: String::new(), writes: Vec::new(), shell_command: None, stop_hook_active };
    if event == Event::Stop {
        return Ok(call);
    }
    let nested = v.get("preToolUse").or_else(|| v.get("postToolUse"));
    let tool = first_str(&v, &["tool_name", "toolName"])
        .or_else(|| nested.and_then(|n| first_str(n, &["toolName", "tool", "tool_name"])))
        .unwrap_or("")
        .to_owned();
    let mut tool_input = v
        .get("tool_input")
        .or_else(|| v.get("toolArgs"))
        .or_else(|| nested.and_then(|n| n.get("parameters")))
        .or_else(|| v.get("tool_info"))
        .cloned()
        .unwrap_or_else(|| if v.get("file_path").is_some() { v.clone() } else { Value::Null });
    // Copilot's `toolArgs` is usually a JSON string.
    if let Value::String(s) = &tool_input {
        if let Ok(parsed) = serde_json::from_str::<Value>(s) {
            tool_input = parsed;
        }
    }
    if SHELL_TOOLS.contains(&tool.to_ascii_lowercase().as_str()) {
        call.shell_command = shell_command(&tool_input).filter(|c| !c.trim().is_empty());
    }
    let bad = |e: EditError| PayloadError::BadEdit { tool: tool.clone(), why: e.to_string() };
    let mut writes = writes_of(&tool, &tool_input).map_err(bad)?;
    for w in &mut writes {
        w.path = resolve(&call.cwd, &w.path);
        if let Some(to) = &mut w.move_to {
            *to = resolve(&call.cwd, to);
        }
    }
    call.tool = tool;
    call.writes = writes;
    Ok(call)
}

/// A shell tool's command: a string, or Codex's argv array (`["bash", "-lc", "…"]`).
fn shell_command(input: &Value) -> Option<String> {
    match input.get("command") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Array(a)) => Some(a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" ")),
        _ => None,
    }
}

/// Whether a tool name is known not to write files.
pub fn is_read_only(tool: &str) -> bool {
    let t = tool.to_ascii_lowercase();
    READ_ONLY_TOOLS.contains(&t.as_str()) || t.starts_with("mcp__") && !t.contains("write") && !t.contains("edit")
}

/// Whether a tool name suggests it writes files (so failing to read its edit is an error).
pub fn looks_like_a_write(tool: &str) -> bool {
    let t = tool.to_ascii_lowercase();
    ["write", "edit", "patch", "replace", "create", "insert", "strreplace", "str_replace"].iter().any(|w| t.contains(w))
}

fn writes_of(tool: &str, input: &Value) -> Result<Vec<FileWrite>, EditError> {
    let lower = tool.to_ascii_lowercase();
    if let Value::String(raw) = input {
        // Cursor sometimes sends an `ApplyPatch` input as the raw patch.
        return if raw.contains("*** Begin Patch") { parse_patch(raw) } else { Ok(Vec::new()) };
    }
    if !input.is_object() {
        return Ok(Vec::new());
    }
    let path = first_str(input, &["file_path", "path", "filePath", "target_file", "absolute_path", "file"]).map(PathBuf::from);
    // A patch: Codex's `apply_patch` (`command`), VS Code's (`input`), adapters' (`patch`).
    let patch = ["patch", "input", "command"].iter().filter_map(|k| input.get(*k).and_then(Value::as_str)).find(|s| s.contains("*** Begin Patch"));
    if let Some(patch) = patch {
        let start = patch.find("*** Begin Patch").unwrap_or(0);
        return parse_patch(&patch[start..]);
    }
    if SHELL_TOOLS.contains(&lower.as_str()) {
        return Ok(shell_writes(&shell_command(input).unwrap_or_default()));
    }
    // VS Code's `multi_replace_string_in_file`: replacements across files.
    if let Some(list) = input.get("replacements").and_then(Value::as_array) {
        let mut out: Vec<FileWrite> = Vec::new();
        for r in list {
            let Some(p) = first_str(r, &["filePath", "file_path", "path"]).map(PathBuf::from).or_else(|| path.clone()) else { continue };
            let Some(rep) = replacement(r) else { continue };
            match out.iter_mut().find(|w| w.path == p) {
                Some(FileWrite { op: Op::Replace(v), .. }) => v.push(rep),
                _ => out.push(FileWrite { path: p, op: Op::Replace(vec![rep]), move_to: None }),
            }
        }
        return Ok(out);
    }
    let Some(path) = path else { return Ok(Vec::new()) };
    let op = if let Some(edits) = input.get("edits").and_then(Value::as_array) {
        Op::Replace(edits.iter().filter_map(replacement).collect())
    } else if let Some(diff) = input.get("diff").and_then(Value::as_str) {
        Op::Replace(parse_search_replace(diff)?)
    } else if let Some(rep) = replacement(input) {
        Op::Replace(vec![rep])
    } else if let Some(content) = first_str(input, &["content", "file_text", "contents", "text", "new_content"]) {
        Op::Write(content.to_owned())
    } else if let Some(code) = first_str(input, &["code"]) {
        Op::Fragment(code.to_owned())
    } else if lower.contains("delete") {
        Op::Delete
    } else {
        return Ok(Vec::new());
    };
    Ok(vec![FileWrite { path, op, move_to: None }])
}

/// `old_string`/`new_string` (Claude, Gemini, Cursor, Windsurf), `old_str`/`new_str` (Copilot),
/// `oldString`/`newString` (VS Code).
fn replacement(v: &Value) -> Option<Replace> {
    let old = first_str(v, &["old_string", "old_str", "oldString"])?;
    let new = first_str(v, &["new_string", "new_str", "newString"]).unwrap_or("");
    let all = ["replace_all", "allow_multiple", "replaceAll"].iter().any(|k| v.get(*k).and_then(Value::as_bool) == Some(true))
        || v.get("expected_replacements").and_then(Value::as_u64).is_some_and(|n| n > 1);
    Some(Replace { old: old.to_owned(), new: new.to_owned(), all })
}

fn first_str<'v>(v: &'v Value, keys: &[&str]) -> Option<&'v str> {
    keys.iter().find_map(|k| v.get(*k).and_then(Value::as_str))
}

fn first_array_str<'v>(v: &'v Value, keys: &[&str]) -> Option<&'v str> {
    keys.iter().find_map(|k| v.get(*k).and_then(Value::as_array).and_then(|a| a.first()).and_then(Value::as_str))
}

fn resolve(cwd: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_in_every_agents_spelling() {
        for (name, e) in [
            ("PreToolUse", Event::Pre),
            ("preToolUse", Event::Pre),
            ("pre-tool-use", Event::Pre),
            ("BeforeTool", Event::Pre),
            ("pre_write_code", Event::Pre),
            ("PostToolUse", Event::Post),
            ("AfterTool", Event::Post),
            ("post_write_code", Event::Post),
            ("afterFileEdit", Event::AfterEdit),
            ("Stop", Event::Stop),
            ("agentStop", Event::Stop),
        ] {
            assert_eq!(Event::parse(name), Some(e), "{name}");
        }
        assert_eq!(Event::parse("SessionStart"), None);
    }

    #[test]
    fn copilot_tool_args_as_a_json_string() {
        let payload = r#"{"timestamp":1,"cwd":"/repo","toolName":"edit","toolArgs":"{\"path\":\"app.py\",\"old_str\":\"a\",\"new_str\":\"b\"}"}"#;
        let call = decode(Agent::Copilot, Some("preToolUse"), payload, Path::new("/")).expect("decodes");
        assert_eq!(call.writes.len(), 1);
        assert_eq!(call.writes[0].path, PathBuf::from("/repo/app.py"));
        assert_eq!(call.writes[0].op, Op::Replace(vec![Replace { old: "a".into(), new: "b".into(), all: false }]));
    }

    #[test]
    fn cline_nested_parameters_under_either_tool_key() {
        let payload = r#"{"hookName":"PreToolUse","taskId":"t1","workspaceRoots":["/w"],"preToolUse":{"tool":"write_to_file","parameters":{"path":"src/a.ts","content":"x"}}}"#;
        let call = decode(Agent::Cline, None, payload, Path::new("/")).expect("decodes");
        assert_eq!(call.event, Event::Pre);
        assert_eq!(call.tool, "write_to_file");
        assert_eq!(call.writes[0].path, PathBuf::from("/w/src/a.ts"));
        assert_eq!(call.session.as_deref(), Some("t1"));
    }

    #[test]
    fn not_json_and_unknown_events_are_errors() {
        assert!(matches!(decode(Agent::Claude, Some("PreToolUse"), "{not json", Path::new("/")), Err(PayloadError::NotJson(_))));
        assert!(matches!(decode(Agent::Claude, Some("Teleport"), "{}", Path::new("/")), Err(PayloadError::UnknownEvent(_))));
        assert!(matches!(decode(Agent::Claude, None, "{}", Path::new("/")), Err(PayloadError::NoEvent(_))));
    }
}
