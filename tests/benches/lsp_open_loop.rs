//! Open-loop LSP benchmark: edits are sent on their own schedule, whatever the server is doing,
//! as an editor or an agent sends them (`lsp_replay` waits for each version's diagnostics
//! before the next edit: a closed loop, which never lets work queue up). For each edit it
//! measures the time from writing the `didChange` to the first `publishDiagnostics` whose
//! version is at least the edit's, and it reports the server's CPU time per edit (user + system,
//! from `/proc/PID/stat`, from the first edit until the server has been quiet for a second) and
//! its peak RSS (`VmHWM`).
//!
//! Scenarios, on generated 10,000-line Python, JavaScript, TypeScript, Go and Java files
//! (`tests/corpus.rs`):
//! - `keys in function` / `keys at top level`: typing code character by character at 10
//!   keystrokes per second (no auto-closed brackets: half the keystrokes leave one open), inside
//!   a function body in the middle of the file, and at the top level (Java: a class body);
//! - `agent burst in function` / `agent burst at top level`: 40 lines of statements written into
//!   a function body (the next function each time), or a 40-line function written at the top
//!   level (after the previous one), in 5 edits 20 ms apart, then a 400 ms pause, repeated; the
//!   `last edit of a burst` rows time the diagnostics of each burst's final version.
//!
//! Run (release build of the server first):
//!   cargo build --release -p redline && cargo bench -p redline-tests --bench lsp_open_loop
//! `REDLINE_BENCH_QUICK=1` makes the runs short; `REDLINE_BENCH_LANGS=python,java` runs only
//! those languages.

use std::time::{Duration, Instant};

use redline_tests::corpus;
use redline_tests::lsp_client::{uri_of, LspClient};
use redline_tests::measure::{cpu_ms, peak_rss_kb, percentile as pct};
use serde_json::{json, Value};

fn range(line: usize, col: usize) -> Value {
    json!({ "start": { "line": line, "character": col }, "end": { "line": line, "character": col } })
}

fn peak_rss_mb(pid: u32) -> f64 {
    peak_rss_kb(pid).map_or(f64::NAN, |kb| kb as f64 / 1024.0)
}

/// One scheduled edit: an insertion at (line, col), sent `at` after the scenario starts.
struct Edit {
    at: Duration,
    line: usize,
    col: usize,
    text: String,
}

/// What one scenario measured.
struct Outcome {
    /// Per edit: ms from sending it to the first publish covering it.
    latencies: Vec<f64>,
    /// Latencies of the edits marked as the last of a burst.
    burst_ends: Vec<f64>,
    cpu_per_edit: f64,
    unanswered: usize,
}

/// Sends `edits` on their schedule, collecting publishes between sends without waiting for
/// them; then waits until the server has been quiet for `quiet`. `burst_ends` are indexes into
/// `edits`.
fn run_open_loop(c: &mut LspClient, uri: &str, version: &mut i64, edits: &[Edit], burst_ends: &[usize], quiet: Duration) -> Outcome {
    let pid = c.pid();
    let first_version = *version + 1;
    let mut sent_at = Vec::with_capacity(edits.len());
    let mut publishes: Vec<(i64, Instant)> = Vec::new();
    let cpu_before = cpu_ms(pid);
    let start = Instant::now();
    let collect_until = |c: &mut LspClient, deadline: Instant, publishes: &mut Vec<(i64, Instant)>| {
        while let Some(remaining) = deadline.checked_duration_since(Instant::now()) {
            match c.try_wait_for("textDocument/publishDiagnostics", remaining, |p| p["uri"] == uri) {
                Some(p) => publishes.push((p["version"].as_i64().unwrap_or(0), c.last_arrival)),
                None => break,
            }
        }
    };
    for e in edits {
        collect_until(c, start + e.at, &mut publishes);
        *version += 1;
        sent_at.push(Instant::now());
        c.change(uri, *version, json!([{ "range": range(e.line, e.col), "text": e.text }]));
    }
    // Until quiet: no publish for `quiet`.
    loop {
        let before = publishes.len();
        collect_until(c, Instant::now() + quiet, &mut publishes);
        if publishes.len() == before {
            break;
        }
    }
    let cpu = cpu_ms(pid) - cpu_before;
    let mut latencies = Vec::new();
    let mut unanswered = 0;
    for (i, sent) in sent_at.iter().enumerate() {
        let v = first_version + i as i64;
        match publishes.iter().find(|(pv, at)| *pv >= v && at >= sent) {
            Some((_, at)) => latencies.push((*at - *sent).as_secs_f64() * 1000.0),
            None => {
                unanswered += 1;
                latencies.push(f64::NAN);
            }
        }
    }
    let burst_ends = burst_ends.iter().map(|&i| latencies[i]).collect();
    latencies.retain(|l| !l.is_nan());
    Outcome { latencies, burst_ends, cpu_per_edit: cpu / edits.len() as f64, unanswered }
}

