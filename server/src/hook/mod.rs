//! `redline hook <agent> <event>`: answers a coding agent's hook.
//!
//! A **pre** event is a gate: the file is rebuilt as the tool will leave it (the new content,
//! the current file with the edits applied, the patch applied), scanned with the same engine as
//! `redline check`, and compared with the file as it is; the call is denied only when the edit
//! introduces a finding at or above the gate severity. A **post** event gives feedback: the
//! findings the write introduced. A **stop** event asks the agent to finish what it left: the
//! findings its edits introduced that are still there. Findings that were there before are never
//! reported; secret values never appear (the engine redacts them in every message).
//!
//! Errors (input that is not JSON, an edit that cannot be read, an unreadable file) allow the
//! call with a note on stderr; with `--fail-closed` they deny it.

pub mod answer;
pub mod daemon;
pub mod edit;
pub mod gate;
pub mod guard;
pub mod install;
pub mod payload;
pub mod session;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use redline_rules::Severity;

use crate::config::Config;
use crate::engine::Engine;
use answer::{render, Answer, Verdict};
use edit::Op;
use gate::NewFinding;
use payload::{Agent, Call, Event};
use session::SessionState;

/// Hook input larger than this is refused (a tool call carrying more is not a code edit).
const MAX_INPUT: u64 = 32 * 1024 * 1024;

/// `[hook]` in `redline.toml`.
#[derive(Debug, Clone, Copy)]
pub struct HookSettings {
    /// Pre events deny an edit introducing a finding at or above this (default high).
    pub gate: Severity,
    /// Post events report introduced findings at or above this (default medium).
    pub report: Severity,
    /// At most this many findings are listed in one answer.
    pub max_findings: usize,
    pub guard: GuardMode,
}

/// What the tamper guard does with an agent's suppression or configuration edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuardMode {
    Deny,
    Warn,
    Off,
}

impl HookSettings {
    /// From a config; a repository's config (the agent can edit it) may make the hook stricter,
    /// not laxer.
    pub fn from_config(config: &Config) -> HookSettings {
        let h = &config.file.hook;
        let floor = |set: Option<Severity>, default: Severity| match set {
            Some(s) if config.agent_floor => s.min(default),
            Some(s) => s,
            None => default,
        };
        HookSettings {
            gate: floor(h.gate, Severity::High),
            report: floor(h.report, Severity::Medium),
            max_findings: h.max_findings.unwrap_or(10).max(1),
            // Only the user's own config can relax the guard: the agent can edit the repository's.
            guard: match h.guard.as_deref() {
                _ if config.agent_floor => GuardMode::Deny,
                Some("warn") => GuardMode::Warn,
                Some("off") => GuardMode::Off,
                _ => GuardMode::Deny,
            },
        }
    }
}

pub struct Options {
    pub fail_closed: bool,
    /// `--config`, absolute.
    pub config: Option<PathBuf>,
    /// The hook process's working directory (payloads without a `cwd` are relative to it).
    pub cwd: PathBuf,
    /// Where sessions are remembered ([`session::state_dir`]).
    pub state_dir: Option<PathBuf>,
}

/// Builds the engine for a configuration: in the hook process, afresh; in the hook server, from
/// its cache of compiled rule sets.
pub trait Engines {
    fn engine(&self, config: &Config) -> std::sync::Arc<Engine>;
    /// Files' last analyses, for incremental re-analysis (the hook server keeps them).
    fn file_cache(&self) -> Option<&gate::FileCache> {
        None
    }
}

/// No cache: each call compiles what it needs.
pub struct Fresh;

impl Engines for Fresh {
    fn engine(&self, config: &Config) -> std::sync::Arc<Engine> {
        std::sync::Arc::new(Engine::new(config.build_ruleset(), config.limits()).with_project(std::sync::Arc::new(crate::deps::imports::DiskFiles::new())))
    }
}

