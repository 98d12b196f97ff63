//! The secret scanner: one Aho-Corasick automaton over every rule's keywords decides which
//! rules' regexes run at all (gitleaks' model); then each candidate passes length, entropy,
//! placeholder and allowlist checks, an optional structure/checksum validator, and the
//! syntax-tree scope check where the file has a tree.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use base64::Engine as _;
use redline_rules::{line_col, value_content_start, Confidence, RegexMatcher, RuleError, RuleSource, Scope, Validator};
use regex::{Regex, RegexSet};

use super::ruleset::RuleMeta;
use crate::languages::Language;

/// One secret rule. Its regex is checked when the rule loads but compiled on first use: the
/// keyword prefilter means most rules never run on a given file, and compiling ~300 regexes up
/// front cost half a second and most of the memory of a short-lived `redline check`.
#[derive(Debug)]
pub struct SecretRule {
    pub meta: Arc<RuleMeta>,
    pattern: String,
    compiled: OnceLock<Option<(Regex, Option<usize>)>>,
    /// Whether the pattern has a `secret` group (known from parsing, before compilation).
    has_secret_group: bool,
    entropy: Option<f64>,
    min_length: usize,
    /// Values matching one of these are not reported. Checked when the rule loads, compiled
    /// (with ASCII classes) on the first candidate that needs it: most rules never get one.
    allowlist: Vec<String>,
    allowlist_compiled: OnceLock<Option<RegexSet>>,
    scope: Scope,
    validate: Option<Validator>,
    pub env_var: Option<String>,
    pub is_secret: bool,
    keywords: Vec<String>,
}

impl SecretRule {
    pub fn compile(meta: Arc<RuleMeta>, m: &RegexMatcher, source: &RuleSource) -> Result<SecretRule, RuleError> {
        let at = |span: Range<usize>| line_col(&source.text, value_content_start(&source.text, &span));
        // Parse now (syntax errors are rule errors with a line); compile on first use.
        let check = |pattern: &str, what: &str, position: &dyn Fn() -> (usize, usize)| {
            regex_syntax::Parser::new().parse(pattern).map(|_| ()).map_err(|e| {
                let (line, col) = position();
                let reason = e.to_string().lines().last().unwrap_or("invalid regex").trim().to_owned();
                RuleError::new(&source.path, line, col, format!("invalid {what}: {reason}")).with_rule(&meta.id)
            })
        };
        check(m.pattern.get_ref(), "regex", &|| at(m.pattern.span()))?;
        let has_secret_group = m.pattern.get_ref().contains("(?P<secret>") || m.pattern.get_ref().contains("(?<secret>");
        for pattern in &m.allowlist {
            check(pattern, "allowlist regex", &|| line_col(&source.text, source.text.find("allowlist").unwrap_or(0)))?;
        }
        Ok(SecretRule {
            meta,
            pattern: m.pattern.get_ref().clone(),
            compiled: OnceLock::new(),
            has_secret_group,
            entropy: m.entropy,
            min_length: m.min_length.unwrap_or(0),
            allowlist: m.allowlist.clone(),
            allowlist_compiled: OnceLock::new(),
            scope: m.scope,
            validate: m.validate,
            env_var: m.env_var.clone(),
            is_secret: m.secret,
            keywords: m.keywords.iter().map(|k| k.to_ascii_lowercase()).collect(),
        })
    }
}

impl SecretRule {
    /// The compiled regex and the index of its `secret` group. `None` if compilation failed
    /// (a pattern over the size limit): logged once, the rule then matches nothing.
    fn regex(&self) -> Option<&(Regex, Option<usize>)> {
        self.compiled
            .get_or_init(|| match regex::RegexBuilder::new(&super::ascii_regex::ascii_perl_classes(&self.pattern)).size_limit(1 << 23).build() {
                Ok(re) => {
                    let group = re.capture_names().position(|n| n == Some("secret"));
                    Some((re, group))
                }
                Err(e) => {
                    crate::note!("redline: rule {}: regex does not compile: {e}", self.meta.id);
                    None
                }
            })
            .as_ref()
    }

