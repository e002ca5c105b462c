#!/usr/bin/env node
// The same extension-test suite under @vscode/test-electron, for machines that can download VS Code
// (a developer's desktop, a CI runner with internet). It cannot run here or in this project's CI,
// which have no internet: there `npm run test:e2e` runs the suite in code-server instead.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite, prepareWorkspace } from './prepare.mjs';
import { ROOT } from './host.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'dl-electron-'));
try {
  const suite = await bundleSuite(join(scratch, 'suite'));
  const workspace = join(scratch, 'workspace');
  mkdirSync(workspace);
  prepareWorkspace(workspace);
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  console.log('electron: suite passed');
} catch (e) {
  console.error(`electron: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