pub fn run(agent_name: &str, event_name: Option<&str>, fail_closed: bool, config: Option<&Path>) -> ExitCode {
    let Some(agent) = Agent::parse(agent_name) else {
        let names: Vec<&str> = Agent::ALL.iter().map(|a| a.name()).collect();
        crate::note!("error: unknown agent `{agent_name}` (one of: {}; or `install` / `uninstall`)", names.join(", "));
        return ExitCode::from(2);
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let options = Options { fail_closed, config: config.map(|c| cwd.join(c)), cwd, state_dir: session::state_dir() };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().lock().take(MAX_INPUT).read_to_string(&mut input) {
        return emit(&decide(agent, event_name, Err(format!("cannot read the hook input: {e}")), options.fail_closed));
    }
    // A warm hook server answers in milliseconds; without one, this process does the work
    // (compiling the rules takes most of it) and starts a server for the next call.
    if daemon::enabled() {
        if let Some(answer) = daemon::ask(agent, event_name, &input, &options) {
            return emit(&answer);
        }
    }
    let outcome = handle(agent, event_name, &input, &options, &Fresh);
    let answer = decide(agent, event_name, outcome, options.fail_closed);
    if daemon::enabled() {
        daemon::start(options.state_dir.as_deref());
    }
    emit(&answer)
}

/// The answer for an outcome (an error allows, or denies when failing closed).
pub fn decide(agent: Agent, event_name: Option<&str>, outcome: Result<(Event, Verdict), String>, fail_closed: bool) -> Answer {
    let event = event_name.and_then(Event::parse).unwrap_or(Event::Pre);
    match outcome {
        Ok((event, verdict)) => render(agent, event, &verdict),
        Err(e) if fail_closed => {
            let reason = format!("Redline could not check this tool call ({e}), and its hook is set to fail closed.");
            let mut a = render(agent, event, &Verdict::Deny { reason: reason.clone(), summary: reason });
            a.stderr = Some(format!("redline: {e}"));
            if a.exit == 0 && a.stdout.is_none() {
                a.exit = 2;
            }
            a
        }
        Err(e) => render(agent, event, &Verdict::AllowWithNote(format!("{e}; the tool call is allowed"))),
    }
}

fn emit(answer: &Answer) -> ExitCode {
    if let Some(out) = &answer.stdout {
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{out}");
        let _ = stdout.flush();
    }
    if let Some(err) = &answer.stderr {
        crate::note!("{err}");
    }
    ExitCode::from(answer.exit)
}

/// Decodes the payload and decides. `Err` is an error to allow (or deny, failing closed).
pub fn handle(agent: Agent, event_name: Option<&str>, input: &str, options: &Options, engines: &dyn Engines) -> Result<(Event, Verdict), String> {
    let started = std::time::Instant::now();
    let call = payload::decode(agent, event_name, input, &options.cwd).map_err(|e| e.to_string())?;
    let (mut config, config_error) = crate::cli::load_config(options.config.as_ref(), &call.cwd);
    if let Some(e) = config_error {
        // Broken config: the built-in rules still run (a typo must not turn the gate off).
        crate::note!("redline: {e}");
    }
    config.apply_agent_floor();
    let settings = HookSettings::from_config(&config);
    let engine = engines.engine(&config);
    let dir = options.state_dir.as_deref();
    let scan = Scan { engine: &engine, cache: engines.file_cache(), config: &config };
    let mut lifecycle = Vec::new();
    let verdict = match call.event {
        Event::Pre => pre(&scan, &call, &settings, dir, &mut lifecycle)?,
        Event::Post | Event::AfterEdit => post(&scan, &call, &settings, dir, &mut lifecycle)?,
        Event::Stop => stop(&scan, &call, &settings, dir),
    };
    if config.file.audit.enabled.unwrap_or(true) && (!call.writes.is_empty() || verdict != Verdict::Allow) {
        let log = crate::audit::log_dir(&config, &call.cwd);
        let records = audit_records(agent, &call, &verdict, &lifecycle, &log, &engine, started.elapsed());
        if let Err(e) = crate::audit::append(&log, &mut records.into_boxed_slice()) {
            crate::note!("redline: cannot append to the audit log in {}: {e}", log.display());
        }
    }
    Ok((call.event, verdict))
}

/// A finding's step in its lifecycle, for the audit log.
struct Lifecycle {
    file: PathBuf,
    rule_id: String,
    severity: Severity,
    fingerprint: String,
    decision: &'static str,
}

/// A short, code-free hash of the rules that ran (ids, severities, on/off).
fn ruleset_hash(engine: &Engine) -> String {
    let mut text = String::new();
    for r in &engine.rules.rules {
        text.push_str(&format!("{} {} {}\n", r.id, r.severity.as_str(), r.enabled));
    }
    crate::audit::sha256_hex(text.as_bytes())[..16].to_owned()
}

fn audit_records(
    agent: Agent,
    call: &Call,
    verdict: &Verdict,
    lifecycle: &[Lifecycle],
    log: &Path,
    engine: &Engine,
    latency: std::time::Duration,
) -> Vec<crate::audit::Record> {
    let root = log.parent().and_then(Path::parent).filter(|_| log.ends_with(".redline/audit")).unwrap_or(&call.cwd);
    let rel = |p: &Path| p.strip_prefix(root).unwrap_or(p).to_string_lossy().replace('\\', "/");
    let ts = crate::audit::now_utc();
    let base = crate::audit::Record {
        ts: ts.clone(),
        agent: agent.name().to_owned(),
        session_id: call.session.clone(),
        tool_use_id: call.tool_use_id.clone(),
        event: call.event_name.clone(),
        redline_version: env!("CARGO_PKG_VERSION").to_owned(),
        ruleset_hash: Some(ruleset_hash(engine)),
        ..Default::default()
    };
    let (decision, reason) = match (verdict, call.event) {
        (Verdict::Allow, _) => ("allow", None),
        (Verdict::AllowWithNote(note), _) => ("allow", Some(note.clone())),
        (Verdict::Deny { summary, .. }, Event::Stop) => ("block-stop", Some(summary.clone())),
        (Verdict::Deny { summary, .. }, _) => ("deny", Some(summary.clone())),
        (Verdict::Feedback { .. }, _) => {
            let n = lifecycle.iter().filter(|l| matches!(l.decision, "introduced" | "allowed-despite")).count();
            ("feedback", Some(format!("{n} new finding{} reported", plural(n))))
        }
    };
    let mut out = vec![crate::audit::Record {
        file: call.writes.first().map(|w| rel(w.move_to.as_ref().unwrap_or(&w.path))),
        decision: decision.to_owned(),
        reason,
        latency_ms: Some(latency.as_millis() as u64),
        ..base.clone()
    }];
    for l in lifecycle {
        out.push(crate::audit::Record {
            event: "finding".to_owned(),
            file: Some(rel(&l.file)),
            rule_id: Some(l.rule_id.clone()),
            severity: Some(l.severity.as_str().to_owned()),
            fingerprint: Some(l.fingerprint.clone()),
            decision: l.decision.to_owned(),
            ..base.clone()
        });
    }
    out
}

/// The engine and, in the hook server, the files' last analyses.
struct Scan<'a> {
    engine: &'a Engine,
    cache: Option<&'a gate::FileCache>,
    config: &'a Config,
}

