// The Redline VS Code extension: starts `redline lsp`, maps settings to the server, and adds
// commands, a status bar item and read-only rule documentation. The logic that needs no
// `vscode` module (server resolution, settings mapping, rules at the cursor) is in config.ts.

import * as fs from 'fs';
import * as os from 'os';
import { execFile } from 'child_process';
import * as readline from 'readline';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import {
  RESTRICTED_SETTINGS,
  bundledPath,
  docsPath,
  readSettings,
  resolveServer,
  ruleIdFromDocsPath,
  rulesAt,
  serverOptions,
  statusText,
  stderrLevel,
  trustedGetter,
  Resolution,
} from './config';

const DOCS_SCHEME = 'redline-docs';

let client: LanguageClient | undefined;
let serverPath: string | undefined;
let status: vscode.StatusBarItem;
let output: vscode.LogOutputChannel;
let extensionContext: vscode.ExtensionContext;
let state: 'starting' | 'running' | 'stopped' | 'error' = 'stopped';
/** Starts and stops run one after the other (settings can change while a start is running). */
let lifecycle: Promise<void> = Promise.resolve();

const LANGUAGES = [
  'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'csharp', 'rust', 'c', 'cpp',
  'ruby', 'php', 'shellscript', 'terraform', 'yaml', 'json', 'jsonc', 'toml', 'dockerfile', 'dotenv', 'plaintext',
  // Dependency manifests and install commands (deps.* rules): requirements files and go.mod as
  // the Python and Go extensions name them, Markdown and Makefiles for `pip install` lines.
  'pip-requirements', 'go.mod', 'markdown', 'makefile',
];
// Files on disk and unsaved new files only: not the `git:` side of a diff, not output panes,
// not other virtual documents (those would get duplicate findings).
const DOCUMENT_SELECTOR = ['file', 'untitled'].flatMap((scheme) => [
  ...LANGUAGES.map((language) => ({ scheme, language })),
  { scheme, pattern: '**/.env*' },
  { scheme, pattern: '**/Dockerfile*' },
  { scheme, pattern: '**/pom.xml' },
]);

function settings() {
  const config = vscode.workspace.getConfiguration('redline');
  return readSettings(trustedGetter((k) => config.get(k), (k) => config.inspect(k), vscode.workspace.isTrusted));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A zip tool that dropped the executable bit would make the bundled binary unusable: restore it. */
function repairBundled(extensionPath: string): void {
  if (process.platform === 'win32') {
    return;
  }
  const bundled = bundledPath(extensionPath, process.platform);
  try {
    if (fs.statSync(bundled).isFile() && !isExecutable(bundled)) {
      fs.chmodSync(bundled, 0o755);
      output.info(`Made ${bundled} executable.`);
    }
  } catch {
    // Not bundled (the universal package): nothing to repair.
  }
}

function resolve(): Resolution {
  repairBundled(extensionContext.extensionPath);
  return resolveServer(settings().serverPath, {
    platform: process.platform,
    pathEnv: process.env.PATH ?? '',
    extensionPath: extensionContext.extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    home: os.homedir(),
    isExecutable,
  });
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
  const restricted = vscode.workspace.isTrusted ? '' : ' — Restricted Mode: workspace values of redline.server.path and redline.ruleDirs are ignored';
  status.tooltip = (serverPath ? `Redline (${state}): ${serverPath}` : `Redline (${state})`) + restricted;
  status.show();
}

function logRestrictedMode(): void {
  if (!vscode.workspace.isTrusted) {
    // VS Code hides restricted workspace values even from `inspect` here, so this cannot say
    // whether the workspace sets them; `settings()` ignores them either way.
    output.info(
      `Restricted Mode: Redline runs (it only reads files); the workspace's ${RESTRICTED_SETTINGS.map((k) => `redline.${k}`).join(' and ')} are ignored until the workspace is trusted.`,
    );
  }
}

async function start(): Promise<void> {
  const s = settings();
  if (!s.enable) {
    state = 'stopped';
    refreshStatus();
    output.info('redline.enable is false: the server is not started.');
    return;
  }
  logRestrictedMode();
  const resolved = resolve();
  if (!resolved.ok) {
    state = 'error';
    serverPath = undefined;
    refreshStatus();
    const message = vscode.workspace.isTrusted
      ? resolved.message
      : `${resolved.message} (Restricted Mode: only your user settings' redline.server.path applies.)`;
    output.error(message);
    // Not awaited: activation must not wait for the user to dismiss a notification.
    void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'redline.server.path');
      } else if (choice === 'Show Output') {
        output.show();
      }
    });
    return;
  }
  serverPath = resolved.path;
  const sent = serverOptions(s);
  const server: ServerOptions = { command: resolved.path, args: ['lsp'], options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: sent,
    // One channel for everything: the client's messages, the server's log (window/logMessage)
    // and LSP traces (shown when the channel's log level is Trace).
    outputChannel: output,
    stdioOptions: {
      // Used only for transports other than stdio (where stdout is the LSP stream itself).
      stdout: (input, channel) => {
        readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => channel.info(line));
      },
      // The server logs through window/logMessage; its stderr is not an error stream by itself.
      stderr: (input, channel) => {
        readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => {
          const level = stderrLevel(line);
          if (level !== 'skip') {
            channel[level](`[stderr] ${line}`);
          }
        });
      },
    },
  };
  const c = new LanguageClient('redline', 'Redline', server, clientOptions);
  client = c;
  c.onDidChangeState((e) => {
    if (client !== c) {
      return;
    }
    state = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
    refreshStatus();
  });
  state = 'starting';
  refreshStatus();
  try {
    await c.start();
    const info = c.initializeResult?.serverInfo;
    output.info(
      `Server ${info?.name ?? 'redline'} ${info?.version ?? '(version not reported)'} at ${resolved.path} (${resolved.source}); extension ${extensionContext.extension.packageJSON.version}.`,
    );
    // Settings changed while the server was starting.
    if (JSON.stringify(serverOptions(settings())) !== JSON.stringify(sent)) {
      pushSettings();
    }
  } catch (err) {
    state = 'error';
    refreshStatus();
    output.error(`Redline failed to start (${resolved.path}): ${String(err)}`);
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

function restart(): Promise<void> {
  lifecycle = lifecycle.then(stop).then(start, start);
  return lifecycle;
}

/** Sends the current settings to the running server (it applies them without a restart). */
function pushSettings(): void {
  if (client?.isRunning()) {
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { redline: serverOptions(settings()) } });
  }
}

