//! Property tests of incremental work, with seeded random edit sequences:
//! - an incrementally reparsed tree equals a fresh parse of the same text;
//! - incremental analysis (rules re-run only over the edited windows) equals a full analysis;
//! - positions round-trip through every encoding.

use std::path::Path;
use std::sync::Arc;

use redline::document::{self, Change, Document, Encoding};
use redline::engine::incremental::Previous;
use redline::engine::{parse, Engine, Finding, RuleSet};
use redline::languages::Language;
use redline_tests::corpus::{self, Rng};

const SNIPPETS: &[&str] = &[
    "x",
    "\n",
    "\"",
    "'",
    "(",
    ")",
    ":",
    "    ",
    "eval(user_input)",
    "subprocess.run(cmd, shell=True)\n",
    "os.system(\"rm -rf \" + path)\n",
    "TOKEN = \"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\"\n",
    "password = \"Sup3rS3cret!\"\n",
    "  # redline-ignore\n",
    "yaml.load(data)\n",
    "requests.get(url, verify=False)\n",
    "def token():\n    return random.random()\n",
    "query = f\"SELECT * FROM t WHERE id = {i}\"\ncur.execute(query)\n",
    "el.innerHTML = html;\n",
    "exec(`ls ${dir}`);\n",
    "const k = 'sk_live_51NzQbKJt7vQ0cX3mRgW8eLpA2sYhD4fU';\n",
    "-----BEGIN RSA PRIVATE KEY-----\n",
    "}\n",
    "{",
];

/// Code that makes (or, half-typed or cut, breaks) findings of the rules whose patterns span
/// several statements or a whole function: "variable then use" SQL injection and path
/// traversal, token generators, CORS objects.
const JS_SNIPPETS: &[&str] = &[
    "const q = 'SELECT * FROM users WHERE id = ' + req.query.id;\n",
    "db.query(q);\n",
    "app.use(cors({ origin: '*', credentials: true }));\n",
    "function generateToken() {\n  return Math.random().toString(36);\n}\n",
    "res.redirect(req.query.next);\n",
    "fs.readFile(path.join(root, req.params.name), cb);\n",
    "crypto.createHash('md5').update(pw);\n",
    "jwt.verify(token, key);\n",
    "const { id } = req.query;\n",
    "const sql = `SELECT * FROM t WHERE id = ${id}`;\n",
    "pool.query(sql);\n",
    "res.send('<h1>' + id);\n",
];

/// Pieces of taint flows: a source, a variable carrying it, a sink, a clean re-assignment, a
/// sanitizer, a new function boundary. Edits far apart inside one function must update the
/// finding at the sink.
const PY_SNIPPETS: &[&str] = &[
    "    uid = request.args.get(\"id\")\n",
    "    sql = \"SELECT * FROM t WHERE id = \" + uid\n",
    "    cur.execute(sql)\n",
    "    uid = 42\n",
    "def view():\n",
    "    name = secure_filename(request.args[\"f\"])\n    open(name)\n",
    "    for row in rows:\n        sql = row\n",
];

const GO_SNIPPETS: &[&str] = &[
    "\tname := r.URL.Query().Get(\"f\")\n",
    "\tf, err := os.Open(name)\n",
    "\tp := filepath.Join(dir, name)\n",
    "\tquery := fmt.Sprintf(\"SELECT * FROM t WHERE id = %s\", id)\n",
    "\trows, err := db.Query(query)\n",
    "\tlog.Println(name)\n",
    "\tcfg := &tls.Config{InsecureSkipVerify: true}\n",
    "\texec.Command(\"sh\", \"-c\", cmd)\n",
    "}\n",
    "{",
    "\"",
];

fn key(f: &Finding) -> (usize, usize, String, String) {
    (f.range.start, f.range.end, f.rule.id.clone(), f.message.clone())
}

