//! Compiling rule files into a [`RuleSet`]: one combined tree-sitter query per language (a
//! pattern index maps back to its rule) and one secret scanner. Every rule that cannot be
//! compiled becomes a [`RuleError`] with its file, line and reason; it never disappears quietly.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::Regex;
use redline_rules::{
    PatternRole,
    line_col, parse_rule, value_content_start, Confidence, FixSpec, RuleError, RuleFile, RuleSource, Severity,
};
use tree_sitter::{CaptureQuantifier, Query, QueryPredicateArg};

use super::ascii_regex::ascii_query_regexes;
use super::secrets::{SecretRule, SecretScanner};
use crate::languages::Language;

/// A rule's metadata, shared by every finding it produces.
#[derive(Debug)]
pub struct RuleMeta {
    pub id: String,
    pub title: String,
    /// Effective severity: the rule's own, or the configured override.
    pub severity: Severity,
    pub default_severity: Severity,
    pub confidence: Confidence,
    /// Empty means every language.
    pub languages: Vec<Language>,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub message: String,
    pub docs: String,
    pub references: Vec<String>,
    pub preview: bool,
    pub tags: Vec<String>,
    pub kind: MatcherKind,
    pub fix: Option<FixSpec>,
    pub source: PathBuf,
    pub builtin: bool,
    /// Whether the configuration runs this rule.
    pub enabled: bool,
    /// Path filters from the rule's `paths` / `exclude_paths`.
    /// Shared between rules with the same list (many YAML rules have the same dozen globs).
    pub paths: Option<Arc<GlobSet>>,
    pub exclude_paths: Option<Arc<GlobSet>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatcherKind {
    Query,
    Secret,
    /// Reports a file by its path (`[file]`).
    File,
    /// Dataflow from sources to sinks (`[taint]`).
    Taint,
    /// A dependency check (`[deps]`).
    Deps,
    /// An infrastructure-as-code check (`[iac]`).
    Iac,
}

impl MatcherKind {
    /// Whether the rule's findings are recomputed over the whole file after every edit
    /// (dependency and IaC checks look across the file), not per edited window.
    pub fn whole_file(self) -> bool {
        matches!(self, MatcherKind::Deps | MatcherKind::Iac)
    }
}

impl RuleMeta {
    pub fn applies_to(&self, lang: Language) -> bool {
        self.languages.is_empty() || self.languages.contains(&lang)
    }

    /// Whether the rule runs on a file at `path` (its `paths` / `exclude_paths` globs).
    pub fn applies_to_path(&self, path: &std::path::Path) -> bool {
        let name = path.file_name().map(std::path::Path::new);
        let hit = |set: &GlobSet| set.is_match(path) || name.is_some_and(|n| set.is_match(n));
        self.paths.as_deref().is_none_or(hit) && !self.exclude_paths.as_deref().is_some_and(hit)
    }

    pub fn is_secret(&self) -> bool {
        self.kind == MatcherKind::Secret
    }

    /// Where the rule's documentation lives for `codeDescription` links and SARIF `helpUri`.
    pub fn docs_url(&self) -> String {
        format!("https://github.com/redline-security/redline/blob/main/docs/rules.md#{}", self.id)
    }
}

/// Which rules run and how severe they are: the rule-related part of `redline.toml`.
#[derive(Debug, Clone, Default)]
pub struct RuleFilter {
    /// Globs over rule ids, e.g. `python.*`.
    pub disable: Vec<String>,
    /// Globs over rule ids; also turns on preview rules they name.
    pub enable: Vec<String>,
    /// Turn on every preview rule.
    pub preview: bool,
    pub severity: BTreeMap<String, Severity>,
    /// Secret and critical built-in rules cannot be switched off or lowered by this filter: it
    /// comes from a repository's config and an agent is writing (see `Config::apply_agent_floor`).
    pub protect: bool,
    /// Built-in rules are off (`builtin-rules = false`), except protected ones under `protect`.
    pub builtin_off: bool,
}

/// Rules an agent's repository may tune but not switch off: built-in secret rules and built-in
/// rules of critical severity.
fn is_protected(rule: &RuleFile, builtin: bool) -> bool {
    builtin && (rule.id.starts_with("secrets.") || rule.severity == Severity::Critical)
}

/// Compiles a rule's path globs; `None` when there are none.
fn path_globs(patterns: &[String]) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for p in patterns {
        // A relative glob with a directory part matches at any depth: paths arrive absolute
        // (editors) or relative to wherever the scan started.
        let anchored = if p.contains('/') && !p.starts_with('/') && !p.starts_with("**") {
            format!("{{{p},**/{p}}}")
        } else {
            p.clone()
        };
        let glob = globset::GlobBuilder::new(&anchored)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("invalid path glob `{p}`: {e}"))?;
        builder.add(glob);
    }
    builder.build().map(Some).map_err(|e| format!("invalid path globs: {e}"))
}

