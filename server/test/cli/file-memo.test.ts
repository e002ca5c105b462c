// --cache's memo of files (file-memo.ts): a file unchanged since it was read is known by its key
// without reading it; any change git's index would see (size, times, inode; the change time no
// program sets back) makes it read and hashed again; a file changed during the run is linted as it
// is now. And the cache file (format 6): one entry per line, ASCII, a damaged line costs one entry.
import assert from 'node:assert/strict';
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { cachingEngine, direct } from '../../src/cli/cached-engine.js';
import { LintCache } from '../../src/cli/cache.js';
import { FileChanged, isCurrent, memoReader, settled, type Read } from '../../src/cli/file-memo.js';
import { decodeLazily, lengthAtMost, type DecodedText } from '../../src/cli/texts.js';
import { fakeEngine, REPORT_TITLE, tempDir } from './helpers.js';

/** A clock a minute ahead: every file is old enough to be remembered. */
const later = (): number => Date.now() + 60_000;

function ok(r: Read): DecodedText {
  assert.ok(r.ok, 'decoded');
  return r;
}

class MapStore {
  readonly map = new Map<string, unknown>();
  get(key: string): unknown {
    return this.map.get(key);
  }
  put(key: string, value: unknown): void {
    this.map.set(key, value);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
}

describe('memoReader', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  let file = '';
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    file = join(dir, 'a.md');
    await writeFile(file, `${REPORT_TITLE}\n\n甲乙丙\n`);
  });
  afterEach(() => cleanup());

  it('knows an unchanged file by the key it had, and reads it only when its text is needed', async () => {
    const store = new MapStore();
    const reader = memoReader(store, later);
    const first = ok(reader.read(file));
    assert.equal(first.key, decodeLazily(await readFile(file)).ok && ok(decodeLazily(await readFile(file))).key);
    assert.equal(store.map.size, 1, 'remembered');
    const second = ok(reader.read(file));
    assert.equal(second.key, first.key);
    assert.equal(lengthAtMost(second), (await stat(file)).size, 'its size, from stat()');
    // Gone after read(): read() did not read it, and the text is wanted only now.
    await rm(file);
    assert.equal(isCurrent(second), false);
    assert.throws(() => settled(second), (err: unknown) => err instanceof FileChanged && err.reason === 'unreadable');
    assert.equal(second.text, '', 'a file that went is placed by nothing');
  });

  it('reads a file again after a change of the same size whose modification time was set back', async () => {
    const store = new MapStore();
    const reader = memoReader(store, later);
    // Whole seconds, which utimes() sets exactly.
    await utimes(file, 1_700_000_000, 1_700_000_000);
    const before = await stat(file);
    const first = ok(reader.read(file));
    await writeFile(file, `${REPORT_TITLE}\n\n丁戊己\n`);
    await utimes(file, 1_700_000_000, 1_700_000_000);
    const after = await stat(file);
    assert.equal(after.size, before.size);
    assert.equal(after.mtimeMs, before.mtimeMs);
    const second = ok(reader.read(file));
    assert.notEqual(second.key, first.key);
    assert.match(second.text, /丁戊己/u);
  });

  it('does not remember a file changed within the last RACY_MS (a change in the same clock tick is unseen)', () => {
    const store = new MapStore();
    ok(memoReader(store).read(file));
    assert.equal(store.map.size, 0);
  });

  it('remembers only plain UTF-8: other encodings are decoded, and keyed by their text', async () => {
    await writeFile(file, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(`${REPORT_TITLE}\n`)]));
    const store = new MapStore();
    const d = ok(memoReader(store, later).read(file));
    assert.equal(d.bom, true);
    assert.equal(store.map.size, 0);
  });

  it('a remembered file changed during the run: a hit answers for the file as stat() saw it, a lint reads it as it is now', async () => {
    const store = new MapStore();
    const reader = memoReader(store, later);
    const results = new MapStore();
    const linted: string[] = [];
    const engine = cachingEngine({ ...direct(fakeEngine), lint: (d, o) => (linted.push(d.text), fakeEngine.lint(d.text, o)) }, 'e', results);
    await writeFile(file, `${REPORT_TITLE}\n\nERR\n`);
    const cold = engine.lint(ok(reader.read(file)), {});
    assert.equal(cold.findings.length, 1);
    assert.deepEqual(cold.lines, undefined, 'a lint has the text itself');
    const remembered = ok(memoReader(store, later).read(file));
    // Changed after it was stat()ed: the cached findings come with where the lines started, so the
    // file is not read to place them.
    await writeFile(file, `${REPORT_TITLE}\n\nOK!\n`);
    linted.length = 0;
    const hit = engine.lint(remembered, {});
    assert.deepEqual(hit.findings, cold.findings);
    assert.deepEqual(hit.lines, [REPORT_TITLE.length + 6, 0, REPORT_TITLE.length + 1, REPORT_TITLE.length + 2, REPORT_TITLE.length + 6]);
    assert.deepEqual(linted, []);
    // Other options miss: the file is linted as it is now, and stored under its own key.
    const other = ok(memoReader(store, later).read(file));
    const miss = engine.lint(other, { lang: 'en' });
    assert.deepEqual(miss.findings, []);
    assert.deepEqual(linted, [`${REPORT_TITLE}\n\nOK!\n`]);
    const fresh = ok(memoReader(new MapStore(), later).read(file));
    assert.deepEqual(engine.lint(fresh, { lang: 'en' }).findings, [], 'found under the key of what the file holds');
    assert.equal(linted.length, 1, 'and not linted again');
  });
});

