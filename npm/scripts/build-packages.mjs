#!/usr/bin/env node
// Lays out the npm packages of a release, ready for `npm pack` / `npm publish`:
//
//   node npm/scripts/build-packages.mjs platform --target x86_64-unknown-linux-gnu --binary target/release/redline [--out-dir npm/dist]
//       -> npm/dist/cli-linux-x64/ (package @redline-lsp/cli-linux-x64: the binary, os/cpu set)
//   node npm/scripts/build-packages.mjs main [--out-dir npm/dist]
//       -> npm/dist/redline-lsp/ (package redline-lsp: the `redline` shim, optionalDependencies)
//
// The version is the `redline` crate's (server/Cargo.toml, or the workspace's when it inherits
// it); `--version X` overrides it. Each command prints the directory it wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCOPE = '@redline-lsp';

// Rust target -> npm os/cpu (and libc for Linux), the suffix of the package name, the binary's
// executable format and machine.
const TARGETS = {
  'x86_64-unknown-linux-gnu': { os: 'linux', cpu: 'x64', libc: 'glibc', format: 'elf', machine: 'x64' },
  'aarch64-unknown-linux-gnu': { os: 'linux', cpu: 'arm64', libc: 'glibc', format: 'elf', machine: 'arm64' },
  'x86_64-apple-darwin': { os: 'darwin', cpu: 'x64', format: 'macho', machine: 'x64' },
  'aarch64-apple-darwin': { os: 'darwin', cpu: 'arm64', format: 'macho', machine: 'arm64' },
  'x86_64-pc-windows-msvc': { os: 'win32', cpu: 'x64', format: 'pe', machine: 'x64' },
};

const OS_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

function die(message) {
  console.error(`build-packages: ${message}`);
  process.exit(1);
}

function usage() {
  return [
    'usage:',
    '  build-packages.mjs platform --target <rust target> --binary <path> [--out-dir DIR] [--version X]',
    '  build-packages.mjs main [--out-dir DIR] [--version X]',
    `targets: ${Object.keys(TARGETS).join(', ')}`,
  ].join('\n');
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (command !== 'platform' && command !== 'main') die(usage());
  const opts = { command, outDir: path.join(repo, 'npm', 'dist') };
  const keys = { '--target': 'target', '--binary': 'binary', '--out-dir': 'outDir', '--version': 'version' };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].split(/=(.*)/s, 2);
    const key = keys[flag];
    if (!key) die(`unknown argument ${rest[i]}\n${usage()}`);
    const value = inline ?? rest[++i];
    if (!value) die(`${flag} needs a value\n${usage()}`);
    opts[key] = value;
  }
  opts.outDir = path.resolve(opts.outDir);
  return opts;
}

/** The `version` of a TOML table (`[package]`, `[workspace.package]`) of a Cargo manifest. */
function tomlTableValue(file, table, key) {
  let current = null;
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = header[1].trim();
      continue;
    }
    if (current !== table) continue;
    const m = new RegExp(`^${key.replace('.', '\\.')}\\s*=\\s*(.+)$`).exec(line);
    if (m) return m[1].trim();
  }
  return undefined;
}

export function cargoVersion() {
  const crate = path.join(repo, 'server', 'Cargo.toml');
  const own = tomlTableValue(crate, 'package', 'version');
  const inherited = tomlTableValue(crate, 'package', 'version.workspace');
  let value = own;
  if (inherited === 'true' || /workspace\s*=\s*true/.test(own ?? '')) {
    value = tomlTableValue(path.join(repo, 'Cargo.toml'), 'workspace.package', 'version');
  }
  const m = /^"([^"]+)"$/.exec(value ?? '');
  if (!m) die(`cannot read the version of the redline crate from ${crate}`);
  return m[1];
}