fn random_change(rng: &mut Rng, doc: &Document, extra: &[&str]) -> Change {
    let len = doc.rope.len_chars();
    let start_char = rng.below(len + 1);
    let del = if rng.below(3) == 0 { rng.below(40) } else { 0 };
    let end_char = (start_char + del).min(len);
    let text = match rng.below(5) {
        0 => String::new(),
        1 | 2 if !extra.is_empty() => extra[rng.below(extra.len())].to_owned(),
        _ => SNIPPETS[rng.below(SNIPPETS.len())].to_owned(),
    };
    let pos = |c: usize| document::position_of(&doc.rope, doc.rope.char_to_byte(c), Encoding::Utf32);
    Change { range: Some((pos(start_char), pos(end_char))), text }
}

fn check_language(lang: Language, file: &str, base: String, seed: u64, steps: usize) {
    let extra = match lang {
        Language::JavaScript => JS_SNIPPETS,
        Language::Go => GO_SNIPPETS,
        Language::Python => PY_SNIPPETS,
        _ => &[],
    };
    check_language_with(lang, file, base, seed, steps, extra);
}

fn check_language_with(lang: Language, file: &str, base: String, seed: u64, steps: usize, extra: &[&str]) {
    let engine = Engine::new(Arc::new(RuleSet::builtin()), Default::default());
    let path = Path::new(file);
    let mut doc = Document::new(path, lang, 1, &base);
    doc.tree = parse(lang, &base, None);
    let mut findings = engine.analyze_tree(path, lang, &base, doc.tree.as_ref(), None);
    let mut rng = Rng::new(seed);
    for step in 0..steps {
        // One to three changes per notification, as an editor sends them.
        let n = 1 + rng.below(3);
        let before = doc.edits_since_parse.len();
        for _ in 0..n {
            let change = random_change(&mut rng, &doc, extra);
            doc.apply(&change, Encoding::Utf32);
        }
        let edits: Vec<_> = doc.edits_since_parse[before..].to_vec();
        let text = doc.text();
        let old_tree = doc.tree.clone();
        let tree = parse(lang, &text, old_tree.as_ref());
        let fresh_tree = parse(lang, &text, None);
        // tree-sitter-java's error recovery can differ between an incremental and a fresh parse
        // of broken code: such a step starts over from the fresh tree (the comparison below is
        // only meaningful over equal trees).
        if lang == Language::Java && tree.as_ref().map(|t| t.root_node().to_sexp()) != fresh_tree.as_ref().map(|t| t.root_node().to_sexp()) {
            findings = engine.analyze_tree(path, lang, &text, fresh_tree.as_ref(), None);
            if let Some(t) = fresh_tree {
                doc.store_tree(t, doc.epoch, doc.edits_since_parse.len());
            }
            continue;
        }
        assert_eq!(
            tree.as_ref().map(|t| t.root_node().to_sexp()),
            fresh_tree.as_ref().map(|t| t.root_node().to_sexp()),
            "{file} step {step}: incremental tree differs from a fresh parse"
        );
        let incremental = engine.analyze_incremental(
            path,
            lang,
            &text,
            tree.as_ref(),
            Previous { findings: &findings, edits: &edits, old_tree: old_tree.as_ref() },
        );
        let full = engine.analyze_tree(path, lang, &text, fresh_tree.as_ref(), None);
        let inc_keys: Vec<_> = incremental.iter().map(key).collect();
        let full_keys: Vec<_> = full.iter().map(key).collect();
        if inc_keys != full_keys {
            if let Ok(dir) = std::env::var("REDLINE_FUZZ_DUMP") {
                let _ = std::fs::write(format!("{dir}/after"), &text);
                let _ = std::fs::write(format!("{dir}/edits"), format!("{edits:?}"));
            }
            let missing: Vec<_> = full_keys.iter().filter(|k| !inc_keys.contains(k)).collect();
            let extra: Vec<_> = inc_keys.iter().filter(|k| !full_keys.contains(k)).collect();
            panic!("{file} step {step}: incremental analysis differs from a full one\nmissing: {missing:?}\nextra: {extra:?}");
        }
        if let Some(tree) = tree {
            doc.store_tree(tree, doc.epoch, doc.edits_since_parse.len());
        } else {
            doc.edits_since_parse.clear();
        }
        findings = incremental;
        if let Ok(dir) = std::env::var("REDLINE_FUZZ_DUMP") {
            let _ = std::fs::write(format!("{dir}/before"), &text);
        }
    }
}