    /// Whether `value` matches the rule's allowlist.
    fn allowlisted(&self, value: &str) -> bool {
        if self.allowlist.is_empty() {
            return false;
        }
        let set = self.allowlist_compiled.get_or_init(|| {
            let patterns = self.allowlist.iter().map(|p| super::ascii_regex::ascii_perl_classes(p));
            match regex::RegexSetBuilder::new(patterns).size_limit(1 << 23).build() {
                Ok(set) => Some(set),
                Err(e) => {
                    crate::note!("redline: rule {}: allowlist does not compile: {e}", self.meta.id);
                    None
                }
            }
        });
        set.as_ref().is_some_and(|s| s.is_match(value))
    }

    /// The pattern as written in the rule file.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The allowlist patterns as written in the rule file.
    pub fn allowlist(&self) -> &[String] {
        &self.allowlist
    }

    /// Compiles the regex and the allowlist now.
    pub fn force(&self) {
        let _ = self.regex();
        let _ = self.allowlisted("");
    }
}

/// See [`SecretScanner::census`].
#[derive(Debug, Clone)]
pub struct KeywordCensus {
    pub candidate: Vec<bool>,
    pub outside: Vec<bool>,
}

/// A candidate that passed every check.
#[derive(Debug, Clone)]
pub struct SecretMatch {
    /// Index into [`SecretScanner::rules`].
    pub rule: usize,
    /// The whole regex match: what the finding underlines.
    pub range: Range<usize>,
    /// The secret value inside it.
    pub secret: Range<usize>,
    pub confidence: Confidence,
}

/// Every secret rule behind one keyword automaton.
#[derive(Debug)]
pub struct SecretScanner {
    pub rules: Vec<SecretRule>,
    keywords: Option<AhoCorasick>,
    /// For each keyword pattern, the rules that listed it.
    keyword_rules: Vec<Vec<usize>>,
}

impl SecretScanner {
    pub fn new(rules: Vec<SecretRule>) -> (SecretScanner, Vec<RuleError>) {
        let mut words: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            for k in &rule.keywords {
                match words.iter().position(|w| w == k) {
                    Some(p) => keyword_rules[p].push(i),
                    None => {
                        words.push(k.clone());
                        keyword_rules.push(vec![i]);
                    }
                }
            }
        }
        let mut errors = Vec::new();
        let keywords = if words.is_empty() {
            None
        } else {
            match AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::Standard).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(&words) {
                Ok(ac) => Some(ac),
                Err(e) => {
                    errors.push(RuleError::new(std::path::Path::new("rules"), 0, 0, format!("keyword automaton: {e}")));
                    None
                }
            }
        };
        (SecretScanner { rules, keywords, keyword_rules }, errors)
    }

    /// Which rules `text` can trigger: a keyword of theirs occurs anywhere in it (a provider
    /// name may be far from the token it gates, so a window's own keywords are not enough),
    /// and which of those have an occurrence that neither overlaps nor touches any of `edited`
    /// (such an occurrence is unchanged text: it was there before the edit too).
    pub fn census(&self, text: &str, edited: &[Range<usize>]) -> KeywordCensus {
        let n = self.rules.len();
        let mut census = KeywordCensus { candidate: vec![false; n], outside: vec![false; n] };
        let Some(ac) = &self.keywords else { return census };
        // Overlapping search: a keyword inside a longer one (`key` in `apikey`) must count too.
        for m in ac.find_overlapping_iter(text) {
            let inside = edited.iter().any(|w| m.start() <= w.end && w.start <= m.end());
            for &r in &self.keyword_rules[m.pattern().as_usize()] {
                census.candidate[r] = true;
                census.outside[r] |= !inside;
            }
        }
        census
    }

    /// Index of the rule with this id.
    pub fn rule_index(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.meta.id == id)
    }

    /// Scans `text[window]` (the whole text when `None`) with the rules marked in `rules` (see
    /// [`Self::census`]). `literal_at` answers whether a byte range lies in a string literal or
    /// comment.
    pub fn scan_rules(
        &self,
        text: &str,
        lang: Language,
        window: Option<Range<usize>>,
        rules: &[bool],
        literal_at: &dyn Fn(Range<usize>) -> bool,
    ) -> Vec<SecretMatch> {
        let window = window.unwrap_or(0..text.len());
        let hay = &text[window.clone()];
        let candidates = rules;
        let mut out = Vec::new();
        for (i, rule) in self.rules.iter().enumerate() {
            if !candidates[i] || !rule.meta.applies_to(lang) {
                continue;
            }
            let Some((regex, secret_group)) = rule.regex() else { continue };
            for caps in regex.captures_iter(hay) {
                let Some(whole) = caps.get(0) else { continue };
                let secret = secret_group.and_then(|g| caps.get(g)).unwrap_or(whole);
                let value = secret.as_str();
                let secret_range = window.start + secret.start()..window.start + secret.end();
                // Underline the secret itself when the rule names it: context the regex needed
                // (a key name, a delimiter) is not part of the problem.
                let range = if rule.has_secret_group {
                    secret_range.clone()
                } else {
                    window.start + whole.start()..window.start + whole.end()
                };
                if let Some(confidence) = self.accept(rule, value, lang, secret_range.clone(), literal_at) {
                    out.push(SecretMatch { rule: i, range, secret: secret_range, confidence });
                }
            }
        }
        out
    }

    fn accept(
        &self,
        rule: &SecretRule,
        value: &str,
        lang: Language,
        at: Range<usize>,
        literal_at: &dyn Fn(Range<usize>) -> bool,
    ) -> Option<Confidence> {
        if value.chars().count() < rule.min_length {
            return None;
        }
        if let Some(min) = rule.entropy {
            if shannon_entropy(value) < min {
                return None;
            }
        }
        // A URL rule checks the password part itself (a host may well say `example`).
        if rule.is_secret && rule.validate != Some(Validator::UrlPassword) && is_placeholder(value) {
            return None;
        }
        if rule.allowlisted(value) {
            return None;
        }
        if rule.scope == Scope::Literal && !lang.is_data_format() && !literal_at(at) {
            return None;
        }
        let mut confidence = rule.meta.confidence;
        match rule.validate {
            None => {}
            Some(Validator::GithubCrc32) => {
                // Checksums raise confidence rather than reject: many real-looking samples fail.
                confidence = if github_checksum_ok(value) { Confidence::High } else { Confidence::Medium };
            }
            Some(check) if !validator_holds(check, value) => return None,
            Some(_) => {}
        }
        Some(confidence)
    }
}

