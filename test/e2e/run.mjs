#!/usr/bin/env node
// The extension-test suite inside a real VS Code (code-server): VS Code loads this repository as
// the extension under development and runs test/e2e/suite in its extension host, through the
// same `run()` contract that @vscode/test-electron uses (see electron.mjs).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSuite, prepareWorkspace } from './prepare.mjs';
import { ROOT, enableTestDriver, launchBrowser, missingHost, remote, startCodeServer, workbenchUrl } from './host.mjs';

const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 240_000);

const missing = missingHost();
if (missing.length > 0) {
  console.error(`e2e: cannot run, missing: ${missing.join('; ')}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const t0 = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'dl-e2e-src-'));
const suite = await bundleSuite(join(scratch, 'suite'));
const workspaceDir = join(scratch, 'workspace');
mkdirSync(workspaceDir);
prepareWorkspace(workspaceDir);

let code;
let summary;
let host;
let browser;
try {
  host = await startCodeServer({ workspaceDir, settings: { 'disclosureLint.language': 'zh-CN' } });
  browser = await launchBrowser(host.env);
  const page = await browser.newPage();
  let exit;
  const exited = new Promise((r) => (exit = r));
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = (Array.isArray(args) ? args : [args]).join(' ');
    const m = /RESULT (\d+ passed, \d+ failed)/u.exec(line);
    if (m) summary = m[1];
    if (process.env.E2E_VERBOSE || /^(ok|not ok|#) /u.test(line) || /RESULT /u.test(line)) console.log(`  ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (c) => exit(c));
  await enableTestDriver(page);
  const payload = [
    ['extensionDevelopmentPath', remote(host, ROOT)],
    ['extensionTestsPath', remote(host, suite)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(workbenchUrl(host, payload));
  code = await Promise.race([exited, new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out after ${TIMEOUT} ms`)), TIMEOUT))]);
} catch (e) {
  console.error(`e2e error: ${e instanceof Error ? e.message : e}`);
  code = 1;
} finally {
  await browser?.close().catch(() => undefined);
  host?.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`e2e: finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`e2e: ${summary ?? (code === 0 ? '0 passed, 0 failed' : '0 passed, 1 failed')}`);
process.exit(code === 0 ? 0 : 1);