impl Scan<'_> {
    /// A file's findings as the gate sees them: in prose (Markdown and other files without a
    /// grammar that are not manifests) only secrets count, so a README that mentions
    /// `pip install reqeusts` is reported by `check` and the editor but never blocks a write.
    fn scan(&self, path: &Path, text: &str) -> Vec<crate::engine::Finding> {
        let mut findings = gate::scan(self.engine, self.cache, path, text);
        let prose = crate::deps::extract::Manifest::of(path).is_none()
            && crate::languages::Language::detect(path, text.lines().next()) == crate::languages::Language::Text;
        if prose {
            findings.retain(|f| f.rule.kind != crate::engine::ruleset::MatcherKind::Deps);
        }
        findings
    }

    /// The findings of `text` as [`gate::Seen`], those a `redline-ignore` hides included.
    fn seen(&self, path: &Path, text: &str, findings: &[crate::engine::Finding]) -> Vec<gate::Seen> {
        let raw = guard::unsuppressed(text).map(|t| self.engine.analyze_source(path, t.as_bytes()).findings);
        gate::seen(text, findings, raw.as_deref())
    }
}

/// The text of `path`, or empty when it does not exist (a new file).
fn read_text(path: &Path) -> Result<String, String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

fn no_writes(call: &Call) -> Result<Verdict, String> {
    if payload::is_read_only(&call.tool) || !payload::looks_like_a_write(&call.tool) {
        Ok(Verdict::Allow)
    } else {
        Err(format!("cannot find the file written by tool `{}` in the hook input", call.tool))
    }
}

/// Where the packages a shell command installs are reported: a name, not a file.
const SHELL_COMMAND: &str = "shell command";

/// The `deps.*` findings of a shell command (`pip install reqeusts`, `npm i x@1.2.3`): the
/// packages it would install, checked like a script's install lines.
fn command_findings(engine: &Scan<'_>, call: &Call) -> Vec<NewFinding> {
    let Some(command) = &call.shell_command else { return Vec::new() };
    // Over `max-file-size` a file is not read, and neither is a command.
    if !crate::deps::install::may_contain(command) || command.len() > engine.engine.limits.max_file_size {
        return Vec::new();
    }
    // Only the dependency checks: the command is not a script the other rules should gate.
    let path = Path::new("command.sh");
    let raw = engine.engine.deps_findings(path, crate::languages::Language::Bash, command, None);
    gate::describe_all(command, &engine.engine.finish(path, command, raw))
}

