//! Shared helpers for the integration tests: locating and running the real `redline` binary,
//! and an LSP client that drives `redline lsp` over stdio.

pub mod corpus;
pub mod eval;
pub mod lsp_client;
pub mod measure;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The `redline` binary built for this test run: `REDLINE_BIN` if set, else the binary beside
/// the test executable's profile directory (`target/<profile>/redline`). `server/tests/`
/// holds an integration test so that `cargo test --workspace` always builds it.
pub fn redline_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("REDLINE_BIN") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().unwrap_or_default();
    // target/<profile>/deps/<test-exe>
    let profile_dir = exe.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
    let bin = profile_dir.join(format!("redline{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "redline binary not found at {} (run `cargo build -p redline`)", bin.display());
    bin
}

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `redline ARGS` in `dir` with `stdin` as standard input.
pub fn run(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(redline_bin())
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn redline");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait for redline");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A minimal valid query rule file for Python: `id`, a tree-sitter `pattern`, and the lines
/// of its one example (annotated with `ruleid:` / `ok:` comments).
pub fn python_query_rule(id: &str, pattern: &str, example: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"t\"\nseverity = \"high\"\nconfidence = \"high\"\nlanguages = [\"python\"]\ncwe = [\"CWE-1\"]\nmessage = \"m\"\ndocs = \"d\"\n\n[query]\npattern = '''{pattern}'''\n\n[[examples]]\nfilename = \"a.py\"\ncode = '''\n{example}'''\n"
    )
}

/// Writes `files` (relative path, content) into a fresh temporary directory.
pub fn temp_tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, content) in files {
        let p = dir.path().join(path);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, content).expect("write");
    }
    dir
}

/// The OASIS SARIF 2.1.0 schema, ready for a validator. Its `language` patterns have a stray
/// `]` that the validator's meta-schema check rejects as a regex; they get the pattern the spec
/// text describes.
pub fn sarif_schema() -> serde_json::Value {
    fn fix_language_patterns(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if key == "pattern" && value.as_str() == Some("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$") {
                        *value = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
                    } else {
                        fix_language_patterns(value);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(fix_language_patterns),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(workspace_root().join("tests/schemas/sarif-schema-2.1.0.json")).expect("SARIF schema");
    let mut schema: serde_json::Value = serde_json::from_str(&text).expect("SARIF schema JSON");
    fix_language_patterns(&mut schema);
    schema
}
