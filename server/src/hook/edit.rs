//! The edits agents' tools make, and how to apply them to a file's text: string replacements
//! (Claude Code `Edit`, Gemini `replace`, Copilot `edit`, VS Code `replace_string_in_file`),
//! Codex / VS Code `apply_patch` patches, Cline `replace_in_file` SEARCH/REPLACE blocks, and the
//! files a shell command writes with a heredoc or a redirected `echo`/`printf`.
//!
//! Applying is how a pre-tool hook sees the file as it will be; applying in reverse (new text
//! back to old) is how a post-tool hook sees the file as it was.

use std::path::PathBuf;

/// One string replacement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replace {
    pub old: String,
    pub new: String,
    /// Replace every occurrence (otherwise the first; agents require it to be unique).
    pub all: bool,
}

/// What a tool does to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// The whole new content.
    Write(String),
    /// Replacements applied in order.
    Replace(Vec<Replace>),
    /// Hunks of an `apply_patch` update.
    Patch(Vec<Hunk>),
    /// The file is deleted.
    Delete,
    /// The new content is not known before the tool runs (VS Code's `insert_edit_into_file`
    /// merges a sketch with `...existing code...` markers): this code will be in the file.
    Fragment(String),
}

/// A file a tool writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileWrite {
    pub path: PathBuf,
    pub op: Op,
    /// `*** Move to:` in a patch: the content ends up here.
    pub move_to: Option<PathBuf>,
}

/// Why an edit could not be applied: the agent's tool would fail too, so nothing is written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("the text to replace does not occur in the file")]
    NotFound,
    #[error("invalid patch: {0}")]
    BadPatch(String),
}

impl Op {
    /// The text after the operation, from the text before it (`None`: the file is deleted).
    pub fn apply(&self, before: &str) -> Result<Option<String>, EditError> {
        match self {
            Op::Write(content) => Ok(Some(content.clone())),
            Op::Delete => Ok(None),
            Op::Fragment(_) => Ok(Some(before.to_owned())),
            Op::Replace(replaces) => {
                let mut text = before.to_owned();
                for r in replaces {
                    text = replace(&text, &r.old, &r.new, r.all)?;
                }
                Ok(Some(text))
            }
            Op::Patch(hunks) => apply_hunks(before, hunks, false).map(Some),
        }
    }

    /// The text before the operation, from the text after it, where the operation can be
    /// undone (`None` for a whole-file write or a fragment: the old text is not in the edit).
    pub fn unapply(&self, after: &str) -> Option<String> {
        match self {
            Op::Write(_) | Op::Fragment(_) | Op::Delete => None,
            Op::Replace(replaces) => {
                let mut text = after.to_owned();
                for r in replaces.iter().rev() {
                    // An empty `new` (a deletion) cannot be located again.
                    if r.new.is_empty() {
                        return None;
                    }
                    text = replace(&text, &r.new, &r.old, r.all).ok()?;
                }
                Some(text)
            }
            Op::Patch(hunks) => apply_hunks(after, hunks, true).ok(),
        }
    }
}

fn replace(text: &str, old: &str, new: &str, all: bool) -> Result<String, EditError> {
    if old.is_empty() {
        // Gemini's `replace` with an empty `old_string` creates the file.
        return if text.is_empty() { Ok(new.to_owned()) } else { Err(EditError::NotFound) };
    }
    if !text.contains(old) {
        return Err(EditError::NotFound);
    }
    Ok(if all { text.replace(old, new) } else { text.replacen(old, new, 1) })
}

/// One `@@` chunk of an `apply_patch` update.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hunk {
    /// The `@@ def handler():` line: a line to find first.
    pub context: Option<String>,
    /// The lines before (context and removed) and after (context and added).
    pub old: Vec<String>,
    pub new: Vec<String>,
    /// `*** End of File`: the chunk is anchored at the end.
    pub at_eof: bool,
}

