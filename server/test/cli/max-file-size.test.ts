// --max-file-size N (default 2,000,000 characters): a longer file gets a warning on stderr and is
// still linted; the findings and the exit code are those of a plain run.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';

describe('--max-file-size', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'big.md'), `${REPORT_TITLE}\n\nERR ${'x'.repeat(200)}\n`);
    await writeFile(join(dir, 'small.md'), `${REPORT_TITLE}\n\nWARN\n`);
  });
  after(() => cleanup());

  it('warns about a longer file and still lints it', async () => {
    const plain = await runFake(['.', '-f', 'json', '--lang', 'en'], dir);
    const r = await runFake(['.', '-f', 'json', '--lang', 'en', '--max-file-size', '100'], dir);
    assert.equal(r.stdout.text, plain.stdout.text);
    assert.equal(r.code, plain.code);
    assert.match(r.stderr.text, /big\.md: 2\d\d characters, more than --max-file-size \(100\)/u);
    assert.doesNotMatch(r.stderr.text, /small\.md/u);
  });

  it('says nothing at the default size or with 0', async () => {
    for (const args of [[], ['--max-file-size', '0']]) {
      const r = await runFake(['.', ...args], dir);
      assert.doesNotMatch(r.stderr.text, /max-file-size/u);
    }
  });

  it('rejects a value that is not a number', async () => {
    const r = await runFake(['.', '--max-file-size', '2MB', '--lang', 'en'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /--max-file-size needs a non-negative integer/u);
  });
});