#[test]
fn incremental_analysis_equals_full_analysis_python() {
    let base = corpus::python(1_000, 3);
    check_language(Language::Python, "svc.py", base, 11, 200);
}

#[test]
fn incremental_analysis_equals_full_analysis_javascript() {
    let base = corpus::javascript(1_000, 3);
    check_language(Language::JavaScript, "svc.js", base, 12, 200);
}

#[test]
fn incremental_analysis_equals_full_analysis_go() {
    let base = corpus::go(1_000, 3);
    check_language(Language::Go, "svc.go", base, 14, 200);
}

/// Functions of the file that flows pass through: helpers that build a query, return a
/// constant, run a sink or return request data, and the views calling them.
const PY_HELPERS: &str = r#"from flask import request

def build_query(name):
    return "SELECT * FROM users WHERE name = '" + name + "'"

def constant(name):
    return "SELECT 1"

def run(sql):
    cur.execute(sql)

def get_name():
    return request.args.get("name")

def view_a():
    n = request.args.get("name")
    cur.execute(build_query(n))

def view_b():
    n = request.args.get("name")
    cur.execute(constant(n))

def view_c():
    run("SELECT " + request.args.get("q"))

def view_d():
    cur.execute("SELECT " + get_name())

class Reports:
    def export(self, path):
        return open(path)

    def view(self):
        return self.export(request.args["f"])
"#;

/// Edits to those helpers and their calls: a helper renamed, removed, made safe or unsafe, a
/// call added.
const PY_HELPER_SNIPPETS: &[&str] = &[
    "def build_query(name):\n    return name\n",
    "def constant(x):\n    return 'k'\n",
    "    return \"SELECT 1\"\n",
    "    cur.execute(sql)\n",
    "build_query",
    "constant",
    "get_name",
    "run(",
    "    cur.execute(constant(n))\n",
    "def helper(v):\n    os.system(v)\n",
    "    helper(request.args['x'])\n",
    "    return request.form['q']\n",
    "def ",
    "self.",
];

#[test]
fn incremental_analysis_equals_full_analysis_through_helpers_python() {
    check_language_with(Language::Python, "views.py", PY_HELPERS.repeat(4), 21, 300, PY_HELPER_SNIPPETS);
}

const JAVA_HELPERS: &str = r#"public class Reports extends HttpServlet {
    public void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("name");
        String bar = new Test().doSomething(request, param);
        String sql = "SELECT * FROM users WHERE name = '" + bar + "'";
        connection.createStatement().executeQuery(sql);
        run(param);
    }

    private static void run(String cmd) throws IOException {
        Runtime.getRuntime().exec(cmd);
    }

    private class Test {
        public String doSomething(HttpServletRequest request, String param) {
            String bar;
            int num = 86;
            if ((7 * 42) - num > 200) bar = "This_should_always_happen";
            else bar = param;
            return bar;
        }
    }
}
"#;

const JAVA_HELPER_SNIPPETS: &[&str] = &[
    "            return param;\n",
    "            return \"safe\";\n",
    "doSomething",
    "run",
    "        run(bar);\n",
    "    private static String id(String v) { return v; }\n",
    "        Runtime.getRuntime().exec(cmd);\n",
    "}\n",
    "{",
];

#[test]
fn incremental_analysis_equals_full_analysis_through_helpers_java() {
    check_language_with(Language::Java, "Reports.java", JAVA_HELPERS.repeat(3), 22, 300, JAVA_HELPER_SNIPPETS);
}

