//! The tamper guard: an agent that Redline blocks has cheap ways out — a suppression comment
//! (Redline's or another scanner's), a "this is safe because…" comment over the flagged line,
//! `redline.toml` switching rules off, a custom rule edited, or the hook configuration that runs
//! Redline removed. In a pre-tool hook these are findings of their own (`guard.*`), denied by
//! default (`[hook] guard = "deny" | "warn" | "off"`) and always logged.

use std::path::Path;

use redline_rules::Severity;
use regex::Regex;

use redline_rules::line_col;

use super::gate::{fnv1a, NewFinding};
use crate::config::Config;
use crate::engine::suppress::{is_comment_only, MARKER};
use crate::engine::{Engine, Finding};

/// Suppression markers of Redline and of the scanners an agent may also be silencing.
fn marker() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(redline-ignore|\bnosec\b|\bnoqa\b|nosemgrep|semgrep-ignore|eslint-disable(-next-line|-line)?\b|@SuppressWarnings\s*\(|#!?\[allow\(|NOSONAR|//\s*lgtm|codeql\[|checkov:skip|tfsec:ignore|trivy:ignore|kics-scan\s+ignore|pragma:\s*allowlist\s+secret|gitleaks:allow)",
        )
        .expect("marker regex")
    })
}

/// Free-text reassurances in a comment.
fn excuse() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(#|//|/\*|--|<!--).*\b(safe because|this is safe|is safe here|safe to (ignore|use)|not (a |an )?(vulnerab|exploitable|security (issue|risk)|injection)|false positive|trusted (input|source|data)|already (sanitized|sanitised|validated|escaped)|input is (sanitized|sanitised|validated|trusted))",
        )
        .expect("excuse regex")
    })
}

/// Whether `text` has any suppression marker or excuse comment at all (a cheap first check).
pub fn mentions_suppression(text: &str) -> bool {
    marker().is_match(text) || excuse().is_match(text)
}

/// 1-based numbers of the lines of `after` that the edit added or changed.
pub fn added_lines(before: &str, after: &str) -> Vec<usize> {
    let diff = similar::TextDiff::from_lines(before, after);
    let mut out = Vec::new();
    for change in diff.iter_all_changes() {
        if change.tag() == similar::ChangeTag::Insert {
            if let Some(i) = change.new_index() {
                out.push(i + 1);
            }
        }
    }
    out
}

/// `after` with Redline's own markers defused (same length, so offsets stay), to see the
/// findings they would hide.
pub fn unsuppressed(after: &str) -> Option<String> {
    after.contains(MARKER).then(|| after.replace(MARKER, "redline-ign0re"))
}

/// Suppressions and excuses an edit from `before` to `after` added on a line with a finding or
/// alone above one, counting the findings Redline's own markers hide. `findings`: those of
/// `after` as analysed, reused when no marker of Redline's hides any.
pub fn suppressions_added(engine: &Engine, path: &Path, before: &str, after: &str, findings: &[Finding]) -> Vec<NewFinding> {
    if !mentions_suppression(after) {
        return Vec::new();
    }
    let added = added_lines(before, after);
    if added.is_empty() {
        return Vec::new();
    }
    let hidden_too = unsuppressed(after).map(|t| engine.analyze_source(path, t.as_bytes()).findings);
    let lines: Vec<(usize, String)> =
        hidden_too.as_deref().unwrap_or(findings).iter().map(|f| (line_col(after, f.range.start).0, f.rule.id.clone())).collect();
    covering(after, &added, &lines)
}

