// --fix safety: no write through a symbolic link that leads outside the folder being linted; a run
// killed (SIGKILL) while it writes a temporary file leaves each report whole, old or new, byte for
// byte, and the next --fix removes the temporary file; a write that fails (file size limit, as a
// full disk) leaves the report as it was and no temporary file; only our dead temporary files are
// ever removed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmod, chown, link, lstat, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { processAlive, removeStaleTemps, tempOwner } from '../../src/cli/write.js';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';
import { bigReport, deadPid, isTemp, killAtTemp } from './fix-kill.js';

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

  it('SIGKILL while a temporary file is written, among 40 reports: each report is its old or new text, byte for byte', async (t) => {
    const names = Array.from({ length: 40 }, (_, i) => `r${String(i).padStart(2, '0')}.md`);
    const MAX_TRIALS = 12;
    let folder: string;
    let temp: string;
    for (let trial = 1; ; trial++) {
      folder = join(dir, `trial${trial}`);
      await mkdir(folder);
      for (const n of names) await writeFile(join(folder, n), bigReport(n, 'FIXME'), { mode: 0o640 });
      // Kill the moment the 6th file's temporary file is written to: 5 reports rewritten, the 6th being written.
      await killAtTemp(folder, 6);
      const left = (await readdir(folder)).filter((n) => !names.includes(n));
      let fresh = 0;
      for (const n of names) {
        const bytes = await readFile(join(folder, n));
        const isNew = bytes.equals(bigReport(n, 'FIXED'));
        assert.ok(isNew || bytes.equals(bigReport(n, 'FIXME')), `trial ${trial}: ${n} is its old or its new text`);
        assert.equal((await stat(join(folder, n))).mode & 0o777, 0o640, `trial ${trial}: ${n} keeps its mode`);
        if (isNew) fresh++;
      }
      assert.ok(fresh < names.length, `trial ${trial}: killed before the end`);
      assert.deepEqual(left.filter((n) => !isTemp(n)), [], `trial ${trial}: nothing but temporary files besides the reports`);
      assert.ok(left.length <= 1, `trial ${trial}: one file was being written: ${left.join(', ')}`);
      t.diagnostic(`trial ${trial}: ${fresh} of ${names.length} rewritten; left: ${left.join(', ') || 'nothing'}`);
      if (left.length === 1) {
        temp = left[0]!;
        const report = names.find((n) => temp.startsWith(`.${n}.`));
        assert.ok(report !== undefined, `${temp} is named after a report`);
        assert.ok((await readFile(join(folder, report))).equals(bigReport(report, 'FIXME')), `${report}, whose temporary file was being written, is old`);
        const written = await readFile(join(folder, temp));
        const whole = bigReport(report, 'FIXED');
        assert.ok(written.equals(whole.subarray(0, written.length)), 'the temporary file holds the beginning of the new text');
        t.diagnostic(`trial ${trial}: ${temp} held ${written.length} of ${whole.length} bytes`);
        // Half-written: some bytes, not all (all of them: killed between the write and the rename).
        if (written.length > 0 && written.length < whole.length) {
          t.diagnostic(`the kill landed mid-write in trial ${trial}`);
          break;
        }
      }
      if (trial === MAX_TRIALS) assert.fail(`no kill of ${MAX_TRIALS} landed while a temporary file was half-written`);
      await rm(folder, { recursive: true });
    }

    // Nothing lints the temporary file, and a run that does not write removes nothing.
    const rel = folder.slice(dir.length + 1);
    for (const args of [[rel], [`${rel}/*`]]) {
      const r = await runFake([...args, '--lang', 'en', '--max-file-size', '0'], dir);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr.text}`);
      assert.match(r.stdout.text, /r39\.md/u, 'the reports are linted');
      assert.ok(!r.stdout.text.includes('.tmp') && !r.stderr.text.includes('.tmp'), `${args.join(' ')}: the temporary file is not linted`);
    }
    assert.ok((await readdir(folder)).includes(temp), 'a plain lint deletes nothing');

    // The next --fix finishes the job, keeps the mode and removes the dead process's temporary file.
    const r = await runFake([rel, '--fix', '--lang', 'en', '--max-file-size', '0'], dir);
    assert.equal(r.code, 0, r.stderr.text);
    for (const n of names) {
      assert.ok((await readFile(join(folder, n))).equals(bigReport(n, 'FIXED')), `${n} is new`);
      assert.equal((await stat(join(folder, n))).mode & 0o777, 0o640, `${n} keeps its mode`);
    }
    assert.deepEqual((await readdir(folder)).sort(), names, 'the temporary file is gone');
  });

  it('a write that fails half-way (file size limit, as a full disk) leaves the report as it was and no temporary file', { skip: process.platform === 'win32' }, async () => {
    const big = bigReport('big.md', 'FIXME');
    await writeFile(join(dir, 'big.md'), big, { mode: 0o600 });
    await writeFile(join(dir, 'small.md'), OLD);
    // ulimit -f 2048: no file may grow beyond 1 MiB (512-byte blocks); the write fails with EFBIG
    // after the first MiB of the temporary file is on disk. Reading the larger report is allowed.
    const child = spawn('/bin/sh', ['-c', 'ulimit -f 2048 && exec "$@"', 'sh', process.execPath, '--import', 'tsx',
      join(ROOT, 'server/test/cli/fix-child.ts'), dir, '--fix', '--lang', 'en', '--max-file-size', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(code, 2, stderr);
    assert.match(stderr, /big\.md: cannot be written \(EFBIG\)/u);
    assert.ok((await readFile(join(dir, 'big.md'))).equals(big), 'the report is untouched');
    assert.equal((await stat(join(dir, 'big.md'))).mode & 0o777, 0o600);
    assert.equal(await readFile(join(dir, 'small.md'), 'utf8'), NEW, 'a write within the limit succeeds');
    assert.deepEqual((await readdir(dir)).sort(), ['big.md', 'small.md'], 'no temporary file left');
  });

  it('removes only temporary files of our exact name whose process is gone', async () => {
    const dead = await deadPid();
    assert.equal(processAlive(dead), false);
    assert.equal(processAlive(process.pid), true);
    const stale = `.a.md.${dead}.0123abcd.tmp`;
    assert.equal(tempOwner(stale), dead);
    const kept = [
      `.a.md.${process.pid}.0123abcd.tmp`, // this process: a write in flight
      `.a.md.${process.ppid}.0123abcd.tmp`, // a live process
      `.a.md.${dead}.0123ABCD.tmp`, // not our hex
      `.a.md.${dead}.0123abc.tmp`,
      `.a.md.${dead}.0123abcde.tmp`,
      `a.md.${dead}.0123abcd.tmp`, // no dot in front
      `.a.md.${dead}.0123abcd.tmp.md`,
      `.a.md.${dead}.0123abcd.TMP`,
      `.${dead}.0123abcd.tmp`, // no name
      `.a.md.0.0123abcd.tmp`, // no process 0
      `.a.md.-${dead}.0123abcd.tmp`,
      'a.md',
      'notes.md',
    ];
    for (const n of [stale, ...kept]) await writeFile(join(dir, n), 'x');
    const odd = [`.dir.md.${dead}.00000000.tmp`, `.link.md.${dead}.11111111.tmp`, `.hard.md.${dead}.22222222.tmp`];
    await mkdir(join(dir, odd[0]!));
    await symlink('notes.md', join(dir, odd[1]!));
    await link(join(dir, 'notes.md'), join(dir, odd[2]!));
    const other = `.other.md.${dead}.33333333.tmp`;
    if (process.getuid?.() === 0) {
      await writeFile(join(dir, other), 'x');
      await chown(join(dir, other), 4242, 4242); // another user's
      kept.push(other);
    }
    assert.deepEqual(await removeStaleTemps(dir), [stale]);
    assert.deepEqual((await readdir(dir)).sort(), [...kept, ...odd].sort());
    assert.equal(await readFile(join(dir, 'notes.md'), 'utf8'), 'x');
    assert.ok((await lstat(join(dir, odd[1]!))).isSymbolicLink());
    assert.deepEqual(await removeStaleTemps(join(dir, 'missing')), [], 'a folder that cannot be read: nothing');
  });

  it('--fix removes dead temporary files only in the folders it writes to', async () => {
    const dead = await deadPid();
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a/r.md'), OLD);
    await writeFile(join(dir, 'b/r.md'), NEW); // nothing to fix: b is not written to
    const leftover = `.r.md.${dead}.0a1b2c3d.tmp`;
    for (const d of ['a', 'b']) await writeFile(join(dir, d, leftover), OLD.slice(0, 100));
    await chmod(join(dir, 'a/r.md'), 0o604);
    const r = await runFake(['.', '--fix'], dir);
    assert.equal(r.code, 0, r.stderr.text);
    assert.deepEqual(await readdir(join(dir, 'a')), ['r.md']);
    assert.deepEqual((await readdir(join(dir, 'b'))).sort(), [leftover, 'r.md']);
    assert.equal(await readFile(join(dir, 'a/r.md'), 'utf8'), NEW);
    assert.equal((await stat(join(dir, 'a/r.md'))).mode & 0o777, 0o604);
  });
});
