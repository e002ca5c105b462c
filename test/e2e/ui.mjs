#!/usr/bin/env node
// The packaged extension as a writer gets it: the .vsix installed into code-server with
// --install-extension, the workbench driven through Chromium like a person would — open the seed
// report, see the squiggles and the Problems rows, open the quick-fix menu on a wrong total and
// apply it, inspect the grammar's scope at a section title — with screenshots along the way.
// UPDATE_SCREENSHOT=1 copies the quick-fix and hover screenshots to docs/screenshot.png and
// docs/screenshot-hover.png.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareWorkspace } from './prepare.mjs';
import { CODE_SERVER, NODE24, ROOT, launchBrowser, missingHost, startCodeServer, workbenchUrl } from './host.mjs';

const missing = missingHost();
if (missing.length > 0) {
  console.error(`ui: cannot run, missing: ${missing.join('; ')}`);
  console.log('ui: 0 passed, 1 failed');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'dl-ui-'));
const shots = process.env.UI_SCREENSHOTS ?? join(scratch, 'shots');
mkdirSync(shots, { recursive: true });
const results = [];
const step = async (name, fn) => {
  try {
    await fn();
    results.push(true);
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`not ok - ${name}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    await currentPage?.screenshot({ path: join(shots, `failed-${results.length}.png`) }).catch(() => undefined);
    await currentPage?.keyboard.press('Escape').catch(() => undefined);
  }
};
let currentPage;

// 1. Package and install the VSIX, as a user would.
const vsixDir = join(scratch, 'vsix');
mkdirSync(vsixDir);
const vsix = join(vsixDir, 'disclosure-lint.vsix');
const extensionsDir = join(scratch, 'ext');
let host;
let browser;
try {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
  const install = spawnSync(NODE24, [CODE_SERVER, '--install-extension', vsix, '--extensions-dir', extensionsDir], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch } });
  await step('the .vsix installs into code-server', async () => {
    if (install.status !== 0) throw new Error(install.stderr || install.stdout);
    if (!readdirSync(extensionsDir).some((d) => d.startsWith('disclosure-lint.disclosure-lint-'))) throw new Error('not in the extensions folder');
  });

  const workspaceDir = join(scratch, 'workspace');
  mkdirSync(workspaceDir);
  prepareWorkspace(workspaceDir);
  host = await startCodeServer({ workspaceDir, extensionsDir, settings: { 'disclosureLint.language': 'zh-CN', 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 15 } });
  browser = await launchBrowser(host.env);
  const page = await browser.newPage({ viewport: { width: 1500, height: 940 } });
  currentPage = page;
  await page.goto(workbenchUrl(host));
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });

  const openFile = async (name) => {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[aria-label*="${name}"]`);
  };
  const gotoLine = async (line, column) => {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await page.locator('.quick-input-widget').getByText(`line ${line}`, { exact: false }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await page.locator('.statusbar').getByText(`Ln ${line},`).first().waitFor();
  };

  await step('opening the seed report shows squiggles', async () => {
    await openFile('seed.md');
    await gotoLine(89, 4); // the findings are in sections 四 and 五: bring them into view
    await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 30_000 });
  });

  await step('the Problems panel lists the findings', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15_000 });
    const rows = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    if (!rows.some((r) => r.includes('下一步工作打算'))) throw new Error(`rows: ${rows.join(' | ')}`);
    await page.screenshot({ path: join(shots, 'overview.png') });
  });

  await step('a hover on a wrong total shows its formula with the numbers', async () => {
    await openFile('defects.md');
    // As a reviewer does: pick the finding in the Problems panel, which puts the cursor on the cell.
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '应为 22，表中为 24' }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick(); // opens the editor at the finding, with the focus in the editor
    await page.locator('.statusbar').getByText('Ln 91,').first().waitFor();
    await page.waitForSelector('.monaco-editor.focused');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Show or Focus Hover');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show or Focus Hover' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The widget shows the finding first; our hover (the formula, marked ✗) joins it when it arrives.
    const hover = page.locator('.monaco-hover', { hasText: '✗' }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = (await hover.textContent()) ?? '';
    if (!/9\s*\+\s*2/u.test(text) || !text.includes('✗')) throw new Error(`hover: ${text.slice(0, 300)}`);
    // The widget scrolls, the finding first: wheel down over it to the formula, as a reader does.
    const box = await hover.boundingBox();
    const formula = page.locator('.monaco-hover .hover-row', { hasText: '✗' }).first();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 30; i++) {
        const row = await formula.boundingBox();
        if (row && row.y <= box.y + 40) break; // the formula's first line at the top of the widget
        await page.mouse.wheel(0, Math.max(20, Math.min(200, row ? row.y - box.y - 20 : 200)));
        await page.waitForTimeout(50); // the widget scrolls on the next frame
      }
    }
    await page.screenshot({ path: join(shots, 'hover.png') });
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden', timeout: 15_000 });
  });

  await step('the quick-fix menu on a wrong total applies the fix', async () => {
    await page.locator('.statusbar').getByText('Ln 91,').first().waitFor();
    await page.waitForSelector('.monaco-editor.focused');
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget').getByText('将总计改为 22', { exact: true }).first();
    await item.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, 'quick-fix.png') });
    await item.click();
    await page.locator('.monaco-editor .view-line', { hasText: /（七）\s*总计\s*\|\s*\|\s*22\s*\|/u }).first().waitFor({ timeout: 15_000 });
  });

  await step('the grammar scopes a standard section title', async () => {
    await openFile('clean.md');
    await gotoLine(5, 6);
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Developer: Inspect Editor Tokens and Scopes');
    await page.waitForSelector('.quick-input-list .monaco-list-row');
    await page.keyboard.press('Enter');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ timeout: 15_000 });
    const text = (await widget.textContent()) ?? '';
    if (!/section-title\.disclosure-report/u.test(text)) throw new Error(`scopes: ${text.slice(0, 300)}`);
    await page.screenshot({ path: join(shots, 'scopes.png') });
    await page.keyboard.press('Escape');
  });
} catch (e) {
  results.push(false);
  console.log(`not ok - ui run: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser?.close().catch(() => undefined);
  host?.close();
  if (process.env.UPDATE_SCREENSHOT === '1' && existsSync(join(shots, 'quick-fix.png'))) {
    copyFileSync(join(shots, 'quick-fix.png'), join(ROOT, 'docs', 'screenshot.png'));
    if (existsSync(join(shots, 'hover.png'))) copyFileSync(join(shots, 'hover.png'), join(ROOT, 'docs', 'screenshot-hover.png'));
  }
  if (!process.env.UI_SCREENSHOTS) rmSync(scratch, { recursive: true, force: true });
}
const passed = results.filter(Boolean).length;
console.log(`ui: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length && results.length > 0 ? 0 : 1);
