import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import {
  readSettings,
  resolveServer,
  serverOptions,
  statusText,
  trustedGetter,
  rulesAt,
  ruleIdOf,
  docsPath,
  ruleIdFromDocsPath,
  stderrLevel,
  expandServerPath,
  DEFAULT_SETTINGS,
  DiagnosticLike,
  Environment,
} from '../config';

function env(executables: string[], overrides: Partial<Environment> = {}): Environment {
  return {
    platform: 'linux',
    pathEnv: '/usr/local/bin:/usr/bin',
    extensionPath: '/ext',
    home: '/home/u',
    isExecutable: (f) => executables.includes(f),
    ...overrides,
  };
}

const BUNDLED = path.join('/ext', 'bundled', 'redline');

test('the setting wins when it points to an executable', () => {
  const r = resolveServer('/opt/redline/bin/redline', env(['/opt/redline/bin/redline', BUNDLED]));
  assert.equal(r.ok && r.path, '/opt/redline/bin/redline');
  assert.equal(r.ok && r.source, 'setting');
});

test('a setting that points nowhere is an error naming the path, not a silent fallback', () => {
  const r = resolveServer('/nope/redline', env(['/usr/bin/redline', BUNDLED]));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /\/nope\/redline/);
});

test('the setting: ~ and ${workspaceFolder} are expanded, relative paths are in the workspace, bare names on PATH', () => {
  const folder = { workspaceFolder: '/ws' };
  assert.equal(expandServerPath('~/bin/redline', { home: '/home/u' }), '/home/u/bin/redline');
  assert.equal(expandServerPath('${userHome}/bin/redline', { home: '/home/u' }), '/home/u/bin/redline');
  assert.equal(expandServerPath('${workspaceFolder}/target/release/redline', { home: '/h', ...folder }), '/ws/target/release/redline');
  assert.equal(expandServerPath('target/release/redline', { home: '/h', ...folder }), path.join('/ws', 'target/release/redline'));
  assert.equal(expandServerPath('/abs/redline', { home: '/h', ...folder }), '/abs/redline');
  assert.equal(expandServerPath('C:\\tools\\redline.exe', { home: '/h', ...folder }), 'C:\\tools\\redline.exe');
  const r = resolveServer('./target/release/redline', env([path.join('/ws', 'target/release/redline')], folder));
  assert.equal(r.ok && r.path, path.join('/ws', 'target/release/redline'));
  const bare = resolveServer('redline-nightly', env([path.join('/usr/bin', 'redline-nightly')]));
  assert.equal(bare.ok && bare.path, path.join('/usr/bin', 'redline-nightly'));
  const missing = resolveServer('redline-nightly', env([]));
  assert.match(missing.ok ? '' : missing.message, /not on PATH/);
});

test('the bundled binary comes before PATH', () => {
  const r = resolveServer('', env([BUNDLED, '/usr/bin/redline']));
  assert.equal(r.ok && r.path, BUNDLED);
  assert.equal(r.ok && r.source, 'bundled');
  const win = resolveServer('', env([path.join('/ext', 'bundled', 'redline.exe')], { platform: 'win32' }));
  assert.equal(win.ok && win.source, 'bundled');
});

test('PATH is searched in order', () => {
  const r = resolveServer('', env(['/usr/bin/redline', path.join('/usr/local/bin', 'redline')]));
  assert.equal(r.ok && r.path, path.join('/usr/local/bin', 'redline'));
  assert.equal(r.ok && r.source, 'path');
});

test('windows looks for redline.exe with ; separators', () => {
  const r = resolveServer('', env([path.join('C:\\tools', 'redline.exe')], { platform: 'win32', pathEnv: 'C:\\windows;C:\\tools' }));
  assert.equal(r.ok && r.source, 'path');
});

test('nothing found says what was tried and what to do', () => {
  const r = resolveServer('', env([]));
  assert.equal(r.ok, false);
  const message = r.ok ? '' : r.message;
  assert.ok(message.includes(BUNDLED), message);
  assert.match(message, /PATH: redline in 2 directories/);
  assert.match(message, /cargo install/);
  assert.match(message, /redline\.server\.path/);
  assert.deepEqual(r.tried, [`bundled: ${BUNDLED}`, 'PATH: redline in 2 directories']);
});

test('settings are read with defaults and type checks', () => {
  assert.deepEqual(readSettings(() => undefined), DEFAULT_SETTINGS);
  const values: Record<string, unknown> = {
    enable: false,
    'server.path': ' /bin/redline ',
    severity: 'HIGH',
    disable: ['python.*', 3, ''],
    enableRules: [' python.preview-* ', null],
    preview: 'yes',
    ruleDirs: 'not-a-list',
    maxSyntaxSize: 1048576,
    scanWorkspace: true,
    diagnosticSeverity: { high: 'Warning', low: 'loud', nope: 'error', info: 'information' },
  };
  const s = readSettings((k) => values[k]);
  assert.deepEqual(s, {
    enable: false,
    serverPath: '/bin/redline',
    severity: 'high',
    disable: ['python.*'],
    enableRules: ['python.preview-*'],
    preview: false,
    ruleDirs: [],
    maxSyntaxSize: 1048576,
    scanWorkspace: true,
    diagnosticSeverity: { high: 'warning', info: 'information' },
  });
  assert.equal(readSettings((k) => (k === 'severity' ? 'severe' : undefined)).severity, 'info');
  for (const bad of [-1, 1.5, '100', null]) {
    assert.equal(readSettings((k) => (k === 'maxSyntaxSize' ? bad : undefined)).maxSyntaxSize, undefined, String(bad));
  }
  assert.deepEqual(readSettings((k) => (k === 'diagnosticSeverity' ? ['error'] : undefined)).diagnosticSeverity, {});
});

