//! A seeded stdio fuzzer for `redline lsp`: random edit streams (keystrokes, pastes, deletions,
//! bracket and quote storms, secrets whose keyword is typed or deleted far away, multi-byte
//! text, CRLF, out-of-range positions) interleaved with hostile frames (bodies that are not
//! JSON, JSON that is not JSON-RPC, broken headers). After every burst it checks that
//! - the server is alive and answers (no crash, no hang: every answer within a time-out);
//! - its text equals the same edits applied in process (nothing lost or reordered);
//! - its diagnostics, computed incrementally, equal a full analysis of that text.
//!
//! `cargo build --release -p redline && cargo run --release -p redline-tests --example lsp_fuzz -- [EDITS] [SEED]`
//! (default 1,000,000 edits, seed 1). Exits non-zero on the first failure, with the seed, the
//! burst and the document's text saved to `target/lsp-fuzz-failure.txt`.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use redline::document::{self, Change, Document, Encoding, Position};
use redline::engine::{Engine, RuleSet};
use redline::languages::Language;
use redline_tests::corpus::{self, Rng};
use redline_tests::lsp_client::{uri_of, LspClient};
use serde_json::{json, Value};

/// Pieces of code to insert: findings, half-typed findings, far-keyword secrets, brackets.
const SNIPPETS: &[&str] = &[
    "x", "\n", "\r\n", "\"", "'", "`", "(", ")", "{", "}", "[", "]", ":", "    ", "\t", "é", "😀", "中",
    "eval(user_input)\n",
    "subprocess.run(cmd, shell=True)\n",
    "os.system(\"rm -rf \" + path)\n",
    "TOKEN = \"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\"\n",
    "password = \"Sup3rS3cret!\"\n",
    "  # redline-ignore\n",
    "requests.get(url, verify=False)\n",
    "query = f\"SELECT * FROM t WHERE id = {i}\"\ncur.execute(query)\n",
    "from twilio.rest import Client\n",
    "sid = \"SK5f3c9a1be2d47086fa91c3e7d2b5a4c8\"\n",
    "import mailgun\n",
    "key = \"key-3ax6xnjp29jd6fds4gc373sgvjxteol0\"\n",
    "el.innerHTML = html;\n",
    "exec(`ls ${dir}`);\n",
    "const k = 'sk_live_51NzQbKJt7vQ0cX3mRgW8eLpA2sYhD4fU';\n",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aumgYtC7Sn2G8tDZ4xGDHQb2bL\n-----END RSA PRIVATE KEY-----\n",
    "app.use(cors({ origin: '*', credentials: true }));\n",
    "\tquery := fmt.Sprintf(\"SELECT * FROM t WHERE id = %s\", id)\n\trows, err := db.Query(query)\n",
    "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY\n",
];

/// Frames a hostile client might send; the server must answer or skip each and keep serving.
const HOSTILE: &[&[u8]] = &[
    b"Content-Length: 2\r\n\r\n{}",
    b"Content-Length: 2\r\n\r\n[]",
    b"Content-Length: 4\r\n\r\nnull",
    b"Content-Length: 2\r\n\r\n42",
    b"Content-Length: 9\r\n\r\n{not json",
    b"Content-Length: 41\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"x\"}",
    b"Content-Length: nope\r\n\r\n{}",
    b"Content-Length: -3\r\n\r\n{}",
    b"\r\n\r\n",
    b"garbage \xff\xfe\x00 without a header\r\n\r\n",
    b"Content-Length: 3\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"$/x\"}",
];

