// A real VS Code for tests: code-server (the VS Code server, web workbench and Node extension host)
// on 127.0.0.1, opened in headless Debian Chromium through playwright-core. Nothing is written to
// $HOME: every VS Code folder lives in a temporary directory that is removed afterwards.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST = join(ROOT, 'test', 'vscode-host');
export const NODE24 = join(HOST, 'node', 'node_modules', 'node', 'bin', 'node');
export const CODE_SERVER = join(HOST, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What is missing to run a real VS Code here, or [] when everything is installed. */
export function missingHost() {
  return [
    ['Node 24 (npm run setup:vscode-host)', NODE24],
    ['code-server (npm run setup:vscode-host)', CODE_SERVER],
    ['chromium (apt-get install chromium)', CHROMIUM],
  ].filter(([, p]) => !existsSync(p)).map(([what]) => what);
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function waitHealthy(port, deadline) {
  return new Promise((res, rej) => {
    const tick = () =>
      get({ host: '127.0.0.1', port, path: '/healthz' }, (r) => {
        r.resume();
        res();
      }).on('error', () => (Date.now() > deadline ? rej(new Error('code-server did not answer /healthz')) : setTimeout(tick, 200)));
    tick();
  });
}

/**
 * Starts code-server on a copy of `workspaceDir`; `extensionsDir` optionally holds installed
 * extensions. Returns what a test needs and a `close()` that removes every trace.
 */
export async function startCodeServer({ workspaceDir, settings = {}, extensionsDir, verbose = !!process.env.E2E_VERBOSE }) {
  const tmp = mkdtempSync(join(tmpdir(), 'dl-e2e-'));
  const workspace = join(tmp, 'workspace');
  cpSync(workspaceDir, workspace, { recursive: true });
  const userData = join(tmp, 'data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  cpSync(join(ROOT, 'test', 'e2e', 'user-settings.json'), join(userData, 'User', 'settings.json'));
  if (Object.keys(settings).length > 0) {
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  }
  const port = await freePort();
  const env = { ...process.env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, XDG_CACHE_HOME: tmp };
  const args = [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', join(tmp, 'config.yaml'), '--user-data-dir', userData,
    '--extensions-dir', extensionsDir ?? join(tmp, 'ext'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--log', 'info'];
  const server = spawn(NODE24, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  server.stdout.on('data', (d) => verbose && process.stderr.write(`[code-server] ${d}`));
  server.stderr.on('data', (d) => verbose && process.stderr.write(`[code-server] ${d}`));
  const close = () => {
    try {
      process.kill(-server.pid, 'SIGTERM'); // code-server, its extension host and our language server
    } catch {
      // already gone
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitHealthy(port, Date.now() + 60_000);
  } catch (e) {
    close();
    throw e;
  }
  return { port, authority: `127.0.0.1:${port}`, workspace, tmp, env, close };
}

/** Headless Chromium with the flags this closed network needs. */
export async function launchBrowser(env) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A built workbench honours the extension-test payload only with
 * developmentOptions.enableSmokeTestDriver, which code-server has no flag for: set it in the page
 * configuration before the workbench reads it.
 */
export async function enableTestDriver(page) {
  await page.addInitScript(() => {
    const original = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const value = original.call(this, name);
      if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
      const config = JSON.parse(value);
      config.developmentOptions = { ...(config.developmentOptions ?? {}), enableSmokeTestDriver: true };
      return JSON.stringify(config);
    };
  });
}

export function workbenchUrl(h, payload) {
  const base = `http://${h.authority}/?folder=${encodeURIComponent(h.workspace)}`;
  return payload ? `${base}&payload=${encodeURIComponent(JSON.stringify(payload))}` : base;
}

export const remote = (h, p) => `vscode-remote://${h.authority}${p}`;
