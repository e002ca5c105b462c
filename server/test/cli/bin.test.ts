// The shipped program: bin/disclosure-lint.js over the bundle dist/cli.js (built by `node esbuild.mjs`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { ENGINE_VERSION } from '../../src/engine/index.js';

const root = join(import.meta.dirname ?? __dirname, '../../..');
const bin = join(root, 'bin/disclosure-lint.js');
const NOT_BUILT = existsSync(join(root, 'dist/cli.js')) ? false : 'dist/cli.js does not exist: run `node esbuild.mjs` first';

function spawn(args: string[], input = '', env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/disclosure-lint.js', { skip: NOT_BUILT }, () => {
  it('--version prints ENGINE_VERSION and exits 0', () => {
    assert.deepEqual(spawn(['--version']), { status: 0, stdout: `${ENGINE_VERSION}\n`, stderr: '' });
  });

  it('exits 2 on a bad option', () => {
    const r = spawn(['--no-such-option']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--no-such-option/);
  });

  it('reads stdin', () => {
    const r = spawn(['-', '-f', 'json', '--force'], '# x\n');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.ok(Array.isArray(JSON.parse(r.stdout)));
  });

  it('exits only once a large output is all written to the pipe', () => {
    // A SARIF log of every fixture is several times a pipe's buffer: it must arrive whole.
    const r = spawn(['test-fixtures', '-f', 'sarif']);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stdout.length > 256 * 1024, `${r.stdout.length} characters`);
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: unknown[] }> };
    assert.ok((log.runs[0]?.results.length ?? 0) > 100);
  });

  it('a broken install (dist/engine.js missing) exits 2 with the reason, even with worker threads started', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'disclosure-lint-pkg-'));
    try {
      mkdirSync(join(pkg, 'bin'));
      mkdirSync(join(pkg, 'dist'));
      copyFileSync(bin, join(pkg, 'bin/disclosure-lint.js'));
      copyFileSync(join(root, 'dist/cli.js'), join(pkg, 'dist/cli.js'));
      const r = spawnSync(process.execPath, [join(pkg, 'bin/disclosure-lint.js'), 'test-fixtures/examples', '--jobs', '2'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /engine\.js/u);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });

  it('compiles the bundles (the CLI, and the engine once it lints) with code caches: written once, used after, and any trouble with them is only a slower start', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'disclosure-lint-bin-'));
    try {
      const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
      const args = ['test-fixtures/examples', '-f', 'json'];
      const plain = spawn(args, '', { DISCLOSURE_LINT_NO_COMPILE_CACHE: '1' });
      const folder = join(tmp, `disclosure-lint-compile-cache${process.getuid ? `-${process.getuid()}` : ''}`);
      assert.equal(existsSync(folder), false, 'turned off: nothing written');
      // A run that lints nothing loads the CLI's bundle only; one that lints, the engine's too.
      assert.equal(spawn(['--version'], '', env).status, 0);
      assert.equal(readdirSync(folder).length, 1, 'the CLI’s cache only');
      const first = spawn(args, '', env);
      const written = readdirSync(folder).sort();
      assert.equal(written.length, 2, 'and the engine’s; no temporary file left');
      for (const name of written) assert.match(name, /^[\w-]{32}\.bin$/u);
      const sizes = written.map((name) => statSync(join(folder, name)).size);
      const second = spawn(args, '', env);
      assert.deepEqual(
        written.map((name) => statSync(join(folder, name)).size),
        sizes,
        'used, not written again',
      );
      // A damaged cache file is rejected by V8 and written again; an unwritable folder is not a failure.
      for (const name of written) writeFileSync(join(folder, name), 'not V8 code');
      const damaged = spawn(args, '', env);
      assert.deepEqual(readdirSync(folder).sort(), written);
      assert.ok(written.every((name) => statSync(join(folder, name)).size > 1000), 'written again');
      assert.equal(statSync(folder).mode & 0o777, 0o700, 'the folder is the user’s only');
      // A file where the folder should be: nothing can be read or written there (even as root).
      const blocked = mkdtempSync(join(tmpdir(), 'disclosure-lint-bin-'));
      writeFileSync(join(blocked, basename(folder)), '');
      const unwritable = spawn(args, '', { TMPDIR: blocked, TMP: blocked, TEMP: blocked });
      rmSync(blocked, { recursive: true, force: true });
      for (const r of [first, second, damaged, unwritable]) assert.deepEqual(r, plain);
      assert.equal(plain.status, 1, 'the examples have findings');
      // The import subcommand (dist/import.js, loaded on demand) from the cached compile too.
      const imported = ['import', 'test-fixtures/import/heilongjiang-waiban-2020.html'];
      const direct = spawn(imported, '', { DISCLOSURE_LINT_NO_COMPILE_CACHE: '1' });
      assert.equal(direct.status, 0, direct.stderr);
      assert.match(direct.stdout, /^# 黑龙江省人民政府外事办公室 2020 年政府信息公开工作年度报告/u);
      assert.deepEqual(spawn(imported, '', env), direct);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
