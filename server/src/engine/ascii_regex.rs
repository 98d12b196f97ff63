//! ASCII forms of regex classes, for every regex the rules compile: secret patterns and the
//! `#match?` predicates of queries. Rules match code and tokens, which are ASCII; the Unicode
//! forms of `\w`, `\d`, `\s` and `\b` make automata hundreds of times larger and push the
//! regex engine onto its slow paths.

/// Rewrites the Perl classes `\b`, `\B`, `\w`, `\d` and `\s` as their ASCII forms, outside
/// and inside bracket classes. Tokens, and the identifiers and punctuation around them, are
/// ASCII, so the ASCII forms are also the more exact ones; the Unicode forms are costly:
/// - the lazy DFA cannot evaluate a Unicode word boundary once the haystack holds a non-ASCII
///   byte and falls back to the much slower PikeVM (measured: the generic password rule took
///   1.7 s instead of 0.1 s on a 125 MB source tree);
/// - a Unicode `\w` is a class of 700+ ranges, and the context every service rule allows
///   between its keyword and the assignment (`[\w.-]{0,25}?`) compiled to about 2 MB per rule
///   (75 MB for all of them), held by the server for its lifetime once a keyword was seen;
///   the ASCII form takes a few kilobytes.
/// The negated forms (`\W`, `\D`, `\S`) stay Unicode: their ASCII forms match non-UTF-8 bytes,
/// which a `&str` regex refuses.
pub fn ascii_perl_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars().peekable();
    // Nesting depth of bracket classes.
    let mut depth = 0usize;
    // Just after `[` or `[^`: a `]` here is a literal.
    let mut class_start = false;
    while let Some(c) = chars.next() {
        let at_class_start = std::mem::take(&mut class_start);
        match c {
            '\\' => match chars.next() {
                Some(e @ ('b' | 'B')) if depth == 0 => {
                    out.push_str("(?-u:\\");
                    out.push(e);
                    out.push(')');
                }
                Some(e @ ('w' | 'd' | 's')) => {
                    let name = match e {
                        'w' => "word",
                        'd' => "digit",
                        _ => "space",
                    };
                    if depth == 0 {
                        out.push_str("[[:");
                        out.push_str(name);
                        out.push_str(":]]");
                    } else {
                        out.push_str("[:");
                        out.push_str(name);
                        out.push_str(":]");
                    }
                }
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            '[' => {
                out.push('[');
                if depth > 0 && chars.peek() == Some(&':') {
                    // A POSIX class `[:name:]`: copy it through.
                    for p in chars.by_ref() {
                        out.push(p);
                        if p == ']' {
                            break;
                        }
                    }
                    continue;
                }
                depth += 1;
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                class_start = true;
            }
            ']' if depth > 0 && !at_class_start => {
                depth -= 1;
                out.push(']');
            }
            other => out.push(other),
        }
    }
    out
}