/// [`path_globs`], compiled once per distinct list.
fn shared_path_globs(
    cache: &mut HashMap<Vec<String>, Option<Arc<GlobSet>>>,
    patterns: &[String],
) -> Result<Option<Arc<GlobSet>>, String> {
    if let Some(set) = cache.get(patterns) {
        return Ok(set.clone());
    }
    let set = path_globs(patterns)?.map(Arc::new);
    cache.insert(patterns.to_vec(), set.clone());
    Ok(set)
}

fn id_globs(patterns: &[String]) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    for p in patterns {
        if let Ok(g) = Glob::new(p) {
            builder.add(g);
        }
    }
    builder.build().unwrap_or_else(|_| GlobSet::empty())
}

impl RuleFilter {
    fn enabled(&self, rule: &RuleFile, builtin: bool, disable: &GlobSet, enable: &GlobSet) -> bool {
        if enable.is_match(&rule.id) {
            return true;
        }
        let protected = self.protect && is_protected(rule, builtin);
        if protected {
            return !rule.preview || self.preview;
        }
        if (builtin && self.builtin_off) || disable.is_match(&rule.id) {
            return false;
        }
        !rule.preview || self.preview
    }

    fn severity_of(&self, rule: &RuleFile, builtin: bool) -> Severity {
        let set = self.severity.get(&rule.id).copied().unwrap_or(rule.severity);
        if self.protect && is_protected(rule, builtin) {
            set.max(rule.severity)
        } else {
            set
        }
    }
}

/// A custom predicate, evaluated by the engine after tree-sitter's own text predicates.
#[derive(Debug, Clone)]
pub enum CustomPredicate {
    /// `#constant? @x` / `#not-constant? @x`: the node is a literal without interpolation.
    Constant { capture: u32, negate: bool },
    /// `#kind? @x "k"...` / `#not-kind? @x ...`
    Kind { capture: u32, kinds: Vec<String>, negate: bool },
    /// `#has-ancestor? @x "k"...` / `#not-has-ancestor? @x ...`
    HasAncestor { capture: u32, kinds: Vec<String>, negate: bool },
    /// `#in-function? @x "regex"` / `#not-in-function? @x "regex"`: the name of the nearest
    /// function around the node (or of what it is bound to: `const newToken = () => …`) matches.
    /// A finding can then be the offending expression, not the function's header.
    InFunction { capture: u32, name: regex::Regex, negate: bool },
}

/// A segment of a fix template: literal text or a capture's text.
#[derive(Debug, Clone)]
pub enum TemplatePart {
    Text(String),
    Capture(u32),
}

/// What one pattern of a combined query reports.
#[derive(Debug)]
pub struct PatternInfo {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    pub report_capture: u32,
    pub fix_target: Option<u32>,
    pub fix_template: Option<Vec<TemplatePart>>,
    /// Captures the fix deletes (see `FixSpec::remove`).
    pub fix_remove: Vec<u32>,
    pub predicates: Vec<CustomPredicate>,
}

/// Every query rule of one language compiled into one query.
#[derive(Debug)]
pub struct LanguageQuery {
    pub query: Query,
    /// Indexed by pattern index; `None` for patterns whose rule failed a later check.
    pub patterns: Vec<Option<PatternInfo>>,
    /// Every pattern has a single root node (no top-level sibling sequence): a match is then
    /// found by a cursor over any byte range its root intersects, which lets incremental
    /// analysis re-run the rules over the edited statements only.
    pub all_rooted: bool,
}

/// The query of one language, compiled on first use: compiling every language's query costs
/// most of a second, and a hook checking one Python file needs only Python's.
#[derive(Debug)]
pub struct LazyQuery {
    rules: Vec<usize>,
    compiled: OnceLock<Option<LanguageQuery>>,
}

/// What one pattern of a language's taint query stands for.
#[derive(Debug)]
pub struct TaintPatternInfo {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    pub role: PatternRole,
    /// The capture of the role's node (`@source`, `@sink`, `@sanitizer`, `@from`).
    pub capture: u32,
    /// Propagators: the variable that becomes tainted.
    pub to: Option<u32>,
    pub predicates: Vec<CustomPredicate>,
}

/// Every taint rule of one language: all their sources, sinks, sanitizers and propagators in
/// one query, so a file is matched once for all of them.
#[derive(Debug)]
pub struct TaintQuery {
    pub query: Query,
    /// Indexed by pattern index: what the pattern is to each rule that has it (rules share
    /// identical texts); `None` for patterns whose rule failed a later check.
    pub patterns: Vec<Option<Vec<TaintPatternInfo>>>,
}

/// The taint query of one language, compiled on first use.
#[derive(Debug)]
struct LazyTaint {
    rules: Vec<usize>,
    compiled: OnceLock<Option<TaintQuery>>,
}

