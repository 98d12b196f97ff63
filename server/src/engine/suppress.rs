//! Inline suppressions: `redline-ignore` (every rule) or `redline-ignore[rule-id, other.*]:
//! reason` in a comment on the flagged line, or alone on the line above it.

use super::finding::Finding;

/// A parsed `redline-ignore` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// Empty: every rule.
    pub rules: Vec<String>,
    pub reason: Option<String>,
}

impl Directive {
    pub fn covers(&self, rule_id: &str) -> bool {
        self.rules.is_empty()
            || self.rules.iter().any(|r| match r.strip_suffix('*') {
                Some(prefix) => rule_id.starts_with(prefix),
                None => r == rule_id,
            })
    }
}

pub const MARKER: &str = "redline-ignore";

/// Parses the directive in a line, if any.
pub fn parse_directive(line: &str) -> Option<Directive> {
    let at = line.find(MARKER)?;
    let rest = &line[at + MARKER.len()..];
    // `redline-ignore-file` or `redline-ignored` are not this directive.
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    let (rules, rest) = match rest.strip_prefix('[') {
        Some(inner) => {
            let end = inner.find(']')?;
            let rules = inner[..end].split(',').map(|r| r.trim().to_owned()).filter(|r| !r.is_empty()).collect();
            (rules, &inner[end + 1..])
        }
        None => (Vec::new(), rest),
    };
    let reason = rest
        .trim_start()
        .strip_prefix(':')
        .map(|r| r.trim().trim_end_matches("*/").trim_end_matches("-->").trim().to_owned())
        .filter(|r| !r.is_empty());
    Some(Directive { rules, reason })
}

/// Whether a line holds nothing but a comment (so a directive in it applies to the next line).
pub fn is_comment_only(line: &str) -> bool {
    let t = line.trim_start();
    ["#", "//", "/*", "*", "--", "<!--", ";", "%", "REM ", "'"].iter().any(|p| t.starts_with(p))
}

/// Drops findings covered by a directive on their first line or alone on the line above.
pub fn filter(text: &str, findings: Vec<Finding>) -> Vec<Finding> {
    if !text.contains(MARKER) {
        return findings;
    }
    findings
        .into_iter()
        .filter(|f| {
            // The rules about suppressions cannot be suppressed (a bare `redline-ignore` would
            // hide its own finding).
            if f.rule.id.starts_with("suppression.") {
                return true;
            }
            let start = f.range.start.min(text.len());
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let same_line = &text[line_start..line_end];
            if parse_directive(same_line).is_some_and(|d| d.covers(&f.rule.id)) {
                return false;
            }
            if line_start > 0 {
                let prev_end = line_start - 1;
                let prev_start = text[..prev_end].rfind('\n').map_or(0, |i| i + 1);
                let prev = &text[prev_start..prev_end];
                if is_comment_only(prev) && parse_directive(prev).is_some_and(|d| d.covers(&f.rule.id)) {
                    return false;
                }
            }
            true
        })
        .collect()
}

/// The comment text that suppresses `rule_id` with a reason, in a language's comment syntax.
pub fn suppression_comment(line_comment: &str, rule_id: &str, reason: &str) -> String {
    format!("{line_comment} {MARKER}[{rule_id}]: {reason}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse() {
        assert_eq!(parse_directive("x = 1  # redline-ignore"), Some(Directive { rules: vec![], reason: None }));
        assert_eq!(
            parse_directive("// redline-ignore[js.eval, python.*]: reviewed by sec team */"),
            Some(Directive { rules: vec!["js.eval".into(), "python.*".into()], reason: Some("reviewed by sec team".into()) })
        );
        assert_eq!(parse_directive("# redline-ignored"), None);
        assert_eq!(parse_directive("no directive"), None);
        let d = parse_directive("# redline-ignore[python.*]").expect("directive");
        assert!(d.covers("python.eval"));
        assert!(!d.covers("js.eval"));
    }
}
