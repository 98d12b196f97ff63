//! LSP replay benchmark: drives the real `redline lsp` binary over stdio like an editor and
//! measures the time from sending a `didChange` to receiving the `publishDiagnostics` for that
//! version (or a later one). When the full analysis is slow the server first publishes a local
//! one (the edited statements re-checked) and then the exact result if it differs: the
//! `settled` rows time that last publish for the version.
//!
//! Scenarios, each on generated 10,000-line Python, JavaScript and Go files:
//! - `keystroke`: typing a line in the middle of the file at 10 keystrokes per second;
//! - `paste50`: pasting 50-line blocks, one every 300 ms;
//! - `agent`: a file written from scratch in bursts of 5 lines every 50 ms (the lag of the
//!   published diagnostics behind each version).
//!
//! Side by side, in the same run: ast-grep's language server (`pip install ast-grep-cli`; skipped
//! when `ast-grep` is not on PATH) on the same Python and JavaScript files and edits, with the
//! rules in `peer/ast-grep-rules.yml` (written for this benchmark). It declares full document
//! sync, so it is sent the whole text on each change, as an editor would.
//!
//! Run (release build of the server first):
//!   cargo build --release -p redline && cargo bench -p redline-tests --bench lsp_replay
//! `REDLINE_BENCH_QUICK=1` runs fewer iterations; `REDLINE_BENCH_LANGS=javascript,go` runs only
//! those languages.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use redline_tests::corpus;
use redline_tests::lsp_client::{uri_of, LspClient};
use redline_tests::measure::{peak_rss_kb, percentile};
use serde_json::{json, Value};

struct Stats {
    name: String,
    samples: Vec<f64>,
}

impl Stats {
    fn pct(&self, p: f64) -> f64 {
        percentile(&self.samples, p)
    }
}

fn range(l1: usize, c1: usize, l2: usize, c2: usize) -> Value {
    json!({ "start": { "line": l1, "character": c1 }, "end": { "line": l2, "character": c2 } })
}

/// The benchmark's side of an open document: sends insertions as incremental changes, or, for a
/// server that declared full document sync (a peer), keeps the text and sends all of it.
struct EditorDoc {
    uri: String,
    full_text: Option<String>,
}

impl EditorDoc {
    fn insert(&mut self, c: &mut LspClient, version: i64, line: usize, col: usize, text: &str) {
        match &mut self.full_text {
            None => c.change(&self.uri, version, json!([{ "range": range(line, col, line, col), "text": text }])),
            Some(full) => {
                // ASCII text: columns are bytes.
                let line_start: usize = full.split_inclusive('\n').take(line).map(str::len).sum();
                full.insert_str(line_start + col, text);
                c.change(&self.uri, version, json!([{ "text": full.as_str() }]));
            }
        }
    }
}

/// Waits for a publish for `uri` with version >= `version`; returns when it arrived (as
/// stamped by the client's reader thread).
fn wait_publish(c: &mut LspClient, uri: &str, version: i64) -> Instant {
    c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri && p["version"].as_i64().is_some_and(|v| v >= version));
    c.last_arrival
}

/// After the first publish for `version`, collects any later publish for the same version
/// (the exact result following an early local one) until `deadline`; returns when the last
/// one arrived.
fn wait_settled(c: &mut LspClient, uri: &str, version: i64, first: Instant, deadline: Instant) -> Instant {
    let mut last = first;
    while let Some(remaining) = deadline.checked_duration_since(Instant::now()) {
        if c.try_wait_for("textDocument/publishDiagnostics", remaining, |p| p["uri"] == uri && p["version"].as_i64() == Some(version)).is_none() {
            break;
        }
        last = c.last_arrival;
    }
    last
}

/// Milliseconds to the first publish for each version, and to the last one (settled).
type Latencies = (Vec<f64>, Vec<f64>);

fn keystrokes(c: &mut LspClient, doc: &mut EditorDoc, lang: &str, line: usize, n: usize, version: &mut i64) -> Latencies {
    let uri = doc.uri.clone();
    let uri = uri.as_str();
    let typed = match lang {
        "python" => "        total_amount = compute_total(order_items, discount_rate=0.15)  # recalculated",
        "go" => "	totalAmount := computeTotal(orderItems, 0.15) // recalculated",
        _ => "  const totalAmount = computeTotal(orderItems, { discountRate: 0.15 }); // recalculated",
    };
    let (mut first, mut settled) = (Vec::new(), Vec::new());
    for (i, ch) in typed.chars().cycle().take(n).enumerate() {
        *version += 1;
        let sent = Instant::now();
        doc.insert(c, *version, line, i, &ch.to_string());
        let got = wait_publish(c, uri, *version);
        first.push((got - sent).as_secs_f64() * 1000.0);
        // 10 keystrokes per second.
        let last = wait_settled(c, uri, *version, got, sent + Duration::from_millis(95));
        settled.push((last - sent).as_secs_f64() * 1000.0);
        std::thread::sleep(Duration::from_millis(100).saturating_sub(sent.elapsed()));
    }
    (first, settled)
}