/// Every rule, compiled (query rules lazily, per language). Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct RuleSet {
    /// Every rule that parsed, enabled or not, in load order.
    pub rules: Vec<Arc<RuleMeta>>,
    queries: HashMap<Language, LazyQuery>,
    taints: HashMap<Language, LazyTaint>,
    /// The parsed rule files, indexed like `rules`, kept for lazy query compilation.
    rule_files: Vec<(RuleFile, RuleSource)>,
    pub secrets: SecretScanner,
    /// `[file]` rules: a path regex each.
    pub files: Vec<(Arc<RuleMeta>, Regex)>,
    /// `[deps]` rules and what each checks.
    pub deps: Vec<(Arc<RuleMeta>, redline_rules::DepsCheck)>,
    /// `[iac]` rules, compiled.
    pub iac: Vec<(Arc<RuleMeta>, crate::iac::eval::IacRule)>,
    /// Broken rules found while loading (parse errors, bad regexes, bad globs).
    load_errors: Vec<RuleError>,
    /// Broken queries, found as languages are compiled.
    query_errors: Mutex<Vec<RuleError>>,
}

impl RuleSet {
    /// The built-in rules with everything enabled but preview rules.
    pub fn builtin() -> RuleSet {
        RuleSet::build(&redline_rules::builtin_sources(), &RuleFilter::default())
    }

    pub fn build(sources: &[RuleSource], filter: &RuleFilter) -> RuleSet {
        let disable = id_globs(&filter.disable);
        let enable = id_globs(&filter.enable);
        let mut errors = Vec::new();
        let mut parsed: Vec<(RuleFile, &RuleSource)> = Vec::new();
        let mut seen = HashSet::new();
        for source in sources {
            match parse_rule(source) {
                Ok(rule) => {
                    if !seen.insert(rule.id.clone()) {
                        let (l, c) = line_col(&source.text, source.text.find("id").unwrap_or(0));
                        errors.push(
                            RuleError::new(&source.path, l, c, "duplicate rule id: another rule file already uses it")
                                .with_rule(&rule.id),
                        );
                        continue;
                    }
                    parsed.push((rule, source));
                }
                Err(e) => errors.push(e),
            }
        }

        let mut rules = Vec::new();
        let mut secret_rules = Vec::new();
        let mut file_rules = Vec::new();
        let mut deps_rules = Vec::new();
        let mut iac_rules = Vec::new();
        // Per language: (rule index, pattern text, pattern's location in its file).
        let mut query_sources: BTreeMap<Language, Vec<usize>> = BTreeMap::new();
        let mut taint_sources: BTreeMap<Language, Vec<usize>> = BTreeMap::new();
        let mut rule_files: Vec<(RuleFile, RuleSource)> = Vec::new();
        let mut glob_cache = HashMap::new();
        for (rule, source) in parsed {
            let enabled = filter.enabled(&rule, source.builtin, &disable, &enable);
            let languages: Vec<Language> = if rule.languages.iter().any(|l| l == "*") {
                Vec::new()
            } else {
                rule.languages.iter().filter_map(|l| Language::from_name(l)).collect()
            };
            let severity = filter.severity_of(&rule, source.builtin);
            let (paths, exclude_paths) = match (shared_path_globs(&mut glob_cache, &rule.paths), shared_path_globs(&mut glob_cache, &rule.exclude_paths)) {
                (Ok(p), Ok(e)) => (p, e),
                (Err(reason), _) | (_, Err(reason)) => {
                    let (l, c) = line_col(&source.text, source.text.find("paths").unwrap_or(0));
                    errors.push(RuleError::new(&source.path, l, c, reason).with_rule(&rule.id));
                    continue;
                }
            };
            let meta = Arc::new(RuleMeta {
                id: rule.id.clone(),
                title: rule.title.clone(),
                severity,
                default_severity: rule.severity,
                confidence: rule.confidence,
                languages: languages.clone(),
                cwe: rule.cwe.clone(),
                owasp: rule.owasp.clone(),
                message: rule.message.trim().to_owned(),
                docs: rule.docs.trim().to_owned(),
                references: rule.references.clone(),
                preview: rule.preview,
                tags: rule.tags.clone(),
                kind: if rule.query.is_some() {
                    MatcherKind::Query
                } else if rule.taint.is_some() {
                    MatcherKind::Taint
                } else if rule.file.is_some() {
                    MatcherKind::File
                } else if rule.deps.is_some() {
                    MatcherKind::Deps
                } else if rule.iac.is_some() {
                    MatcherKind::Iac
                } else {
                    MatcherKind::Secret
                },
                fix: rule.fix.clone(),
                source: source.path.clone(),
                builtin: source.builtin,
                enabled,
                paths,
                exclude_paths,
            });
            let index = rules.len();
            rules.push(meta.clone());
            if !enabled {
                rule_files.push((kept_for_compilation(rule), source.clone()));
                continue;
            }
            if let Some(regex) = &rule.regex {
                match SecretRule::compile(meta, regex, source) {
                    Ok(r) => secret_rules.push(r),
                    Err(e) => errors.push(e),
                }
            } else if let Some(file) = &rule.file {
                match Regex::new(file.pattern.get_ref()) {
                    Ok(re) => file_rules.push((meta, re)),
                    Err(e) => {
                        let (l, c) = line_col(&source.text, file.pattern.span().start);
                        errors.push(
                            RuleError::new(&source.path, l, c, format!("bad file pattern: {}", redline_rules::scrub_message(&e.to_string())))
                                .with_rule(&rule.id),
                        );
                    }
                }
            } else if let Some(deps) = &rule.deps {
                deps_rules.push((meta, deps.check));
            } else if let Some(iac) = &rule.iac {
                match crate::iac::eval::IacRule::compile(iac) {
                    Ok(r) => iac_rules.push((meta, r)),
                    Err(reason) => {
                        let (l, c) = line_col(&source.text, redline_rules::value_content_start(&source.text, &iac.fail.span()));
                        errors.push(RuleError::new(&source.path, l, c, reason).with_rule(&rule.id));
                    }
                }
            } else if rule.taint.is_some() {
                for lang in &languages {
                    taint_sources.entry(*lang).or_default().push(index);
                }
            } else {
                for lang in &languages {
                    query_sources.entry(*lang).or_default().push(index);
                }
            }
            rule_files.push((kept_for_compilation(rule), source.clone()));
        }

        let queries = query_sources
            .into_iter()
            .map(|(lang, rules)| (lang, LazyQuery { rules, compiled: OnceLock::new() }))
            .collect();
        let taints = taint_sources
            .into_iter()
            .map(|(lang, rules)| (lang, LazyTaint { rules, compiled: OnceLock::new() }))
            .collect();
        let (secrets, secret_errors) = SecretScanner::new(secret_rules);
        errors.extend(secret_errors);
        RuleSet {
            rules,
            queries,
            taints,
            rule_files,
            secrets,
            files: file_rules,
            deps: deps_rules,
            iac: iac_rules,
            load_errors: errors,
            query_errors: Mutex::new(Vec::new()),
        }
    }