struct Doc {
    uri: String,
    path: std::path::PathBuf,
    language: Language,
    mirror: Document,
    version: i32,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let total: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = Engine::new(Arc::new(RuleSet::builtin()), Default::default());
    let mut rng = Rng::new(seed);
    let mut client = LspClient::start(dir.path(), json!({ "general": { "positionEncodings": ["utf-16"] } }), json!({}));
    let bases: Vec<(&str, Language, String)> = vec![
        ("svc.py", Language::Python, corpus::python(300, 2)),
        ("svc.js", Language::JavaScript, corpus::javascript(300, 2)),
        ("svc.go", Language::Go, corpus::go(300, 2)),
        ("notes.txt", Language::Text, "deploy notes\n".repeat(50)),
        (".env", Language::Dotenv, "A=1\n".repeat(50)),
    ];
    let mut docs: Vec<Doc> = Vec::new();
    for (name, language, text) in bases {
        let path = dir.path().join(name);
        let uri = uri_of(&path);
        let language_id = match language {
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::Go => "go",
            _ => "plaintext",
        };
        client.open(&uri, language_id, &text);
        docs.push(Doc { uri, mirror: Document::new(&path, language, 1, &text), path, language, version: 1 });
    }
    let started = Instant::now();
    let (mut edits, mut bursts, mut hostile, mut compared) = (0usize, 0usize, 0usize, 0usize);
    let mut last_report = Instant::now();
    while edits < total {
        let d = rng.below(docs.len());
        // A burst: 1-200 notifications of 1-5 changes each, sent without waiting.
        let notifications = 1 + rng.below(200);
        for _ in 0..notifications {
            let doc = &mut docs[d];
            let n = 1 + rng.below(5);
            let mut changes = Vec::with_capacity(n);
            for _ in 0..n {
                let (range, text) = random_change(&mut rng, &doc.mirror);
                doc.mirror.apply(&Change { range: Some(range), text: text.clone() }, Encoding::Utf16);
                changes.push(json!({ "range": { "start": pos_json(range.0), "end": pos_json(range.1) }, "text": text }));
                edits += 1;
            }
            doc.version += 1;
            let version = doc.version;
            let uri = doc.uri.clone();
            client.change(&uri, version as i64, json!(changes));
            if rng.below(200) == 0 {
                client.send_bytes(HOSTILE[rng.below(HOSTILE.len())]);
                hostile += 1;
            }
        }
        // Keep documents from growing without bound: sometimes replace the whole text.
        if docs[d].mirror.rope.len_bytes() > 64 * 1024 {
            let doc = &mut docs[d];
            let text: String = doc.mirror.text().chars().take(8 * 1024).collect();
            doc.mirror.apply(&Change { range: None, text: text.clone() }, Encoding::Utf16);
            doc.version += 1;
            let (uri, version) = (doc.uri.clone(), doc.version);
            client.change(&uri, version as i64, json!([{ "text": text }]));
        }
        bursts += 1;
        check(&mut client, &engine, &docs[d], seed, bursts);
        compared += 1;
        client.clear_backlog();
        if last_report.elapsed() > Duration::from_secs(10) {
            eprintln!("{edits} edits, {bursts} bursts, {hostile} hostile frames, {:.0} edits/s", edits as f64 / started.elapsed().as_secs_f64());
            last_report = Instant::now();
        }
    }
    assert!(client.alive(), "the server died");
    client.shutdown();
    println!(
        "lsp_fuzz seed {seed}: {edits} edits in {bursts} bursts ({hostile} hostile frames), {compared} comparisons of incremental and full analysis: no crash, no hang, no difference; {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn pos_json(p: Position) -> Value {
    json!({ "line": p.line, "character": p.character })
}

/// A random change against the current text: mostly in range, sometimes past the end of a line
/// or of the document (the server clamps; so does the mirror, with the same rules).
fn random_change(rng: &mut Rng, doc: &Document) -> ((Position, Position), String) {
    let len = doc.rope.len_chars();
    let start_char = rng.below(len + 1);
    let del = match rng.below(6) {
        0 => rng.below(80),
        1 => rng.below(4),
        _ => 0,
    };
    let end_char = (start_char + del).min(len);
    let pos = |c: usize| document::position_of(&doc.rope, doc.rope.char_to_byte(c), Encoding::Utf16);
    let (mut start, mut end) = (pos(start_char), pos(end_char));
    if rng.below(50) == 0 {
        end.character += 1 + rng.below(5) as u32;
    }
    if rng.below(200) == 0 {
        start = Position { line: start.line + 1000, character: 0 };
        end = start;
    }
    let text = match rng.below(6) {
        0 => String::new(),
        _ => SNIPPETS[rng.below(SNIPPETS.len())].to_owned(),
    };
    ((start, end), text)
}

/// The server's text equals the mirror, and its diagnostics equal a full analysis of it.
fn check(client: &mut LspClient, engine: &Engine, doc: &Doc, seed: u64, burst: usize) {
    let timeout = Duration::from_secs(30);
    let id = client.send_request("redline/documentState", json!({ "uri": doc.uri }));
    let state = client.response(&json!(id), timeout).unwrap_or_else(|| fail(seed, burst, doc, "no answer to documentState (hang or crash)"));
    let text = state["result"]["text"].as_str().unwrap_or_default().to_owned();
    if state["result"]["version"] != json!(doc.version) || text != doc.mirror.text() {
        fail(seed, burst, doc, &format!("server text or version differs from the edits sent (server version {})", state["result"]["version"]));
    }
    let id = client.send_request("textDocument/diagnostic", json!({ "textDocument": { "uri": doc.uri } }));
    let report = client.response(&json!(id), timeout).unwrap_or_else(|| fail(seed, burst, doc, "no answer to textDocument/diagnostic (hang or crash)"));
    let mut got: Vec<(String, u64, u64, u64, u64)> = report["result"]["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|d| {
            let r = &d["range"];
            let n = |v: &Value| v.as_u64().unwrap_or(u64::MAX);
            (d["code"].as_str().unwrap_or("").to_owned(), n(&r["start"]["line"]), n(&r["start"]["character"]), n(&r["end"]["line"]), n(&r["end"]["character"]))
        })
        .collect();
    let full = engine.analyze_source(&doc.path, text.as_bytes());
    let rope = ropey::Rope::from_str(&text);
    let mut want: Vec<(String, u64, u64, u64, u64)> = full
        .findings
        .iter()
        .map(|f| {
            let s = document::position_of(&rope, f.range.start, Encoding::Utf16);
            let e = document::position_of(&rope, f.range.end, Encoding::Utf16);
            (f.rule.id.clone(), s.line as u64, s.character as u64, e.line as u64, e.character as u64)
        })
        .collect();
    got.sort();
    want.sort();
    if got != want {
        let missing: Vec<_> = want.iter().filter(|w| !got.contains(w)).collect();
        let extra: Vec<_> = got.iter().filter(|g| !want.contains(g)).collect();
        fail(seed, burst, doc, &format!("incremental diagnostics differ from a full analysis ({:?})\nmissing: {missing:?}\nextra: {extra:?}", doc.language));
    }
}

fn fail(seed: u64, burst: usize, doc: &Doc, why: &str) -> ! {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/lsp-fuzz-failure.txt");
    let _ = std::fs::write(&out, format!("seed {seed} burst {burst} {}\n{why}\n--- text ---\n{}", doc.uri, doc.mirror.text()));
    eprintln!("FAIL seed {seed} burst {burst} {}: {why}\n(text saved to {})", doc.uri, out.display());
    std::process::exit(1);
}
