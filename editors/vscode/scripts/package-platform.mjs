#!/usr/bin/env node
// Builds a platform-specific .vsix with the Redline server inside:
//
//   npm run package:platform -- --target linux-x64 --binary ../../target/release/redline [--out redline-linux-x64.vsix]
//
// Copies the binary to bundled/redline (bundled/redline.exe for win32-*) with its executable
// bit, runs `vsce package --target <target>` (which bundles the extension through
// `vscode:prepublish`), and removes the copy again, also when packaging fails. The binary is
// checked to be an executable for the target first. See README.md, "Platform packages".

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledName, mismatch, parseArgs } from './platform.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundledDir = path.join(root, 'bundled');

function cleanup() {
  fs.rmSync(bundledDir, { recursive: true, force: true });
}

function fail(message) {
  console.error(`package-platform: ${message}`);
  process.exit(1);
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (err) {
  fail(err.message);
}

// Relative paths are relative to where npm was run (npm runs scripts in the package directory).
const cwd = process.env.INIT_CWD ?? process.cwd();
const binary = path.resolve(cwd, opts.binary);
const out = path.resolve(cwd, opts.out);
let stat;
try {
  stat = fs.statSync(binary);
} catch {
  fail(`no such file: ${binary}`);
}
if (!stat.isFile()) {
  fail(`not a file: ${binary}`);
}
const head = Buffer.alloc(Math.min(stat.size, 64 * 1024));
const fd = fs.openSync(binary, 'r');
fs.readSync(fd, head, 0, head.length, 0);
fs.closeSync(fd);
const why = mismatch(opts.target, head);
if (why) {
  fail(`${binary}: ${why}`);
}

// A binary left over from another target must never end up in this package.
cleanup();
fs.mkdirSync(bundledDir);
const dest = path.join(bundledDir, bundledName(opts.target));
fs.copyFileSync(binary, dest);
fs.chmodSync(dest, 0o755);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const child = spawn(process.execPath, [vsce, 'package', '--target', opts.target, '-o', out], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  cleanup();
  if (code !== 0) {
    fail(`vsce package failed (${signal ?? `exit code ${code}`})`);
  }
  console.log(`package-platform: ${out} (${opts.target}, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB, server ${path.basename(dest)} from ${binary})`);
});
child.on('error', (err) => {
  cleanup();
  fail(`cannot run vsce: ${err.message}`);
});
