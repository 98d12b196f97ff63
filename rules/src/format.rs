//! The rule file format. Every struct denies unknown fields: a typo in a rule file is an error
//! with a line number, never a silently ignored setting.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::{line_col, RuleError};

/// How bad a finding is. Maps to SARIF levels and GitHub's `security-severity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] =
        [Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s))
    }
}

/// How sure the rule is that a match is a real problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// One rule file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Unique, dotted identifier, e.g. `python.subprocess-shell-true`. Lowercase letters,
    /// digits, `.`, `-` and `_`.
    pub id: String,
    /// One line naming the problem.
    pub title: String,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Languages the rule applies to (see `redline rules --languages`); `"*"` means every file,
    /// including files without a grammar. Query rules need concrete languages.
    pub languages: Vec<String>,
    /// CWE identifiers, e.g. `CWE-89`.
    pub cwe: Vec<String>,
    /// OWASP Top 10 (2021) categories, e.g. `A03:2021 Injection`.
    #[serde(default)]
    pub owasp: Vec<String>,
    /// The diagnostic text: one short sentence (built-in rules: at most 100 characters) saying
    /// what is wrong and the fix in a few words, e.g. `SQL injection: request data reaches this
    /// query; use a parameterized query`. The explanation belongs in `docs`, which editors show
    /// on hover and link from the diagnostic. Never include the matched value.
    pub message: String,
    /// Markdown documentation: what the rule finds, why it is dangerous, the safe pattern.
    pub docs: String,
    #[serde(default)]
    pub references: Vec<String>,
    /// New or noisy rules: off unless `preview = true` in `redline.toml`.
    #[serde(default)]
    pub preview: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Only files whose path matches one of these globs (a glob without `/` matches the file
    /// name), e.g. `[".github/workflows/*.yml"]`, `["settings.py", "**/settings/*.py"]`.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Files whose path matches one of these globs are skipped, e.g. `["**/test_*.py"]`.
    #[serde(default)]
    pub exclude_paths: Vec<String>,
    /// A syntax-tree matcher. Exactly one of `query`, `regex`, `taint`, `file`, `deps` and `iac`
    /// is set.
    pub query: Option<QueryMatcher>,
    /// A dataflow matcher: a value from a source reaches a sink without a sanitizer.
    pub taint: Option<TaintMatcher>,
    /// A text matcher for secrets and other token-shaped problems.
    pub regex: Option<RegexMatcher>,
    /// A file matcher: the file itself is the finding (a key store, a credentials file), found
    /// by its path without reading it, binary or not.
    pub file: Option<FileMatcher>,
    /// A dependency check: the packages a manifest, lockfile or install command names,
    /// against the bundled package snapshot.
    pub deps: Option<DepsMatcher>,
    /// An infrastructure-as-code check: a condition over the attributes of each Terraform
    /// resource, Kubernetes object, pod or container, or Compose service.
    pub iac: Option<IacMatcher>,
    pub fix: Option<FixSpec>,
    /// Examples: annotated code that must and must not be flagged. Every rule has some.
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// A tree-sitter query. Standard predicates (`#eq?`, `#match?`, `#any-of?` and their `not-`
/// forms) work, plus Redline's own: `#not-constant? @x` / `#constant? @x` (is the node a
/// literal without interpolation), `#kind? @x "a" "b"` / `#not-kind? @x ...`,
/// `#has-ancestor? @x "kind"...` / `#not-has-ancestor? @x ...`. In a query string, write regex
/// escapes doubled (`\\s`): tree-sitter drops unknown single escapes.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QueryMatcher {
    #[schemars(with = "String")]
    pub pattern: Spanned<String>,
    /// The capture whose node is reported. Defaults to `finding`.
    #[serde(default = "default_report_capture")]
    pub report: String,
}

fn default_report_capture() -> String {
    "finding".to_owned()
}

/// A dataflow (taint) matcher. Each field holds one or more tree-sitter patterns (the same
/// syntax and predicates as `[query]`); the capture named after the role marks the node:
/// `@source` (an attacker-controlled value), `@sink` (a value that must not be attacker
/// controlled), `@sanitizer` (an expression whose value is clean whatever flows into it) and,
/// for propagators, `@from` and `@to` (a tainted `@from` taints the variable `@to`, as
/// `parts.append(x)` does). Within a function, taint flows through assignments, string
/// building, calls, attribute and index access, destructuring and loops.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaintMatcher {
    #[schemars(with = "String")]
    pub sources: Spanned<String>,
    #[schemars(with = "String")]
    pub sinks: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub sanitizers: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub propagators: Option<Spanned<String>>,
}