fn pastes(c: &mut LspClient, doc: &mut EditorDoc, lang: &str, line: usize, n: usize, version: &mut i64) -> Latencies {
    let uri = doc.uri.clone();
    let uri = uri.as_str();
    let block: String = match lang {
        "python" => (0..50).map(|i| format!("        value_{i} = self.compute({i}, scale=2)\n")).collect(),
        "go" => (0..50).map(|i| format!("\t\tvalue{i} := compute({i}, 2)\n")).collect(),
        _ => (0..50).map(|i| format!("  const value{i} = compute({i}, {{ scale: 2 }});\n")).collect(),
    };
    let (mut first, mut settled) = (Vec::new(), Vec::new());
    for _ in 0..n {
        *version += 1;
        let sent = Instant::now();
        doc.insert(c, *version, line, 0, &block);
        let got = wait_publish(c, uri, *version);
        first.push((got - sent).as_secs_f64() * 1000.0);
        let last = wait_settled(c, uri, *version, got, sent + Duration::from_millis(290));
        settled.push((last - sent).as_secs_f64() * 1000.0);
        std::thread::sleep(Duration::from_millis(300).saturating_sub(sent.elapsed()));
    }
    (first, settled)
}

/// Writes `text` into an empty document in bursts of 5 lines every 50 ms; returns, for each
/// version, how long after it was sent diagnostics for it (or a later version) arrived.
fn agent_session(c: &mut LspClient, uri: &str, text: &str) -> Vec<f64> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut sent_at: HashMap<i64, Instant> = HashMap::new();
    let mut version = 1;
    let mut line = 0;
    for chunk in lines.chunks(5) {
        version += 1;
        let t: String = chunk.concat();
        sent_at.insert(version, Instant::now());
        c.change(uri, version, json!([{ "range": range(line, 0, line, 0), "text": t }]));
        line += chunk.len();
        std::thread::sleep(Duration::from_millis(50));
    }
    let last = version;
    // Collect every publish until the last version is covered.
    let mut covered = 1;
    let mut lags = Vec::new();
    loop {
        let p = c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri);
        let now = c.last_arrival;
        let v = p["version"].as_i64().unwrap_or(0);
        for pending in (covered + 1)..=v {
            if let Some(t) = sent_at.get(&pending) {
                lags.push((now - *t).as_secs_f64() * 1000.0);
            }
        }
        covered = covered.max(v);
        if covered >= last {
            break;
        }
    }
    lags
}

/// The line in the middle of the file where the scenarios type and paste: after a statement in
/// a function body, with the indentation the typed and pasted code uses.
fn middle_line(lang: &str, text: &str) -> usize {
    let indent = match lang {
        "python" => "        ",
        "go" => "\t\t",
        _ => "  ",
    };
    let lines: Vec<&str> = text.lines().collect();
    (lines.len() / 2..lines.len())
        .find(|&i| {
            let l = lines[i];
            l.starts_with(indent) && !l[indent.len()..].starts_with([' ', '\t', '}', ')']) && !l.trim_end().ends_with(['(', '{', ':', ','])
        })
        .map_or(lines.len() / 2, |i| i + 1)
}

/// Opens `text`, adds an empty line in the middle, then runs the keystroke and paste scenarios.
/// Returns (keystroke, paste) latencies.
fn edit_scenarios(c: &mut LspClient, mut doc: EditorDoc, lang: &str, text: &str, n_keys: usize, n_pastes: usize) -> (Latencies, Latencies) {
    let uri = doc.uri.clone();
    c.open(&uri, lang, text);
    wait_publish(c, &uri, 1);
    let mut version = 1;
    let middle = middle_line(lang, text);
    version += 1;
    doc.insert(c, version, middle, 0, "\n");
    wait_publish(c, &uri, version);
    let keys = keystrokes(c, &mut doc, lang, middle, n_keys, &mut version);
    let pasted = pastes(c, &mut doc, lang, middle + 1, n_pastes, &mut version);
    (keys, pasted)
}

/// Writes an ast-grep project (sgconfig.yml and rules for the Python and JavaScript sinks the
/// scenarios' files contain) into `dir`.
fn write_ast_grep_project(dir: &std::path::Path) {
    let rules_dir = dir.join("rules");
    std::fs::create_dir_all(&rules_dir).expect("mkdir");
    std::fs::write(dir.join("sgconfig.yml"), "ruleDirs:\n  - rules\n").expect("write");
    let src = redline_tests::workspace_root().join("tests/benches/peer/ast-grep-rules.yml");
    let all = std::fs::read_to_string(&src).expect("read the peer rules");
    for (i, rule) in all.split("\n---\n").enumerate() {
        std::fs::write(rules_dir.join(format!("rule{i}.yml")), rule).expect("write rule");
    }
}