/// Typing `line` (cycled, each pass ending in a newline) at (row, 0), one character every
/// 100 ms.
fn keystrokes(row: usize, line: &str, n: usize) -> Vec<Edit> {
    let mut edits = Vec::with_capacity(n);
    let (mut l, mut col) = (row, 0);
    let typed: Vec<char> = line.chars().chain(std::iter::once('\n')).collect();
    for (i, ch) in typed.iter().cycle().take(n).enumerate() {
        edits.push(Edit { at: Duration::from_millis(100 * i as u64), line: l, col, text: ch.to_string() });
        if *ch == '\n' {
            l += 1;
            col = 0;
        } else {
            col += ch.len_utf8();
        }
    }
    edits
}

/// `bursts` times: `block` (40 lines) written at the next of `rows` (rows of the original
/// file, ascending; the same row again writes after the previous block) in 5 edits 20 ms
/// apart, then a pause of 400 ms. Returns the edits and the index of each burst's last edit.
fn agent_bursts(rows: &[usize], block: &str, bursts: usize) -> (Vec<Edit>, Vec<usize>) {
    let lines: Vec<&str> = block.split_inclusive('\n').collect();
    let per_edit = lines.len().div_ceil(5);
    let mut edits = Vec::new();
    let mut ends = Vec::new();
    let mut at = Duration::ZERO;
    let mut written = 0;
    for k in 0..bursts {
        // Every block written so far lies above this row.
        let mut l = rows[k.min(rows.len() - 1)] + written;
        for chunk in lines.chunks(per_edit) {
            edits.push(Edit { at, line: l, col: 0, text: chunk.concat() });
            l += chunk.len();
            written += chunk.len();
            at += Duration::from_millis(20);
        }
        ends.push(edits.len() - 1);
        at += Duration::from_millis(400);
    }
    (edits, ends)
}

/// Per language: the file extension, the generator, the line typed inside a function (with
/// its indentation), the line typed at the top level, and the 40-line blocks an agent writes
/// inside a function and at the top level.
struct Lang {
    name: &'static str,
    ext: &'static str,
    generate: fn(usize, u64) -> String,
    in_function: &'static str,
    top_level: &'static str,
    /// Indentation of statements in a function body, and of top-level declarations.
    body_indent: &'static str,
    top_indent: &'static str,
}

const LANGS: &[Lang] = &[
    Lang {
        name: "python",
        ext: "py",
        generate: corpus::python,
        in_function: "        total_amount = compute_total(order_items, discount_rate=0.15)  # recalculated",
        top_level: "RETRY_POLICY = build_policy(attempts=3, backoff=(0.5, 2.0))",
        body_indent: "        ",
        top_indent: "class ",
    },
    Lang {
        name: "javascript",
        ext: "js",
        generate: corpus::javascript,
        in_function: "  const totalAmount = computeTotal(orderItems, { discountRate: 0.15 }); // recalculated",
        top_level: "const retryPolicy = buildPolicy({ attempts: 3, backoff: [0.5, 2.0] });",
        body_indent: "  ",
        top_indent: "function ",
    },
    Lang {
        name: "typescript",
        ext: "ts",
        generate: corpus::typescript,
        in_function: "  const totalAmount: number = computeTotal(orderItems, { discountRate: 0.15 }); // recalculated",
        top_level: "const retryPolicy: Policy = buildPolicy({ attempts: 3, backoff: [0.5, 2.0] });",
        body_indent: "  ",
        top_indent: "export function ",
    },
    Lang {
        name: "go",
        ext: "go",
        generate: corpus::go,
        in_function: "\t\ttotalAmount := computeTotal(orderItems, Options{DiscountRate: 0.15}) // recalculated",
        top_level: "var retryPolicy = buildPolicy(Policy{Attempts: 3, Backoff: []float64{0.5, 2.0}})",
        body_indent: "\t\t",
        top_indent: "type ",
    },
    Lang {
        name: "java",
        ext: "java",
        generate: corpus::java,
        in_function: "        int totalAmount = computeTotal(orderItems, new Options(0.15)); // recalculated",
        top_level: "    private static final Policy RETRY = buildPolicy(3, new double[] {0.5, 2.0});",
        body_indent: "        ",
        top_indent: "    private static int score",
    },
    // Infrastructure as code: `[iac]` rules re-run over the whole file on every edit, so the
    // "function" is a resource block (Terraform) or a container (Kubernetes).
    Lang {
        name: "terraform",
        ext: "tf",
        generate: corpus::terraform,
        in_function: "  lifecycle_note = \"rotated by the platform team on 2026-12-01\"",
        top_level: "locals { retry_policy = { attempts = 3, backoff = [0.5, 2.0] } }",
        body_indent: "  ",
        top_indent: "resource ",
    },
    Lang {
        name: "kubernetes",
        ext: "yaml",
        generate: corpus::kubernetes,
        in_function: "          imagePullPolicy: IfNotPresent",
        top_level: "# rollout 2026-12-01: canary weights moved to the gateway config",
        body_indent: "          ",
        top_indent: "---",
    },
];