/// A parsed `*** Begin Patch` … `*** End Patch` text.
pub fn parse_patch(text: &str) -> Result<Vec<FileWrite>, EditError> {
    let bad = |m: &str| EditError::BadPatch(m.to_owned());
    let mut lines: Vec<&str> = text.trim().lines().collect();
    // A heredoc wrapper (`apply_patch <<'EOF'` … `EOF`), as the model sometimes sends it.
    if lines.len() >= 4 && lines[0].contains("<<") && !lines[0].trim().starts_with("***") {
        lines.remove(0);
        lines.pop();
    }
    let mut it = lines.into_iter().map(|l| l.trim_end_matches('\r')).peekable();
    if it.next().map(str::trim) != Some("*** Begin Patch") {
        return Err(bad("it does not start with `*** Begin Patch`"));
    }
    let mut files = Vec::new();
    loop {
        let Some(line) = it.next() else { return Err(bad("no `*** End Patch` line")) };
        let header = line.trim();
        if header == "*** End Patch" {
            return Ok(files);
        }
        if header.is_empty() {
            continue;
        }
        if let Some(path) = header.strip_prefix("*** Add File: ") {
            let mut content = String::new();
            while let Some(l) = it.peek() {
                let Some(added) = l.strip_prefix('+') else { break };
                content.push_str(added);
                content.push('\n');
                it.next();
            }
            files.push(FileWrite { path: PathBuf::from(path.trim()), op: Op::Write(content), move_to: None });
        } else if let Some(path) = header.strip_prefix("*** Delete File: ") {
            files.push(FileWrite { path: PathBuf::from(path.trim()), op: Op::Delete, move_to: None });
        } else if let Some(path) = header.strip_prefix("*** Update File: ") {
            let mut move_to = None;
            if let Some(to) = it.peek().and_then(|l| l.trim().strip_prefix("*** Move to: ")) {
                move_to = Some(PathBuf::from(to.trim()));
                it.next();
            }
            let mut hunks: Vec<Hunk> = Vec::new();
            let mut current: Option<Hunk> = None;
            while let Some(&l) = it.peek() {
                if l.trim_start().starts_with("***") {
                    if l.trim() == "*** End of File" {
                        it.next();
                        if let Some(h) = current.as_mut() {
                            h.at_eof = true;
                        }
                        continue;
                    }
                    break;
                }
                it.next();
                if let Some(rest) = l.strip_prefix("@@") {
                    hunks.extend(current.take());
                    let ctx = rest.trim();
                    current = Some(Hunk { context: (!ctx.is_empty()).then(|| ctx.to_owned()), ..Hunk::default() });
                    continue;
                }
                let h = current.get_or_insert_with(Hunk::default);
                match l.chars().next() {
                    Some('+') => h.new.push(l[1..].to_owned()),
                    Some('-') => h.old.push(l[1..].to_owned()),
                    Some(' ') => {
                        h.old.push(l[1..].to_owned());
                        h.new.push(l[1..].to_owned());
                    }
                    // A blank line inside a chunk is an empty context line.
                    None => {
                        h.old.push(String::new());
                        h.new.push(String::new());
                    }
                    Some(_) => return Err(bad(&format!("unexpected line in the update of {}: {l:?}", path.trim()))),
                }
            }
            hunks.extend(current.take());
            if hunks.is_empty() && move_to.is_none() {
                return Err(bad(&format!("the update of {} has no changes", path.trim())));
            }
            files.push(FileWrite { path: PathBuf::from(path.trim()), op: Op::Patch(hunks), move_to });
        } else {
            return Err(bad(&format!("unexpected line {header:?}")));
        }
    }
}

