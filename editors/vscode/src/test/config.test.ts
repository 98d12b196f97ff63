import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { readSettings, resolveServer, serverOptions, statusText, DEFAULT_SETTINGS, Environment } from '../config';

function env(executables: string[], overrides: Partial<Environment> = {}): Environment {
  return {
    platform: 'linux',
    arch: 'x64',
    pathEnv: '/usr/local/bin:/usr/bin',
    extensionPath: '/ext',
    isExecutable: (f) => executables.includes(f),
    ...overrides,
  };
}

test('the setting wins when it points to an executable', () => {
  const r = resolveServer('/opt/redline/bin/redline', env(['/opt/redline/bin/redline', '/ext/bin/redline']));
  assert.deepEqual(r, { ok: true, path: '/opt/redline/bin/redline', source: 'setting' });
});

test('a setting that points nowhere is an error naming the path, not a silent fallback', () => {
  const r = resolveServer('/nope/redline', env(['/usr/bin/redline']));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /\/nope\/redline/);
});

test('the bundled binary comes before PATH, platform directory first', () => {
  const both = env([path.join('/ext', 'bin', 'linux-x64', 'redline'), path.join('/ext', 'bin', 'redline'), '/usr/bin/redline']);
  assert.deepEqual(resolveServer('', both), { ok: true, path: path.join('/ext', 'bin', 'linux-x64', 'redline'), source: 'bundled' });
  const generic = env([path.join('/ext', 'bin', 'redline'), '/usr/bin/redline']);
  assert.deepEqual(resolveServer('', generic), { ok: true, path: path.join('/ext', 'bin', 'redline'), source: 'bundled' });
});

test('PATH is searched in order', () => {
  const r = resolveServer('', env(['/usr/bin/redline', '/usr/local/bin/redline']));
  assert.deepEqual(r, { ok: true, path: path.join('/usr/local/bin', 'redline'), source: 'path' });
});

test('windows looks for redline.exe with ; separators', () => {
  const r = resolveServer('', env([path.join('C:\\tools', 'redline.exe')], { platform: 'win32', pathEnv: 'C:\\windows;C:\\tools' }));
  assert.equal(r.ok && r.source, 'path');
});

test('nothing found says what to do', () => {
  const r = resolveServer('', env([]));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /cargo install/);
  assert.match(r.ok ? '' : r.message, /redline\.server\.path/);
});

test('settings are read with defaults and type checks', () => {
  assert.deepEqual(readSettings(() => undefined), DEFAULT_SETTINGS);
  const values: Record<string, unknown> = {
    enable: false,
    'server.path': ' /bin/redline ',
    severity: 'HIGH',
    disable: ['python.*', 3, ''],
    ruleDirs: 'not-a-list',
    scanWorkspace: true,
  };
  const s = readSettings((k) => values[k]);
  assert.deepEqual(s, { enable: false, serverPath: '/bin/redline', severity: 'high', disable: ['python.*'], ruleDirs: [], scanWorkspace: true });
  assert.equal(readSettings((k) => (k === 'severity' ? 'severe' : undefined)).severity, 'info');
});

test('settings map to the server options the server reads', () => {
  const s = { ...DEFAULT_SETTINGS, severity: 'medium', disable: ['secrets.generic-*'], ruleDirs: ['security/rules'] };
  assert.deepEqual(serverOptions(s), {
    enable: true,
    severity: 'medium',
    disable: ['secrets.generic-*'],
    ruleDirs: ['security/rules'],
    scanWorkspace: false,
  });
});

test('status text shows the state and the count of findings', () => {
  assert.equal(statusText('running', 0), '$(shield) Redline');
  assert.equal(statusText('running', 3), '$(warning) Redline: 3');
  assert.match(statusText('starting', 0), /spin/);
  assert.match(statusText('error', 0), /error/);
});