/// Whether `value` passes a validator that accepts or rejects (not GitHub's checksum, which
/// only sets the confidence).
fn validator_holds(check: Validator, value: &str) -> bool {
    match check {
        Validator::GithubCrc32 => true,
        Validator::Jwt => jwt_structure_ok(value),
        Validator::PemBlock => pem_block_ok(value),
        Validator::Base64Pem => base64_pem_ok(value),
        Validator::BasicAuth => basic_auth_ok(value),
        Validator::UserPassword => user_password_ok(value),
        Validator::UrlPassword => url_password_ok(value),
    }
}

/// Shannon entropy in bits per character.
pub fn shannon_entropy(s: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    let mut n = 0usize;
    for c in s.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    counts
        .values()
        .map(|&c| {
            let p = c as f64 / n as f64;
            -p * p.log2()
        })
        .sum()
}

/// Values that stand for a secret rather than being one: placeholders, template variables,
/// environment lookups, masked values.
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim().trim_matches(|c| c == '"' || c == '\'');
    if v.is_empty() {
        return true;
    }
    let lower = v.to_ascii_lowercase();
    // Template and variable references: ${VAR}, $VAR, {{ secret }}, %(name)s, <your-key>, process.env...
    if v.starts_with("${") || v.starts_with("{{") || v.starts_with("$(") || v.starts_with("%(") || v.starts_with('<') && v.ends_with('>') || v.starts_with('[') && v.ends_with(']') {
        return true;
    }
    if v.starts_with('$') && v[1..].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return true;
    }
    if lower.contains("${") || lower.contains("{{") || lower.contains("process.env") || lower.contains("os.environ") || lower.contains("getenv") {
        return true;
    }
    // Masked or repeated characters: ****, xxxx, 0000, ....
    let distinct: std::collections::HashSet<char> = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if distinct.len() <= 2 && v.len() >= 3 {
        return true;
    }
    if lower.contains("xxxx") || lower.contains("****") || lower.contains("####") || lower.contains("…") || lower.contains("....") {
        return true;
    }
    // Keyboard fillers: `1234567890`, `abcdefghij`, `9876543210`. Eight characters in a row
    // that count up or down almost never occur in a random token (odds ~ 1 in 10^12 per
    // position in base62), and hand-made samples are full of them.
    if has_sequential_run(&lower, 8) {
        return true;
    }
    const WORDS: &[&str] = &[
        "your", "changeme", "change_me", "change-me", "placeholder", "example", "sample", "dummy", "redacted",
        "replace", "insert", "fixme", "todo", "not-a-real", "notreal", "fake", "<secret>", "secret-here",
        "my-secret", "mysecret", "my_secret", "mypassword", "my-password", "my_password", "put-your",
        "enter-your", "api-key-here", "token-here", "key-here", "goes-here", "_here", "-here",
    ];
    if WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    const EXACT: &[&str] = &[
        "password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "test", "testing", "none", "null",
        "nil", "undefined", "true", "false", "admin", "root", "user", "username", "default", "string", "value",
        "required", "optional", "empty", "unset", "hidden", "masked", "secretkey", "secret_key", "accesskey",
        "not-set", "not_set", "notset", "pass", "pwd",
    ];
    EXACT.contains(&lower.as_str())
}