fn pre(engine: &Scan<'_>, call: &Call, settings: &HookSettings, dir: Option<&Path>, lifecycle: &mut Vec<Lifecycle>) -> Result<Verdict, String> {
    let mut found: Vec<(PathBuf, bool, NewFinding)> =
        command_findings(engine, call).into_iter().map(|f| (call.cwd.join(SHELL_COMMAND), true, f)).collect();
    if call.writes.is_empty() && found.is_empty() {
        return no_writes(call);
    }
    let mut state = call.session.as_ref().map(|s| SessionState::load(dir, s, &call.cwd));
    for w in &call.writes {
        let before = read_text(&w.path)?;
        let before_findings = engine.scan(&w.path, &before);
        let before_fps = gate::fingerprints(&before, &before_findings);
        let target = w.move_to.as_ref().unwrap_or(&w.path);
        let rel = shown(&call.cwd, target).replace('\\', "/");
        let mut after_text = None;
        let mut after_findings = Vec::new();
        match &w.op {
            Op::Fragment(code) => {
                let after = engine.scan(target, code);
                found.extend(gate::introduced(&before_fps, code, &after).into_iter().map(|f| (target.clone(), true, f)));
            }
            op => match op.apply(&before) {
                Ok(Some(text)) => {
                    after_findings = engine.scan(target, &text);
                    found.extend(gate::introduced(&before_fps, &text, &after_findings).into_iter().map(|f| (target.clone(), false, f)));
                    after_text = Some(text);
                }
                Ok(None) => {}
                // The tool itself will fail on this edit: nothing is written.
                Err(e) => return Ok(Verdict::AllowWithNote(format!("{}: {e}; the tool will refuse this edit", shown(&call.cwd, &w.path)))),
            },
        }
        if settings.guard != GuardMode::Off {
            if let Some(after) = &after_text {
                let added = guard::suppressions_added(engine.engine, target, &before, after, &after_findings);
                found.extend(added.into_iter().map(|f| (target.clone(), false, f)));
            }
            if let Some(f) = guard::weakening(target, &rel, &before, after_text.as_deref(), engine.config) {
                found.push((target.clone(), false, f));
            }
        }
        if let Some(state) = &mut state {
            state.before_write.insert(target.clone(), (call.tool_use_id.clone(), engine.seen(&w.path, &before, &before_findings)));
        }
    }
    if let (Some(state), Some(session)) = (&state, &call.session) {
        state.save_or_note(dir, session, &call.cwd);
    }
    let blocks = |f: &NewFinding| if f.rule_id.starts_with("guard.") { settings.guard == GuardMode::Deny } else { f.severity >= settings.gate };
    let blocking: Vec<&(PathBuf, bool, NewFinding)> = found.iter().filter(|(_, _, f)| blocks(f)).collect();
    for (p, _, f) in &found {
        if f.rule_id.starts_with("guard.") || blocks(f) {
            let decision = if blocks(f) { "denied" } else { "warned" };
            lifecycle.push(Lifecycle { file: p.clone(), rule_id: f.rule_id.clone(), severity: f.severity, fingerprint: f.fingerprint.clone(), decision });
        }
    }
    if blocking.is_empty() {
        return Ok(Verdict::Allow);
    }
    let files: Vec<String> = dedup(blocking.iter().map(|(p, _, _)| shown(&call.cwd, p)));
    let n = blocking.len();
    let only_command = files.iter().all(|f| f == SHELL_COMMAND);
    let mut reason = if only_command {
        format!(
            "Redline blocked this command: the packages it installs have {n} security finding{} (gate: {} and above).\n",
            plural(n),
            settings.gate.as_str()
        )
    } else {
        format!(
            "Redline blocked this edit: it introduces {n} security finding{} in {} (gate: {} and above).\n",
            plural(n),
            files.join(", "),
            settings.gate.as_str()
        )
    };
    list(&mut reason, &call.cwd, blocking.iter().map(|(p, fragment, f)| (p.as_path(), *fragment, f)), settings.max_findings);
    reason.push_str(if only_command { "Check the package names and versions and run a corrected command." } else { "Write the change without these problems and try again." });
    let summary = if only_command {
        format!("Redline blocked a command: {n} security finding{} in the packages it installs", plural(n))
    } else {
        format!("Redline blocked an edit of {}: {n} new security finding{}", files.join(", "), plural(n))
    };
    Ok(Verdict::Deny { reason, summary })
}

