//! Makes `cargo test --workspace` build the `redline` binary that the end-to-end tests in
//! `tests/` drive, and checks it starts.

#[test]
fn binary_prints_its_version() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_redline")).arg("--version").output().expect("run redline");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("redline "));
}