#[test]
fn incremental_analysis_equals_full_analysis_text_with_secrets() {
    let base = "# deploy notes\nGH=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\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aumgYtC7Sn2G8tDZ4xGDHQb2bL\nq3XyRmHfxVaGZpYm3k7vBqY9c6R5a1Xw8eZ0nT4uJ2sQ7oP3LkM9hN6gF5dS4aR2\n-----END RSA PRIVATE KEY-----\nend\n".repeat(20);
    check_language(Language::Text, "notes.txt", base, 13, 200);
}

/// Secret rules gated by a keyword elsewhere in the file: the keyword line and the token line are
/// typed and deleted in random order, far apart (the edits only ever touch one of them).
#[test]
fn incremental_analysis_equals_full_analysis_with_far_keywords() {
    let engine = Engine::new(Arc::new(RuleSet::builtin()), Default::default());
    let path = Path::new("notify.py");
    let lang = Language::Python;
    let filler: String = (0..150).map(|i| format!("value_{i} = compute({i})\n")).collect();
    let keyword_lines = ["from twilio.rest import Client\n", "import mailgun\n", "# telegram bot\n", "import discord\n"];
    let token_lines = [
        "sid = \"SK5f3c9a1be2d47086fa91c3e7d2b5a4c8\"\n",
        "key = \"key-3ax6xnjp29jd6fds4gc373sgvjxteol0\"\n",
        "bot = \"110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\"\n",
        "TOKEN = \"MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs\"\n",
    ];
    let mut rng = Rng::new(31);
    for round in 0..40 {
        // Lines of the file: filler with slots at the top (keywords) and the bottom (tokens).
        let mut present_kw = [false; 4];
        let mut present_tok = [false; 4];
        let render = |kw: &[bool; 4], tok: &[bool; 4]| -> String {
            let mut t = String::new();
            for (i, l) in keyword_lines.iter().enumerate() {
                t.push_str(if kw[i] { l } else { "\n" });
            }
            t.push_str(&filler);
            for (i, l) in token_lines.iter().enumerate() {
                t.push_str(if tok[i] { l } else { "\n" });
            }
            t
        };
        let base = render(&present_kw, &present_tok);
        let mut doc = Document::new(path, lang, 1, &base);
        doc.tree = parse(lang, &base, None);
        let mut findings = engine.analyze_tree(path, lang, &base, doc.tree.as_ref(), None);
        for step in 0..12 {
            // Toggle one keyword or one token line by editing that line only.
            let which = rng.below(4);
            let toggle_keyword = rng.below(2) == 0;
            let line = if toggle_keyword { which } else { 4 + 150 + which };
            let (old, new) = if toggle_keyword {
                present_kw[which] = !present_kw[which];
                (if present_kw[which] { "" } else { keyword_lines[which].trim_end() }, if present_kw[which] { keyword_lines[which].trim_end() } else { "" })
            } else {
                present_tok[which] = !present_tok[which];
                (if present_tok[which] { "" } else { token_lines[which].trim_end() }, if present_tok[which] { token_lines[which].trim_end() } else { "" })
            };
            let start = document::Position { line: line as u32, character: 0 };
            let end = document::Position { line: line as u32, character: old.chars().count() as u32 };
            let before = doc.edits_since_parse.len();
            doc.apply(&Change { range: Some((start, end)), text: new.to_owned() }, Encoding::Utf32);
            let edits: Vec<_> = doc.edits_since_parse[before..].to_vec();
            let text = doc.text();
            assert_eq!(text, render(&present_kw, &present_tok));
            let old_tree = doc.tree.clone();
            let tree = parse(lang, &text, old_tree.as_ref());
            let incremental = engine.analyze_incremental(path, lang, &text, tree.as_ref(), Previous { findings: &findings, edits: &edits, old_tree: old_tree.as_ref() });
            let full = engine.analyze_tree(path, lang, &text, parse(lang, &text, None).as_ref(), None);
            let (inc, full): (Vec<_>, Vec<_>) = (incremental.iter().map(key).collect(), full.iter().map(key).collect());
            assert_eq!(inc, full, "round {round} step {step}: keywords {present_kw:?} tokens {present_tok:?}");
            if let Some(tree) = tree {
                doc.store_tree(tree, doc.epoch, doc.edits_since_parse.len());
            }
            findings = incremental;
        }
    }
}