fn post(engine: &Scan<'_>, call: &Call, settings: &HookSettings, dir: Option<&Path>, lifecycle: &mut Vec<Lifecycle>) -> Result<Verdict, String> {
    if call.writes.is_empty() {
        return no_writes(call);
    }
    let mut state = call.session.as_ref().map(|s| SessionState::load(dir, s, &call.cwd));
    let mut found: Vec<(PathBuf, bool, NewFinding)> = Vec::new();
    for w in &call.writes {
        let target = w.move_to.as_ref().unwrap_or(&w.path);
        if matches!(w.op, Op::Delete) || !target.exists() {
            if let Some(state) = &mut state {
                state.introduced.remove(target);
            }
            continue;
        }
        let after_text = read_text(target)?;
        let after = engine.scan(target, &after_text);
        let present = gate::fingerprints(&after_text, &after);
        // Only the record of this same tool call: a denied call's record is stale.
        let recorded = state.as_mut().and_then(|s| s.before_write.remove(target)).filter(|(id, _)| *id == call.tool_use_id).map(|(_, seen)| seen);
        let before: Option<Vec<gate::Seen>> = match (&w.op, recorded) {
            (_, Some(seen)) => Some(seen),
            (Op::Fragment(_), None) => None,
            // Undo the edit to see the file as it was; a whole-file write without a pre-tool
            // record is a new file.
            (op, None) => match op.unapply(&after_text) {
                Some(before_text) => Some(engine.seen(&w.path, &before_text, &engine.scan(&w.path, &before_text))),
                None if matches!(op, Op::Write(_)) => Some(Vec::new()),
                None => None,
            },
        };
        let (fragment, new) = match (&w.op, &before) {
            (_, Some(before)) => {
                let active: Vec<String> = before.iter().filter(|s| !s.suppressed).map(|s| s.fingerprint.clone()).collect();
                (false, gate::introduced(&active, &after_text, &after))
            }
            (Op::Fragment(code), None) => {
                let in_code = engine.scan(target, code);
                (true, gate::introduced(&[], code, &in_code).into_iter().filter(|f| present.contains(&f.fingerprint)).collect())
            }
            // The edit cannot be undone (the file changed again since): only findings in the
            // code the edit wrote are its own.
            (op, None) => {
                let written: String = match op {
                    Op::Replace(rs) => rs.iter().map(|r| r.new.as_str()).collect::<Vec<_>>().join("\n"),
                    Op::Patch(hunks) => hunks.iter().flat_map(|h| h.new.iter().map(String::as_str)).collect::<Vec<_>>().join("\n"),
                    _ => String::new(),
                };
                let in_code = gate::fingerprints(&written, &engine.scan(target, &written));
                (false, gate::introduced(&[], &after_text, &after).into_iter().filter(|f| in_code.contains(&f.fingerprint)).collect())
            }
        };
        // The lifecycle: introduced (or let through despite the gate), fixed, suppressed.
        for f in &new {
            let decision = if f.severity >= settings.gate { "allowed-despite" } else { "introduced" };
            lifecycle.push(Lifecycle { file: target.clone(), rule_id: f.rule_id.clone(), severity: f.severity, fingerprint: f.fingerprint.clone(), decision });
        }
        if let Some(before) = &before {
            let after_seen = engine.seen(target, &after_text, &after);
            let before_active: Vec<gate::Seen> = before.iter().filter(|s| !s.suppressed).cloned().collect();
            let before_hidden: Vec<gate::Seen> = before.iter().filter(|s| s.suppressed).cloned().collect();
            let after_hidden: Vec<gate::Seen> = after_seen.iter().filter(|s| s.suppressed).cloned().collect();
            for s in gate::minus(&before_active, &after_seen) {
                lifecycle.push(Lifecycle { file: target.clone(), rule_id: s.rule_id.clone(), severity: s.severity, fingerprint: s.fingerprint.clone(), decision: "fixed" });
            }
            for s in gate::minus(&after_hidden, &before_hidden) {
                lifecycle.push(Lifecycle { file: target.clone(), rule_id: s.rule_id.clone(), severity: s.severity, fingerprint: s.fingerprint.clone(), decision: "suppressed" });
            }
        }
        if let Some(state) = &mut state {
            let fps: Vec<String> = new.iter().filter(|f| f.severity >= settings.gate).map(|f| f.fingerprint.clone()).collect();
            state.update_file(target, &fps, &present);
        }
        found.extend(new.into_iter().map(|f| (target.clone(), fragment, f)));
    }
    if let (Some(state), Some(session)) = (&state, &call.session) {
        state.save_or_note(dir, session, &call.cwd);
    }
    let shown_findings: Vec<&(PathBuf, bool, NewFinding)> = found.iter().filter(|(_, _, f)| f.severity >= settings.report).collect();
    if shown_findings.is_empty() {
        return Ok(Verdict::Allow);
    }
    let urgent = shown_findings.iter().any(|(_, _, f)| f.severity >= settings.gate);
    let n = shown_findings.len();
    let files: Vec<String> = dedup(shown_findings.iter().map(|(p, _, _)| shown(&call.cwd, p)));
    let mut text = format!("Redline: this edit introduced {n} security finding{} in {}.\n", plural(n), files.join(", "));
    list(&mut text, &call.cwd, shown_findings.iter().map(|(p, fragment, f)| (p.as_path(), *fragment, f)), settings.max_findings);
    text.push_str(if urgent { "Fix them now, before going on." } else { "Fix them unless there is a reason not to." });
    Ok(Verdict::Feedback { text, urgent })
}

