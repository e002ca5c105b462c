// Every test layer, one summary line each, and a non-zero exit if any layer fails:
//   unit + protocol (node's test runner over server/test and client/test, the built server over stdio)
//   e2e   the extension-test suite inside a real VS Code (code-server + Chromium)
//   ui    the packaged .vsix installed into code-server, driven through the workbench
//   nvim  Neovim's built-in LSP client against the built server
// Layers whose host is not installed are reported as skipped, loudly, with how to install it;
// CI installs every host (.ci/run), so nothing is skipped there. DL_REQUIRE_HOSTS=1 makes a
// missing host a failure.
import { spawnSync } from 'node:child_process';
import { missingHost } from '../test/e2e/host.mjs';

const layers = [];
function run(name, args) {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout ?? '');
  const out = r.stdout ?? '';
  const counts = /(?:^|\n)(?:ℹ |# )pass (\d+)[\s\S]*?(?:ℹ |# )fail (\d+)/u.exec(out) ?? new RegExp(`${name}: (\\d+) passed, (\\d+) failed`, 'u').exec(out);
  layers.push({ name, ok: r.status === 0, passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? (r.status === 0 ? 0 : 1)), seconds: (Date.now() - started) / 1000 });
}
function skip(name, why) {
  const required = process.env.DL_REQUIRE_HOSTS === '1';
  console.log(`\n${name}: SKIPPED — ${why}`);
  layers.push({ name, ok: !required, passed: 0, failed: required ? 1 : 0, skipped: true, seconds: 0 });
}

run('unit', ['scripts/run-tests.mjs']);
const missing = missingHost();
if (missing.length === 0) {
  run('e2e', ['test/e2e/run.mjs']);
  run('ui', ['test/e2e/ui.mjs']);
} else {
  skip('e2e', `real VS Code host not installed (${missing.join('; ')}); npm run setup:vscode-host`);
  skip('ui', 'same host as e2e');
}
const nvim = spawnSync('nvim', ['--version']);
if (nvim.error) skip('nvim', 'Neovim is not installed (apt-get install neovim)');
else run('nvim', ['test/nvim/run.mjs']);

console.log('\nSummary by layer:');
for (const l of layers) console.log(`  ${l.name}: ${l.skipped ? 'skipped' : `${l.passed} passed, ${l.failed} failed`} (${l.seconds.toFixed(1)} s)`);
const passed = layers.reduce((s, l) => s + l.passed, 0);
const failed = layers.reduce((s, l) => s + l.failed, 0);
const ok = layers.every((l) => l.ok);
console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
