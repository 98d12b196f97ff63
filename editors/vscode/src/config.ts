// The extension's own logic, free of the `vscode` module so that it can be unit-tested with
// node's test runner: where the server binary is, how settings become the server's settings
// (and which of them a workspace may not set in Restricted Mode), which rules the diagnostics
// under the cursor belong to, and how the server's stderr is logged.

import * as path from 'path';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const DIAGNOSTIC_LEVELS = ['error', 'warning', 'information', 'hint'] as const;
export type DiagnosticLevel = (typeof DIAGNOSTIC_LEVELS)[number];

/** The server's defaults for `diagnosticSeverity` (what a partial mapping is merged with). */
export const DEFAULT_DIAGNOSTIC_SEVERITY: Record<Severity, DiagnosticLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'information',
  info: 'hint',
};

/** The extension settings this module reads (a plain view of `redline.*`). */
export interface RedlineSettings {
  enable: boolean;
  serverPath: string;
  severity: Severity;
  disable: string[];
  enableRules: string[];
  preview: boolean;
  ruleDirs: string[];
  /** Bytes; `undefined`: not set (redline.toml's value or the server's default applies). */
  maxSyntaxSize: number | undefined;
  scanWorkspace: boolean;
  /** Only the entries set (validated); the server merges them with its defaults. */
  diagnosticSeverity: Partial<Record<Severity, DiagnosticLevel>>;
}

export const DEFAULT_SETTINGS: RedlineSettings = {
  enable: true,
  serverPath: '',
  severity: 'info',
  disable: [],
  enableRules: [],
  preview: false,
  ruleDirs: [],
  maxSyntaxSize: undefined,
  scanWorkspace: false,
  diagnosticSeverity: {},
};

/** Settings (keys under `redline.`) that make the extension run or load something named by the
 * workspace: in Restricted Mode their workspace values are ignored. Must equal
 * `capabilities.untrustedWorkspaces.restrictedConfigurations` in package.json (a test checks). */
export const RESTRICTED_SETTINGS = ['server.path', 'ruleDirs'] as const;

/** What VS Code's `WorkspaceConfiguration.inspect` returns, as far as it is used here. */
export interface Inspected {
  defaultValue?: unknown;
  globalValue?: unknown;
}

/** A settings getter that, in an untrusted workspace, reads the restricted settings from the
 * user's settings only (workspace and folder values ignored), as Restricted Mode requires. */
export function trustedGetter(
  get: (key: string) => unknown,
  inspect: (key: string) => Inspected | undefined,
  trusted: boolean,
): (key: string) => unknown {
  return (key) => {
    if (trusted || !(RESTRICTED_SETTINGS as readonly string[]).includes(key)) {
      return get(key);
    }
    const i = inspect(key);
    return i?.globalValue !== undefined ? i.globalValue : i?.defaultValue;
  };
}

/** Reads settings through a getter (VS Code's `WorkspaceConfiguration.get`), with defaults
 * and type checks: a wrong type in settings.json falls back to the default. */
export function readSettings(get: (key: string) => unknown): RedlineSettings {
  const bool = (key: string, d: boolean) => (typeof get(key) === 'boolean' ? (get(key) as boolean) : d);
  const str = (key: string, d: string) => (typeof get(key) === 'string' ? (get(key) as string) : d);
  const list = (key: string) => {
    const v = get(key);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
  };
  const severity = str('severity', DEFAULT_SETTINGS.severity).toLowerCase();
  const size = get('maxSyntaxSize');
  const mapping = get('diagnosticSeverity');
  const diagnosticSeverity: Partial<Record<Severity, DiagnosticLevel>> = {};
  if (mapping !== null && typeof mapping === 'object' && !Array.isArray(mapping)) {
    for (const [k, v] of Object.entries(mapping as Record<string, unknown>)) {
      const key = k.toLowerCase();
      const level = typeof v === 'string' ? v.toLowerCase() : '';
      if (isSeverity(key) && (DIAGNOSTIC_LEVELS as readonly string[]).includes(level)) {
        diagnosticSeverity[key] = level as DiagnosticLevel;
      }
    }
  }
  return {
    enable: bool('enable', DEFAULT_SETTINGS.enable),
    serverPath: str('server.path', '').trim(),
    severity: isSeverity(severity) ? severity : DEFAULT_SETTINGS.severity,
    disable: list('disable'),
    enableRules: list('enableRules'),
    preview: bool('preview', DEFAULT_SETTINGS.preview),
    ruleDirs: list('ruleDirs'),
    maxSyntaxSize: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : undefined,
    scanWorkspace: bool('scanWorkspace', DEFAULT_SETTINGS.scanWorkspace),
    diagnosticSeverity,
  };
}