/// The added lines (1-based numbers in `after`) that hold a suppression or an excuse over one
/// of `finding_lines` (1-based lines with their rule ids).
fn covering(after: &str, added: &[usize], finding_lines: &[(usize, String)]) -> Vec<NewFinding> {
    let lines: Vec<&str> = after.lines().collect();
    let mut out = Vec::new();
    for &n in added {
        let Some(line) = lines.get(n - 1) else { continue };
        let (kind, what) = if let Some(m) = marker().find(line) {
            ("suppression", m.as_str().trim().to_owned())
        } else if excuse().is_match(line) {
            ("excuse", "a \"safe because\" comment".to_owned())
        } else {
            continue;
        };
        // A marker alone on its line (or an annotation) governs the next line.
        let comment_only = is_comment_only(line) || ["@SuppressWarnings", "#["].iter().any(|p| line.trim_start().starts_with(p));
        let covered: Vec<&str> = finding_lines
            .iter()
            .filter(|(l, _)| *l == n || (comment_only && *l == n + 1))
            .map(|(_, id)| id.as_str())
            .collect();
        if covered.is_empty() {
            continue;
        }
        let mut ids = covered.clone();
        ids.dedup();
        let rule_id = if kind == "suppression" { "guard.suppression-added" } else { "guard.excuse-comment-added" };
        let code = line.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(NewFinding {
            rule_id: rule_id.to_owned(),
            severity: Severity::High,
            line: n,
            message: format!(
                "this edit adds {what} over a finding ({}); an agent may not silence a security check",
                ids.join(", ")
            ),
            fix: Some("fix the code instead; a person can add a suppression with a reason".to_owned()),
            fingerprint: format!("{:016x}", fnv1a(&[rule_id.as_bytes(), b"\0", code.as_bytes()])),
        });
    }
    out
}

/// Agents' hook configuration files, relative to the project (and the user's home).
const HOOK_CONFIGS: &[&str] = &[
    ".claude/settings.json",
    ".claude/settings.local.json",
    ".codex/hooks.json",
    ".codex/config.toml",
    ".cursor/hooks.json",
    ".gemini/settings.json",
    ".windsurf/hooks.json",
    ".codeium/windsurf/hooks.json",
    ".copilot/hooks/",
    ".github/hooks/",
    ".clinerules/hooks/",
    ".kiro/hooks/",
];

/// Whether `rel` (a path relative to the project or home, with `/`) is an agent's hook
/// configuration.
pub fn is_hook_config(rel: &str) -> bool {
    HOOK_CONFIGS.iter().any(|c| if c.ends_with('/') { rel.starts_with(c) || rel.contains(&format!("/{c}")) } else { rel == *c || rel.ends_with(&format!("/{c}")) })
}

/// An edit of a configuration or rule file that weakens Redline, as a finding (line 1).
pub fn weakening(path: &Path, rel: &str, before: &str, after: Option<&str>, config: &Config) -> Option<NewFinding> {
    let finding = |rule_id: &str, message: String| NewFinding {
        rule_id: rule_id.to_owned(),
        severity: Severity::High,
        line: 1,
        message,
        fix: Some("leave Redline's configuration to a person".to_owned()),
        fingerprint: format!("{:016x}", fnv1a(&[rule_id.as_bytes(), b"\0", rel.as_bytes()])),
    };
    let after_text = after.unwrap_or("");
    if is_hook_config(rel) {
        let count = |t: &str| t.matches("redline hook").count();
        let disabled = |t: &str| t.contains("\"disableAllHooks\": true") || t.contains("\"disableAllHooks\":true");
        if count(after_text) < count(before) || (disabled(after_text) && !disabled(before)) {
            return Some(finding("guard.hook-config-weakened", format!("this edit removes or disables Redline's hooks in {rel}")));
        }
        return None;
    }
    if path.file_name().is_some_and(|n| n == crate::config::CONFIG_FILE_NAME) {
        return config_weakened(before, after_text, path).map(|why| finding("guard.config-weakened", format!("this edit weakens redline.toml: {why}")));
    }
    let in_rule_dir = config.file.rule_dirs.iter().map(|d| config.root.join(d)).chain(config.user_rule_dirs.iter().cloned()).any(|d| path.starts_with(&d));
    if in_rule_dir && before != after_text {
        return Some(finding("guard.rules-changed", format!("this edit changes the custom rule file {rel}")));
    }
    None
}