#[test]
fn positions_round_trip_through_every_encoding() {
    let mut rng = Rng::new(5);
    let alphabet = ["a", "é", "😀", "\u{301}", "\r\n", "\n", "\t", "中", " "];
    for _ in 0..50 {
        let text: String = (0..200).map(|_| alphabet[rng.below(alphabet.len())]).collect();
        let rope = ropey::Rope::from_str(&text);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (offset, c) in text.char_indices() {
                if c == '\n' && text[..offset].ends_with('\r') {
                    continue;
                }
                let p = document::position_of(&rope, offset, enc);
                assert_eq!(document::offset_of(&rope, p, enc).0, offset, "{enc:?} {offset}");
            }
        }
    }
}

// Files well over the 32 KB widening cap, where an edit's enclosing class or ERROR node is too
// large to re-analyse whole and each end of a changed range is widened on its own.
#[test]
fn incremental_analysis_equals_full_analysis_large_python() {
    let base = corpus::python(5_000, 4);
    check_language(Language::Python, "svc.py", base, 21, 60);
}

#[test]
fn incremental_analysis_equals_full_analysis_large_javascript() {
    let base = corpus::javascript(5_000, 4);
    check_language(Language::JavaScript, "svc.js", base, 22, 60);
}

/// Types `line` character by character (no auto-closed brackets, so the file spends many
/// keystrokes with an unclosed bracket or string) into the middle of `base`, checking that the
/// local analysis the server publishes first equals the exact incremental one whenever the file
/// parses cleanly, and at the end. (While a bracket is open they may differ: the exact parse
/// reads the rest of the file as part of the unfinished expression, the local one keeps the
/// earlier findings there.)
fn check_local_equals_incremental(lang: Language, file: &str, base: String, indent: &str, line: &str) {
    let engine = Engine::new(Arc::new(RuleSet::builtin()), Default::default());
    let path = Path::new(file);
    let lines: Vec<&str> = base.lines().collect();
    let at = (lines.len() / 2..lines.len())
        .find(|&i| {
            let l = lines[i];
            l.starts_with(indent) && !l[indent.len()..].starts_with([' ', '\t', '}', ')']) && !l.trim_end().ends_with(['(', '{', ':', ','])
        })
        .expect("a statement line") as u32
        + 1;
    let mut doc = Document::new(path, lang, 1, &base);
    doc.tree = parse(lang, &base, None);
    let mut findings = engine.analyze_tree(path, lang, &base, doc.tree.as_ref(), None);
    doc.edits_since_parse.clear();
    let mut changes = vec![Change { range: Some((document::Position { line: at, character: 0 }, document::Position { line: at, character: 0 })), text: "\n".into() }];
    for (i, ch) in line.chars().enumerate() {
        let p = document::Position { line: at, character: i as u32 };
        changes.push(Change { range: Some((p, p)), text: ch.to_string() });
    }
    let mut compared = 0;
    let initial = findings.len();
    for (step, change) in changes.iter().enumerate() {
        let before = doc.edits_since_parse.len();
        doc.apply(change, Encoding::Utf32);
        let edits: Vec<_> = doc.edits_since_parse[before..].to_vec();
        let text = doc.text();
        let old_tree = doc.tree.clone();
        let local = engine.analyze_local(path, lang, &text, Previous { findings: &findings, edits: &edits, old_tree: old_tree.as_ref() });
        let tree = parse(lang, &text, old_tree.as_ref());
        let exact = engine.analyze_incremental(path, lang, &text, tree.as_ref(), Previous { findings: &findings, edits: &edits, old_tree: old_tree.as_ref() });
        if let Some(local) = local {
            let last = step + 1 == changes.len();
            let clean = tree.as_ref().is_some_and(|t| !t.root_node().has_error());
            assert!(!last || clean, "{file}: the typed line leaves a syntax error");
            if clean {
                compared += 1;
                let l: Vec<_> = local.iter().map(key).collect();
                let e: Vec<_> = exact.iter().map(key).collect();
                assert_eq!(l, e, "{file} step {step} ({:?}): local analysis differs from the exact one", change.text);
            }
            if last {
                assert!(local.len() > initial, "{file}: the typed line was not flagged");
            }
        }
        doc.store_tree(tree.expect("tree"), doc.epoch, doc.edits_since_parse.len());
        findings = exact;
    }
    assert!(compared >= 10, "too few clean steps compared ({compared} of {})", changes.len());
}