/// Applies patch hunks to `text` (with `reverse`, undoes them: new lines back to old ones).
/// Lines are found as the patch tool finds them: exactly, then ignoring trailing whitespace,
/// then ignoring surrounding whitespace.
fn apply_hunks(text: &str, hunks: &[Hunk], reverse: bool) -> Result<String, EditError> {
    let trailing_newline = text.ends_with('\n') || text.is_empty();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut cursor = 0;
    for h in hunks {
        let (old, new) = if reverse { (&h.new, &h.old) } else { (&h.old, &h.new) };
        if let Some(ctx) = &h.context {
            if let Some(at) = seek(&lines, std::slice::from_ref(ctx), cursor, false) {
                cursor = at + 1;
            } else if !reverse {
                return Err(EditError::NotFound);
            }
        }
        if old.is_empty() {
            // A pure insertion goes at the end of the file.
            let at = if lines.last().is_some_and(String::is_empty) { lines.len() - 1 } else { lines.len() };
            lines.splice(at..at, new.iter().cloned());
            cursor = at + new.len();
            continue;
        }
        let mut old_slice: &[String] = old;
        let mut new_slice: &[String] = new;
        let mut at = seek(&lines, old_slice, cursor, h.at_eof);
        if at.is_none() && old_slice.last().is_some_and(String::is_empty) {
            old_slice = &old_slice[..old_slice.len() - 1];
            if new_slice.last().is_some_and(String::is_empty) {
                new_slice = &new_slice[..new_slice.len() - 1];
            }
            at = seek(&lines, old_slice, cursor, h.at_eof);
        }
        let at = at.ok_or(EditError::NotFound)?;
        lines.splice(at..at + old_slice.len(), new_slice.iter().cloned());
        cursor = at + new_slice.len();
    }
    let mut out = lines.join("\n");
    if trailing_newline && !out.is_empty() {
        out.push('\n');
    }
    Ok(out)
}

fn seek(lines: &[String], pattern: &[String], from: usize, at_eof: bool) -> Option<usize> {
    if pattern.len() > lines.len() {
        return None;
    }
    let last = lines.len() - pattern.len();
    let start = if at_eof { last } else { from.min(last + 1) };
    let passes: [fn(&str) -> &str; 3] = [|s| s, str::trim_end, str::trim];
    for norm in passes {
        let hit = (start..=last).find(|&i| pattern.iter().zip(&lines[i..]).all(|(p, l)| norm(p) == norm(l)));
        if hit.is_some() {
            return hit;
        }
        if at_eof {
            // Anchored at the end, but the patch tool also tries from the cursor.
            if let Some(i) = (from.min(last + 1)..=last).find(|&i| pattern.iter().zip(&lines[i..]).all(|(p, l)| norm(p) == norm(l))) {
                return Some(i);
            }
        }
    }
    None
}

/// Cline's `replace_in_file` diff: `------- SEARCH` / `=======` / `+++++++ REPLACE` blocks (or
/// the older `<<<<<<< SEARCH` / `>>>>>>> REPLACE`), each replacing its first occurrence.
pub fn parse_search_replace(diff: &str) -> Result<Vec<Replace>, EditError> {
    let is_search = |l: &str| {
        let t = l.trim_end().trim_end_matches('>');
        (t.starts_with("---") || t.starts_with("<<<")) && t.trim_start_matches(['-', '<']).trim() == "SEARCH"
    };
    let is_divider = |l: &str| l.trim_end().len() >= 3 && l.trim_end().chars().all(|c| c == '=');
    let is_replace = |l: &str| {
        let t = l.trim_end().trim_end_matches('>');
        (t.starts_with("+++") || t.starts_with(">>>")) && t.trim_start_matches(['+', '>']).trim() == "REPLACE"
    };
    let mut out = Vec::new();
    let mut lines = diff.lines();
    while let Some(l) = lines.next() {
        if !is_search(l) {
            continue;
        }
        let mut old = Vec::new();
        let mut new = Vec::new();
        let mut in_new = false;
        let mut closed = false;
        for l in lines.by_ref() {
            if !in_new && is_divider(l) {
                in_new = true;
            } else if in_new && is_replace(l) {
                closed = true;
                break;
            } else if in_new {
                new.push(l);
            } else {
                old.push(l);
            }
        }
        if !closed {
            return Err(EditError::BadPatch("a SEARCH block has no REPLACE marker".into()));
        }
        let join = |v: Vec<&str>| if v.is_empty() { String::new() } else { v.join("\n") + "\n" };
        out.push(Replace { old: join(old), new: join(new), all: false });
    }
    if out.is_empty() {
        return Err(EditError::BadPatch("no SEARCH/REPLACE block".into()));
    }
    Ok(out)
}