function run(args: string[], cwd: string | undefined): Promise<string> {
  const exe = serverPath ?? (() => {
    const r = resolve();
    if (!r.ok) {
      throw new Error(r.message);
    }
    return r.path;
  })();
  return new Promise((ok, fail) =>
    execFile(exe, args, { cwd, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) =>
      err && !stdout ? fail(new Error(stderr.trim() || String(err))) : ok(stdout),
    ),
  );
}

/** Runs a rule command in the workspace (so its redline.toml's rules are known), and outside it
 * if that fails (a broken redline.toml makes the commands exit before listing anything). */
async function runForRules(args: string[]): Promise<string> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  try {
    return await run(args, folder ?? extensionContext.extensionPath);
  } catch (err) {
    if (!folder) {
      throw err;
    }
    return run(args, extensionContext.extensionPath);
  }
}

/** `redline-docs:/RULE.md`: a rule's documentation from `redline explain`, read-only. */
class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = ruleIdFromDocsPath(uri.path) ?? uri.path;
    try {
      return await runForRules(['explain', id]);
    } catch (err) {
      return `# ${id}\n\nRedline could not show this rule's documentation:\n\n\`\`\`\n${err instanceof Error ? err.message : String(err)}\n\`\`\`\n`;
    }
  }
}

async function pickRule(): Promise<string | undefined> {
  let rules: { id: string; title: string; severity: string; enabled?: boolean; preview?: boolean }[];
  try {
    rules = JSON.parse(await runForRules(['rules', '--format', 'json']));
  } catch (err) {
    void vscode.window.showErrorMessage(`Redline: cannot list the rules: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    rules.map((r) => ({
      label: r.id,
      description: [r.severity, r.preview ? 'preview' : '', r.enabled === false ? 'off' : ''].filter((x) => x).join(' · '),
      detail: r.title,
    })),
    { placeHolder: 'Rule to explain', matchOnDescription: true, matchOnDetail: true },
  );
  return pick?.label;
}

/** The rule of the Redline finding under the cursor (a choice if several), else any rule. */
async function showRuleDocs(arg?: unknown): Promise<void> {
  let id = typeof arg === 'string' && arg.trim() !== '' ? arg.trim() : undefined;
  const editor = vscode.window.activeTextEditor;
  if (!id && editor) {
    const here = rulesAt(vscode.languages.getDiagnostics(editor.document.uri), editor.selection.active);
    if (here.length === 1) {
      id = here[0].id;
    } else if (here.length > 1) {
      const pick = await vscode.window.showQuickPick(
        here.map((r) => ({ label: r.id, detail: r.message })),
        { placeHolder: 'Findings at the cursor: rule to explain' },
      );
      if (!pick) {
        return;
      }
      id = pick.label;
    }
  }
  id ??= await pickRule();
  if (!id) {
    return;
  }
  const uri = vscode.Uri.from({ scheme: DOCS_SCHEME, path: docsPath(id) });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // No markdown preview (the built-in extension disabled): the read-only markdown source.
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  output = vscode.window.createOutputChannel('Redline', { log: true });
  status = vscode.window.createStatusBarItem('redline.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Redline';
  status.command = 'redline.showOutput';
  context.subscriptions.push(
    output,
    status,
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, new RuleDocsProvider()),
    vscode.languages.onDidChangeDiagnostics(() => refreshStatus()),
    vscode.commands.registerCommand('redline.restartServer', () => restart()),
    vscode.commands.registerCommand('redline.showOutput', () => output.show()),
    vscode.commands.registerCommand('redline.showRuleDocs', (arg?: unknown) => showRuleDocs(arg)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('redline.server.path') || e.affectsConfiguration('redline.enable')) {
        serverPath = undefined;
        void restart();
      } else if (e.affectsConfiguration('redline')) {
        pushSettings();
      }
    }),
    // Trusting the workspace makes its redline.server.path and redline.ruleDirs apply.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      serverPath = undefined;
      void restart();
    }),
  );
  // `redline.scanWorkspace` is a server command: vscode-languageclient registers it when the
  // server announces it, so the palette entry (shown while the server runs) runs it there.
  await restart();
}

export async function deactivate(): Promise<void> {
  lifecycle = lifecycle.then(stop, stop);
  await lifecycle;
}