#[test]
fn local_analysis_equals_exact_one_while_typing_an_insecure_line() {
    check_local_equals_incremental(
        Language::JavaScript,
        "svc.js",
        corpus::javascript(2_000, 5),
        "  ",
        "  const out = require('child_process').execSync(`convert ${req.query.file} out.png`, { stdio: 'inherit' });",
    );
    check_local_equals_incremental(
        Language::Python,
        "svc.py",
        corpus::python(2_000, 5),
        "        ",
        "        subprocess.run(f\"convert {request.args['file']} out.png\", shell=True, check=True)",
    );
}

/// Applies each `(old, new)` replacement (of the first occurrence of `old`) as one change and
/// checks incremental == full after it; returns the number of findings after each step.
fn check_replacements(lang: Language, file: &str, base: &str, steps: &[(&str, &str)]) -> Vec<usize> {
    let engine = Engine::new(Arc::new(RuleSet::builtin()), Default::default());
    let path = Path::new(file);
    let mut doc = Document::new(path, lang, 1, base);
    doc.tree = parse(lang, base, None);
    let mut findings = engine.analyze_tree(path, lang, base, doc.tree.as_ref(), None);
    let mut counts = vec![findings.len()];
    for (old, new) in steps {
        let text = doc.text();
        let at = text.find(old).unwrap_or_else(|| panic!("{old:?} not in the text"));
        let pos = |b: usize| document::position_of(&doc.rope, b, Encoding::Utf8);
        let change = Change { range: Some((pos(at), pos(at + old.len()))), text: (*new).to_owned() };
        let before = doc.edits_since_parse.len();
        doc.apply(&change, Encoding::Utf8);
        let edits: Vec<_> = doc.edits_since_parse[before..].to_vec();
        let text = doc.text();
        let old_tree = doc.tree.clone();
        let tree = parse(lang, &text, old_tree.as_ref());
        let incremental = engine.analyze_incremental(path, lang, &text, tree.as_ref(), Previous { findings: &findings, edits: &edits, old_tree: old_tree.as_ref() });
        let full = engine.analyze_tree(path, lang, &text, parse(lang, &text, None).as_ref(), None);
        assert_eq!(incremental.iter().map(key).collect::<Vec<_>>(), full.iter().map(key).collect::<Vec<_>>(), "{file}: after {old:?} -> {new:?}");
        doc.store_tree(tree.expect("tree"), doc.epoch, doc.edits_since_parse.len());
        counts.push(incremental.len());
        findings = incremental;
    }
    counts
}