fn stop(engine: &Scan<'_>, call: &Call, settings: &HookSettings, dir: Option<&Path>) -> Verdict {
    // The agent is already continuing because of an earlier stop answer: let it end.
    let Some(session) = &call.session else { return Verdict::Allow };
    if call.stop_hook_active {
        return Verdict::Allow;
    }
    let mut state = SessionState::load(dir, session, &call.cwd);
    let mut open: Vec<(PathBuf, NewFinding)> = Vec::new();
    let recorded: Vec<(PathBuf, Vec<String>)> = state.introduced.iter().map(|(p, f)| (p.clone(), f.clone())).collect();
    for (path, fps) in recorded {
        let Ok(bytes) = std::fs::read(&path) else {
            state.introduced.remove(&path);
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let all = gate::describe_all(&text, &engine.scan(&path, &text));
        let present: Vec<String> = all.iter().map(|f| f.fingerprint.clone()).collect();
        state.update_file(&path, &[], &present);
        open.extend(all.into_iter().filter(|f| fps.contains(&f.fingerprint) && f.severity >= settings.gate).map(|f| (path.clone(), f)));
    }
    state.save_or_note(dir, session, &call.cwd);
    if open.is_empty() {
        return Verdict::Allow;
    }
    let n = open.len();
    let files: Vec<String> = dedup(open.iter().map(|(p, _)| shown(&call.cwd, p)));
    let mut reason = format!(
        "Redline: {n} security finding{} introduced by edits in this session {} still in {}.\n",
        plural(n),
        if n == 1 { "is" } else { "are" },
        files.join(", ")
    );
    list(&mut reason, &call.cwd, open.iter().map(|(p, f)| (p.as_path(), false, f)), settings.max_findings);
    reason.push_str("Fix them before finishing.");
    Verdict::Deny { reason, summary: format!("Redline: {n} security finding{} still open", plural(n)) }
}

/// One line per finding: where, which rule, why, and the fix.
fn list<'a>(out: &mut String, cwd: &Path, findings: impl Iterator<Item = (&'a Path, bool, &'a NewFinding)>, max: usize) {
    let findings: Vec<_> = findings.collect();
    for (path, fragment, f) in findings.iter().take(max) {
        let place = match shown(cwd, path) {
            p if p == SHELL_COMMAND => format!("{SHELL_COMMAND} (line {})", f.line),
            p if *fragment => format!("{p} (inserted code, line {})", f.line),
            p => format!("{p}:{}", f.line),
        };
        let fix = f.fix.as_ref().map(|x| format!(" Fix: {x}.")).unwrap_or_default();
        let message = f.message.trim_end_matches('.');
        out.push_str(&format!("- {place} [{} {}] {message}.{fix}\n", f.rule_id, f.severity.as_str()));
    }
    if findings.len() > max {
        out.push_str(&format!("- … and {} more (run `redline check` on the file for all of them)\n", findings.len() - max));
    }
}

fn shown(cwd: &Path, path: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

fn dedup(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