/// Which part of a rule a pattern text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternRole {
    /// The pattern of a `[query]` rule.
    Query,
    Source,
    Sink,
    Sanitizer,
    Propagator,
}

impl PatternRole {
    /// The capture that marks the role's node (`@from` for propagators, which also need `@to`).
    pub fn capture(self) -> &'static str {
        match self {
            PatternRole::Query => "finding",
            PatternRole::Source => "source",
            PatternRole::Sink => "sink",
            PatternRole::Sanitizer => "sanitizer",
            PatternRole::Propagator => "from",
        }
    }
}

/// Reports a file by its path alone; its content is never read, so binary files count too.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileMatcher {
    /// Rust `regex` syntax, matched against the file's path with `/` separators, e.g.
    /// `'''(?i)\.(?:p12|pfx)$'''`. `exclude_paths` removes look-alikes.
    #[schemars(with = "String")]
    pub pattern: Spanned<String>,
}

/// Checks the dependencies of manifests (`requirements*.txt`, `pyproject.toml`, `Pipfile`,
/// `package.json`, `Cargo.toml`, `go.mod`, `Gemfile`, `pom.xml`), lockfiles
/// (`package-lock.json`, `yarn.lock`, `pnpm-lock.yaml`, `Cargo.lock`, `Gemfile.lock`) and
/// install commands (`pip install`, `npm i`, `cargo add`, `go get`, ... in shell scripts,
/// Dockerfiles, YAML and Markdown) against the bundled package snapshot. The fix, where there
/// is one, comes from the check (the fixed version, the popular name): no `[fix]` table.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepsMatcher {
    pub check: DepsCheck,
}

/// What a `deps` rule checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DepsCheck {
    /// An exact version (a pin, a lockfile entry, `name@1.2.3`) inside an affected range of a
    /// high or critical advisory (unrated advisories are reported at medium).
    KnownVulnerable,
    /// A name (every version) or name and version with a malicious-package record.
    MaliciousPackage,
    /// A name no index knows, one slip from a popular one (manifests and commands).
    Typosquat,
    /// A name no index knows (PyPI, npm, crates.io; manifests and commands).
    UnknownPackage,
    /// A Python or JavaScript/TypeScript import of a registry package no manifest of the
    /// project declares (examples give the project's manifests in `files`).
    PhantomImport,
}

impl DepsCheck {
    /// The name used in rule files (`check = "known-vulnerable"`).
    pub fn id(self) -> &'static str {
        match self {
            DepsCheck::KnownVulnerable => "known-vulnerable",
            DepsCheck::MaliciousPackage => "malicious-package",
            DepsCheck::Typosquat => "typosquat",
            DepsCheck::UnknownPackage => "unknown-package",
            DepsCheck::PhantomImport => "phantom-import",
        }
    }
}

/// An infrastructure-as-code check. The engine reads each file of the platform into resources
/// (Terraform `resource`/`data` blocks with their attributes and nested blocks, `jsonencode`
/// and heredoc JSON read as values; Kubernetes objects of every document, each workload's pod
/// spec as a `pod` and each of its containers, init and ephemeral containers as a `container`;
/// Compose `services` as `service`) and reports each resource of `resources` for which `when`
/// holds and `fail` holds. Conditions are written in a small language (see `rules/README.md`):
/// `publicly_accessible == true`, `missing(storage_encrypted) or storage_encrypted == false`,
/// `any(ingress, cidr_blocks == "0.0.0.0/0" and ports(from_port, to_port, [22]))`,
/// `not referenced_by("aws_s3_bucket_versioning", bucket)`. The finding is reported where the
/// condition held: the attribute that has the wrong value, or, when something is missing, the
/// header of the block that lacks it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IacMatcher {
    pub platform: IacPlatform,
    /// Resource types: Terraform resource types (`aws_s3_bucket`; data sources as
    /// `data.aws_iam_policy_document`; module calls as `module:SOURCE`), Kubernetes kinds (`Deployment`) and the pseudo-kinds
    /// `pod` (every workload's pod spec) and `container`, Compose `service`. `*` is every one.
    pub resources: Vec<String>,
    /// A precondition: resources for which it does not hold are not looked at.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub when: Option<Spanned<String>>,
    /// The condition that makes a finding.
    #[schemars(with = "String")]
    pub fail: Spanned<String>,
    /// Where to report a finding that lands on the resource itself (a `not`/`missing` over the
    /// whole resource), when that attribute is there: e.g. `command` for a flag missing from a
    /// control-plane container's command line.
    #[serde(default)]
    pub report: Option<String>,
    /// Quick fixes: for an attribute the condition compared, the value (in the file's own
    /// syntax) that replaces the flagged one, e.g. `{ block_public_acls = "true" }` or
    /// `{ minimum_protocol_version = '"TLSv1.2_2021"' }`.
    #[serde(default)]
    pub set: std::collections::BTreeMap<String, String>,
}

