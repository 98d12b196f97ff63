//! `redline.toml`: which rules run, how severe they are, which files are ignored, where extra
//! rule directories are. A bad config is an error with the file, line and reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use redline_rules::{line_col, RuleError, RuleSource, Severity};
use serde::Deserialize;

use crate::engine::{Limits, RuleFilter, RuleSet};

pub const CONFIG_FILE_NAME: &str = "redline.toml";

/// The file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Rule id globs to turn off, e.g. `["python.flask-debug", "secrets.generic-*"]`.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Rule id globs to turn on, preview rules included.
    #[serde(default)]
    pub enable: Vec<String>,
    /// Turn on every preview rule.
    #[serde(default)]
    pub preview: bool,
    /// Per-rule severity overrides.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Path globs (relative to the config file's directory) never scanned.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Directories of extra rule files, relative to the config file's directory.
    #[serde(default)]
    pub rule_dirs: Vec<PathBuf>,
    /// Run the built-in rules (default true).
    pub builtin_rules: Option<bool>,
    /// Files larger than this (bytes) get the secret rules only.
    pub max_syntax_size: Option<usize>,
    /// Files larger than this (bytes) are skipped.
    pub max_file_size: Option<usize>,
    /// `redline hook`: when to deny an agent's edit and what to report after it.
    #[serde(default)]
    pub hook: HookConfig,
    /// The audit log of agent edits.
    #[serde(default)]
    pub audit: AuditConfig,
}

/// `[hook]`: the agent hooks' thresholds.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct HookConfig {
    /// An edit that introduces a finding at or above this severity is denied (default `high`).
    pub gate: Option<Severity>,
    /// Findings an edit introduced at or above this are reported after it (default `medium`).
    pub report: Option<Severity>,
    /// At most this many findings in one answer (default 10).
    pub max_findings: Option<usize>,
    /// Suppressions and configuration edits by agents: `deny` (default), `warn` or `off`.
    pub guard: Option<String>,
}

/// `[audit]`: the log of agent edits.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AuditConfig {
    /// Hooks append to the audit log (default true).
    pub enabled: Option<bool>,
    /// The log's directory, relative to this file (default `.redline/audit`).
    pub path: Option<PathBuf>,
}

/// A config error, pointing into the file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}{}: {reason}", path.display(), if *line > 0 { format!(":{line}:{column}") } else { String::new() })]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

/// A loaded configuration: the file plus where it lives.
#[derive(Debug, Clone)]
pub struct Config {
    pub file: ConfigFile,
    /// The file it came from, if any.
    pub path: Option<PathBuf>,
    /// The directory relative paths resolve against.
    pub root: PathBuf,
    ignore: GlobSet,
    /// Whether the file came from the repository being scanned (found by walking up from it)
    /// rather than from the user (`--config`, editor settings). A repository's config may only
    /// load rule files from inside its own directory.
    pub from_repository: bool,
    /// Rule directories the user asked for outside the file (editor settings): not confined.
    pub user_rule_dirs: Vec<PathBuf>,
    /// See [`Config::apply_agent_floor`].
    pub agent_floor: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            file: ConfigFile::default(),
            path: None,
            root: PathBuf::from("."),
            ignore: GlobSet::empty(),
            from_repository: false,
            user_rule_dirs: Vec::new(),
            agent_floor: false,
        }
    }
}

/// `redline.toml` is a few hundred bytes; anything this large is not a config.
const MAX_CONFIG_SIZE: u64 = 1024 * 1024;