/// Files a shell command writes whole: `cat > f <<'EOF'` … `EOF` (also `cat <<EOF > f`,
/// `tee f`, `>>`), and `echo '…' > f` / `printf '…' > f` on one line. An append (`>>`) is
/// reported as a fragment: the rest of the file is not in the command.
pub fn shell_writes(command: &str) -> Vec<FileWrite> {
    let mut out = Vec::new();
    let lines: Vec<&str> = command.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if let Some((delimiter, target, append)) = heredoc_header(line) {
            let mut body = String::new();
            while i < lines.len() && lines[i].trim() != delimiter {
                body.push_str(lines[i]);
                body.push('\n');
                i += 1;
            }
            i += 1;
            if let Some(path) = target {
                let op = if append { Op::Fragment(body) } else { Op::Write(body) };
                out.push(FileWrite { path: PathBuf::from(path), op, move_to: None });
            }
            continue;
        }
        if let Some((content, path, append)) = echo_redirect(line) {
            let op = if append { Op::Fragment(content) } else { Op::Write(content) };
            out.push(FileWrite { path: PathBuf::from(path), op, move_to: None });
        }
    }
    out
}

/// `cat > path <<'EOF'`, `cat <<EOF > path`, `tee [-a] path <<EOF`: (delimiter, path, append).
fn heredoc_header(line: &str) -> Option<(String, Option<String>, bool)> {
    let at = line.find("<<")?;
    let rest = line[at + 2..].trim_start_matches('-').trim_start();
    let delim_token = rest.split_whitespace().next()?;
    let delimiter = delim_token.trim_matches(['\'', '"']).to_owned();
    if delimiter.is_empty() || !delimiter.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut target = None;
    let mut append = false;
    for (k, w) in words.iter().enumerate() {
        let (redirect, glued) = if let Some(p) = w.strip_prefix(">>") {
            (Some(true), p)
        } else if let Some(p) = w.strip_prefix('>') {
            (Some(false), p)
        } else {
            (None, "")
        };
        if let Some(a) = redirect {
            let path = if glued.is_empty() { words.get(k + 1).copied() } else { Some(glued) };
            if let Some(p) = path.filter(|p| !p.starts_with("/dev/") && !p.starts_with('&')) {
                target = Some(unquote(p));
                append = a;
            }
        }
        if *w == "tee" {
            let mut rest = words[k + 1..].iter().filter(|w| !w.starts_with("<<"));
            let mut next = rest.next();
            if next.is_some_and(|n| *n == "-a" || *n == "--append") {
                append = true;
                next = rest.next();
            }
            if let Some(p) = next.filter(|p| !p.starts_with('-') && !p.starts_with('>')) {
                target = Some(unquote(p));
            }
        }
    }
    Some((delimiter, target, append))
}