    /// The compiled query of `lang`, compiling it on first use.
    pub fn query(&self, lang: Language) -> Option<&LanguageQuery> {
        let lazy = self.queries.get(&lang)?;
        lazy.compiled
            .get_or_init(|| {
                let mut errors = Vec::new();
                let units: Vec<(usize, PatternRole)> = lazy.rules.iter().map(|&r| (r, PatternRole::Query)).collect();
                let compiled = compile_language(lang, &units, &self.rule_files, &mut errors, |query, p, (rule_index, _), rule| {
                    pattern_info(query, p, rule_index, rule)
                })
                .map(|(query, patterns)| {
                    let all_rooted = (0..query.pattern_count()).all(|p| patterns[p].is_none() || query.is_pattern_rooted(p));
                    LanguageQuery { query, patterns, all_rooted }
                });
                if !errors.is_empty() {
                    self.query_errors.lock().unwrap_or_else(|p| p.into_inner()).extend(errors);
                }
                compiled
            })
            .as_ref()
    }

    /// The compiled taint query of `lang` (every taint rule's patterns), on first use.
    pub fn taint(&self, lang: Language) -> Option<&TaintQuery> {
        let lazy = self.taints.get(&lang)?;
        lazy.compiled
            .get_or_init(|| {
                let mut errors = Vec::new();
                let units: Vec<(usize, PatternRole)> =
                    lazy.rules.iter().flat_map(|&r| self.rule_files[r].0.tree_patterns().into_iter().map(move |role| (r, role))).collect();
                // Rules often share a part word for word (every Python taint rule has the same
                // request sources): each distinct text is compiled once, and its matches go to
                // every rule that wrote it. Compiling the copies took 60 ms per language.
                let mut distinct: Vec<(usize, PatternRole)> = Vec::new();
                let mut sharers: HashMap<(usize, PatternRole), Vec<(usize, PatternRole)>> = HashMap::new();
                let mut by_text: HashMap<&str, (usize, PatternRole)> = HashMap::new();
                for &unit in &units {
                    let text = self.rule_files[unit.0].0.role_pattern(unit.1).0;
                    let first = *by_text.entry(text).or_insert_with(|| {
                        distinct.push(unit);
                        unit
                    });
                    sharers.entry(first).or_default().push(unit);
                }
                let compiled = compile_language(lang, &distinct, &self.rule_files, &mut errors, |query, p, unit, _| {
                    sharers[&unit].iter().map(|&(rule_index, role)| taint_pattern_info(query, p, rule_index, role)).collect::<Result<Vec<_>, _>>()
                })
                .map(|(query, patterns)| TaintQuery { query, patterns });
                if !errors.is_empty() {
                    self.query_errors.lock().unwrap_or_else(|p| p.into_inner()).extend(errors);
                }
                compiled
            })
            .as_ref()
    }

