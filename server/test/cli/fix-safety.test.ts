// --fix safety: no write through a symbolic link that leads outside the folder being linted, and a
// run killed (SIGKILL) while it rewrites 300 files leaves each file whole, old or new, and no
// temporary file that looks like a report.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
const OLD = `${REPORT_TITLE}\n\n${'一、总体情况 FIXME 本年度。\n'.repeat(2000)}`;
const NEW = OLD.replaceAll('FIXME', 'FIXED');

describe('--fix safety', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('does not write through a symlink that leads outside the folder or glob base given', async () => {
    await mkdir(join(dir, 'tree/sub'), { recursive: true });
    await mkdir(join(dir, 'outside'));
    await writeFile(join(dir, 'outside/real.md'), OLD);
    await writeFile(join(dir, 'tree/sub/inner.md'), OLD);
    await symlink('../outside/real.md', join(dir, 'tree/out.md'));
    await symlink('sub/inner.md', join(dir, 'tree/in.md'));
    await symlink('../outside', join(dir, 'tree/linked-dir'));
    for (const args of [['tree'], ['tree/**/*.md']]) {
      const r = await runFake([...args, '--fix', '--lang', 'en'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr.text, /tree\/out\.md: a symbolic link to outside the folder being linted; the fix was not written/u);
      assert.match(r.stderr.text, /tree\/linked-dir\/real\.md: a symbolic link to outside/u);
      assert.equal(await readFile(join(dir, 'outside/real.md'), 'utf8'), OLD, 'nothing written outside');
      assert.equal(await readFile(join(dir, 'tree/sub/inner.md'), 'utf8'), NEW, 'a link inside the tree is followed');
      await writeFile(join(dir, 'tree/sub/inner.md'), OLD);
    }
    const named = await runFake(['tree/out.md', '--fix'], dir);
    assert.equal(named.code, 0, 'a link named on the command line is what the user asked to fix');
    assert.equal(await readFile(join(dir, 'outside/real.md'), 'utf8'), NEW);
  });

  it('SIGKILL in the middle of rewriting 300 files: each file is the old or the new text, whole', async (t) => {
    const names = Array.from({ length: 300 }, (_, i) => `r${String(i).padStart(3, '0')}.md`);
    for (const n of names) await writeFile(join(dir, n), OLD);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/test/cli/fix-child.ts'), dir, '--fix'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Poll (no fixed sleep) until the first files have been rewritten, then kill at once.
    for (;;) {
      if ((await readFile(join(dir, names[20]!), 'utf8')) !== OLD) break;
      if (child.exitCode !== null) assert.fail('the CLI ended before it wrote anything');
      await new Promise((go) => setTimeout(go, 1));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    let fresh = 0;
    for (const n of names) {
      const text = await readFile(join(dir, n), 'utf8');
      assert.ok(text === OLD || text === NEW, `${n} is whole`);
      if (text === NEW) fresh++;
    }
    assert.ok(fresh >= 1 && fresh < names.length, `killed in the middle (${fresh} of ${names.length} rewritten)`);
    const others = (await readdir(dir)).filter((n) => !names.includes(n));
    t.diagnostic(`${fresh} of ${names.length} rewritten when killed; left: ${others.join(', ') || 'nothing'}`);
    assert.deepEqual(others.filter((n) => /\.(md|markdown)$/iu.test(n) || !n.startsWith('.')), [], `leftovers: ${others.join(', ')}`);
  });
});