function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

/** The `initializationOptions` / `workspace/didChangeConfiguration` payload the server reads
 * (camelCase keys, see the server's `ClientSettings`). Every key is always sent: the server
 * merges a change key by key, so a key left out would keep its old value. Settings that
 * override redline.toml when set (`preview`, `maxSyntaxSize`) are `null` when the user has not
 * set them (null resets the key), so the editor's defaults do not override the workspace's
 * redline.toml. */
export function serverOptions(s: RedlineSettings): Record<string, unknown> {
  return {
    enable: s.enable,
    severity: s.severity,
    disable: s.disable,
    enableRules: s.enableRules,
    preview: s.preview ? true : null,
    ruleDirs: s.ruleDirs,
    maxSyntaxSize: s.maxSyntaxSize ?? null,
    scanWorkspace: s.scanWorkspace,
    diagnosticSeverity: s.diagnosticSeverity,
  };
}

/** What `resolveServer` may look at: injected so tests need no real files. */
export interface Environment {
  platform: string;
  pathEnv: string;
  extensionPath: string;
  /** The first workspace folder (relative `redline.server.path` values are resolved in it). */
  workspaceFolder?: string;
  home: string;
  isExecutable(file: string): boolean;
}

export type Resolution =
  | { ok: true; path: string; source: 'setting' | 'bundled' | 'path'; tried: string[] }
  | { ok: false; message: string; tried: string[] };

export function exeName(platform: string): string {
  return platform === 'win32' ? 'redline.exe' : 'redline';
}

/** The binary a platform package carries (see scripts/package-platform.mjs). */
export function bundledPath(extensionPath: string, platform: string): string {
  return path.join(extensionPath, 'bundled', exeName(platform));
}

/** `redline.server.path` as written → a path: `~`, `${userHome}` and `${workspaceFolder}` are
 * expanded, and a relative path is taken relative to the first workspace folder. */
export function expandServerPath(configured: string, env: Pick<Environment, 'home' | 'workspaceFolder'>): string {
  let p = configured.replace(/\$\{userHome\}/g, env.home);
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
    p = env.home + p.slice(1);
  }
  if (env.workspaceFolder !== undefined) {
    p = p.replace(/\$\{workspaceFolder\}/g, env.workspaceFolder);
    if (!path.isAbsolute(p) && !/^[A-Za-z]:[\\/]/.test(p)) {
      p = path.join(env.workspaceFolder, p);
    }
  }
  return p;
}

/** Finds the server: the `redline.server.path` setting, then the binary bundled in a platform
 * package (`bundled/redline`, `bundled/redline.exe` on Windows), then `redline` on PATH. A
 * setting that names no executable is an error (not a silent fallback to another binary). */