    /// Compiles every language's query now (in parallel), so that [`RuleSet::errors`] is complete.
    pub fn compile_all(&self) {
        let langs: Vec<Language> = self.queries.keys().copied().collect();
        std::thread::scope(|scope| {
            scope.spawn(|| self.secrets.rules.iter().for_each(SecretRule::force));
            for lang in langs {
                scope.spawn(move || {
                    self.query(lang);
                });
            }
            for &lang in self.taints.keys() {
                scope.spawn(move || {
                    self.taint(lang);
                });
            }
        });
    }

    /// Compiles what user rules need, so that [`RuleSet::errors`] reports every broken user
    /// rule without paying for the built-in ones (a test keeps those valid): the queries of
    /// languages that have a user rule, and user secret regexes.
    pub fn compile_user_rules(&self) {
        let langs: Vec<Language> = self
            .queries
            .iter()
            .filter(|(_, lazy)| lazy.rules.iter().any(|&i| !self.rules[i].builtin))
            .map(|(lang, _)| *lang)
            .collect();
        for lang in langs {
            self.query(lang);
        }
        for (lang, lazy) in &self.taints {
            if lazy.rules.iter().any(|&i| !self.rules[i].builtin) {
                self.taint(*lang);
            }
        }
        self.secrets.rules.iter().filter(|r| !r.meta.builtin).for_each(SecretRule::force);
    }

    /// Every broken rule found so far: load errors, and query errors of the languages compiled
    /// so far (call [`RuleSet::compile_all`] first for all of them). Sorted by file and line.
    pub fn errors(&self) -> Vec<RuleError> {
        let mut all = self.load_errors.clone();
        all.extend(self.query_errors.lock().unwrap_or_else(|p| p.into_inner()).iter().cloned());
        all.sort_by(|a, b| (&a.file, a.line, a.column, &a.reason).cmp(&(&b.file, b.line, b.column, &b.reason)));
        all.dedup();
        all
    }

    /// Adds errors found outside the rule set (unreadable rule directories).
    pub fn add_load_errors(&mut self, errors: Vec<RuleError>) {
        self.load_errors.splice(0..0, errors);
    }