test('settings map to the server options the server reads, every key always sent', () => {
  const s = { ...DEFAULT_SETTINGS, severity: 'medium' as const, disable: ['secrets.generic-*'], ruleDirs: ['security/rules'] };
  // preview and maxSyntaxSize are null (reset) unless set, so that redline.toml's values apply;
  // no key is left out, since the server merges a change key by key.
  assert.deepEqual(serverOptions(s), {
    enable: true,
    severity: 'medium',
    disable: ['secrets.generic-*'],
    enableRules: [],
    preview: null,
    ruleDirs: ['security/rules'],
    maxSyntaxSize: null,
    scanWorkspace: false,
    diagnosticSeverity: {},
  });
  const more = serverOptions({ ...s, preview: true, maxSyntaxSize: 0, enableRules: ['x.*'], diagnosticSeverity: { high: 'warning' } });
  assert.equal(more.preview, true);
  assert.equal(more.maxSyntaxSize, 0);
  assert.deepEqual(more.enableRules, ['x.*']);
  assert.deepEqual(more.diagnosticSeverity, { high: 'warning' });
  assert.deepEqual(Object.keys(more).sort(), Object.keys(serverOptions(DEFAULT_SETTINGS)).sort());
});

test('Restricted Mode: workspace values of restricted settings are ignored, user values kept', () => {
  const effective: Record<string, unknown> = { 'server.path': '/ws/evil', ruleDirs: ['/ws/rules'], severity: 'high' };
  const inspected: Record<string, { defaultValue?: unknown; globalValue?: unknown }> = {
    'server.path': { defaultValue: '', globalValue: '/usr/local/bin/redline' },
    ruleDirs: { defaultValue: [] },
  };
  const untrusted = trustedGetter((k) => effective[k], (k) => inspected[k], false);
  assert.equal(untrusted('server.path'), '/usr/local/bin/redline');
  assert.deepEqual(untrusted('ruleDirs'), []);
  assert.equal(untrusted('severity'), 'high');
  const trusted = trustedGetter((k) => effective[k], (k) => inspected[k], true);
  assert.equal(trusted('server.path'), '/ws/evil');
  assert.deepEqual(trusted('ruleDirs'), ['/ws/rules']);
});

test('status text shows the state and the count of findings', () => {
  assert.equal(statusText('running', 0), '$(shield) Redline');
  assert.equal(statusText('running', 3), '$(warning) Redline: 3');
  assert.match(statusText('starting', 0), /spin/);
  assert.match(statusText('error', 0), /error/);
});

function diag(code: DiagnosticLike['code'], l1: number, c1: number, l2: number, c2: number, source = 'redline'): DiagnosticLike {
  return { source, code, message: `msg ${JSON.stringify(code)}`, range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } } };
}

test('rule ids come from string codes and {value, target} codes of redline diagnostics only', () => {
  assert.equal(ruleIdOf(diag('python.eval', 0, 0, 0, 1)), 'python.eval');
  assert.equal(ruleIdOf(diag({ value: 'python.exec', target: 'https://x' }, 0, 0, 0, 1)), 'python.exec');
  assert.equal(ruleIdOf(diag('E501', 0, 0, 0, 1, 'ruff')), undefined);
  assert.equal(ruleIdOf(diag(undefined, 0, 0, 0, 1)), undefined);
});

test('the rules under the cursor: containing ranges first (ends included), else the line, one per rule', () => {
  const ds = [
    diag('a.one', 2, 4, 2, 10),
    diag({ value: 'a.two', target: 'u' }, 2, 0, 3, 5),
    diag('a.one', 2, 6, 2, 8),
    diag('other', 2, 0, 2, 20, 'eslint'),
    diag('a.three', 5, 10, 5, 12),
  ];
  assert.deepEqual(rulesAt(ds, { line: 2, character: 10 }).map((r) => r.id), ['a.one', 'a.two']);
  assert.deepEqual(rulesAt(ds, { line: 3, character: 1 }).map((r) => r.id), ['a.two']);
  assert.deepEqual(rulesAt(ds, { line: 5, character: 0 }).map((r) => r.id), ['a.three']);
  assert.deepEqual(rulesAt(ds, { line: 9, character: 0 }), []);
  assert.equal(rulesAt(ds, { line: 3, character: 1 })[0].message, 'msg {"value":"a.two","target":"u"}');
});

test('docs URIs round-trip the rule id', () => {
  assert.equal(docsPath('python.tainted-path'), '/python.tainted-path.md');
  assert.equal(ruleIdFromDocsPath('/python.tainted-path.md'), 'python.tainted-path');
  assert.equal(ruleIdFromDocsPath('/nope'), undefined);
});

test('stderr: the server log lines (also sent as logMessage) are debug, panics errors, the rest info', () => {
  assert.equal(stderrLevel('redline: reloaded 3 rule files'), 'debug');
  assert.equal(stderrLevel("thread 'main' panicked at server/src/lsp/mod.rs:1:1:"), 'error');
  assert.equal(stderrLevel('error: cannot start the async runtime: x'), 'error');
  assert.equal(stderrLevel('note: run with `RUST_BACKTRACE=1`'), 'info');
  assert.equal(stderrLevel('   '), 'skip');
});
