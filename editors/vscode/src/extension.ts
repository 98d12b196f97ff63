// The Redline VS Code extension: starts `redline lsp`, maps settings to the server, and adds
// commands and a status bar item. Server resolution and settings mapping live in config.ts.

import * as fs from 'fs';
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State } from 'vscode-languageclient/node';
import { readSettings, resolveServer, serverOptions, statusText } from './config';

let client: LanguageClient | undefined;
let serverPath: string | undefined;
let status: vscode.StatusBarItem;
let output: vscode.LogOutputChannel;
let state: 'starting' | 'running' | 'stopped' | 'error' = 'stopped';

const DOCUMENT_SELECTOR = [
  'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'csharp', 'rust', 'c', 'cpp',
  'ruby', 'php', 'shellscript', 'terraform', 'yaml', 'json', 'jsonc', 'toml', 'dockerfile', 'dotenv', 'plaintext',
].map((language) => ({ language }));

function settings() {
  const config = vscode.workspace.getConfiguration('redline');
  return readSettings((key) => config.get(key));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findingsCount(): number {
  let n = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    n += diagnostics.filter((d) => d.source === 'redline').length;
  }
  return n;
}

function refreshStatus(): void {
  status.text = statusText(state, findingsCount());
  status.tooltip = serverPath ? `Redline (${state}): ${serverPath}` : `Redline (${state})`;
  status.show();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const s = settings();
  if (!s.enable) {
    state = 'stopped';
    refreshStatus();
    return;
  }
  const resolved = resolveServer(s.serverPath, {
    platform: process.platform,
    arch: process.arch,
    pathEnv: process.env.PATH ?? '',
    extensionPath: context.extensionPath,
    isExecutable,
  });
  if (!resolved.ok) {
    state = 'error';
    refreshStatus();
    output.appendLine(resolved.message);
    const choice = await vscode.window.showErrorMessage(resolved.message, 'Open Settings');
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'redline.server.path');
    }
    return;
  }
  serverPath = resolved.path;
  output.appendLine(`Using ${resolved.path} (${resolved.source}).`);
  const server: ServerOptions = { command: resolved.path, args: ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR, { pattern: '**/.env*' }, { pattern: '**/Dockerfile*' }],
    initializationOptions: serverOptions(s),
    outputChannel: output,
    synchronize: { configurationSection: 'redline' },
  };
  client = new LanguageClient('redline', 'Redline', server, clientOptions);
  client.onDidChangeState((e) => {
    state = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
    refreshStatus();
  });
  state = 'starting';
  refreshStatus();
  try {
    await client.start();
  } catch (err) {
    state = 'error';
    refreshStatus();
    output.appendLine(`Redline failed to start: ${String(err)}`);
  }
}

async function stop(): Promise<void> {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop().catch(() => undefined);
  }
  state = 'stopped';
  refreshStatus();
}

async function showRuleDocs(): Promise<void> {
  if (!serverPath) {
    void vscode.window.showErrorMessage('Redline: the server is not running.');
    return;
  }
  const exe = serverPath;
  const run = (args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(exe, args, { maxBuffer: 32 * 1024 * 1024 }, (err, stdout) => (err && !stdout ? reject(err) : resolve(stdout))),
    );
  const rules = JSON.parse(await run(['rules', '--format', 'json'])) as { id: string; title: string; severity: string }[];
  const pick = await vscode.window.showQuickPick(
    rules.map((r) => ({ label: r.id, description: r.severity, detail: r.title })),
    { placeHolder: 'Rule to explain', matchOnDetail: true },
  );
  if (!pick) {
    return;
  }
  const docs = await run(['explain', pick.label]);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: docs });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri).then(undefined, () => vscode.window.showTextDocument(doc));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Redline', { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = 'redline.showOutput';
  context.subscriptions.push(
    output,
    status,
    vscode.languages.onDidChangeDiagnostics(() => refreshStatus()),
    vscode.commands.registerCommand('redline.restartServer', async () => {
      await stop();
      await start(context);
    }),
    vscode.commands.registerCommand('redline.showOutput', () => output.show()),
    vscode.commands.registerCommand('redline.showRuleDocs', () => showRuleDocs()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Settings the server reads live go through didChangeConfiguration; these need a restart.
      if (e.affectsConfiguration('redline.server.path') || e.affectsConfiguration('redline.enable')) {
        await stop();
        await start(context);
      }
    }),
  );
  // `redline.scanWorkspace` is a server command: vscode-languageclient registers it when the
  // server announces it, so the palette entry runs it on the server.
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}
