//! Each agent's answer shape: what goes to stdout, what to stderr, and the exit code.

use serde_json::json;

use super::payload::{Agent, Event};

/// What Redline decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Let the tool run; nothing to say.
    Allow,
    /// Let it run, with a note for the log (stderr): an input Redline could not read.
    AllowWithNote(String),
    /// Refuse the tool call (pre events), or refuse to stop (stop events). `reason` is for the
    /// model; `summary` one line for the user.
    Deny { reason: String, summary: String },
    /// After a write: the findings it introduced, for the model. `urgent`: at or above the gate
    /// severity (asks the agent to act, where the agent has a way to say so).
    Feedback { text: String, urgent: bool },
}

/// The process's answer.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub stdout: Option<String>,
    pub stderr: Option<String>,
    pub exit: u8,
}

pub fn render(agent: Agent, event: Event, verdict: &Verdict) -> Answer {
    let mut answer = Answer::default();
    let out = |v: serde_json::Value| Some(v.to_string());
    if let Verdict::AllowWithNote(note) = verdict {
        answer.stderr = Some(format!("redline: {note}"));
    }
    match (agent, event, verdict) {
        // Cursor treats a missing answer as a denial when the hook fails closed: always answer.
        (Agent::Cursor, Event::Pre, Verdict::Deny { reason, summary }) => {
            answer.stdout = out(json!({"permission": "deny", "user_message": summary, "agent_message": reason}));
        }
        (Agent::Cursor, Event::Pre, _) => answer.stdout = out(json!({"permission": "allow"})),
        (Agent::Cursor, Event::Post, Verdict::Feedback { text, .. }) => answer.stdout = out(json!({"additional_context": text})),
        (Agent::Cursor, Event::Stop, Verdict::Deny { reason, .. }) => answer.stdout = out(json!({"followup_message": reason})),
        (Agent::Cursor, _, _) => answer.stdout = out(json!({})),

        (Agent::Cline, _, Verdict::Deny { reason, .. }) => {
            answer.stdout = out(json!({"cancel": true, "errorMessage": reason, "contextModification": reason}));
        }
        (Agent::Cline, _, Verdict::Feedback { text, .. }) => answer.stdout = out(json!({"cancel": false, "contextModification": text})),
        (Agent::Cline, _, _) => answer.stdout = out(json!({"cancel": false})),

        // Windsurf has no JSON contract: exit 2 blocks a pre hook, with the reason on stderr;
        // what a post hook prints is shown to the user (`show_output`).
        (Agent::Windsurf, _, Verdict::Deny { reason, .. }) => {
            answer.stderr = Some(reason.clone());
            answer.exit = 2;
        }
        (Agent::Windsurf, _, Verdict::Feedback { text, .. }) => answer.stdout = Some(text.clone()),

        (Agent::Gemini, Event::Pre | Event::Stop, Verdict::Deny { reason, .. }) => {
            answer.stdout = out(json!({"decision": "deny", "reason": reason}));
        }
        (Agent::Gemini, _, Verdict::Feedback { text, .. }) => {
            answer.stdout = out(json!({"hookSpecificOutput": {"hookEventName": "AfterTool", "additionalContext": text}}));
        }

        // Copilot's hook files are also read by VS Code's agent, which sends Claude-shaped
        // payloads and reads Claude-shaped answers: answer in both shapes at once (each ignores
        // the other's fields).
        (Agent::Copilot | Agent::Vscode, Event::Pre, Verdict::Deny { reason, .. }) => {
            answer.stdout = out(json!({
                "permissionDecision": "deny",
                "permissionDecisionReason": reason,
                "hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": "deny", "permissionDecisionReason": reason},
            }));
        }
        (Agent::Copilot | Agent::Vscode, Event::Stop, Verdict::Deny { reason, .. }) => {
            answer.stdout = out(json!({
                "decision": "block",
                "reason": reason,
                "hookSpecificOutput": {"hookEventName": "Stop", "decision": "block", "reason": reason},
            }));
        }
        (Agent::Copilot | Agent::Vscode, _, Verdict::Feedback { text, urgent }) => {
            let mut v = json!({
                "additionalContext": text,
                "hookSpecificOutput": {"hookEventName": "PostToolUse", "additionalContext": text},
            });
            if *urgent {
                v["decision"] = json!("block");
                v["reason"] = json!(text);
            }
            answer.stdout = out(v);
        }

        // Claude Code and Codex share one shape.
        (Agent::Claude | Agent::Codex, Event::Pre, Verdict::Deny { reason, .. }) => {
            answer.stdout = out(json!({"hookSpecificOutput": {
                "hookEventName": "PreToolUse",
                "permissionDecision": "deny",
                "permissionDecisionReason": reason,
            }}));
        }
        (Agent::Claude | Agent::Codex, Event::Stop, Verdict::Deny { reason, .. }) => {
            answer.stdout = out(json!({"decision": "block", "reason": reason}));
        }
        (Agent::Claude | Agent::Codex, _, Verdict::Feedback { text, urgent }) => {
            let mut v = json!({"hookSpecificOutput": {"hookEventName": "PostToolUse", "additionalContext": text}});
            if *urgent {
                // `block` after a write does not undo it: it puts the reason in front of the
                // model as something to act on.
                v["decision"] = json!("block");
                v["reason"] = json!(text);
            }
            answer.stdout = out(v);
        }
        _ => {}
    }
    answer
}