    pub fn rule(&self, id: &str) -> Option<&Arc<RuleMeta>> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// What lazy query compilation needs of a parsed rule file: its id, query and fix. The rest
/// (docs, examples, message: about half the size of the rule text) lives in [`RuleMeta`] or
/// is not needed after loading, and would stay resident for the server's lifetime.
fn kept_for_compilation(rule: RuleFile) -> RuleFile {
    RuleFile {
        title: String::new(),
        languages: Vec::new(),
        cwe: Vec::new(),
        owasp: Vec::new(),
        message: String::new(),
        docs: String::new(),
        references: Vec::new(),
        tags: Vec::new(),
        paths: Vec::new(),
        exclude_paths: Vec::new(),
        regex: None,
        file: None,
        examples: Vec::new(),
        ..rule
    }
}

/// Deepest bracket nesting a query pattern may have. Tree-sitter's query compiler recurses once
/// per level: a rule file with 100,000 nested parentheses overflowed the stack.
const MAX_QUERY_DEPTH: usize = 64;

/// The offset where `pattern` first nests deeper than [`MAX_QUERY_DEPTH`] (strings and `;`
/// comments aside).
fn too_deep(pattern: &str) -> Option<usize> {
    let bytes = pattern.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b';' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' => {
                depth += 1;
                if depth > MAX_QUERY_DEPTH {
                    return Some(i);
                }
            }
            b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Compiles pattern texts of `lang` into one query: each unit is a rule and the role of one of
/// its texts (a query rule's pattern, or a part of a taint rule). A rule whose pattern fails is
/// reported and left out; the others are recompiled without it. `info` checks each pattern of
/// the compiled query and says what it stands for.
fn compile_language<T>(
    lang: Language,
    units: &[(usize, PatternRole)],
    rule_files: &[(RuleFile, RuleSource)],
    errors: &mut Vec<RuleError>,
    info: impl Fn(&Query, usize, (usize, PatternRole), &RuleFile) -> Result<T, String>,
) -> Option<(Query, Vec<Option<T>>)> {
    let grammar = lang.grammar()?;
    let mut active: Vec<(usize, PatternRole)> = units.to_vec();
    // Tree-sitter drops unknown escapes in query strings (`"\s"` becomes `s`): a regex written
    // with single backslashes would silently stop matching. Refuse it with a clear reason.
    // Patterns nested too deep would overflow tree-sitter's recursive query compiler.
    let mut refused = HashSet::new();
    for &(i, role) in &active {
        let (rule, source) = &rule_files[i];
        let (pattern, span) = rule.role_pattern(role);
        let problem = too_deep(pattern)
            .map(|offset| (offset, format!("patterns nest more than {MAX_QUERY_DEPTH} levels deep")))
            .or_else(|| {
                bad_string_escape(pattern)
                    .map(|(offset, esc)| (offset, format!("unknown escape `\\{esc}` in a string; write `\\\\{esc}` for a regex escape")))
            });
        let Some((offset, reason)) = problem else { continue };
        let (line, col) = line_col(&source.text, value_content_start(&source.text, &span) + offset);
        errors.push(RuleError::new(&source.path, line, col, format!("invalid query for {}: {reason}", lang.name())).with_rule(&rule.id));
        refused.insert(i);
    }
    active.retain(|(i, _)| !refused.contains(i));
    loop {
        if active.is_empty() {
            return None;
        }
        // Compiled with ASCII classes in `#match?` regexes; when that fails, the text as
        // written is compiled again so that the error points into the rule file.
        let (ascii, ascii_segments) = combine_patterns(&active, rule_files, ascii_query_regexes);
        if let Ok(query) = Query::new(&grammar, &ascii) {
            return Some(finish_language_query(lang, query, &ascii_segments, rule_files, errors, &info));
        }
        let (combined, segments) = combine_patterns(&active, rule_files, str::to_owned);
        match Query::new(&grammar, &combined) {
            Ok(query) => return Some(finish_language_query(lang, query, &segments, rule_files, errors, &info)),
            Err(e) => {
                let seg = segments.iter().rev().find(|s| s.1 <= e.offset).copied().unwrap_or(segments[0]);
                let (rule, source) = &rule_files[seg.0 .0];
                let (_, span) = rule.role_pattern(seg.0 .1);
                let start = value_content_start(&source.text, &span);
                let (line, col) = line_col(&source.text, start);
                let row = e.row.saturating_sub(seg.2);
                let reason = match e.kind {
                    tree_sitter::QueryErrorKind::NodeType => format!("unknown node type `{}`", e.message.trim_matches('"')),
                    tree_sitter::QueryErrorKind::Field => format!("unknown field `{}`", e.message),
                    tree_sitter::QueryErrorKind::Capture => format!("unknown capture `{}`", e.message),
                    tree_sitter::QueryErrorKind::Structure => "impossible pattern structure".to_owned(),
                    _ => e.message.lines().next().unwrap_or("invalid query").to_owned(),
                };
                errors.push(
                    RuleError::new(
                        &source.path,
                        line + row,
                        if row == 0 { col + e.column } else { e.column + 1 },
                        format!("invalid query for {}: {reason}", lang.name()),
                    )
                    .with_rule(&rule.id),
                );
                let failed = seg.0 .0;
                active.retain(|(i, _)| *i != failed);
            }
        }
    }
}

/// The pattern texts of `active` units, each through `prepare`, joined into one query text; and
/// (unit, start byte, start row) of each text's segment in it.
#[allow(clippy::type_complexity)]
fn combine_patterns(
    active: &[(usize, PatternRole)],
    rule_files: &[(RuleFile, RuleSource)],
    prepare: impl Fn(&str) -> String,
) -> (String, Vec<((usize, PatternRole), usize, usize)>) {
    let mut combined = String::new();
    let mut segments = Vec::with_capacity(active.len());
    let mut row = 0;
    for &(i, role) in active {
        let (pattern, _) = rule_files[i].0.role_pattern(role);
        let text = prepare(pattern);
        segments.push(((i, role), combined.len(), row));
        row += text.matches('\n').count() + 1;
        combined.push_str(&text);
        combined.push('\n');
    }
    (combined, segments)
}

fn finish_language_query<T>(
    lang: Language,
    query: Query,
    segments: &[((usize, PatternRole), usize, usize)],
    rule_files: &[(RuleFile, RuleSource)],
    errors: &mut Vec<RuleError>,
    info: &impl Fn(&Query, usize, (usize, PatternRole), &RuleFile) -> Result<T, String>,
) -> (Query, Vec<Option<T>>) {
    let mut patterns: Vec<Option<(usize, T)>> = Vec::with_capacity(query.pattern_count());
    let mut failed_rules = HashSet::new();
    for p in 0..query.pattern_count() {
        let start = query.start_byte_for_pattern(p);
        let seg = segments.iter().rev().find(|s| s.1 <= start).copied().unwrap_or(segments[0]);
        let (rule, source) = &rule_files[seg.0 .0];
        let fail = |reason: String| {
            let (_, span) = rule.role_pattern(seg.0 .1);
            let (line, col) = line_col(&source.text, value_content_start(&source.text, &span));
            RuleError::new(&source.path, line, col, format!("invalid query for {}: {reason}", lang.name()))
                .with_rule(&rule.id)
        };
        match info(&query, p, seg.0, rule) {
            Ok(i) => patterns.push(Some((seg.0 .0, i))),
            Err(reason) => {
                if failed_rules.insert(seg.0 .0) {
                    errors.push(fail(reason));
                }
                patterns.push(None);
            }
        }
    }
    // A rule is all or nothing: if one of its patterns failed, drop the others too.
    let patterns = patterns
        .into_iter()
        .map(|p| p.and_then(|(rule, info)| (!failed_rules.contains(&rule)).then_some(info)))
        .collect();
    (query, patterns)
}

/// The first escape inside a double-quoted query string that tree-sitter does not know
/// (it knows `\n`, `\r`, `\t`, `\0`, `\\` and `\"`): its offset in the pattern and the character.
fn bad_string_escape(pattern: &str) -> Option<(usize, char)> {
    let mut in_string = false;
    let mut in_comment = false;
    let mut chars = pattern.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if in_comment {
            in_comment = c != '\n';
            continue;
        }
        match (in_string, c) {
            (false, ';') => in_comment = true,
            (false, '"') => in_string = true,
            (true, '"') => in_string = false,
            (true, '\\') => match chars.next() {
                Some((_, 'n' | 'r' | 't' | '0' | '\\' | '"')) => {}
                Some((_, other)) => return Some((i, other)),
                None => return None,
            },
            _ => {}
        }
    }
    None
}

