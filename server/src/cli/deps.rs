//! `redline deps`: build, update and inspect the dependency snapshot, and list what a file's
//! dependencies look like to the `deps.*` rules.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::deps::snapshot::{self, Snapshot};
use crate::deps::{build, check, Ecosystem};
use crate::languages::Language;

#[derive(Debug, Clone, clap::Args)]
pub struct DepsArgs {
    #[command(subcommand)]
    pub command: DepsCommand,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum DepsCommand {
    /// Show the snapshot in use: where it comes from, its date, sources and counts.
    Info,
    /// Replace the advisories of the bundled snapshot with those of an OSV dump you
    /// downloaded (`DIR/<Ecosystem>/all.zip` from https://osv-vulnerabilities.storage.googleapis.com/,
    /// or those zips unpacked); Redline itself never goes online.
    Update {
        /// The dump's directory.
        #[arg(long, value_name = "DIR")]
        osv: PathBuf,
        /// Where to write the snapshot (default: the user snapshot Redline loads, see `deps info`).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Build a snapshot from the directory `scripts/deps-snapshot.py` prepares (maintainers).
    Build {
        dir: PathBuf,
        #[arg(long, short)]
        output: PathBuf,
        /// The date recorded in the snapshot (default: the newest source's commit date).
        #[arg(long)]
        date: Option<String>,
    },
    /// List the dependencies a file names and what the checks say about each.
    List { file: PathBuf },
}

pub fn run(args: &DepsArgs) -> ExitCode {
    match &args.command {
        DepsCommand::Info => info(),
        DepsCommand::Update { osv, output } => update(osv, output.clone()),
        DepsCommand::Build { dir, output, date } => build_cmd(dir, output, date.clone()),
        DepsCommand::List { file } => list(file),
    }
}

fn today() -> String {
    crate::audit::now_utc().chars().take(10).collect()
}

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("redline deps: {msg}");
    ExitCode::from(2)
}

fn counts(s: &Snapshot) -> String {
    let mut out = String::new();
    for (name, d) in &s.ecosystems {
        out.push_str(&format!(
            "  {name:<10} {:>6} popular{}  {:>6} known  {:>5} advisories  {:>6} malicious\n",
            d.popular.len(),
            if d.ranked { "" } else { " (unranked)" },
            d.known.len(),
            d.advisories.len(),
            d.malicious.len()
        ));
    }
    out
}

fn info() -> ExitCode {
    let ix = snapshot::index();
    if let Some(w) = &ix.warning {
        eprintln!("warning: {w}");
    }
    let s = &ix.snapshot;
    println!("snapshot: {} (built {})", ix.origin, if s.created.is_empty() { "?" } else { &s.created });
    if let Some(p) = snapshot::user_snapshot_path() {
        println!("user snapshot path: {}{}", p.display(), if p.is_file() { "" } else { " (none)" });
    }
    print!("{}", counts(s));
    println!("sources:");
    for src in &s.sources {
        let commit: String = src.commit.chars().take(12).collect();
        println!("  {} — {} {} ({}; {}): {}", src.name, src.repository, commit, src.date, src.licence, src.used_for);
    }
    ExitCode::SUCCESS
}

/// Writes a snapshot: plain JSON to a `.json` path, zstd-compressed otherwise.
fn write(path: &Path, s: &Snapshot) -> Result<usize, String> {
    let bytes = if path.extension().is_some_and(|x| x == "json") { s.to_json() } else { s.encode() };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // Written beside and renamed: a reader never sees half a snapshot.
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, &bytes).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(bytes.len())
}

fn report(r: &build::BuildReport) {
    eprintln!(
        "read {} records: {} withdrawn, {} rated below high, {} duplicates of another database's record, {} Go module entries without a fixed version skipped",
        r.read, r.withdrawn, r.below_high, r.duplicates, r.unbounded_go
    );
    for u in r.unreadable.iter().take(10) {
        eprintln!("unreadable: {u}");
    }
    if r.unreadable.len() > 10 {
        eprintln!("… and {} more unreadable files", r.unreadable.len() - 10);
    }
}

fn build_cmd(dir: &Path, output: &Path, date: Option<String>) -> ExitCode {
    let (s, r) = match build::build(dir, date.as_deref()) {
        Ok(x) => x,
        Err(e) => return fail(e),
    };
    report(&r);
    match write(output, &s) {
        Ok(n) => {
            eprint!("{}", counts(&s));
            eprintln!("wrote {} ({n} bytes)", output.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn update(osv: &Path, output: Option<PathBuf>) -> ExitCode {
    let Some(output) = output.or_else(snapshot::user_snapshot_path) else {
        return fail("no place for the user snapshot (set REDLINE_DEPS_SNAPSHOT or pass --output)");
    };
    let base = match snapshot::bundled() {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let (s, r, covered) = match build::update(base, osv, &today()) {
        Ok(x) => x,
        Err(e) => return fail(e),
    };
    report(&r);
    match write(&output, &s) {
        Ok(n) => {
            eprint!("{}", counts(&s));
            eprintln!(
                "wrote {} ({n} bytes): advisories of {} replaced; Redline loads it from now on",
                output.display(),
                covered.iter().map(|e: &Ecosystem| e.osv_name()).collect::<Vec<_>>().join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn list(file: &Path) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return fail(format!("{}: {e}", file.display())),
    };
    let language = Language::detect(file, text.lines().next());
    if !check::applies(file, language) {
        return fail(format!("{}: not a manifest, lockfile, script, Dockerfile, YAML or Markdown file", file.display()));
    }
    let deps = check::dependencies_of(file, language, &text, None);
    let all = [check::Check::KnownVulnerable, check::Check::MaliciousPackage, check::Check::Typosquat, check::Check::UnknownPackage];
    let findings = check::check_dependencies(snapshot::index(), &deps, &all, crate::deps::extract::Manifest::of(file));
    for d in &deps {
        let line = text[..d.name_range.start].matches('\n').count() + 1;
        let what: Vec<String> = findings
            .iter()
            .filter(|f| f.range == d.name_range || Some(&f.range) == d.version_range.as_ref())
            .map(|f| format!("{}: {}", f.check.id(), f.message))
            .collect();
        println!(
            "{}:{line}\t{}\t{}\t{}{}{}",
            file.display(),
            d.ecosystem.osv_name(),
            d.name,
            d.pinned.as_deref().or(d.requirement.as_deref()).unwrap_or("-"),
            if d.local { "\t(local)" } else { "" },
            if what.is_empty() { String::new() } else { format!("\t{}", what.join("; ")) }
        );
    }
    ExitCode::SUCCESS
}