/// Which files an `[iac]` rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IacPlatform {
    /// Terraform (`.tf`, language `hcl`).
    Terraform,
    /// Kubernetes manifests: YAML documents with `apiVersion` and `kind` (language `yaml`).
    Kubernetes,
    /// Docker Compose files, by name or by content (language `yaml`).
    Compose,
}

impl IacPlatform {
    /// The language of the platform's files.
    pub fn language(self) -> &'static str {
        match self {
            IacPlatform::Terraform => "hcl",
            IacPlatform::Kubernetes | IacPlatform::Compose => "yaml",
        }
    }
}

/// A regex matcher with a keyword prefilter, entropy threshold and allowlists.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegexMatcher {
    /// Rust `regex` syntax. A named group `secret` marks the secret value; without it the whole
    /// match is the value.
    #[schemars(with = "String")]
    pub pattern: Spanned<String>,
    /// Case-insensitive literals, at least one of which must occur in the text before the
    /// regex runs at all (one Aho-Corasick automaton over every rule's keywords).
    pub keywords: Vec<String>,
    /// Minimum Shannon entropy (bits per character) of the secret value.
    pub entropy: Option<f64>,
    /// Minimum length of the secret value in characters.
    pub min_length: Option<usize>,
    /// Regexes: a secret value matching any of them is not reported.
    #[serde(default)]
    pub allowlist: Vec<String>,
    /// Where a match may be in files that have a syntax tree.
    #[serde(default)]
    pub scope: Scope,
    /// Structure or checksum check on the value.
    pub validate: Option<Validator>,
    /// The environment variable a quick fix reads the secret from, e.g. `AWS_SECRET_ACCESS_KEY`.
    pub env_var: Option<String>,
    /// Whether the match is a secret value (redacted everywhere). Defaults to true.
    #[serde(default = "yes")]
    pub secret: bool,
}

fn yes() -> bool {
    true
}

/// Where in a parsed file a regex match counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Anywhere: distinctive token formats.
    #[default]
    Anywhere,
    /// Only inside string literals, comments, or values of data formats (YAML, JSON, TOML,
    /// HCL, .env, Dockerfile, plain text): generic patterns that would otherwise hit code.
    Literal,
}

/// Checks applied to the secret value after the regex matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Validator {
    /// GitHub tokens: the last 6 characters are the base62 CRC32 of the rest. A valid checksum
    /// raises confidence; an invalid one lowers it.
    GithubCrc32,
    /// A JWT: the header decodes to JSON with an `alg` member, or (a hand-edited or
    /// non-canonical header) the payload decodes to a JSON object and a signature follows.
    Jwt,
    /// A PEM or OpenSSH private key block with matching BEGIN/END labels and a body.
    PemBlock,
    /// Base64 of a PEM private key: decodes to `-----BEGIN … PRIVATE KEY-----` and a key body.
    Base64Pem,
    /// Base64 of `user:password` (HTTP Basic, Docker `config.json` `auth`): decodes to printable
    /// text with a non-empty password that is not a placeholder or variable.
    BasicAuth,
    /// `user:password` as given to `curl -u`: a real password after the colon, or, with an
    /// empty password, a user part long and random enough to be an API token (`-u sk_…:`).
    UserPassword,
    /// A URL whose userinfo has a non-empty password that is not a placeholder or variable.
    UrlPassword,
}

/// A quick fix.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FixSpec {
    /// Short label shown in the editor, e.g. `Use yaml.safe_load`.
    pub title: String,
    /// Replacement text for the `target` capture. `$name` or `${name}` insert a capture's text.
    pub replace: Option<String>,
    /// The capture to replace. Defaults to the reported capture.
    pub target: Option<String>,
    /// Captures to delete, each with the comma that separates it from its neighbour: an
    /// argument the fix makes unnecessary (`shell=True`), while every other argument stays.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
    /// For secrets: replace the string literal holding the secret with an environment lookup in
    /// the file's own language (`os.environ["X"]`, `process.env.X`, `os.Getenv("X")`...).
    #[serde(default)]
    pub env_lookup: bool,
    /// Lines to ensure at the top of the file (after a shebang/docstring), e.g. `import secrets`;
    /// several lines are separated by newlines.
    pub ensure_import: Option<String>,
    /// Whether `--fix` applies it without review. Unsafe fixes are offered in the editor only.
    #[serde(default = "yes")]
    pub safe: bool,
}