/// Whether `s` holds `len` letters or digits in a row that count up or down by one
/// (`0` follows `9` going up, as on a keyboard). Expects lower-case text.
pub fn has_sequential_run(s: &str, len: usize) -> bool {
    let step = |a: u8, b: u8| -> i8 {
        let same_class = (a.is_ascii_digit() && b.is_ascii_digit()) || (a.is_ascii_lowercase() && b.is_ascii_lowercase());
        if !same_class && !(a == b'9' && b == b'0') {
            return 0;
        }
        if b == a.wrapping_add(1) || (a == b'9' && b == b'0') {
            1
        } else if a == b.wrapping_add(1) {
            -1
        } else {
            0
        }
    };
    let bytes = s.as_bytes();
    let (mut run, mut dir) = (1usize, 0i8);
    for w in bytes.windows(2) {
        let d = step(w[0], w[1]);
        if d != 0 && (d == dir || run == 1) {
            run += 1;
            dir = d;
        } else if d != 0 {
            run = 2;
            dir = d;
        } else {
            run = 1;
            dir = 0;
        }
        if run >= len {
            return true;
        }
    }
    false
}

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Base62 encoding of a CRC32, left-padded with `0` to 6 characters, as GitHub tokens use.
pub fn base62_crc32(data: &str) -> String {
    let mut n = crc32fast::hash(data.as_bytes()) as u64;
    let mut out = Vec::new();
    while n > 0 {
        out.push(BASE62[(n % 62) as usize]);
        n /= 62;
    }
    while out.len() < 6 {
        out.push(b'0');
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): 30 random characters then a
/// 6-character base62 CRC32 of them. Fine-grained PATs (`github_pat_`) are checked the same
/// way over their last 82-character body when it parses.
pub fn github_checksum_ok(token: &str) -> bool {
    let body = match token.split_once('_') {
        Some((prefix, rest)) if prefix.len() == 3 => rest,
        _ => match token.strip_prefix("github_pat_") {
            Some(rest) => rest,
            None => return false,
        },
    };
    if body.len() < 7 || !body.is_ascii() {
        return false;
    }
    let (random, check) = body.split_at(body.len() - 6);
    base62_crc32(random) == check
}

/// A JWT: the header decodes to a JSON object with an `alg` member; or, when the header was
/// edited by hand (non-canonical base64, a typo), the payload decodes to a JSON object and a
/// signature of real length follows. Unsigned tokens (`alg: none`, empty signature) are not
/// credentials and never reach here: the rule's pattern requires a signature.
pub fn jwt_structure_ok(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else { return false };
    let signature = parts.next().unwrap_or("");
    let object = |s: &str| -> Option<serde_json::Map<String, serde_json::Value>> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).ok()?;
        match serde_json::from_slice::<serde_json::Value>(&bytes).ok()? {
            serde_json::Value::Object(map) => Some(map),
            _ => None,
        }
    };
    let payload_ok = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).is_ok();
    if let Some(h) = object(header) {
        return h.contains_key("alg") && payload_ok;
    }
    signature.len() >= 16 && object(payload).is_some_and(|p| !p.is_empty())
}

