//! A small LSP client for end-to-end tests: spawns `redline lsp`, frames JSON-RPC over its
//! stdio, answers the server's own requests, and lets a test wait for notifications.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub struct LspClient {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<(Instant, Value)>,
    next_id: i64,
    /// Notifications received but not yet consumed.
    pub backlog: VecDeque<Value>,
    /// Arrival times of backlog entries (parallel to `backlog`).
    arrivals: VecDeque<Instant>,
    /// When the message last returned by a wait arrived (read by the reader thread).
    pub last_arrival: Instant,
    /// Every server-to-client request (method, params), e.g. `client/registerCapability`.
    pub server_requests: Vec<(String, Value)>,
}

pub const TIMEOUT: Duration = Duration::from_secs(20);

fn write_message(w: &mut impl Write, v: &Value) {
    let body = serde_json::to_string(v).expect("serialize");
    write!(w, "Content-Length: {}\r\n\r\n{}", body.len(), body).expect("write to server");
    w.flush().expect("flush");
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            len = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl LspClient {
    /// Starts `redline lsp` in `root` and completes the initialize handshake.
    pub fn start(root: &std::path::Path, capabilities: Value, init_options: Value) -> LspClient {
        Self::start_server(Command::new(crate::redline_bin()).arg("lsp"), root, capabilities, init_options).0
    }

    /// Starts another language server (a peer, for side-by-side benchmarks) in `root`;
    /// returns the client and the server's `initialize` result.
    pub fn start_server(command: &mut Command, root: &std::path::Path, capabilities: Value, init_options: Value) -> (LspClient, Value) {
        let mut child = command
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(if std::env::var_os("REDLINE_TEST_STDERR").is_some() { Stdio::inherit() } else { Stdio::null() })
            .spawn()
            .expect("spawn the language server");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(msg) = read_message(&mut reader) {
                if tx.send((Instant::now(), msg)).is_err() {
                    break;
                }
            }
        });
        let mut client =
            LspClient {
                child,
                stdin,
                rx,
                next_id: 1,
                backlog: VecDeque::new(),
                arrivals: VecDeque::new(),
                last_arrival: Instant::now(),
                server_requests: Vec::new(),
            };
        let root_uri = uri_of(root);
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": [{ "uri": root_uri, "name": "ws" }],
                "capabilities": capabilities,
                "initializationOptions": init_options,
            }),
        );
        assert!(result.get("capabilities").is_some(), "initialize failed: {result}");
        client.notify("initialized", json!({}));
        (client, result)
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        write_message(&mut self.stdin, &json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a raw string as a message body (for malformed-input tests).
    pub fn send_raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).expect("write");
        self.stdin.flush().expect("flush");
    }

    /// Writes raw bytes to the server's stdin (for framing tests).
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write");
        self.stdin.flush().expect("flush");
    }

    /// Sends a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        write_message(&mut self.stdin, &json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        id
    }

    /// Waits for a response (or error) whose id is `id`; `None` on time-out.
    pub fn response(&mut self, id: &Value, timeout: Duration) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let msg = self.recv(deadline)?;
            if msg.get("id") == Some(id) && msg.get("method").is_none() {
                return Some(msg);
            }
            self.push_backlog(msg);
        }
    }

    /// Waits up to `timeout` for the server to exit; its exit code.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// Sends a request and waits for its response; returns `result` (or the error object).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        write_message(&mut self.stdin, &json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let msg = self.recv(deadline).unwrap_or_else(|| panic!("no response to {method}"));
            if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() {
                return msg.get("result").cloned().or_else(|| msg.get("error").cloned()).unwrap_or(Value::Null);
            }
            self.push_backlog(msg);
        }
    }

    fn push_backlog(&mut self, msg: Value) {
        self.backlog.push_back(msg);
        self.arrivals.push_back(self.last_arrival);
    }

    fn recv(&mut self, deadline: Instant) -> Option<Value> {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = match self.rx.recv_timeout(left) {
                Ok((at, m)) => {
                    self.last_arrival = at;
                    m
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
            };
            // Answer the server's requests (registerCapability, progress create, refresh).
            if let (Some(method), Some(id)) = (msg.get("method").and_then(Value::as_str), msg.get("id")) {
                self.server_requests.push((method.to_owned(), msg.get("params").cloned().unwrap_or(Value::Null)));
                write_message(&mut self.stdin, &json!({ "jsonrpc": "2.0", "id": id, "result": null }));
                continue;
            }
            return Some(msg);
        }
    }

    /// Waits for a notification `method` whose params satisfy `pred`; earlier non-matching
    /// notifications are kept in the backlog.
    pub fn wait_for(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        self.try_wait_for(method, TIMEOUT, pred).unwrap_or_else(|| panic!("timed out waiting for {method}"))
    }

    pub fn try_wait_for(&mut self, method: &str, timeout: Duration, pred: impl Fn(&Value) -> bool) -> Option<Value> {
        if let Some(i) = self.backlog.iter().position(|m| m["method"] == method && pred(&m["params"])) {
            if let Some(at) = self.arrivals.remove(i) {
                self.last_arrival = at;
            }
            return self.backlog.remove(i).map(|m| m["params"].clone());
        }
        let deadline = Instant::now() + timeout;
        loop {
            let msg = self.recv(deadline)?;
            if msg["method"] == method && pred(&msg["params"]) {
                return Some(msg["params"].clone());
            }
            self.push_backlog(msg);
        }
    }

    pub fn clear_backlog(&mut self) {
        self.backlog.clear();
        self.arrivals.clear();
    }

    /// Waits for the diagnostics of `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let p = self.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri && p["version"] == version);
        p["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    pub fn open(&mut self, uri: &str, language_id: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language_id, "version": 1, "text": text } }),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify("textDocument/didChange", json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": changes }));
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the server process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn shutdown(mut self) {
        let _ = self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub fn uri_of(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}

/// Applies LSP text edits (UTF-16 positions) to `text`, for checking code actions.
pub fn apply_lsp_edits(text: &str, edits: &[Value]) -> String {
    let offset = |pos: &Value| -> usize {
        let line = pos["line"].as_u64().unwrap_or(0) as usize;
        let ch = pos["character"].as_u64().unwrap_or(0) as usize;
        let mut off = 0;
        for (i, l) in text.split_inclusive('\n').enumerate() {
            if i == line {
                let mut units = 0;
                for (b, c) in l.char_indices() {
                    if units >= ch || c == '\n' {
                        return off + b;
                    }
                    units += c.len_utf16();
                }
                return off + l.trim_end_matches('\n').len();
            }
            off += l.len();
        }
        text.len()
    };
    let mut sorted: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| (offset(&e["range"]["start"]), offset(&e["range"]["end"]), e["newText"].as_str().unwrap_or("").to_owned()))
        .collect();
    sorted.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut out = text.to_owned();
    for (s, e, t) in sorted {
        out.replace_range(s..e, &t);
    }
    out
}