/// The language id an editor sends for a benchmark language.
fn language_id(name: &str) -> &str {
    match name {
        "kubernetes" => "yaml",
        other => other,
    }
}

/// The 40-line block an agent writes, per language: a function (top level) or statements (in
/// a function), with one finding in it.
fn agent_block(lang: &str, in_function: bool) -> String {
    let mut out = String::new();
    match (lang, in_function) {
        ("python", false) => {
            out.push_str("def export_report(request, rows):\n    \"\"\"Write the report the user asked for.\"\"\"\n");
            for i in 0..36 {
                out.push_str(&format!("    column_{i} = [r.get(\"c{i}\", 0) * {i} for r in rows]\n"));
            }
            out.push_str("    name = request.args.get(\"name\")\n    return open(os.path.join(\"/srv/reports\", name), \"w\")\n\n");
        }
        ("python", true) => {
            for i in 0..38 {
                out.push_str(&format!("        column_{i} = [r.get(\"c{i}\", 0) * {i} for r in self.rows]\n"));
            }
            out.push_str("        subprocess.run(\"tar czf /tmp/out.tgz \" + item_id, shell=True)\n        return column_0\n");
        }
        ("javascript" | "typescript", false) => {
            out.push_str("router.get('/report', async (req, res) => {\n");
            for i in 0..36 {
                out.push_str(&format!("  const column{i} = rows.map((r) => (r.c{i} || 0) * {i});\n"));
            }
            out.push_str("  res.send('<h1>' + req.query.name + '</h1>');\n});\n\n");
        }
        ("javascript" | "typescript", true) => {
            for i in 0..39 {
                out.push_str(&format!("  const column{i} = rows.map((r) => (r.c{i} || 0) * {i});\n"));
            }
            out.push_str("  eval(req.body.expr);\n");
        }
        ("go", false) => {
            out.push_str("func ExportReport(w http.ResponseWriter, r *http.Request) {\n");
            for i in 0..36 {
                out.push_str(&format!("\tcolumn{i} := len(r.URL.Path) * {i}\n"));
            }
            out.push_str("\tdb.Query(\"SELECT * FROM reports WHERE name = '\" + r.URL.Query().Get(\"name\") + \"'\")\n}\n\n");
        }
        ("go", true) => {
            for i in 0..40 {
                out.push_str(&format!("\t\tcolumn{i} := len(id) * {i}\n"));
            }
        }
        ("java", false) => {
            out.push_str("    public String exportReport(@RequestParam String name) throws SQLException {\n");
            for i in 0..36 {
                out.push_str(&format!("        int column{i} = name.length() * {i};\n"));
            }
            out.push_str("        conn.createStatement().executeQuery(\"SELECT * FROM r WHERE n = '\" + name + \"'\");\n        return name;\n    }\n");
        }
        ("terraform", false) => {
            out.push_str("resource \"aws_security_group\" \"reports\" {\n  name        = \"reports\"\n  description = \"Report workers\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n  tags = {\n");
            for i in 0..28 {
                out.push_str(&format!("    Label{i} = \"value-{i}\"\n"));
            }
            out.push_str("  }\n}\n\n");
        }
        ("terraform", true) => {
            for i in 0..40 {
                out.push_str(&format!("  label_{i} = \"value-{i}\"\n"));
            }
        }
        ("kubernetes", false) => {
            out.push_str("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: reports\nspec:\n  selector:\n    matchLabels:\n      app: reports\n  template:\n    metadata:\n      labels:\n        app: reports\n    spec:\n      containers:\n        - name: reports\n          image: registry.example.com/reports:2.1.0\n          securityContext:\n            privileged: true\n          env:\n");
            for i in 0..10 {
                out.push_str(&format!("            - name: SETTING_{i}\n              value: \"{i}\"\n"));
            }
        }
        ("kubernetes", true) => {
            out.push_str("          env:\n");
            for i in 0..19 {
                out.push_str(&format!("            - name: SETTING_{i}\n              value: \"{i}\"\n"));
            }
            out.push_str("          workingDir: /srv\n");
        }
        _ => {
            for i in 0..40 {
                out.push_str(&format!("        int column{i} = id.length() * {i};\n"));
            }
        }
    }
    out
}

