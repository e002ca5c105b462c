#!/usr/bin/env node
// Neovim as a second real LSP client: its built-in client, headless, against dist/server.js.
// Checks that it receives exactly the engine's findings for the seed report and that applying a
// quick fix through the client gives the expected text. Prints `nvim: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.error || !existsSync(SERVER)) {
  console.error(`nvim: cannot run: ${nvim.error ? 'nvim is not installed (apt-get install neovim)' : 'dist/server.js is not built'}`);
  console.log('nvim: 0 passed, 1 failed');
  process.exit(1);
}

/** The engine's findings for a file, through the CLI's JSON output (the same engine the server runs). */
function engineFindings(path) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'disclosure-lint.js'), path, '-f', 'json'], { encoding: 'utf8' });
  return JSON.parse(r.stdout);
}
const results = [];
const check = (name, fn) => {
  try {
    fn();
    results.push(true);
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`not ok - ${name}\n  ${e instanceof Error ? e.message : e}`);
  }
};

function diffLines(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(`  line ${i + 1}: expected ${JSON.stringify(x[i])} got ${JSON.stringify(y[i])}`);
  return out.slice(0, 5).join('\n');
}

const tmp = mkdtempSync(join(tmpdir(), 'dl-nvim-'));
try {
  const seedPath = join(ROOT, 'test-fixtures', 'reports', 'heilongjiang-waiban-2020.md');
  const file = join(tmp, 'seed.md');
  copyFileSync(seedPath, file);
  const out = join(tmp, 'out.json');
  const r = spawnSync('nvim', ['--headless', '--clean', '-u', join(ROOT, 'test', 'nvim', 'client.lua')], {
    env: { ...process.env, DL_SERVER: SERVER, DL_FILE: file, DL_OUT: out, DL_RULE: 'DL103' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const got = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { errors: [`nvim wrote nothing (status ${r.status}) ${r.stderr}`], diagnostics: [] };
  const seed = readFileSync(seedPath, 'utf8');
  check('the client ran without errors', () => {
    if (got.errors.length > 0) throw new Error(got.errors.join('\n'));
  });
  check('vim.diagnostic.get() holds exactly the engine findings', () => {
    const expected = engineFindings(seedPath).map((f) => `${f.ruleId} ${f.message}`);
    const actual = got.diagnostics.map((d) => `${d.code} ${d.message}`);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`expected ${JSON.stringify(expected)}\n  got ${JSON.stringify(actual)}`);
  });
  check('the quick fix applied through the client gives the expected text', () => {
    if (!got.applied) throw new Error('no preferred quick fix was applied');
    const expected = seed.replace('## 五、下一步工作打算', '## 五、存在的主要问题及改进情况');
    if (got.text !== expected) throw new Error(`buffer differs from the expected text (title: ${got.title}):\n${diffLines(expected, got.text)}`);
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const passed = results.filter(Boolean).length;
console.log(`nvim: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