/// Base64 (standard or URL-safe, possibly cut at the end) of a PEM private key: the decoded
/// text opens with a `PRIVATE KEY` label and carries a key body, checked like a PEM block when
/// the END label survived and by the body alone when the value was cut.
pub fn base64_pem_ok(value: &str) -> bool {
    let clean: String = value.chars().filter(|c| !c.is_whitespace()).map(|c| match c {
        '-' => '+',
        '_' => '/',
        c => c,
    }).collect();
    let clean = clean.trim_end_matches('=');
    let decode = |s: &str| base64::engine::general_purpose::STANDARD_NO_PAD.decode(s);
    // A value cut mid-quantum decodes once the dangling characters are dropped.
    let Ok(bytes) = decode(clean).or_else(|_| decode(&clean[..clean.len() / 4 * 4])) else { return false };
    let text = String::from_utf8_lossy(&bytes);
    let Some(rest) = text.strip_prefix("-----BEGIN ") else { return false };
    let Some(label_end) = rest.find("-----") else { return false };
    if !rest[..label_end].contains("PRIVATE KEY") {
        return false;
    }
    if text.contains("-----END ") {
        return pem_block_ok(&text);
    }
    let body: String = rest[label_end + 5..]
        .lines()
        .filter(|l| !l.contains(':'))
        .flat_map(|l| l.chars())
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
        .collect();
    body.len() >= 64 && shannon_entropy(&body) > 4.0
}

/// A private-key block: the END label matches the BEGIN label and a body lies between.
pub fn pem_block_ok(block: &str) -> bool {
    let label = |marker: &str| -> Option<String> {
        let start = block.find(marker)? + marker.len();
        let end = block[start..].find("-----")? + start;
        Some(block[start..end].trim().to_owned())
    };
    let (Some(begin), Some(end)) = (label("-----BEGIN "), label("-----END ")) else { return false };
    if begin != end || !begin.contains("PRIVATE KEY") {
        return false;
    }
    let body_start = block.find("-----BEGIN ").unwrap_or(0);
    // Keys inside strings often use `\n` escapes on one physical line.
    let unescaped = block[body_start..].replace("\\r\\n", "\n").replace("\\n", "\n");
    let body: String = unescaped
        .lines()
        .skip(1)
        .filter(|l| !l.contains("-----") && !l.contains(':'))
        .collect::<String>()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
        .collect();
    // Placeholder bodies ("...", "<key>") fail here; a real key body is long base64.
    body.len() >= 64 && shannon_entropy(&body) > 4.0
}

/// Base64 of `user:password` with a real password: printable UTF-8, a colon, and after it
/// something that is not empty, a placeholder or a variable.
pub fn basic_auth_ok(value: &str) -> bool {
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(value.trim()) else { return false };
    let Ok(text) = std::str::from_utf8(&bytes) else { return false };
    if text.chars().any(|c| c.is_control()) {
        return false;
    }
    let Some((_, password)) = text.split_once(':') else { return false };
    !password.is_empty() && !is_placeholder(password) && !password.starts_with('$') && !password.starts_with('%')
}

/// `user:password` (curl's `-u`): the password is real (not empty, a placeholder or a
/// variable), or it is empty and the user part is a token (16+ characters, random-looking).
pub fn user_password_ok(value: &str) -> bool {
    let value = value.trim_matches(|c| c == '"' || c == '\'');
    let Some((user, password)) = value.split_once(':') else { return false };
    let password = password.trim_matches(|c| c == '"' || c == '\'');
    let variable = |s: &str| s.starts_with('$') || s.starts_with('%') || s.starts_with('{') || s.starts_with('<');
    let real = |s: &str| !s.is_empty() && !variable(s) && !is_placeholder(s);
    if password.is_empty() {
        return user.len() >= 16 && real(user) && shannon_entropy(user) >= 3.5;
    }
    password.len() >= 4 && real(password)
}

