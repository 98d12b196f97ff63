//! Compiles the vendored generated parser and its external scanner.
fn main() {
    let src = std::path::Path::new("src");
    cc::Build::new()
        .include(src)
        .std("c11")
        .warnings(false)
        .file(src.join("parser.c"))
        .file(src.join("scanner.c"))
        .compile("tree-sitter-dockerfile");
    println!("cargo:rerun-if-changed=src");
}
