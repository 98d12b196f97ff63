//! Rebuild when a built-in rule file changes: `include_dir!` alone does not tell cargo.
fn main() {
    println!("cargo:rerun-if-changed=builtin");
    fn walk(dir: &std::path::Path) {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let p = e.path();
                println!("cargo:rerun-if-changed={}", p.display());
                if p.is_dir() {
                    walk(&p);
                }
            }
        }
    }
    walk(std::path::Path::new("builtin"));
}