describe('LintCache file (format 6)', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('keeps any key and value through a save and a load, in an ASCII file', async () => {
    const file = join(dir, 'cache');
    const values: Array<[string, unknown]> = [
      ['plain-key.abc', { isReport: true, findings: [] }],
      ['f0|/报告/二〇二三 年.md', [1, 2.5, 3, 4, 5, 'bkey']],
      ['tab\there', { agency: '某某县某某局😀', year: 2023 }],
      ['new\nline', 'x'],
      ['"quoted', null],
    ];
    const a = new LintCache('e1', file);
    await a.load();
    for (const [k, v] of values) a.put(k, v);
    await a.save();
    const bytes = await readFile(file);
    assert.ok(bytes.every((b) => b < 0x80), 'ASCII');
    const b = await new LintCache('e1', file).load();
    assert.equal(b.size, values.length);
    for (const [k, v] of values) assert.deepEqual(b.get(k), v, k);
    assert.equal((await new LintCache('e2', file).load()).size, 0, 'another engine: empty');
  });

  it('drops a damaged line, not the file; a file of another format is an empty cache', async () => {
    const file = join(dir, 'cache');
    const a = await new LintCache('e1', file).load();
    a.put('one', 1);
    a.put('two', 2);
    await a.save();
    const text = await readFile(file, 'latin1');
    await writeFile(file, text.replace('\t1\t2', '\t1\t{broken'));
    const b = await new LintCache('e1', file).load();
    assert.equal(b.get('one'), 1);
    assert.equal(b.get('two'), undefined);
    await writeFile(file, JSON.stringify({ tool: 'disclosure-lint-cache', format: 5, engine: 'e1', run: 1, entries: { one: { t: 1, v: 1 } } }));
    assert.equal((await new LintCache('e1', file).load()).size, 0);
    await writeFile(file, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    assert.equal((await new LintCache('e1', file).load()).size, 0);
  });

  it('writes back entries this run did not read, until they are KEEP_RUNS runs old', async () => {
    const file = join(dir, 'cache');
    const first = await new LintCache('e1', file).load();
    first.put('old', 'kept for a while');
    await first.save();
    let runs = 0;
    for (; runs < 20; runs++) {
      const c = await new LintCache('e1', file).load();
      if (!c.has('old')) break;
      c.put(`run${runs}`, runs); // something to write
      await c.save();
    }
    // Written in run 1, loaded in runs 2 to 11, and left out when run 11 writes the file.
    assert.equal(runs, 10);
  });
});
