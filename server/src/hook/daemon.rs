//! The warm hook server: a hook is a process per tool call, and compiling a language's rules
//! costs that process 0.2-0.3 s (tree-sitter analyses every query pattern against the grammar).
//! The first hook call of a session does the work itself and starts `redline hook serve` in the
//! background; later calls hand their input to it over a Unix socket and get the answer back
//! in milliseconds, from rules compiled once.
//!
//! The server is an optimisation only: any failure to reach it (none running, a stale socket,
//! a timeout) falls back to doing the work in the hook process. It listens on a socket in the
//! user's private state directory (mode 0700), named after the binary (path, size, mtime), so
//! an upgraded binary never talks to an old server; it exits after 15 minutes without a call.
//! `REDLINE_HOOK_DAEMON=0` turns it off.

use std::path::{Path, PathBuf};

use super::answer::Answer;
use super::payload::Agent;

/// The server exits after this long without a request.
const IDLE_EXIT: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// How long a hook waits for the server's answer before doing the work itself.
const ANSWER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

pub fn enabled() -> bool {
    cfg!(unix) && std::env::var_os("REDLINE_HOOK_DAEMON").is_none_or(|v| v != "0")
}

/// The socket of this binary's server in `state_dir`.
pub fn socket_path(state_dir: &Path) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let mtime = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos();
    let id = super::gate::fnv1a(&[exe.as_os_str().as_encoded_bytes(), &meta.len().to_le_bytes(), &mtime.to_le_bytes()]);
    Some(state_dir.join(format!("hookd-{:08x}.sock", id as u32)))
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Request {
    agent: String,
    event: Option<String>,
    fail_closed: bool,
    config: Option<PathBuf>,
    cwd: PathBuf,
    state_dir: Option<PathBuf>,
    input: String,
    /// Ends the server (tests).
    #[serde(default)]
    shutdown: bool,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Response {
    stdout: Option<String>,
    stderr: Option<String>,
    exit: u8,
}

#[cfg(unix)]
pub fn ask(agent: Agent, event: Option<&str>, input: &str, options: &super::Options) -> Option<Answer> {
    use std::io::{BufRead, Write};
    let socket = socket_path(options.state_dir.as_deref()?)?;
    let mut stream = std::os::unix::net::UnixStream::connect(&socket).ok()?;
    stream.set_read_timeout(Some(ANSWER_TIMEOUT)).ok()?;
    stream.set_write_timeout(Some(ANSWER_TIMEOUT)).ok()?;
    let request = Request {
        agent: agent.name().to_owned(),
        event: event.map(str::to_owned),
        fail_closed: options.fail_closed,
        config: options.config.clone(),
        cwd: options.cwd.clone(),
        state_dir: options.state_dir.clone(),
        input: input.to_owned(),
        shutdown: false,
    };
    let mut line = serde_json::to_string(&request).ok()?;
    line.push('\n');
    stream.write_all(line.as_bytes()).ok()?;
    let mut reader = std::io::BufReader::new(stream);
    let mut answer = String::new();
    reader.read_line(&mut answer).ok()?;
    let r: Response = serde_json::from_str(&answer).ok()?;
    Some(Answer { stdout: r.stdout, stderr: r.stderr, exit: r.exit })
}

#[cfg(not(unix))]
pub fn ask(_: Agent, _: Option<&str>, _: &str, _: &super::Options) -> Option<Answer> {
    None
}

/// Starts a server in the background, detached from the hook's process group (agents may
/// kill the group when the hook returns), with no inherited pipes (agents wait for the hook's
/// stdout to close).
pub fn start(state_dir: Option<&Path>) {
    let Some(dir) = state_dir else { return };
    if super::session::create_private_dir(dir).is_err() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else { return };
    let mut cmd = std::process::Command::new(exe);
    cmd.args(["hook", "serve"])
        .env("REDLINE_STATE_DIR", dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::os::unix::process::CommandExt;
        #[allow(unsafe_code)]
        // SAFETY: `setsid` is async-signal-safe; it runs in the child between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                Ok(())
            });
        }
    }
    let _ = cmd.spawn();
}

/// `redline hook serve`: answers hook requests until idle.
#[cfg(unix)]
pub fn serve() -> std::process::ExitCode {
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    let Some(dir) = super::session::state_dir() else { return std::process::ExitCode::from(2) };
    let Some(socket) = socket_path(&dir) else { return std::process::ExitCode::from(2) };
    if super::session::create_private_dir(&dir).is_err() {
        return std::process::ExitCode::from(2);
    }
    // Another server already answers: leave it be. Otherwise the socket file is stale.
    if UnixStream::connect(&socket).is_ok() {
        return std::process::ExitCode::SUCCESS;
    }
    let _ = std::fs::remove_file(&socket);
    let Ok(listener) = UnixListener::bind(&socket) else { return std::process::ExitCode::from(2) };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o600));
    }
    let started = std::time::Instant::now();
    let last = Arc::new(AtomicU64::new(0));
    let engines = Arc::new(Cache::default());
    {
        let last = last.clone();
        let socket = socket.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(std::time::Duration::from_secs(5));
            let idle = started.elapsed().saturating_sub(std::time::Duration::from_millis(last.load(Ordering::Relaxed)));
            if idle > IDLE_EXIT {
                let _ = std::fs::remove_file(&socket);
                std::process::exit(0);
            }
        });
    }
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        last.store(started.elapsed().as_millis() as u64, Ordering::Relaxed);
        let engines = engines.clone();
        let socket = socket.clone();
        std::thread::spawn(move || {
            if answer(stream, &engines) == Some(true) {
                let _ = std::fs::remove_file(&socket);
                std::process::exit(0);
            }
        });
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(not(unix))]
pub fn serve() -> std::process::ExitCode {
    crate::note!("error: the hook server needs Unix sockets");
    std::process::ExitCode::from(2)
}