fn main() {
    // `cargo bench` passes `--bench`; ignore arguments.
    let quick = std::env::var_os("REDLINE_BENCH_QUICK").is_some();
    let (n_keys, n_pastes, agent_lines) = if quick { (20, 5, 400) } else { (100, 30, 2000) };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut results: Vec<Stats> = Vec::new();
    let mut rss = Vec::new();
    let mut ratios = Vec::new();
    let only = std::env::var("REDLINE_BENCH_LANGS").ok();
    let wanted = |lang: &str| only.as_deref().is_none_or(|l| l.split(',').any(|x| x.trim() == lang));
    for (lang, ext, generate) in [
        ("python", "py", corpus::python as fn(usize, u64) -> String),
        ("javascript", "js", corpus::javascript),
        ("go", "go", corpus::go),
    ] {
        if !wanted(lang) {
            continue;
        }
        let text = generate(10_000, 1);
        let mut c = LspClient::start(dir.path(), json!({}), json!({}));
        let doc = EditorDoc { uri: uri_of(&dir.path().join(format!("svc.{ext}"))), full_text: None };
        let ((keys, keys_settled), (pasted, pasted_settled)) = edit_scenarios(&mut c, doc, lang, &text, n_keys, n_pastes);
        let ours = (Stats { name: String::new(), samples: keys.clone() }.pct(50.0), Stats { name: String::new(), samples: pasted.clone() }.pct(50.0));
        results.push(Stats { name: format!("{lang} keystroke"), samples: keys });
        results.push(Stats { name: format!("{lang} keystroke settled"), samples: keys_settled });
        results.push(Stats { name: format!("{lang} paste50"), samples: pasted });
        results.push(Stats { name: format!("{lang} paste50 settled"), samples: pasted_settled });
        rss.push((lang.to_string(), text.len(), peak_rss_kb(c.pid())));
        c.shutdown();

        let mut c = LspClient::start(dir.path(), json!({}), json!({}));
        let uri = uri_of(&dir.path().join(format!("agent.{ext}")));
        c.open(&uri, lang, "");
        wait_publish(&mut c, &uri, 1);
        let agent_text: String = text.split_inclusive('\n').take(agent_lines).collect();
        results.push(Stats { name: format!("{lang} agent-session lag"), samples: agent_session(&mut c, &uri, &agent_text) });
        c.shutdown();

        // The peer, on the same file and edits, in the same run.
        if lang != "go" && std::process::Command::new("ast-grep").arg("--version").output().is_ok_and(|o| o.status.success()) {
            let peer_dir = dir.path().join("ast-grep");
            write_ast_grep_project(&peer_dir);
            let mut command = std::process::Command::new("ast-grep");
            command.arg("lsp");
            let (mut c, init) = LspClient::start_server(&mut command, &peer_dir, json!({}), json!({}));
            let sync = &init["capabilities"]["textDocumentSync"];
            let full = sync == 1 || sync["change"] == 1;
            let doc = EditorDoc { uri: uri_of(&peer_dir.join(format!("svc.{ext}"))), full_text: full.then(|| text.clone()) };
            let ((keys, _), (pasted, _)) = edit_scenarios(&mut c, doc, lang, &text, n_keys.min(30), n_pastes.min(10));
            let peer = (Stats { name: String::new(), samples: keys.clone() }.pct(50.0), Stats { name: String::new(), samples: pasted.clone() }.pct(50.0));
            ratios.push((lang, peer.0 / ours.0, peer.1 / ours.1));
            results.push(Stats { name: format!("ast-grep {lang} keystroke"), samples: keys });
            results.push(Stats { name: format!("ast-grep {lang} paste50"), samples: pasted });
            rss.push((format!("ast-grep {lang}"), text.len(), peak_rss_kb(c.pid())));
            c.shutdown();
        }
    }
    println!("\n{:<30} {:>6} {:>9} {:>9} {:>9} {:>9}", "scenario (ms)", "n", "median", "p95", "p99", "max");
    for s in &results {
        println!(
            "{:<30} {:>6} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
            s.name,
            s.samples.len(),
            s.pct(50.0),
            s.pct(95.0),
            s.pct(99.0),
            s.pct(100.0)
        );
    }
    for (name, bytes, kb) in rss {
        let mb = kb.map_or(f64::NAN, |k| k as f64 / 1024.0);
        println!("{name}: peak RSS {mb:.1} MB with a {:.1} MB document open", bytes as f64 / 1e6);
    }
    if ratios.is_empty() {
        println!("peer: skipped (ast-grep is not on PATH; `pip install ast-grep-cli` adds it)");
    }
    for (lang, keys, paste) in ratios {
        println!("ast-grep / redline median latency, {lang}: keystroke {keys:.0}x, paste50 {paste:.0}x");
    }
}
