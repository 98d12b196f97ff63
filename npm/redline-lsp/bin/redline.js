#!/usr/bin/env node
// The `redline` command of the npm package `redline-lsp`: finds the native binary that npm
// installed from the platform package for this machine (an optional dependency such as
// @redline-lsp/cli-linux-x64) and runs it with the same arguments, standard streams and exit
// status. REDLINE_BINARY=/path/to/redline runs that binary instead.
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

// process.platform-process.arch -> the platform package that carries the binary for it.
const PLATFORM_PACKAGES = {
  'linux-x64': '@redline-lsp/cli-linux-x64',
  'linux-arm64': '@redline-lsp/cli-linux-arm64',
  'darwin-x64': '@redline-lsp/cli-darwin-x64',
  'darwin-arm64': '@redline-lsp/cli-darwin-arm64',
  'win32-x64': '@redline-lsp/cli-win32-x64',
};

function fail(lines) {
  process.stderr.write(`redline (npm package redline-lsp): ${lines.join('\n  ')}\n`);
  process.exit(2);
}

// Linux builds are linked against glibc; on a musl system (Alpine) they cannot start.
function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const report = process.report && process.report.getReport();
    const header = report && (typeof report === 'string' ? JSON.parse(report).header : report.header);
    return !!header && !header.glibcVersionRuntime;
  } catch (_) {
    return false;
  }
}

function binaryFromPackage() {
  const platform = `${process.platform}-${process.arch}`;
  const pkg = PLATFORM_PACKAGES[platform];
  const alternatives =
    'Alternatives: `pip install redline-lsp`, `cargo install --git https://github.com/redline-security/redline redline`, ' +
    'or set REDLINE_BINARY to the path of a redline binary.';
  if (!pkg) {
    fail([
      `no prebuilt binary for this platform (${platform}).`,
      `Prebuilt binaries exist for: ${Object.keys(PLATFORM_PACKAGES).join(', ')}.`,
      alternatives,
    ]);
  }
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch (_) {
    fail([
      `the platform package ${pkg} is not installed, so there is no redline binary for ${platform}.`,
      'npm installs it as an optional dependency of redline-lsp: reinstall without --omit=optional / --no-optional',
      '(and with the same OS and CPU that runs it: a node_modules copied from another machine lacks it),',
      `or install it explicitly: npm install ${pkg}.`,
      alternatives,
    ]);
  }
  const binary = path.join(pkgDir, 'bin', process.platform === 'win32' ? 'redline.exe' : 'redline');
  if (!fs.existsSync(binary)) {
    fail([`the platform package ${pkg} (${pkgDir}) has no binary at ${binary}; reinstall it.`, alternatives]);
  }
  return binary;
}

function main() {
  const override = process.env.REDLINE_BINARY;
  let binary;
  if (override) {
    binary = path.resolve(override);
    if (!fs.existsSync(binary)) {
      fail([`REDLINE_BINARY is set to ${override}, which does not exist.`]);
    }
  } else {
    binary = binaryFromPackage();
  }

  const child = childProcess.spawn(binary, process.argv.slice(2), { stdio: 'inherit', windowsHide: true });

  // A signal sent to this wrapper (by an editor stopping `redline lsp`, by `kill`, by a CI
  // timeout) goes on to the binary; the wrapper then ends the way the binary ended.
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGBREAK'].filter(
    (signal) => process.platform === 'win32' ? signal !== 'SIGQUIT' : signal !== 'SIGBREAK',
  );
  const handlers = {};
  for (const signal of forwarded) {
    handlers[signal] = () => {
      try {
        child.kill(signal);
      } catch (_) {
        // the child is already gone
      }
    };
    process.on(signal, handlers[signal]);
  }

  child.on('error', (err) => {
    const hint =
      err.code === 'ENOENT' && isMusl()
        ? ' This looks like a musl system (Alpine): the prebuilt Linux binaries need glibc; ' +
          'install with `cargo install --git https://github.com/redline-security/redline redline` instead.'
        : err.code === 'EACCES'
          ? ` Make it executable: chmod +x ${binary}`
          : '';
    fail([`cannot run ${binary}: ${err.message}.${hint}`]);
  });

  child.on('exit', (code, signal) => {
    for (const s of forwarded) process.removeListener(s, handlers[s]);
    if (signal) {
      // Die of the same signal, so that the caller sees what the binary saw (128 + n in a shell).
      // Node ignores some signals (SIGPIPE): then exit with the shell's status for them.
      const number = os.constants.signals[signal];
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(number ? 128 + number : 1), 100);
      return;
    }
    process.exit(code === null ? 1 : code);
  });
}

main();
