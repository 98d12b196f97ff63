//! The `redline` binary: parses the command line and hands off to [`redline::cli`].

use clap::Parser;

fn main() -> std::process::ExitCode {
    redline::cli::run(redline::cli::Cli::parse())
}