/// The userinfo of a URL has a real password: not empty, not a variable, not a placeholder.
pub fn url_password_ok(url: &str) -> bool {
    let Some(rest) = url.split_once("://").map(|(_, r)| r) else { return false };
    let Some(at) = rest.rfind('@') else { return false };
    let userinfo = &rest[..at];
    let Some((_, password)) = userinfo.split_once(':') else { return false };
    !password.is_empty() && !is_placeholder(password) && !password.starts_with('$') && !password.starts_with('%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_checksum_round_trip() {
        let random = "abcdefghijklmnopqrstuvwxyz0123";
        let token = format!("ghp_{random}{}", base62_crc32(random));
        assert!(github_checksum_ok(&token));
        assert!(!github_checksum_ok("ghp_abcdefghijklmnopqrstuvwxyz0123AAAAAA"));
    }

    #[test]
    fn entropy_orders_random_above_words() {
        assert!(shannon_entropy("aaaaaaaa") < 0.1);
        assert!(shannon_entropy("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9sL4vT2") > 4.0);
    }

    #[test]
    fn placeholders_are_not_secrets() {
        for p in ["your-api-key", "xxxxxxxx", "changeme", "${DB_PASSWORD}", "{{ .Values.token }}", "<API_KEY>", "$TOKEN", "********"] {
            assert!(is_placeholder(p), "{p}");
        }
        for s in ["hunter2!", "sk_live_51Hq8Kc2eZvKYlo2C", "Tr0ub4dor&3"] {
            assert!(!is_placeholder(s), "{s}");
        }
    }

    #[test]
    fn jwt_header_must_decode() {
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.c2lnbmF0dXJl";
        assert!(jwt_structure_ok(jwt));
        assert!(!jwt_structure_ok("eyJub3Rqc29u.eyJ4Ijp9.abc"));
        // A header mangled by hand still leaves a signed token with a JSON payload.
        let mangled = "eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.c2lnbmF0dXJlc2lnbmF0dXJl";
        assert!(jwt_structure_ok(mangled));
        // ... but not when the payload is not JSON either, or the signature is missing.
        assert!(!jwt_structure_ok("eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJub3Rqc29u.c2lnbmF0dXJlc2lnbmF0dXJl"));
        assert!(!jwt_structure_ok("eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.c2ln"));
    }

    #[test]
    fn keyboard_fillers_are_placeholders() {
        for filler in ["sk-ant-api03-abc123-klmnopqrstuvwx-Q9", "AIzaSyabcdefghijklmnopqrstuvwxyz1234567", "dapi123456789012345678a9bc", "key-9876543210zz"] {
            assert!(is_placeholder(filler), "{filler}");
        }
        // Short runs happen in random text; eight in a row do not.
        for random in ["q8Zr2LmX7vN4pW9kT3sB", "abc1234Xy", "a1b2c3d4e5f6g7h8", "Zk90123Qx"] {
            assert!(!is_placeholder(random), "{random}");
        }
    }

    #[test]
    fn curl_user_needs_a_real_password_or_a_token() {
        assert!(user_password_ok("deploy:Qz7mW2xLp9"));
        assert!(user_password_ok(":Qz7mW2xLp9"));
        assert!(user_password_ok("rk9Tz2Lq8mV4xN7pW3sB:"));
        assert!(!user_password_ok("admin:admin"));
        assert!(!user_password_ok("user:$PASSWORD"));
        assert!(!user_password_ok("deploy:"));
        assert!(!user_password_ok("deploy"));
    }

    #[test]
    fn basic_auth_needs_a_real_password() {
        assert!(basic_auth_ok("ZGVwbG95OlI0bmQwbVB3ITI=")); // deploy:R4nd0mPw!2
        assert!(!basic_auth_ok("ZGVwbG95Og==")); // deploy:
        assert!(!basic_auth_ok("dXNlcjpwYXNzd29yZA==")); // user:password
        assert!(!basic_auth_ok("bm8tY29sb24taGVyZQ==")); // no colon
        assert!(!basic_auth_ok("not base64!"));
    }

    #[test]
    fn base64_pem_must_decode_to_a_private_key() {
        use base64::Engine as _;
        let body: String = (0..40).map(|i| format!("{:x}", (i * 2654435761u64) % 0xffff_ffff)).collect::<Vec<_>>().join("+/");
        let pem = format!("-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----\n");
        let b64 = base64::engine::general_purpose::STANDARD.encode(&pem);
        assert!(base64_pem_ok(&b64));
        // Cut short (the END label lost): the body decides.
        assert!(base64_pem_ok(&b64[..b64.len() * 3 / 4]));
        let public = base64::engine::general_purpose::STANDARD.encode(pem.replace("RSA PRIVATE", "PUBLIC"));
        assert!(!base64_pem_ok(&public));
        let placeholder = base64::engine::general_purpose::STANDARD.encode("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n");
        assert!(!base64_pem_ok(&placeholder));
    }

    #[test]
    fn url_passwords() {
        assert!(url_password_ok("postgres://app:S3cr3tPa55@db.internal:5432/app"));
        assert!(!url_password_ok("postgres://app:${DB_PASSWORD}@db/app"));
        assert!(!url_password_ok("postgres://app@db/app"));
        assert!(!url_password_ok("postgres://app:password@localhost/app"));
    }
}