impl Config {
    /// Looks for `redline.toml` in `start` and its ancestors.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let start = if start.is_file() { start.parent()? } else { start };
        let start = if start.as_os_str().is_empty() { Path::new(".") } else { start };
        let start = std::fs::canonicalize(start).ok()?;
        start.ancestors().map(|d| d.join(CONFIG_FILE_NAME)).find(|p| p.is_file())
    }

    /// Loads a config the user named (`--config`): it may point anywhere.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let unreadable = |reason: String| ConfigError { path: path.to_path_buf(), line: 0, column: 0, reason };
        let (bytes, _) = redline_rules::read_regular_file(path, MAX_CONFIG_SIZE).map_err(|e| unreadable(format!("config: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|e| unreadable(format!("config is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to())))?;
        let root = path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
        Config::parse(&text, path, root)
    }

    /// Loads the config found in the repository (see [`Config::discover`]): its rule
    /// directories are confined to the repository.
    pub fn load_from_repository(path: &Path) -> Result<Config, ConfigError> {
        let mut config = Config::load(path)?;
        config.from_repository = true;
        Ok(config)
    }

    /// The configuration to fall back on when the config file is broken: built-in rules with
    /// default settings, rooted where the broken file is (so ignore globs and paths resolve
    /// the same way once it is fixed).
    pub fn fallback_for(path: &Path) -> Config {
        Config { root: path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from(".")), ..Config::default() }
    }

    pub fn parse(text: &str, path: &Path, root: PathBuf) -> Result<Config, ConfigError> {
        let err_at = |offset: Option<usize>, reason: String| {
            let (line, column) = offset.map_or((0, 0), |o| line_col(text, o));
            // Parser messages quote what they found, which may be a secret.
            ConfigError { path: path.to_path_buf(), line, column, reason: redline_rules::scrub_message(&reason) }
        };
        let file: ConfigFile =
            toml::from_str(text).map_err(|e| err_at(e.span().map(|s| s.start), e.message().trim().to_owned()))?;
        let mut builder = GlobSetBuilder::new();
        for pattern in &file.ignore {
            let glob = Glob::new(pattern).map_err(|e| err_at(text.find(pattern.as_str()), format!("invalid ignore glob: {e}")))?;
            builder.add(glob);
            // `dir/` or `dir` also ignores everything below it.
            if !pattern.contains('*') {
                if let Ok(g) = Glob::new(&format!("{}/**", pattern.trim_end_matches('/'))) {
                    builder.add(g);
                }
            }
        }
        for pattern in file.disable.iter().chain(&file.enable) {
            Glob::new(pattern).map_err(|e| err_at(text.find(pattern.as_str()), format!("invalid rule glob: {e}")))?;
        }
        let ignore = builder.build().map_err(|e| err_at(None, format!("invalid ignore globs: {e}")))?;
        if let Some(g) = file.hook.guard.as_deref().filter(|g| !matches!(*g, "deny" | "warn" | "off")) {
            return Err(err_at(text.find("guard"), format!("invalid [hook] guard `{g}`: expected deny, warn or off")));
        }
        Ok(Config { file, path: Some(path.to_path_buf()), root, ignore, from_repository: false, user_rule_dirs: Vec::new(), agent_floor: false })
    }

    /// An agent is writing the code being checked (a hook), and this config came from the
    /// repository it is writing in: the repository may tune rules, but not switch off built-in
    /// secret and critical rules (`disable`, `builtin-rules = false`, a lower severity) nor
    /// lower the size limits below the defaults. An agent that can edit `redline.toml` could
    /// otherwise silence the check that stops it. The user's own config (`--config`) is not
    /// held to this.
    pub fn apply_agent_floor(&mut self) {
        self.agent_floor = self.from_repository;
    }

    pub fn limits(&self) -> Limits {
        let d = Limits::default();
        let floor = |set: Option<usize>, default: usize| match set {
            Some(n) if self.agent_floor => n.max(default),
            Some(n) => n,
            None => default,
        };
        Limits {
            max_syntax_size: floor(self.file.max_syntax_size, d.max_syntax_size),
            max_file_size: floor(self.file.max_file_size, d.max_file_size),
            max_query_time: d.max_query_time,
        }
    }

    pub fn rule_filter(&self) -> RuleFilter {
        RuleFilter {
            disable: self.file.disable.clone(),
            enable: self.file.enable.clone(),
            preview: self.file.preview,
            severity: self.file.severity.clone(),
            protect: self.agent_floor,
            builtin_off: !self.file.builtin_rules.unwrap_or(true),
        }
    }

    /// Whether `path` matches an ignore glob (tried relative to the config root, then as given).
    pub fn is_ignored(&self, path: &Path) -> bool {
        // An agent must not place its code out of sight by editing the repository's ignores.
        if self.ignore.is_empty() || self.agent_floor {
            return false;
        }
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let rel = rel.strip_prefix("./").unwrap_or(rel);
        self.ignore.is_match(rel) || self.ignore.is_match(path)
    }

    /// The rule sources this config asks for: built-in rules (unless turned off) and every
    /// extra rule directory. Unreadable directories and files become errors.
    pub fn rule_sources(&self) -> (Vec<RuleSource>, Vec<RuleError>) {
        let mut sources = Vec::new();
        let mut errors = Vec::new();
        // With the agent floor the built-in sources stay loaded: the filter keeps the protected
        // rules on and turns the others off.
        if self.file.builtin_rules.unwrap_or(true) || self.agent_floor {
            sources.extend(redline_rules::builtin_sources());
        }
        let confine = self.from_repository.then_some(self.root.as_path());
        for dir in &self.file.rule_dirs {
            let dir = if dir.is_absolute() { dir.clone() } else { self.root.join(dir) };
            let (s, e) = redline_rules::read_rule_dir(&dir, confine);
            sources.extend(s);
            errors.extend(e);
        }
        for dir in &self.user_rule_dirs {
            let (s, e) = redline_rules::read_rule_dir(dir, None);
            sources.extend(s);
            errors.extend(e);
        }
        (sources, errors)
    }

    /// Compiles the rule set this config describes, with every rule error collected.
    pub fn build_ruleset(&self) -> Arc<RuleSet> {
        let (sources, read_errors) = self.rule_sources();
        let mut set = RuleSet::build(&sources, &self.rule_filter());
        set.add_load_errors(read_errors);
        Arc::new(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let err = Config::parse("disable = []\nignroe = [\"x\"]\n", Path::new("redline.toml"), ".".into())
            .expect_err("unknown key");
        assert_eq!(err.line, 2);
        assert!(err.reason.contains("ignroe"), "{}", err.reason);
    }

    #[test]
    fn ignore_globs_cover_directories() {
        let cfg = Config::parse("ignore = [\"vendor\", \"*.min.js\"]", Path::new("redline.toml"), "/repo".into())
            .expect("config");
        assert!(cfg.is_ignored(Path::new("/repo/vendor/lib/a.py")));
        assert!(cfg.is_ignored(Path::new("/repo/static/app.min.js")));
        assert!(!cfg.is_ignored(Path::new("/repo/src/app.py")));
    }

    #[test]
    fn bad_severity_is_an_error() {
        let err = Config::parse("[severity]\n\"python.eval\" = \"severe\"\n", Path::new("redline.toml"), ".".into())
            .expect_err("bad severity");
        assert_eq!(err.line, 2);
    }
}
