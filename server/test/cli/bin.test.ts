// The shipped program: bin/disclosure-lint.js over the bundle dist/cli.js (built by `node esbuild.mjs`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ENGINE_VERSION } from '../../src/engine/index.js';

const root = join(import.meta.dirname ?? __dirname, '../../..');
const bin = join(root, 'bin/disclosure-lint.js');
const NOT_BUILT = existsSync(join(root, 'dist/cli.js')) ? false : 'dist/cli.js does not exist: run `node esbuild.mjs` first';

function spawn(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
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
});