/// Serves one request; `Some(true)` when it asked the server to end.
#[cfg(unix)]
fn answer(stream: std::os::unix::net::UnixStream, engines: &Cache) -> Option<bool> {
    use std::io::{BufRead, Write};
    stream.set_read_timeout(Some(ANSWER_TIMEOUT)).ok()?;
    let mut reader = std::io::BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let request: Request = serde_json::from_str(&line).ok()?;
    if request.shutdown {
        return Some(true);
    }
    let agent = Agent::parse(&request.agent)?;
    let options =
        super::Options { fail_closed: request.fail_closed, config: request.config, cwd: request.cwd, state_dir: request.state_dir };
    // A panic in one request must not take the server down with the answer unsent.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        super::handle(agent, request.event.as_deref(), &request.input, &options, engines)
    }))
    .unwrap_or_else(|_| Err("internal error in the hook server".into()));
    let a = super::decide(agent, request.event.as_deref(), outcome, options.fail_closed);
    let mut out = serde_json::to_string(&Response { stdout: a.stdout, stderr: a.stderr, exit: a.exit }).ok()?;
    out.push('\n');
    let mut stream = stream;
    stream.write_all(out.as_bytes()).ok()?;
    Some(false)
}

/// Compiled rule sets by configuration: the config file's path and text, and the files of its
/// rule directories with their modification times (an edited rule file is a new entry).
#[derive(Default)]
struct Cache {
    entries: std::sync::Mutex<Vec<(u64, std::sync::Arc<crate::engine::Engine>)>>,
    files: super::gate::FileCache,
}

/// At most this many configurations stay compiled.
const MAX_ENGINES: usize = 8;

impl super::Engines for Cache {
    fn engine(&self, config: &crate::config::Config) -> std::sync::Arc<crate::engine::Engine> {
        let key = config_key(config);
        if let Some((_, e)) = self.entries.lock().unwrap_or_else(|p| p.into_inner()).iter().find(|(k, _)| *k == key) {
            return e.clone();
        }
        let engine = std::sync::Arc::new(
            crate::engine::Engine::new(config.build_ruleset(), config.limits()).with_project(std::sync::Arc::new(crate::deps::imports::DiskFiles::new())),
        );
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= MAX_ENGINES {
            entries.remove(0);
        }
        entries.push((key, engine.clone()));
        engine
    }

    fn file_cache(&self) -> Option<&super::gate::FileCache> {
        Some(&self.files)
    }
}

fn config_key(config: &crate::config::Config) -> u64 {
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if let Some(p) = &config.path {
        parts.push(p.as_os_str().as_encoded_bytes().to_vec());
        parts.push(std::fs::read(p).unwrap_or_default());
    }
    parts.push(vec![u8::from(config.agent_floor)]);
    let dirs = config.file.rule_dirs.iter().map(|d| config.root.join(d)).chain(config.user_rule_dirs.iter().cloned());
    for dir in dirs {
        let mut files: Vec<(PathBuf, u128)> = walk(&dir);
        files.sort();
        for (f, t) in files {
            parts.push(f.as_os_str().as_encoded_bytes().to_vec());
            parts.push(t.to_le_bytes().to_vec());
        }
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    super::gate::fnv1a(&refs)
}

fn walk(dir: &Path) -> Vec<(PathBuf, u128)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let Ok(meta) = e.metadata() else { continue };
            if meta.is_dir() {
                stack.push(e.path());
            } else {
                let t = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
                out.push((e.path(), t + u128::from(meta.len())));
            }
        }
    }
    out
}

#[cfg(not(unix))]
pub fn shutdown(_: &Path) -> bool {
    false
}

/// Asks the server for `state_dir` to end (`redline hook stop-server`; tests and benchmarks
/// clean up with it).
#[cfg(unix)]
pub fn shutdown(state_dir: &Path) -> bool {
    use std::io::Write;
    let Some(socket) = socket_path(state_dir) else { return false };
    let Ok(mut stream) = std::os::unix::net::UnixStream::connect(&socket) else { return false };
    let request = Request {
        agent: String::new(),
        event: None,
        fail_closed: false,
        config: None,
        cwd: PathBuf::new(),
        state_dir: None,
        input: String::new(),
        shutdown: true,
    };
    let Ok(mut line) = serde_json::to_string(&request) else { return false };
    line.push('\n');
    stream.write_all(line.as_bytes()).is_ok()
}
