import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TARGETS, bundledName, describeBinary, mismatch, parseArgs } from './platform.mjs';

function elf(machine) {
  const b = Buffer.alloc(64);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = 2; // 64-bit
  b[5] = 1; // little-endian
  b.writeUInt16LE(machine, 18);
  return b;
}

function macho(cpu) {
  const b = Buffer.alloc(32);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(cpu, 4);
  return b;
}

function fat(...cpus) {
  const b = Buffer.alloc(8 + cpus.length * 20);
  b.writeUInt32BE(0xcafebabe, 0);
  b.writeUInt32BE(cpus.length, 4);
  cpus.forEach((cpu, i) => b.writeUInt32BE(cpu, 8 + i * 20));
  return b;
}

function pe(machine) {
  const b = Buffer.alloc(0x100);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(machine, 0x84);
  return b;
}

test('arguments: --target/--binary (with = too), --out defaulting to redline-<target>.vsix', () => {
  assert.deepEqual(parseArgs(['--target', 'linux-x64', '--binary', 'r']), { target: 'linux-x64', binary: 'r', out: 'redline-linux-x64.vsix' });
  assert.deepEqual(parseArgs(['--target=win32-x64', '--binary=r.exe', '--out', 'x.vsix']), { target: 'win32-x64', binary: 'r.exe', out: 'x.vsix' });
  assert.throws(() => parseArgs(['--target', 'linux-x64']), /usage/);
  assert.throws(() => parseArgs(['--target', 'web', '--binary', 'r']), /unknown target "web"/);
  assert.throws(() => parseArgs(['--target', 'linux-x64', '--binary']), /--binary needs a value/);
  assert.throws(() => parseArgs(['--platform', 'linux-x64']), /unknown argument/);
});

test('the release targets exist, and Windows packages carry redline.exe', () => {
  for (const t of ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']) {
    assert.ok(TARGETS[t], t);
  }
  assert.equal(bundledName('win32-x64'), 'redline.exe');
  assert.equal(bundledName('darwin-arm64'), 'redline');
});

test('binaries are recognised by format and architecture', () => {
  assert.deepEqual(describeBinary(elf(0x3e)), { format: 'elf', archs: ['x64'] });
  assert.deepEqual(describeBinary(elf(0xb7)), { format: 'elf', archs: ['arm64'] });
  assert.deepEqual(describeBinary(macho(0x0100000c)), { format: 'macho', archs: ['arm64'] });
  assert.deepEqual(describeBinary(fat(0x01000007, 0x0100000c)), { format: 'macho', archs: ['x64', 'arm64'] });
  assert.deepEqual(describeBinary(pe(0x8664)), { format: 'pe', archs: ['x64'] });
  assert.equal(describeBinary(Buffer.from('#!/bin/sh\necho hi\n')), undefined);
});

test('a binary for another target is refused with what it is', () => {
  assert.equal(mismatch('linux-x64', elf(0x3e)), undefined);
  assert.equal(mismatch('darwin-x64', fat(0x01000007, 0x0100000c)), undefined);
  assert.equal(mismatch('darwin-arm64', fat(0x01000007, 0x0100000c)), undefined);
  assert.equal(mismatch('win32-x64', pe(0x8664)), undefined);
  assert.match(mismatch('linux-arm64', elf(0x3e)), /elf x64, but linux-arm64 needs elf arm64/);
  assert.match(mismatch('darwin-arm64', elf(0xb7)), /elf arm64, but darwin-arm64 needs macho arm64/);
  assert.match(mismatch('win32-x64', Buffer.from('#!/bin/sh\n')), /not an executable/);
});