/// Rows after a statement line in a function body, one per function, from the middle of the
/// file on; and the row of a top-level declaration past the first (typing and writing go just
/// before it).
fn positions(lang: &Lang, text: &str) -> (Vec<usize>, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let indent = lang.body_indent;
    let mut bodies: Vec<usize> = Vec::new();
    for i in lines.len() / 2..lines.len() - 1 {
        let l = lines[i];
        let statement = l.starts_with(indent)
            && !l[indent.len()..].starts_with([' ', '\t', '}', ')', '@'])
            && !l.trim_end().ends_with(['(', '{', ':', ','])
            && lines[i + 1].starts_with(indent);
        // One per function: the next one after a top-level declaration.
        let new_function = bodies.last().is_none_or(|&b| lines[b..i].iter().any(|x| x.starts_with(lang.top_indent)));
        if statement && new_function {
            bodies.push(i + 1);
        }
    }
    if bodies.is_empty() {
        bodies.push(lines.len() / 2);
    }
    let top = (bodies[0]..lines.len()).find(|&i| lines[i].starts_with(lang.top_indent)).unwrap_or(lines.len() - 1);
    (bodies, top)
}

fn main() {
    let quick = std::env::var_os("REDLINE_BENCH_QUICK").is_some();
    let (n_keys, n_bursts) = if quick { (40, 4) } else { (200, 20) };
    let only = std::env::var("REDLINE_BENCH_LANGS").ok();
    let wanted = |lang: &str| only.as_deref().is_none_or(|l| l.split(',').any(|x| x.trim() == lang));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rows: Vec<(String, Outcome)> = Vec::new();
    let mut memory = Vec::new();
    for lang in LANGS.iter().filter(|l| wanted(l.name)) {
        let text = (lang.generate)(10_000, 1);
        let (body_rows, top_row) = positions(lang, &text);
        let body_row = body_rows[0];
        let scenarios: [(&str, Vec<Edit>, Vec<usize>); 4] = [
            ("keys in function", keystrokes(body_row, lang.in_function, n_keys), Vec::new()),
            ("keys at top level", keystrokes(top_row, lang.top_level, n_keys), Vec::new()),
            {
                let (edits, ends) = agent_bursts(&body_rows, &agent_block(lang.name, true), n_bursts);
                ("agent burst in function", edits, ends)
            },
            {
                let (edits, ends) = agent_bursts(&[top_row], &agent_block(lang.name, false), n_bursts);
                ("agent burst at top level", edits, ends)
            },
        ];
        let mut peak: f64 = 0.0;
        for (name, edits, ends) in scenarios {
            // A fresh server and document per scenario: each starts from the generated file.
            let mut c = LspClient::start(dir.path(), json!({}), json!({}));
            let uri = uri_of(&dir.path().join(format!("svc.{}", lang.ext)));
            c.open(&uri, language_id(lang.name), &text);
            c.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == uri.as_str());
            // Let the open settle before the clock starts.
            while c.try_wait_for("textDocument/publishDiagnostics", Duration::from_millis(500), |p| p["uri"] == uri.as_str()).is_some() {}
            let mut version = 1;
            let outcome = run_open_loop(&mut c, &uri, &mut version, &edits, &ends, Duration::from_secs(1));
            peak = peak.max(peak_rss_mb(c.pid()));
            rows.push((format!("{} {name}", lang.name), outcome));
            c.shutdown();
        }
        memory.push((lang.name, text.len(), peak));
    }
    println!(
        "\n{:<38} {:>5} {:>8} {:>8} {:>8} {:>8} {:>10} {:>10}",
        "open loop (ms)", "n", "median", "p95", "p99", "max", "CPU/edit", "unanswered"
    );
    for (name, o) in &rows {
        let l = &o.latencies;
        println!(
            "{:<38} {:>5} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>10.2} {:>10}",
            name,
            l.len(),
            pct(l, 50.0),
            pct(l, 95.0),
            pct(l, 99.0),
            pct(l, 100.0),
            o.cpu_per_edit,
            o.unanswered
        );
        if !o.burst_ends.is_empty() {
            let b = &o.burst_ends;
            println!(
                "{:<38} {:>5} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
                format!("  last edit of a burst"),
                b.len(),
                pct(b, 50.0),
                pct(b, 95.0),
                pct(b, 99.0),
                pct(b, 100.0)
            );
        }
    }
    for (lang, bytes, mb) in memory {
        let budget = 4.0 * bytes as f64 / 1e6 + 40.0;
        println!("{lang}: peak RSS {mb:.1} MB with a {:.2} MB document open (budget {budget:.1} MB)", bytes as f64 / 1e6);
    }
}