/// A test example. In `code`, a comment containing `ruleid: <id>` marks the next line as one
/// that must be flagged by this rule, and `ok: <id>` one that must not. The annotation may
/// also sit at the end of the line it marks.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// File name the example is analysed as (picks the language), e.g. `app.py`.
    pub filename: String,
    pub code: String,
    /// Other files of the example's project, by path relative to it (e.g. a
    /// `requirements.txt` beside `app.py`), for rules that read the project.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub files: std::collections::BTreeMap<String, String>,
    /// Expected text after applying this rule's fixes to `code`.
    pub fixed: Option<String>,
}

const KNOWN_LANGUAGES: &[&str] = &[
    "*", "python", "javascript", "typescript", "tsx", "go", "java", "csharp", "rust", "c", "cpp", "ruby", "php",
    "bash", "hcl", "yaml", "json", "toml", "dockerfile", "dotenv", "text",
];

/// The language names a rule file may use.
pub fn known_languages() -> &'static [&'static str] {
    KNOWN_LANGUAGES
}

impl RuleFile {
    /// Checks what serde cannot: ids, exactly one matcher, examples present, fix targets.
    pub fn validate(&self, path: &Path, text: &str) -> Result<(), RuleError> {
        let at_key = |key: &str| -> (usize, usize) {
            text.find(&format!("\n{key}"))
                .map(|i| line_col(text, i + 1))
                .or_else(|| text.starts_with(key).then_some((1, 1)))
                .unwrap_or((0, 0))
        };
        let err = |key: &str, reason: String| {
            let (l, c) = at_key(key);
            Err(RuleError::new(path, l, c, reason).with_rule(&self.id))
        };
        if self.id.is_empty()
            || !self.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c))
        {
            // Not echoed: a malformed id may be anything, a pasted secret included.
            let (l, c) = at_key("id");
            return Err(RuleError::new(
                path,
                l,
                c,
                format!("invalid rule id ({} chars): use lowercase letters, digits, `.`, `-`, `_`", self.id.chars().count()),
            ));
        }
        match [self.query.is_some(), self.regex.is_some(), self.taint.is_some(), self.file.is_some(), self.deps.is_some(), self.iac.is_some()]
            .iter()
            .filter(|&&b| b)
            .count()
        {
            0 => return err("id", "a rule needs a matcher: a `[query]`, `[regex]`, `[taint]`, `[file]`, `[deps]` or `[iac]` table".into()),
            1 => {}
            _ => {
                return err(
                    "[query]",
                    "a rule has exactly one matcher: `query`, `regex`, `taint`, `file`, `deps` or `iac`, not several".into(),
                )
            }
        }
        if self.taint.is_some() && self.fix.is_some() {
            return err("[fix]", "a taint rule cannot have a fix (yet): the safe form depends on the sink".into());
        }
        if self.file.is_some() {
            if self.languages != ["*"] {
                return err("languages", "a file rule applies to every file: `languages = [\"*\"]`".into());
            }
            if self.fix.is_some() {
                return err("[fix]", "a file rule cannot have a fix: its content is never read".into());
            }
        }
        if self.deps.is_some() {
            if self.languages != ["*"] {
                return err("languages", "a deps rule applies to every file that names dependencies: `languages = [\"*\"]`".into());
            }
            if self.fix.is_some() {
                return err("[fix]", "a deps rule cannot have a `[fix]` table: the check supplies the fix".into());
            }
        }
        if let Some(iac) = &self.iac {
            let lang = iac.platform.language();
            if self.languages != [lang] {
                return err("languages", format!("an iac rule for this platform reads `{lang}` files: `languages = [\"{lang}\"]`"));
            }
            if self.fix.is_some() {
                return err("[fix]", "an iac rule writes its fix with `set = \"value\"` in `[iac]`, not a `[fix]` table".into());
            }
            if iac.resources.is_empty() || iac.resources.iter().any(|r| r.trim().is_empty()) {
                return err("[iac]", "`resources` names at least one resource type (or `*`)".into());
            }
            for cond in iac.when.iter().chain([&iac.fail]) {
                if let Err(e) = crate::IacExpr::parse(cond.get_ref()) {
                    let (l, c) = line_col(text, crate::value_content_start(text, &cond.span()) + e.offset);
                    return Err(RuleError::new(path, l, c, format!("invalid iac condition: {}", e.message)).with_rule(&self.id));
                }
            }
        }
        if self.languages.is_empty() {
            return err("languages", "`languages` is empty".into());
        }
        for lang in &self.languages {
            if !KNOWN_LANGUAGES.contains(&lang.as_str()) {
                return err(
                    "languages",
                    format!("{}; known: {}", crate::scrub_message(&format!("unknown language `{lang}`")), KNOWN_LANGUAGES.join(", ")),
                );
            }
        }
        if (self.query.is_some() || self.taint.is_some())
            && self.languages.iter().any(|l| matches!(l.as_str(), "*" | "dotenv" | "text"))
        {
            return err("languages", "a query or taint rule needs languages with a grammar (not `*`, `dotenv` or `text`)".into());
        }
        for cwe in &self.cwe {
            let ok = cwe.strip_prefix("CWE-").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if !ok {
                return err("cwe", format!("invalid CWE `{cwe}`: expected the form `CWE-89`"));
            }
        }
        if self.cwe.is_empty() {
            return err("cwe", "`cwe` is empty: name at least one CWE".into());
        }
        if self.message.trim().is_empty() || self.docs.trim().is_empty() || self.title.trim().is_empty() {
            return err("message", "`title`, `message` and `docs` must not be empty".into());
        }
        if let Some(regex) = &self.regex {
            if regex.keywords.is_empty() || regex.keywords.iter().any(|k| k.trim().is_empty()) {
                return err("keywords", "a regex rule needs at least one non-empty keyword for the prefilter".into());
            }
        }
        if let Some(fix) = &self.fix {
            if fix.replace.is_none() && !fix.env_lookup {
                return err("[fix]", "a fix needs `replace` or `env_lookup = true`".into());
            }
            if fix.env_lookup && self.regex.is_none() {
                return err("[fix]", "`env_lookup` fixes apply to regex (secret) rules only".into());
            }
        }
        if self.examples.is_empty() {
            return err("id", "a rule needs `[[examples]]` showing code it flags and code it leaves alone".into());
        }
        let mut has_flag = false;
        let mut has_ok = false;
        for ex in &self.examples {
            has_flag |= ex.code.contains(&format!("ruleid: {}", self.id));
            has_ok |= ex.code.contains(&format!("ok: {}", self.id));
        }
        if !has_flag || !has_ok {
            return err(
                "[[examples]]",
                format!(
                    "examples must contain at least one `ruleid: {0}` line and one `ok: {0}` line",
                    self.id
                ),
            );
        }
        Ok(())
    }

    /// The pattern texts of a syntax-tree rule with their roles: the one pattern of a
    /// `[query]` rule, or each part of a `[taint]` rule.
    pub fn tree_patterns(&self) -> Vec<PatternRole> {
        if self.query.is_some() {
            return vec![PatternRole::Query];
        }
        let Some(t) = &self.taint else { return Vec::new() };
        let mut roles = vec![PatternRole::Source, PatternRole::Sink];
        if t.sanitizers.is_some() {
            roles.push(PatternRole::Sanitizer);
        }
        if t.propagators.is_some() {
            roles.push(PatternRole::Propagator);
        }
        roles
    }

    /// The pattern text of one role and its span in the file.
    pub fn role_pattern(&self, role: PatternRole) -> (&str, std::ops::Range<usize>) {
        let spanned = match (role, &self.taint) {
            (PatternRole::Source, Some(t)) => Some(&t.sources),
            (PatternRole::Sink, Some(t)) => Some(&t.sinks),
            (PatternRole::Sanitizer, Some(t)) => t.sanitizers.as_ref(),
            (PatternRole::Propagator, Some(t)) => t.propagators.as_ref(),
            _ => None,
        };
        match spanned {
            Some(s) => (s.get_ref().as_str(), s.span()),
            None => self.matcher_pattern(),
        }
    }

    /// The pattern text of the matcher and its span in the file.
    pub fn matcher_pattern(&self) -> (&str, std::ops::Range<usize>) {
        if let Some(q) = &self.query {
            (q.pattern.get_ref().as_str(), q.pattern.span())
        } else if let Some(r) = &self.regex {
            (r.pattern.get_ref().as_str(), r.pattern.span())
        } else if let Some(f) = &self.file {
            (f.pattern.get_ref().as_str(), f.pattern.span())
        } else if let Some(i) = &self.iac {
            (i.fail.get_ref().as_str(), i.fail.span())
        } else {
            ("", 0..0)
        }
    }
}
