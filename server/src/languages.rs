//! The language registry: which languages Redline knows, how a file is recognised, which
//! tree-sitter grammar parses it and how its comments are written.

use std::path::Path;

/// A language (or file kind) Redline can analyse. Files of an unknown kind are [`Language::Text`]
/// and still get the secret rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Python,
    JavaScript,
    TypeScript,
    Tsx,
    Go,
    Java,
    CSharp,
    Rust,
    C,
    Cpp,
    Ruby,
    Php,
    Bash,
    Hcl,
    Yaml,
    Json,
    Toml,
    Dockerfile,
    Dotenv,
    Text,
}

impl Language {
    pub const ALL: [Language; 20] = [
        Language::Python,
        Language::JavaScript,
        Language::TypeScript,
        Language::Tsx,
        Language::Go,
        Language::Java,
        Language::CSharp,
        Language::Rust,
        Language::C,
        Language::Cpp,
        Language::Ruby,
        Language::Php,
        Language::Bash,
        Language::Hcl,
        Language::Yaml,
        Language::Json,
        Language::Toml,
        Language::Dockerfile,
        Language::Dotenv,
        Language::Text,
    ];

    /// The name used in rule files and configuration.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Tsx => "tsx",
            Language::Go => "go",
            Language::Java => "java",
            Language::CSharp => "csharp",
            Language::Rust => "rust",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::Ruby => "ruby",
            Language::Php => "php",
            Language::Bash => "bash",
            Language::Hcl => "hcl",
            Language::Yaml => "yaml",
            Language::Json => "json",
            Language::Toml => "toml",
            Language::Dockerfile => "dockerfile",
            Language::Dotenv => "dotenv",
            Language::Text => "text",
        }
    }

    pub fn from_name(name: &str) -> Option<Language> {
        let name = name.to_ascii_lowercase();
        let alias = match name.as_str() {
            "terraform" | "tf" => "hcl",
            "js" | "jsx" => "javascript",
            "ts" => "typescript",
            "sh" | "shell" => "bash",
            "c++" => "cpp",
            "env" => "dotenv",
            "c#" | "cs" | "c_sharp" => "csharp",
            other => other,
        };
        Language::ALL.into_iter().find(|l| l.name() == alias)
    }

    /// The tree-sitter grammar, if the language has one.
    pub fn grammar(self) -> Option<tree_sitter::Language> {
        let lang_fn = match self {
            Language::Python => tree_sitter_python::LANGUAGE,
            Language::JavaScript => tree_sitter_javascript::LANGUAGE,
            Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT,
            Language::Tsx => tree_sitter_typescript::LANGUAGE_TSX,
            Language::Go => tree_sitter_go::LANGUAGE,
            Language::Java => tree_sitter_java::LANGUAGE,
            Language::CSharp => tree_sitter_c_sharp::LANGUAGE,
            Language::Rust => tree_sitter_rust::LANGUAGE,
            Language::C => tree_sitter_c::LANGUAGE,
            Language::Cpp => tree_sitter_cpp::LANGUAGE,
            Language::Ruby => tree_sitter_ruby::LANGUAGE,
            Language::Php => tree_sitter_php::LANGUAGE_PHP,
            Language::Bash => tree_sitter_bash::LANGUAGE,
            Language::Hcl => tree_sitter_hcl::LANGUAGE,
            Language::Yaml => tree_sitter_yaml::LANGUAGE,
            Language::Json => tree_sitter_json::LANGUAGE,
            Language::Toml => tree_sitter_toml_ng::LANGUAGE,
            Language::Dockerfile => tree_sitter_dockerfile_vendored::LANGUAGE,
            Language::Dotenv | Language::Text => return None,
        };
        Some(lang_fn.into())
    }

    /// The prefix of a line comment, used to insert suppression comments.
    /// `None` for formats without comments (JSON).
    pub fn line_comment(self) -> Option<&'static str> {
        match self {
            Language::Python
            | Language::Ruby
            | Language::Bash
            | Language::Hcl
            | Language::Yaml
            | Language::Toml
            | Language::Dockerfile
            | Language::Dotenv
            | Language::Text => Some("#"),
            Language::JavaScript
            | Language::TypeScript
            | Language::Tsx
            | Language::Go
            | Language::Java
            | Language::CSharp
            | Language::Rust
            | Language::C
            | Language::Cpp
            | Language::Php => Some("//"),
            Language::Json => None,
        }
    }

    /// Data and configuration formats: every value in them is a literal, so secret rules
    /// scoped to literals apply everywhere in the file.
    pub fn is_data_format(self) -> bool {
        matches!(
            self,
            Language::Hcl
                | Language::Yaml
                | Language::Json
                | Language::Toml
                | Language::Dockerfile
                | Language::Dotenv
                | Language::Text
        )
    }

    /// Recognises a file by name, then extension, then (for extension-less files) shebang.
    pub fn detect(path: &Path, first_line: Option<&str>) -> Language {
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let lower = file_name.to_ascii_lowercase();
        if let Some(lang) = Self::from_file_name(&lower) {
            return lang;
        }
        let ext = path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase());
        if let Some(lang) = ext.as_deref().and_then(Self::from_extension) {
            return lang;
        }
        if let Some(lang) = first_line.and_then(Self::from_shebang) {
            return lang;
        }
        Language::Text
    }

    fn from_file_name(lower: &str) -> Option<Language> {
        match lower {
            "dockerfile" | "containerfile" => return Some(Language::Dockerfile),
            "gemfile" | "rakefile" | "guardfile" | "podfile" | "vagrantfile" | "fastfile" => return Some(Language::Ruby),
            ".bashrc" | ".bash_profile" | ".profile" | ".zshrc" | "pkgbuild" => return Some(Language::Bash),
            ".env" => return Some(Language::Dotenv),
            _ => {}
        }
        if lower.starts_with("dockerfile.") || lower.ends_with(".dockerfile") || lower.starts_with("containerfile.") {
            return Some(Language::Dockerfile);
        }
        // `.env.local`, `.env.production`, `prod.env`: but not `.envrc` (a shell script).
        if lower.starts_with(".env.") || (lower.ends_with(".env") && lower.len() > 4) {
            return Some(Language::Dotenv);
        }
        if lower == ".envrc" {
            return Some(Language::Bash);
        }
        None
    }

    fn from_extension(ext: &str) -> Option<Language> {
        Some(match ext {
            "py" | "pyi" | "pyw" => Language::Python,
            "js" | "mjs" | "cjs" | "jsx" => Language::JavaScript,
            "ts" | "mts" | "cts" => Language::TypeScript,
            "tsx" => Language::Tsx,
            "go" => Language::Go,
            "java" => Language::Java,
            "cs" | "csx" => Language::CSharp,
            "rs" => Language::Rust,
            "c" | "h" => Language::C,
            "cc" | "cpp" | "cxx" | "c++" | "hpp" | "hh" | "hxx" | "h++" | "ino" => Language::Cpp,
            "rb" | "rake" | "gemspec" | "ru" | "erb" => Language::Ruby,
            "php" | "phtml" | "php5" | "php7" | "php8" => Language::Php,
            "sh" | "bash" | "zsh" | "ksh" => Language::Bash,
            "tf" | "tfvars" | "hcl" | "nomad" => Language::Hcl,
            "yaml" | "yml" => Language::Yaml,
            "json" | "jsonc" | "json5" | "ipynb" => Language::Json,
            "toml" => Language::Toml,
            "env" => Language::Dotenv,
            _ => return None,
        })
    }

    fn from_shebang(line: &str) -> Option<Language> {
        let rest = line.strip_prefix("#!")?.trim();
        let mut words = rest.split_whitespace();
        let mut prog = words.next()?.rsplit('/').next()?;
        if prog == "env" {
            prog = words.find(|w| !w.starts_with('-'))?;
        }
        let prog = prog.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        Some(match prog {
            "python" | "pypy" => Language::Python,
            "node" | "nodejs" | "deno" | "bun" => Language::JavaScript,
            "ts-node" | "tsx" => Language::TypeScript,
            "bash" | "sh" | "zsh" | "ksh" | "dash" => Language::Bash,
            "ruby" => Language::Ruby,
            "php" => Language::Php,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grammar_loads_and_parses() {
        for lang in Language::ALL {
            let Some(grammar) = lang.grammar() else { continue };
            let mut parser = tree_sitter::Parser::new();
            parser.set_language(&grammar).unwrap_or_else(|e| panic!("{}: {e}", lang.name()));
            let tree = parser.parse("x", None).expect("parse");
            assert!(tree.root_node().end_byte() <= 1, "{}", lang.name());
        }
    }

    #[test]
    fn detection_by_name_extension_and_shebang() {
        let d = |p: &str, first: Option<&str>| Language::detect(Path::new(p), first);
        assert_eq!(d("src/app.py", None), Language::Python);
        assert_eq!(d("Dockerfile", None), Language::Dockerfile);
        assert_eq!(d("docker/Dockerfile.prod", None), Language::Dockerfile);
        assert_eq!(d("api.dockerfile", None), Language::Dockerfile);
        assert_eq!(d(".env", None), Language::Dotenv);
        assert_eq!(d(".env.production", None), Language::Dotenv);
        assert_eq!(d(".envrc", None), Language::Bash);
        assert_eq!(d("main.tf", None), Language::Hcl);
        assert_eq!(d("prod.tfvars", None), Language::Hcl);
        assert_eq!(d("App.TSX", None), Language::Tsx);
        assert_eq!(d("Controllers/UserController.cs", None), Language::CSharp);
        assert_eq!(d("bin/deploy", Some("#!/usr/bin/env bash")), Language::Bash);
        assert_eq!(d("bin/tool", Some("#!/usr/bin/env -S python3 -u")), Language::Python);
        assert_eq!(d("bin/tool", Some("#!/usr/bin/python3.12")), Language::Python);
        assert_eq!(d("bin/tool", Some("#!/usr/bin/node")), Language::JavaScript);
        assert_eq!(d("notes.txt", None), Language::Text);
        assert_eq!(d("README", Some("hello")), Language::Text);
    }
}
