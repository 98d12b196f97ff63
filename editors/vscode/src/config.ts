// The extension's own logic, free of the `vscode` module so that it can be unit-tested with
// node's test runner: where the server binary is, and how settings become the server's
// initialization options.

import * as path from 'path';

/** The extension settings this module reads (a plain view of `redline.*`). */
export interface RedlineSettings {
  enable: boolean;
  serverPath: string;
  severity: string;
  disable: string[];
  ruleDirs: string[];
  scanWorkspace: boolean;
}

export const DEFAULT_SETTINGS: RedlineSettings = {
  enable: true,
  serverPath: '',
  severity: 'info',
  disable: [],
  ruleDirs: [],
  scanWorkspace: false,
};

const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];

/** Reads settings through a getter (VS Code's `WorkspaceConfiguration.get`), with defaults
 * and type checks: a wrong type in settings.json falls back to the default. */
export function readSettings(get: (key: string) => unknown): RedlineSettings {
  const bool = (key: string, d: boolean) => (typeof get(key) === 'boolean' ? (get(key) as boolean) : d);
  const str = (key: string, d: string) => (typeof get(key) === 'string' ? (get(key) as string) : d);
  const list = (key: string) => {
    const v = get(key);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  };
  const severity = str('severity', DEFAULT_SETTINGS.severity).toLowerCase();
  return {
    enable: bool('enable', DEFAULT_SETTINGS.enable),
    serverPath: str('server.path', '').trim(),
    severity: SEVERITIES.includes(severity) ? severity : DEFAULT_SETTINGS.severity,
    disable: list('disable'),
    ruleDirs: list('ruleDirs'),
    scanWorkspace: bool('scanWorkspace', DEFAULT_SETTINGS.scanWorkspace),
  };
}

/** The `initializationOptions` / `workspace/didChangeConfiguration` payload the server reads. */
export function serverOptions(s: RedlineSettings): Record<string, unknown> {
  return {
    enable: s.enable,
    severity: s.severity,
    disable: s.disable,
    ruleDirs: s.ruleDirs,
    scanWorkspace: s.scanWorkspace,
  };
}

/** What `resolveServer` may look at: injected so tests need no real files. */
export interface Environment {
  platform: string;
  arch: string;
  pathEnv: string;
  extensionPath: string;
  isExecutable(file: string): boolean;
}

export type Resolution =
  | { ok: true; path: string; source: 'setting' | 'bundled' | 'path' }
  | { ok: false; message: string };

function exeName(platform: string): string {
  return platform === 'win32' ? 'redline.exe' : 'redline';
}

/** Finds the server: the `redline.server.path` setting, then a binary bundled in the
 * extension (`bin/<platform>-<arch>/redline` or `bin/redline`), then `redline` on PATH. */
export function resolveServer(configured: string, env: Environment): Resolution {
  const exe = exeName(env.platform);
  if (configured) {
    if (env.isExecutable(configured)) {
      return { ok: true, path: configured, source: 'setting' };
    }
    return {
      ok: false,
      message: `The redline.server.path setting points to "${configured}", which is not an executable file. Fix the setting or clear it to use the bundled binary or \`redline\` on PATH.`,
    };
  }
  for (const candidate of [
    path.join(env.extensionPath, 'bin', `${env.platform}-${env.arch}`, exe),
    path.join(env.extensionPath, 'bin', exe),
  ]) {
    if (env.isExecutable(candidate)) {
      return { ok: true, path: candidate, source: 'bundled' };
    }
  }
  const sep = env.platform === 'win32' ? ';' : ':';
  for (const dir of env.pathEnv.split(sep).filter((d) => d !== '')) {
    const candidate = path.join(dir, exe);
    if (env.isExecutable(candidate)) {
      return { ok: true, path: candidate, source: 'path' };
    }
  }
  return {
    ok: false,
    message:
      'The Redline server was not found. Install it with `cargo install --path server` from the Redline repository (or download a release) so that `redline` is on PATH, or set redline.server.path to the binary.',
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
