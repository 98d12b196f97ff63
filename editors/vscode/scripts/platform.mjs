// Helpers of package-platform.mjs, kept apart so that `npm test` can test them: the targets a
// platform package can be built for, the binary each carries, and a check that the binary is
// an executable for that target (so a release job cannot put a Linux binary in a macOS package).

/** VS Code targets Redline ships a binary for, and what the binary must be. */
export const TARGETS = {
  'linux-x64': { format: 'elf', arch: 'x64' },
  'linux-arm64': { format: 'elf', arch: 'arm64' },
  'linux-armhf': { format: 'elf', arch: 'arm' },
  'alpine-x64': { format: 'elf', arch: 'x64' },
  'alpine-arm64': { format: 'elf', arch: 'arm64' },
  'darwin-x64': { format: 'macho', arch: 'x64' },
  'darwin-arm64': { format: 'macho', arch: 'arm64' },
  'win32-x64': { format: 'pe', arch: 'x64' },
  'win32-arm64': { format: 'pe', arch: 'arm64' },
};

/** The binary's name inside the package (what the extension looks for, see src/config.ts). */
export function bundledName(target) {
  return target.startsWith('win32-') ? 'redline.exe' : 'redline';
}

/** `--target T --binary B [--out O]` (also `--target=T`) → options, or throws with usage. */
export function parseArgs(argv) {
  const usage =
    'usage: npm run package:platform -- --target <' + Object.keys(TARGETS).join('|') + '> --binary <path to redline> [--out <file.vsix>]';
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(target|binary|out)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      throw new Error(`unknown argument "${argv[i]}"\n${usage}`);
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') {
      throw new Error(`--${m[1]} needs a value\n${usage}`);
    }
    opts[m[1]] = value;
  }
  if (!opts.target || !opts.binary) {
    throw new Error(usage);
  }
  if (!Object.hasOwn(TARGETS, opts.target)) {
    throw new Error(`unknown target "${opts.target}"\n${usage}`);
  }
  return { target: opts.target, binary: opts.binary, out: opts.out ?? `redline-${opts.target}.vsix` };
}

const ELF_MACHINES = { 0x3e: 'x64', 0xb7: 'arm64', 0x28: 'arm' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES = { 0x8664: 'x64', 0xaa64: 'arm64' };

/** The executable format and architectures of a binary's first bytes (a universal macOS binary
 * has several), or undefined when it is none of ELF, Mach-O and PE. */
export function describeBinary(buf) {
  if (buf.length >= 20 && buf.readUInt32BE(0) === 0x7f454c46) {
    const machine = buf[5] === 2 ? buf.readUInt16BE(18) : buf.readUInt16LE(18);
    return { format: 'elf', archs: [ELF_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`] };
  }
  if (buf.length >= 8 && (buf.readUInt32LE(0) === 0xfeedfacf || buf.readUInt32LE(0) === 0xfeedface)) {
    const cpu = buf.readUInt32LE(4);
    return { format: 'macho', archs: [MACHO_CPUS[cpu] ?? `cpu 0x${cpu.toString(16)}`] };
  }
  if (buf.length >= 8 && (buf.readUInt32BE(0) === 0xcafebabe || buf.readUInt32BE(0) === 0xcafebabf)) {
    const n = buf.readUInt32BE(4);
    const size = buf.readUInt32BE(0) === 0xcafebabf ? 32 : 20;
    const archs = [];
    for (let i = 0; i < n && 8 + i * size + 4 <= buf.length; i++) {
      const cpu = buf.readUInt32BE(8 + i * size);
      archs.push(MACHO_CPUS[cpu] ?? `cpu 0x${cpu.toString(16)}`);
    }
    return { format: 'macho', archs };
  }
  if (buf.length >= 0x40 && buf.toString('latin1', 0, 2) === 'MZ') {
    const pe = buf.readUInt32LE(0x3c);
    if (pe + 6 <= buf.length && buf.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const machine = buf.readUInt16LE(pe + 4);
      return { format: 'pe', archs: [PE_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`] };
    }
  }
  return undefined;
}

/** Why a binary does not fit a target, or undefined when it does. */
export function mismatch(target, buf) {
  const want = TARGETS[target];
  const got = describeBinary(buf);
  if (!got) {
    return `the binary is not an executable (no ELF, Mach-O or PE header); ${target} needs ${want.format} ${want.arch}`;
  }
  if (got.format !== want.format || !got.archs.includes(want.arch)) {
    return `the binary is ${got.format} ${got.archs.join('+')}, but ${target} needs ${want.format} ${want.arch}`;
  }
  return undefined;
}