// A finding reported far from the code it depends on (a token generator reported at its name
// because of a `Math.random()` 200 lines further down; a SQL string and the call that runs it):
// edits there must update it, although the edit's window covers only the edited statements.
#[test]
fn edits_far_from_a_finding_update_it() {
    let filler: String = (0..200).map(|i| format!("  const part{i} = prefix + '{i}';\n")).collect();
    let js = format!("'use strict';\nfunction generateResetToken(prefix) {{\n{filler}  return Math.random().toString(36);\n}}\nmodule.exports = generateResetToken;\n");
    let counts = check_replacements(
        Language::JavaScript,
        "token.js",
        &js,
        &[
            ("Math.random().toString(36)", "crypto.randomUUID()"),
            ("const part100 = prefix", "const part100 = Math.random() + prefix"),
            ("generateResetToken(prefix)", "formatLabel(prefix)"),
            ("formatLabel(prefix)", "generateResetToken(prefix)"),
        ],
    );
    assert_eq!(counts, [1, 0, 1, 0, 1], "the token generator finding should follow the edits");

    let go_filler: String = (0..20).map(|i| format!("\tlog.Println(\"step {i}\")\n")).collect();
    let go = format!("package main\n\nfunc download(w http.ResponseWriter, r *http.Request) {{\n{go_filler}\tname := r.URL.Query().Get(\"f\")\n\tf, err := os.Open(name)\n\t_ = f\n\t_ = err\n}}\n");
    let counts = check_replacements(
        Language::Go,
        "dl.go",
        &go,
        &[("r.URL.Query().Get(\"f\")", "\"report.txt\""), ("\"report.txt\"", "r.FormValue(\"f\")"), ("\tf, err := os.Open(name)\n", "\tlog.Println(name)\n\tf, err := os.Open(name)\n")],
    );
    assert!(counts[0] >= 1 && counts[1] == counts[0] - 1 && counts[2] == counts[0], "path traversal finding should follow the edits: {counts:?}");
}

// A taint finding depends on its whole function up to the sink: an edit at the source, 100
// lines above the sink, or in a nested function must add or remove it as a full analysis does.
#[test]
fn taint_findings_follow_edits_anywhere_in_their_function() {
    let filler: String = (0..100).map(|i| format!("    log.info(\"step {i}\")\n")).collect();
    let py = format!(
        "from flask import request\n\n@app.get(\"/u\")\ndef user():\n    uid = request.args.get(\"id\")\n{filler}    sql = \"SELECT * FROM users WHERE id = \" + uid\n    def helper():\n        return 1\n    cur.execute(sql)\n"
    );
    let counts = check_replacements(
        Language::Python,
        "views.py",
        &py,
        &[
            ("request.args.get(\"id\")", "int(request.args.get(\"id\"))"),
            ("int(request.args.get(\"id\"))", "request.form[\"id\"]"),
            ("    log.info(\"step 50\")\n", "    uid = \"42\"\n"),
            ("    uid = \"42\"\n", "    log.info(\"step 50\")\n"),
            ("        return 1\n", "        return request.args\n"),
            ("cur.execute(sql)", "cur.execute(\"SELECT 1\")"),
        ],
    );
    // The syntactic string-building rule reports the `sql = ... + uid` line whatever `uid` is,
    // as long as `sql` is executed; the taint finding at `cur.execute(sql)` comes and goes.
    assert_eq!(counts, [2, 1, 2, 1, 2, 2, 0], "the SQL injection finding should follow the edits");

    let filler: String = (0..60).map(|i| format!("  console.log('step {i}');\n")).collect();
    let js = format!("app.get('/u', (req, res) => {{\n  const {{ id }} = req.query;\n{filler}  const sql = `SELECT * FROM users WHERE id = ${{id}}`;\n  pool.query(sql);\n}});\n");
    let counts = check_replacements(
        Language::JavaScript,
        "users.js",
        &js,
        &[("const { id } = req.query;", "const id = Number(req.query.id);"), ("const id = Number(req.query.id);", "const { id } = req.params;")],
    );
    assert_eq!(counts, [1, 0, 1], "the SQL injection finding should follow the edits");
}