fn capture_in_pattern(query: &Query, pattern: usize, name: &str) -> Option<u32> {
    let index = query.capture_index_for_name(name)?;
    let quantifier = query.capture_quantifiers(pattern).get(index as usize).copied()?;
    (quantifier != CaptureQuantifier::Zero).then_some(index)
}

fn pattern_info(query: &Query, pattern: usize, rule_index: usize, rule: &RuleFile) -> Result<PatternInfo, String> {
    let Some(q) = &rule.query else { return Err("not a query rule".into()) };
    let report_capture = capture_in_pattern(query, pattern, &q.report)
        .ok_or_else(|| format!("a pattern has no `@{}` capture to report", q.report))?;
    let predicates = custom_predicates(query, pattern)?;
    let (fix_target, fix_template) = match rule.fix.as_ref().and_then(|f| f.replace.as_ref().map(|r| (f, r))) {
        Some((fix, template)) => {
            let target_name = fix.target.as_deref().unwrap_or(&q.report);
            let target = capture_in_pattern(query, pattern, target_name)
                .ok_or_else(|| format!("fix target `@{target_name}` is not a capture of every pattern"))?;
            let parts = parse_template(template, |name| capture_in_pattern(query, pattern, name))?;
            (Some(target), Some(parts))
        }
        None => (None, None),
    };
    let fix_remove = match &rule.fix {
        Some(fix) if fix_target.is_some() => fix
            .remove
            .iter()
            .map(|name| capture_in_pattern(query, pattern, name).ok_or_else(|| format!("fix `remove` capture `@{name}` is not a capture of every pattern")))
            .collect::<Result<Vec<u32>, String>>()?,
        _ => Vec::new(),
    };
    Ok(PatternInfo { rule: rule_index, report_capture, fix_target, fix_template, fix_remove, predicates })
}

/// What a pattern of a taint rule marks: its role's capture (and `@to` for propagators).
fn taint_pattern_info(query: &Query, pattern: usize, rule_index: usize, role: PatternRole) -> Result<TaintPatternInfo, String> {
    let capture = capture_in_pattern(query, pattern, role.capture())
        .ok_or_else(|| format!("a taint pattern has no `@{}` capture (each pattern of `{}` marks its node with it)", role.capture(), role_key(role)))?;
    let to = match role {
        PatternRole::Propagator => {
            Some(capture_in_pattern(query, pattern, "to").ok_or_else(|| "a propagator pattern needs a `@to` capture".to_owned())?)
        }
        _ => None,
    };
    Ok(TaintPatternInfo { rule: rule_index, role, capture, to, predicates: custom_predicates(query, pattern)? })
}

fn role_key(role: PatternRole) -> &'static str {
    match role {
        PatternRole::Query => "pattern",
        PatternRole::Source => "sources",
        PatternRole::Sink => "sinks",
        PatternRole::Sanitizer => "sanitizers",
        PatternRole::Propagator => "propagators",
    }
}

