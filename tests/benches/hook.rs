//! Hook benchmark: the wall time of `redline hook claude PreToolUse` as an agent runs it — a
//! process start, the payload on stdin, the answer on stdout — for an `Edit` of a generated
//! 2,000-line Python file with the default rules. Edits alternate between one that introduces
//! SQL injection (denied) and a harmless one (allowed); neither is applied, as when the agent
//! retries.
//!
//! Two rows: `warm`, with the hook server running (every call after a session's first), and
//! `cold`, each call alone (`REDLINE_HOOK_DAEMON=0`: the process compiles the Python rules).
//!
//! Run (release build first):
//!   cargo build --release -p redline && cargo bench -p redline-tests --bench hook

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

use redline_tests::measure::percentile;
use redline_tests::{corpus, redline_bin};
use serde_json::json;

fn main() {
    let bin = std::env::var_os("REDLINE_BIN").map(std::path::PathBuf::from).unwrap_or_else(|| {
        let release = redline_tests::workspace_root().join("target/release/redline");
        if release.exists() {
            release
        } else {
            redline_bin()
        }
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let state = tempfile::tempdir().expect("tempdir");
    let text = corpus::python(2_000, 7);
    let file = dir.path().join("service.py");
    std::fs::write(&file, &text).expect("write");
    // An ordinary statement in the middle of a function, to edit after.
    let lines: Vec<&str> = text.lines().collect();
    let anchor = (lines.len() / 2..lines.len())
        .map(|i| lines[i])
        .find(|l| l.starts_with("        ") && l.trim_end().ends_with(')') && text.matches(*l).count() == 1)
        .expect("an anchor line");
    let edit = |new: &str| {
        json!({
            "session_id": "bench", "transcript_path": "/tmp/t.jsonl", "cwd": dir.path(), "permission_mode": "default",
            "hook_event_name": "PreToolUse", "tool_name": "Edit", "tool_use_id": "toolu_bench",
            "tool_input": {"file_path": file, "old_string": anchor, "new_string": format!("{anchor}\n{new}")},
        })
        .to_string()
    };
    let insecure = edit("        cursor.execute(\"SELECT * FROM orders WHERE id = \" + order_id)");
    let harmless = edit("        log.info(\"processed %s\", order_id)");
    let run = |payload: &str, daemon: bool| -> (f64, String) {
        let t = Instant::now();
        let mut child = Command::new(&bin)
            .args(["hook", "claude", "PreToolUse"])
            .current_dir(dir.path())
            .env("REDLINE_STATE_DIR", state.path())
            .env("REDLINE_HOOK_DAEMON", if daemon { "1" } else { "0" })
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        child.stdin.take().expect("stdin").write_all(payload.as_bytes()).expect("write");
        let out = child.wait_with_output().expect("wait");
        (t.elapsed().as_secs_f64() * 1e3, String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let quick = std::env::var_os("REDLINE_BENCH_QUICK").is_some();
    let (n_warm, n_cold) = if quick { (40, 6) } else { (200, 20) };
    // Start the server and wait until it answers.
    run(&insecure, true);
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if run(&harmless, true).0 < 50.0 {
            break;
        }
    }
    let mut warm = Vec::new();
    for i in 0..n_warm {
        let (ms, out) = run(if i % 2 == 0 { &insecure } else { &harmless }, true);
        assert_eq!(out.contains("\"deny\""), i % 2 == 0, "{out}");
        warm.push(ms);
    }
    let _ = Command::new(&bin).args(["hook", "stop-server"]).env("REDLINE_STATE_DIR", state.path()).output();
    // The server's own time per call (`latency_ms` of the audit log's call records).
    let mut server_ms: Vec<f64> = Vec::new();
    for e in std::fs::read_dir(dir.path().join(".redline/audit")).map(|d| d.flatten().collect::<Vec<_>>()).unwrap_or_default() {
        for line in std::fs::read_to_string(e.path()).unwrap_or_default().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
            if let Some(ms) = v["latency_ms"].as_f64().filter(|_| v["event"] != "finding") {
                server_ms.push(ms);
            }
        }
    }
    let mut cold = Vec::new();
    for i in 0..n_cold {
        let (ms, out) = run(if i % 2 == 0 { &insecure } else { &harmless }, false);
        assert_eq!(out.contains("\"deny\""), i % 2 == 0, "{out}");
        cold.push(ms);
    }
    println!("\nhook call, 2,000-line Python file, Edit (ms)     n    median       p95       p99       max");
    let server_ms: Vec<f64> = server_ms.split_off(server_ms.len().saturating_sub(warm.len()));
    for (name, s) in [("warm (hook server running)", &warm), ("  of which the server's analysis", &server_ms), ("cold (REDLINE_HOOK_DAEMON=0)", &cold)] {
        if s.is_empty() {
            continue;
        }
        println!("{name:<44} {:>5} {:>9.2} {:>9.2} {:>9.2} {:>9.2}", s.len(), percentile(s, 50.0), percentile(s, 95.0), percentile(s, 99.0), percentile(s, 100.0));
    }
}