/// What a `redline.toml` edit switches off or lowers, if anything.
fn config_weakened(before: &str, after: &str, path: &Path) -> Option<String> {
    let parse = |t: &str| Config::parse(t, path, path.parent().map(Path::to_path_buf).unwrap_or_default()).ok();
    let old = parse(before).map(|c| c.file).unwrap_or_default();
    // A config that does not parse falls back to the built-in rules: not weaker.
    let new = parse(after)?.file;
    let added = |a: &[String], b: &[String]| a.iter().filter(|x| !b.contains(x)).cloned().collect::<Vec<_>>();
    let disabled = added(&new.disable, &old.disable);
    if !disabled.is_empty() {
        return Some(format!("disables {}", disabled.join(", ")));
    }
    let ignored = added(&new.ignore, &old.ignore);
    if !ignored.is_empty() {
        return Some(format!("ignores {}", ignored.join(", ")));
    }
    for (rule, sev) in &new.severity {
        if old.severity.get(rule).is_none_or(|o| sev < o) {
            return Some(format!("sets {rule} to {}", sev.as_str()));
        }
    }
    if new.builtin_rules == Some(false) && old.builtin_rules != Some(false) {
        return Some("turns the built-in rules off".into());
    }
    if new.rule_dirs != old.rule_dirs {
        return Some("changes the custom rule directories".into());
    }
    let laxer = |n: Option<Severity>, o: Option<Severity>, default: Severity| n.unwrap_or(default) > o.unwrap_or(default);
    if laxer(new.hook.gate, old.hook.gate, Severity::High) {
        return Some("raises the hook's gate".into());
    }
    if new.hook.guard.as_deref().is_some_and(|g| g != "deny") && old.hook.guard.as_deref().is_none_or(|g| g == "deny") {
        return Some("relaxes the hook's guard".into());
    }
    if new.audit.enabled == Some(false) && old.audit.enabled != Some(false) {
        return Some("turns the audit log off".into());
    }
    let smaller = |n: Option<usize>, o: Option<usize>| n.is_some_and(|n| o.is_none_or(|o| n < o));
    if smaller(new.max_syntax_size, old.max_syntax_size) || smaller(new.max_file_size, old.max_file_size) {
        return Some("lowers a size limit".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_excuses_over_findings_are_caught_and_others_are_not() {
        let after = "import os\n# nosec\nos.system(cmd)\nx = 1  # noqa\nos.system(y)  # this is safe because y is trusted input\n";
        let findings = vec![(3, "python.os-system".to_string()), (5, "python.os-system".to_string())];
        let got = covering(after, &[2, 4, 5], &findings);
        let ids: Vec<(&str, usize)> = got.iter().map(|f| (f.rule_id.as_str(), f.line)).collect();
        assert_eq!(ids, vec![("guard.suppression-added", 2), ("guard.excuse-comment-added", 5)]);
    }

    #[test]
    fn config_edits_that_switch_things_off_are_weakening() {
        let p = Path::new("/repo/redline.toml");
        assert!(config_weakened("", "disable = [\"python.*\"]\n", p).is_some_and(|w| w.contains("python.*")));
        assert!(config_weakened("", "[severity]\n\"python.eval\" = \"info\"\n", p).is_some());
        assert!(config_weakened("", "[hook]\ngate = \"critical\"\n", p).is_some());
        assert!(config_weakened("", "[audit]\nenabled = false\n", p).is_some());
        assert!(config_weakened("disable = [\"a.b\"]\n", "disable = []\n", p).is_none(), "re-enabling is not weakening");
        assert!(config_weakened("", "enable = [\"secrets.generic-high-entropy-assignment\"]\n", p).is_none());
        assert!(is_hook_config(".claude/settings.json") && is_hook_config("sub/.github/hooks/redline.json"));
        assert!(!is_hook_config("src/settings.json"));
    }
}