/// Redline's own predicates of a pattern (tree-sitter evaluates its text predicates itself).
fn custom_predicates(query: &Query, pattern: usize) -> Result<Vec<CustomPredicate>, String> {
    let mut predicates = Vec::new();
    for pred in query.general_predicates(pattern) {
        let op = pred.operator.as_ref();
        let (negate, base) = match op.strip_prefix("not-") {
            Some(rest) => (true, rest),
            None => (false, op),
        };
        let capture = match pred.args.first() {
            Some(QueryPredicateArg::Capture(c)) => *c,
            _ => return Err(format!("`#{op}` needs a capture as its first argument")),
        };
        let strings: Vec<String> = pred
            .args
            .iter()
            .skip(1)
            .filter_map(|a| match a {
                QueryPredicateArg::String(s) => Some(s.to_string()),
                QueryPredicateArg::Capture(_) => None,
            })
            .collect();
        predicates.push(match base {
            "constant?" => CustomPredicate::Constant { capture, negate },
            "kind?" if !strings.is_empty() => CustomPredicate::Kind { capture, kinds: strings, negate },
            "has-ancestor?" if !strings.is_empty() => CustomPredicate::HasAncestor { capture, kinds: strings, negate },
            "in-function?" if strings.len() == 1 => {
                let name = regex::Regex::new(&super::ascii_regex::ascii_perl_classes(&strings[0]))
                    .map_err(|e| format!("`#{op}`: invalid regex: {e}"))?;
                CustomPredicate::InFunction { capture, name, negate }
            }
            _ => {
                return Err(format!(
                    "unknown predicate `#{op}` (Redline adds `#constant?`, `#kind?`, `#has-ancestor?`, `#in-function?` and their `not-` forms)"
                ))
            }
        });
    }
    Ok(predicates)
}

/// Parses `$name` / `${name}` references in a fix template; `$$` is a literal `$`.
fn parse_template(template: &str, lookup: impl Fn(&str) -> Option<u32>) -> Result<Vec<TemplatePart>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut chars = template.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '$' {
            text.push(c);
            continue;
        }
        let rest = &template[i + 1..];
        let (name, consumed) = if let Some(inner) = rest.strip_prefix('{') {
            match inner.find('}') {
                Some(end) => (&inner[..end], end + 2),
                None => return Err("unclosed `${` in fix template".into()),
            }
        } else if rest.starts_with('$') {
            text.push('$');
            chars.next();
            continue;
        } else {
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            (&rest[..end], end)
        };
        if name.is_empty() {
            text.push('$');
            continue;
        }
        let capture = lookup(name).ok_or_else(|| format!("fix template uses `${name}`, which no pattern captures"))?;
        if !text.is_empty() {
            parts.push(TemplatePart::Text(std::mem::take(&mut text)));
        }
        parts.push(TemplatePart::Capture(capture));
        for _ in 0..consumed {
            chars.next();
        }
    }
    if !text.is_empty() {
        parts.push(TemplatePart::Text(text));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_escapes_in_query_strings_are_found() {
        assert_eq!(bad_string_escape(r#"((x) @f (#match? @f "\\s+\\d"))"#), None);
        assert_eq!(bad_string_escape(r#"((x) @f (#match? @f "a\sb"))"#), Some((22, 's')));
        assert_eq!(bad_string_escape("; a comment with \\s\n(x) @f"), None);
        assert_eq!(bad_string_escape(r#"(#eq? @f "say \"hi\"\n")"#), None);
    }

    #[test]
    fn path_globs_match_names_and_directories_at_any_depth() {
        let set = path_globs(&[".github/workflows/*.yml".to_owned(), "Dockerfile*".to_owned()]).expect("globs").expect("some");
        let meta = |p: &str| {
            let name = std::path::Path::new(p).file_name().map(std::path::Path::new);
            set.is_match(p) || name.is_some_and(|n| set.is_match(n))
        };
        assert!(meta(".github/workflows/ci.yml"));
        assert!(meta("/home/me/repo/.github/workflows/ci.yml"));
        assert!(!meta("/home/me/repo/.github/workflows/sub/ci.yml"));
        assert!(!meta("/home/me/repo/ci.yml"));
        assert!(meta("/repo/docker/Dockerfile.prod"));
    }

    /// Narrow incremental windows rely on every pattern of a language having one root node
    /// (`LanguageQuery::all_rooted`); otherwise that language's edits re-analyse whole
    /// functions. Only the two SQL-injection rules with a wildcard parent (kept for query speed,
    /// see their comments) may break this; a new one must be a deliberate choice.
    #[test]
    fn builtin_patterns_have_a_single_root_except_known_ones() {
        let rules = RuleSet::builtin();
        let mut unrooted = Vec::new();
        for lang in Language::ALL {
            let Some(lq) = rules.query(lang) else { continue };
            for (p, info) in lq.patterns.iter().enumerate() {
                if let Some(info) = info {
                    if !lq.query.is_pattern_rooted(p) {
                        unrooted.push(format!("{} ({})", rules.rules[info.rule].id, lang.name()));
                    }
                }
            }
        }
        unrooted.sort();
        unrooted.dedup();
        assert_eq!(unrooted, ["go.sql-injection-string-format (go)", "python.sql-injection-string-format (python)"], "patterns with several root nodes");
        assert!(rules.query(Language::JavaScript).is_some_and(|q| q.all_rooted));
    }
}