/// `echo '…' > path` / `printf '…' >> path` on one line: (content, path, append).
fn echo_redirect(line: &str) -> Option<(String, String, bool)> {
    let t = line.trim_start();
    let body = t.strip_prefix("echo ").or_else(|| t.strip_prefix("printf "))?;
    let (content, target, append) = if let Some(at) = body.rfind(">>") {
        (&body[..at], &body[at + 2..], true)
    } else {
        let at = body.rfind('>')?;
        (&body[..at], &body[at + 1..], false)
    };
    let path = target.split_whitespace().next()?;
    if path.starts_with("/dev/") || path.starts_with('&') {
        return None;
    }
    let content = content.trim().trim_start_matches("-e ").trim_start_matches("-n ");
    Some((unquote(content).replace("\\n", "\n") + "\n", unquote(path), append))
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    for q in ['\'', '"'] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return s[1..s.len() - 1].to_owned();
        }
    }
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "import os\n\ndef run(cmd):\n    print(cmd)\n    return 0\n";

    #[test]
    fn a_patch_adds_updates_moves_and_deletes() {
        let patch = "*** Begin Patch\n*** Add File: app/new.py\n+import os\n+os.system(x)\n*** Update File: app/run.py\n*** Move to: app/runner.py\n@@ def run(cmd):\n-    print(cmd)\n+    os.system(cmd)\n     return 0\n*** Delete File: old.py\n*** End Patch\n";
        let files = parse_patch(patch).expect("patch");
        assert_eq!(files.len(), 3);
        assert_eq!(files[0].op, Op::Write("import os\nos.system(x)\n".into()));
        assert_eq!(files[1].move_to, Some(PathBuf::from("app/runner.py")));
        let after = files[1].op.apply(FILE).expect("applies").expect("text");
        assert_eq!(after, "import os\n\ndef run(cmd):\n    os.system(cmd)\n    return 0\n");
        assert_eq!(files[1].op.unapply(&after).as_deref(), Some(FILE));
        assert_eq!(files[2].op, Op::Delete);
    }

    #[test]
    fn patch_context_is_found_ignoring_trailing_and_surrounding_whitespace() {
        let patch = "*** Begin Patch\n*** Update File: a.py\n@@\n-  print(cmd)  \n+    os.system(cmd)\n*** End Patch";
        let files = parse_patch(patch).expect("patch");
        let after = files[0].op.apply(FILE).expect("applies").expect("text");
        assert!(after.contains("    os.system(cmd)\n"), "{after}");
    }

    #[test]
    fn a_patch_whose_lines_are_not_in_the_file_fails_and_a_broken_one_is_an_error() {
        let patch = "*** Begin Patch\n*** Update File: a.py\n@@\n-not there\n+x\n*** End Patch";
        let files = parse_patch(patch).expect("patch");
        assert_eq!(files[0].op.apply(FILE), Err(EditError::NotFound));
        assert!(parse_patch("diff --git a/x b/x").is_err());
        assert!(parse_patch("*** Begin Patch\n*** Update File: a.py\n*** End Patch").is_err());
        assert!(parse_patch("*** Begin Patch\n*** Add File: a.py\n+x\n").is_err());
    }

    #[test]
    fn replacements_apply_in_order_and_undo() {
        let op = Op::Replace(vec![
            Replace { old: "print(cmd)".into(), new: "os.system(cmd)".into(), all: false },
            Replace { old: "return 0".into(), new: "return 1".into(), all: false },
        ]);
        let after = op.apply(FILE).expect("ok").expect("text");
        assert!(after.contains("os.system(cmd)") && after.contains("return 1"));
        assert_eq!(op.unapply(&after).as_deref(), Some(FILE));
        let missing = Op::Replace(vec![Replace { old: "nope".into(), new: "x".into(), all: false }]);
        assert_eq!(missing.apply(FILE), Err(EditError::NotFound));
    }

    #[test]
    fn cline_search_replace_blocks() {
        let diff = "------- SEARCH\n    print(cmd)\n=======\n    os.system(cmd)\n+++++++ REPLACE\n<<<<<<< SEARCH\n    return 0\n=======\n    return 1\n>>>>>>> REPLACE\n";
        let blocks = parse_search_replace(diff).expect("blocks");
        assert_eq!(blocks.len(), 2);
        let after = Op::Replace(blocks).apply(FILE).expect("ok").expect("text");
        assert_eq!(after, "import os\n\ndef run(cmd):\n    os.system(cmd)\n    return 1\n");
        assert!(parse_search_replace("------- SEARCH\nx\n=======\ny\n").is_err());
    }

    #[test]
    fn shell_heredocs_and_echo_redirects_are_file_writes() {
        let cmd = "mkdir -p app && cat > app/db.py <<'EOF'\nimport os\nos.system(x)\nEOF\ntee -a notes.txt <<EOF\nhello\nEOF\necho 'API_KEY=abc' > .env\necho done > /dev/null\nls -la";
        let writes = shell_writes(cmd);
        assert_eq!(writes.len(), 3, "{writes:?}");
        assert_eq!(writes[0].path, PathBuf::from("app/db.py"));
        assert_eq!(writes[0].op, Op::Write("import os\nos.system(x)\n".into()));
        assert_eq!(writes[1].op, Op::Fragment("hello\n".into()));
        assert_eq!(writes[2].path, PathBuf::from(".env"));
        assert!(shell_writes("cargo test && git status").is_empty());
    }
}