/// Rewrites the regex strings of `#match?`-family predicates (`#match?`, `#not-match?`,
/// `#any-match?`, `#any-not-match?`) in a tree-sitter query with [`ascii_perl_classes`]
/// (tree-sitter compiles them with Unicode classes: 1.2 MB for Python's rules, 2.5 MB for
/// JavaScript's). Everything else is copied unchanged. The query must only use the string
/// escapes tree-sitter knows (`\\`, `\"`, `\n`, `\r`, `\t`, `\0`), which rule loading checks.
pub fn ascii_query_regexes(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 64);
    let mut chars = query.chars().peekable();
    // The predicate whose arguments are being read, e.g. `match?`.
    let mut predicate = String::new();
    while let Some(c) = chars.next() {
        match c {
            ';' => {
                // A comment, to the end of the line.
                out.push(c);
                for n in chars.by_ref() {
                    out.push(n);
                    if n == '\n' {
                        break;
                    }
                }
            }
            '#' => {
                out.push(c);
                predicate.clear();
                while let Some(&n) = chars.peek() {
                    if n.is_whitespace() || n == ')' || n == '(' || n == '"' {
                        break;
                    }
                    predicate.push(n);
                    out.push(n);
                    chars.next();
                }
            }
            ')' | '(' => {
                predicate.clear();
                out.push(c);
            }
            '"' => {
                let mut raw = String::new();
                while let Some(n) = chars.next() {
                    match n {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('n') => raw.push('\n'),
                            Some('r') => raw.push('\r'),
                            Some('t') => raw.push('\t'),
                            Some('0') => raw.push('\0'),
                            Some(other) => raw.push(other),
                            None => {}
                        },
                        other => raw.push(other),
                    }
                }
                let value = if predicate.ends_with("match?") {
                    ascii_perl_classes(&raw)
                } else {
                    raw
                };
                out.push('"');
                for v in value.chars() {
                    match v {
                        '\\' => out.push_str("\\\\"),
                        '"' => out.push_str("\\\""),
                        '\n' => out.push_str("\\n"),
                        '\r' => out.push_str("\\r"),
                        '\t' => out.push_str("\\t"),
                        '\0' => out.push_str("\\0"),
                        other => out.push(other),
                    }
                }
                out.push('"');
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perl_classes_become_ascii_and_escapes_are_kept() {
        assert_eq!(ascii_perl_classes(r"\bpass\B"), r"(?-u:\b)pass(?-u:\B)");
        assert_eq!(ascii_perl_classes(r"a\\b"), r"a\\b");
        assert_eq!(ascii_perl_classes(r"\d+\.\bx"), r"[[:digit:]]+\.(?-u:\b)x");
        assert_eq!(
            ascii_perl_classes(r"[\w.-]{0,25}\s*\W"),
            r"[[:word:].-]{0,25}[[:space:]]*\W"
        );
        // A `]` first in a class is a literal; POSIX classes and escaped brackets are kept.
        assert_eq!(
            ascii_perl_classes(r"[]\w][^]\d][[:alpha:]\s]\[\w\]"),
            r"[][:word:]][^][:digit:]][[:alpha:][:space:]]\[[[:word:]]\]"
        );
        // Nested classes and set operations.
        assert_eq!(
            ascii_perl_classes(r"[\w&&[^_]]\w"),
            r"[[:word:]&&[^_]][[:word:]]"
        );
        let re = regex::Regex::new(&ascii_perl_classes(r"\bghp_[a-z]+\b")).unwrap();
        assert!(re.is_match("é ghp_abc é"));
        // ASCII only: a Unicode letter is not a word character any more.
        let re = regex::Regex::new(&ascii_perl_classes(r"^[\w-]+$")).unwrap();
        assert!(re.is_match("api_key-1"));
        assert!(!re.is_match("clé"));
    }

    #[test]
    fn only_match_predicate_regexes_are_rewritten() {
        let q = r#"((call name: (identifier) @f (string) @s) @finding
 (#match? @f "^\\w+\\s\"x\"$") ; a comment with "\w"
 (#eq? @s "\\w")
 (#not-match? @s "[\\d_]\n"))"#;
        let out = ascii_query_regexes(q);
        assert_eq!(
            out,
            r#"((call name: (identifier) @f (string) @s) @finding
 (#match? @f "^[[:word:]]+[[:space:]]\"x\"$") ; a comment with "\w"
 (#eq? @s "\\w")
 (#not-match? @s "[[:digit:]_]\n"))"#
        );
        // The rewritten query compiles and still matches ASCII identifiers.
        let lang: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        let query = tree_sitter::Query::new(
            &lang,
            &ascii_query_regexes(r#"((identifier) @x (#match? @x "^\\w+_key$"))"#),
        )
        .expect("query");
        let tree = crate::engine::parse(crate::languages::Language::Python, "api_key = 1\n", None)
            .expect("tree");
        let mut cursor = tree_sitter::QueryCursor::new();
        use tree_sitter::StreamingIterator;
        let mut matches = cursor.matches(&query, tree.root_node(), "api_key = 1\n".as_bytes());
        assert!(matches.next().is_some());
    }

    /// Every built-in secret pattern still compiles after the rewrite, and stays small.
    #[test]
    fn builtin_secret_patterns_compile_small() {
        let rules = crate::engine::RuleSet::builtin();
        for rule in &rules.secrets.rules {
            let pattern = ascii_perl_classes(rule.pattern());
            let re = regex::RegexBuilder::new(&pattern)
                .size_limit(1 << 20)
                .build();
            assert!(re.is_ok(), "{}: {pattern}: {re:?}", rule.meta.id);
            let allowlist =
                regex::RegexSetBuilder::new(rule.allowlist().iter().map(|p| ascii_perl_classes(p)))
                    .size_limit(1 << 20)
                    .build();
            assert!(
                allowlist.is_ok(),
                "{} allowlist: {allowlist:?}",
                rule.meta.id
            );
        }
    }
}