/** What a binary's first bytes say: executable format and machine, or a reason it is none. */
function describe(file) {
  const buf = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const b = buf.subarray(0, n);
  if (b.length >= 20 && b.readUInt32BE(0) === 0x7f454c46) {
    const e = b[5] === 2 ? b.readUInt16BE(18) : b.readUInt16LE(18);
    return { format: 'elf', machine: { 0x3e: 'x64', 0xb7: 'arm64' }[e] ?? `ELF machine ${e}` };
  }
  if (b.length >= 8 && b.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = b.readUInt32LE(4);
    return { format: 'macho', machine: { 0x01000007: 'x64', 0x0100000c: 'arm64' }[cpu] ?? `Mach-O cpu ${cpu}` };
  }
  if (b.length >= 0x40 && b.toString('latin1', 0, 2) === 'MZ') {
    const pe = b.readUInt32LE(0x3c);
    if (pe + 6 <= b.length && b.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const m = b.readUInt16LE(pe + 4);
      return { format: 'pe', machine: { 0x8664: 'x64', 0xaa64: 'arm64' }[m] ?? `PE machine ${m}` };
    }
  }
  return { format: 'unknown', machine: 'unknown' };
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function common(version) {
  return {
    version,
    license: 'MIT OR Apache-2.0',
    homepage: 'https://github.com/redline-security/redline#readme',
    repository: { type: 'git', url: 'git+https://github.com/redline-security/redline.git' },
    bugs: 'https://github.com/redline-security/redline/issues',
  };
}

function platformPackage(opts, version) {
  const t = TARGETS[opts.target];
  if (!t) die(`unknown target ${opts.target ?? '(none)'}\n${usage()}`);
  if (!opts.binary) die(`--binary is required\n${usage()}`);
  const binary = path.resolve(opts.binary);
  if (!fs.existsSync(binary) || !fs.statSync(binary).isFile()) die(`no such file: ${binary}`);
  const found = describe(binary);
  if (found.format !== t.format || found.machine !== t.machine) {
    die(`${binary} is ${found.format}/${found.machine}, but ${opts.target} needs ${t.format}/${t.machine}`);
  }

  const suffix = `${t.os}-${t.cpu}`;
  const name = `${SCOPE}/cli-${suffix}`;
  const dir = path.join(opts.outDir, `cli-${suffix}`);
  const exe = t.os === 'win32' ? 'redline.exe' : 'redline';
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.copyFileSync(binary, path.join(dir, 'bin', exe));
  fs.chmodSync(path.join(dir, 'bin', exe), 0o755);

  const label = `${OS_NAMES[t.os]} ${t.cpu}${t.libc ? ` (${t.libc})` : ''}`;
  writeJson(path.join(dir, 'package.json'), {
    name,
    ...common(version),
    description: `The redline binary for ${label}, installed by the redline-lsp package`,
    os: [t.os],
    cpu: [t.cpu],
    ...(t.libc ? { libc: [t.libc] } : {}),
    files: [`bin/${exe}`],
    preferUnplugged: true,
    publishConfig: { access: 'public' },
  });
  fs.writeFileSync(
    path.join(dir, 'README.md'),
    `# ${name}\n\nThe \`redline\` binary (${opts.target}) for [redline-lsp](https://www.npmjs.com/package/redline-lsp).\n` +
      'Install `redline-lsp`, not this package: npm picks the platform package that fits the machine.\n',
  );
  return dir;
}

function mainPackage(opts, version) {
  const src = path.join(repo, 'npm', 'redline-lsp');
  const dir = path.join(opts.outDir, 'redline-lsp');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
  manifest.version = version;
  manifest.optionalDependencies = Object.fromEntries(
    Object.values(TARGETS).map((t) => [`${SCOPE}/cli-${t.os}-${t.cpu}`, version]),
  );
  writeJson(path.join(dir, 'package.json'), manifest);
  for (const file of ['README.md', path.join('bin', 'redline.js')]) {
    fs.copyFileSync(path.join(src, file), path.join(dir, file));
  }
  fs.chmodSync(path.join(dir, 'bin', 'redline.js'), 0o755);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const version = opts.version ?? cargoVersion();
  const dir = opts.command === 'platform' ? platformPackage(opts, version) : mainPackage(opts, version);
  console.log(dir);
}
