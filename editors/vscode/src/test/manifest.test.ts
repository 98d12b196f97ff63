// package.json, README.md and the code agree: every setting is read and documented, the
// Restricted Mode list is the one the code applies, and the package entry point is the bundle.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_DIAGNOSTIC_SEVERITY, DEFAULT_SETTINGS, RESTRICTED_SETTINGS, SEVERITIES, readSettings, serverOptions } from '../config';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string; properties?: Record<string, { enum: string[] }> }> =
  manifest.contributes.configuration.properties;

test('every setting has a description and is in the README', () => {
  for (const [key, p] of Object.entries(properties)) {
    assert.ok(p.description || p.markdownDescription, `${key} has no description`);
    assert.ok(readme.includes(`\`${key}\``), `${key} is not in README.md`);
  }
});

test('every setting but trace.server is read, and the defaults agree with the code', () => {
  const seen = new Set<string>();
  readSettings((k) => {
    seen.add(k);
    return undefined;
  });
  const declared = Object.keys(properties)
    .map((k) => k.replace(/^redline\./, ''))
    .filter((k) => k !== 'trace.server'); // read by vscode-languageclient itself
  assert.deepEqual([...seen].sort(), declared.sort());
  // Declared defaults read back as the code's defaults.
  const fromManifest = readSettings((k) => properties[`redline.${k}`].default ?? undefined);
  assert.deepEqual({ ...fromManifest, diagnosticSeverity: {} }, DEFAULT_SETTINGS);
  assert.deepEqual(fromManifest.diagnosticSeverity, DEFAULT_DIAGNOSTIC_SEVERITY);
  // The declared default mapping sent as is changes nothing on the server.
  assert.deepEqual(serverOptions(fromManifest).diagnosticSeverity, DEFAULT_DIAGNOSTIC_SEVERITY);
});

test('diagnosticSeverity declares each Redline severity with the four VS Code levels', () => {
  const p = properties['redline.diagnosticSeverity'];
  assert.deepEqual(Object.keys(p.properties ?? {}).sort(), [...SEVERITIES].sort());
  for (const v of Object.values(p.properties ?? {})) {
    assert.deepEqual(v.enum, ['error', 'warning', 'information', 'hint']);
  }
});

test('Restricted Mode: the manifest restricts exactly the settings the code ignores', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  assert.deepEqual(trust.restrictedConfigurations, RESTRICTED_SETTINGS.map((k) => `redline.${k}`));
  for (const k of trust.restrictedConfigurations) {
    assert.ok(properties[k], `${k} is not a setting`);
  }
});

test('the package runs the esbuild bundle, built before packaging', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(manifest.scripts['vscode:prepublish'], /bundle/);
  assert.match(manifest.scripts.bundle, /--outfile=dist\/extension\.js/);
  assert.match(manifest.scripts.bundle, /--external:vscode/);
  // Bundled: nothing from node_modules goes into the package.
  assert.equal(manifest.dependencies, undefined);
});

test('every contributed command is documented', () => {
  for (const c of manifest.contributes.commands) {
    assert.ok(readme.includes(c.title), `${c.command} (${c.title}) is not in README.md`);
  }
});