export function resolveServer(configured: string, env: Environment): Resolution {
  const exe = exeName(env.platform);
  const tried: string[] = [];
  const sep = env.platform === 'win32' ? ';' : ':';
  const dirs = env.pathEnv.split(sep).filter((d) => d !== '');
  const onPath = (name: string) => dirs.map((dir) => path.join(dir, name)).find((c) => env.isExecutable(c));
  if (configured) {
    // A bare command name (no directory) is looked up on PATH, as a shell would.
    const bare = !/[\\/]/.test(configured) && configured !== '~';
    const p = bare ? configured : expandServerPath(configured, env);
    tried.push(`redline.server.path: ${bare ? `${p} on PATH` : p}`);
    const found = bare ? onPath(p) ?? (env.platform === 'win32' ? onPath(`${p}.exe`) : undefined) : env.isExecutable(p) ? p : undefined;
    if (found) {
      return { ok: true, path: found, source: 'setting', tried };
    }
    return {
      ok: false,
      tried,
      message: `The redline.server.path setting ${bare ? `names "${p}", which is not on PATH` : `points to "${p}", which is not an executable file`}. Fix the setting, or clear it to use the bundled binary or \`redline\` on PATH.`,
    };
  }
  const bundled = bundledPath(env.extensionPath, env.platform);
  tried.push(`bundled: ${bundled}`);
  if (env.isExecutable(bundled)) {
    return { ok: true, path: bundled, source: 'bundled', tried };
  }
  tried.push(`PATH: ${exe} in ${dirs.length} director${dirs.length === 1 ? 'y' : 'ies'}`);
  const candidate = onPath(exe);
  if (candidate) {
    return { ok: true, path: candidate, source: 'path', tried };
  }
  return {
    ok: false,
    tried,
    message: `The Redline server was not found (tried ${tried.join('; ')}). Install the platform-specific Redline extension (it bundles the server), or put \`redline\` on PATH (\`cargo install --path server\` from the Redline repository), or set redline.server.path to the binary.`,
  };
}

/** The status bar text for a server state and a count of findings. */
export function statusText(state: 'starting' | 'running' | 'stopped' | 'error', findings: number): string {
  switch (state) {
    case 'starting':
      return '$(sync~spin) Redline';
    case 'running':
      return findings === 0 ? '$(shield) Redline' : `$(warning) Redline: ${findings}`;
    case 'stopped':
      return '$(circle-slash) Redline';
    default:
      return '$(error) Redline';
  }
}

/** The parts of a VS Code diagnostic `rulesAt` reads. */
export interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number; target?: unknown };
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface Position {
  line: number;
  character: number;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The rule id of a Redline diagnostic (`code` is the id, or `{ value, target }`). */
export function ruleIdOf(d: DiagnosticLike): string | undefined {
  if (d.source !== 'redline' || d.code === undefined) {
    return undefined;
  }
  const v = typeof d.code === 'object' ? d.code.value : d.code;
  const id = String(v).trim();
  return id === '' ? undefined : id;
}

/** The rules of the Redline diagnostics at a position (ranges include both ends), one entry
 * per rule in diagnostic order; when none contains the position, those on its line. */
export function rulesAt(diagnostics: readonly DiagnosticLike[], pos: Position): { id: string; message: string }[] {
  const withIds = diagnostics.flatMap((d) => {
    const id = ruleIdOf(d);
    return id ? [{ id, d }] : [];
  });
  let hits = withIds.filter(({ d }) => !before(pos, d.range.start) && !before(d.range.end, pos));
  if (hits.length === 0) {
    hits = withIds.filter(({ d }) => d.range.start.line <= pos.line && pos.line <= d.range.end.line);
  }
  const seen = new Set<string>();
  const out: { id: string; message: string }[] = [];
  for (const { id, d } of hits) {
    if (!seen.has(id)) {
      seen.add(id);
      out.push({ id, message: d.message });
    }
  }
  return out;
}

/** The path of a rule's documentation in the `redline-docs:` scheme, and back. */
export function docsPath(ruleId: string): string {
  return `/${ruleId}.md`;
}

export function ruleIdFromDocsPath(p: string): string | undefined {
  const m = /^\/?(.+)\.md$/.exec(p);
  return m ? m[1] : undefined;
}

/** How a line the server wrote to stderr is logged. The server sends its log lines to the
 * client (`window/logMessage`); older servers also wrote each to stderr as `redline: …`, which
 * would show every line twice, so those go to the debug level. Panics and fatal errors are
 * errors; anything else is informational (stderr is not an error stream by itself). */
export function stderrLevel(line: string): 'skip' | 'debug' | 'info' | 'error' {
  if (line.trim() === '') {
    return 'skip';
  }
  if (/panicked at|^error:|^fatal/i.test(line)) {
    return 'error';
  }
  if (line.startsWith('redline: ')) {
    return 'debug';
  }
  return 'info';
}
