// End to end through main() and the real engine. The tests that need findings are skipped while the
// engine is a placeholder that finds nothing, and run as soon as it does.
import assert from 'node:assert/strict';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { ENGINE_VERSION, lint, type LintResult } from '../../src/engine/index.js';
import { fakeIo, tempDir } from './helpers.js';

/** Section 四's 总计 says 1 where 1+1+0+0 = 2: an error, and a fixable one. */
const SAMPLE = `# 某某县某某局2023年政府信息公开工作年度报告

## 四、政府信息公开行政复议、行政诉讼情况

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`;

/** lint() for the skip conditions; an engine that throws is not skipped for, the tests then show the error. */
function probe(text: string): LintResult | undefined {
  try {
    return lint(text);
  } catch {
    return undefined;
  }
}
const sample = probe(SAMPLE);
const NO_FINDINGS = sample?.findings.length === 0 ? 'the engine (still a placeholder?) finds nothing in the sample report' : false;
const NO_FIX = sample && !sample.findings.some((f) => f.fix) ? 'the engine offers no fix for the sample report' : false;
const NO_DETECTION = probe('Hello\n\nJust a note.\n')?.isReport === true ? 'the engine (still a placeholder?) takes any text for a report' : false;

async function run(argv: string[], cwd: string, stdin?: string): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo(cwd, stdin);
  const code = await main(argv, f.io);
  return { code, out: f.stdout.text, err: f.stderr.text };
}

describe('main() with the real engine', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  before(async () => ({ dir, cleanup } = await tempDir()));
  after(() => cleanup());

  it('prints ENGINE_VERSION', async () => {
    assert.deepEqual(await run(['-v'], dir), { code: 0, out: `${ENGINE_VERSION}\n`, err: '' });
  });

  it('lints stdin and returns 0 or 1 by what it found', async () => {
    const r = await run(['-', '-f', 'json'], dir, SAMPLE);
    const found = JSON.parse(r.out) as JsonFinding[];
    assert.equal(r.code, found.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('exit 1 on a report with an error', { skip: NO_FINDINGS }, async () => {
    await writeFile(join(dir, 'sample.md'), SAMPLE);
    const r = await run(['sample.md', '-f', 'json'], dir);
    assert.equal(r.code, 1);
    const found = JSON.parse(r.out) as JsonFinding[];
    const error = found.find((f) => f.severity === 'error');
    assert.ok(error, 'an error finding');
    assert.equal(error.file, 'sample.md');
    assert.ok(error.line >= 1 && error.column >= 1);
    const stylish = await run(['sample.md'], dir);
    assert.match(stylish.out, /^\nsample\.md\n {2}\d+:\d+ +错误/);
    const sarif = await run(['sample.md', '-f', 'sarif'], dir);
    assert.equal((JSON.parse(sarif.out) as { version: string }).version, '2.1.0');
  });

  it('--fix rewrites a copy, keeping BOM and CRLF, and leaves it alone the second time', { skip: NO_FINDINGS || NO_FIX }, async () => {
    const file = join(dir, 'fix-me.md');
    const original = `\ufeff${SAMPLE.replace(/\n/g, '\r\n')}`;
    await writeFile(file, original);
    const first = await run(['fix-me.md', '--fix'], dir);
    assert.notEqual(first.code, 2, first.err);
    const fixed = await readFile(file, 'utf8');
    assert.notEqual(fixed, original);
    assert.ok(fixed.startsWith('\ufeff'), 'BOM kept');
    assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false, 'CRLF kept');
    const before = await stat(file);
    await run(['fix-me.md', '--fix'], dir);
    const again = await stat(file);
    assert.deepEqual([again.ino, again.mtimeMs], [before.ino, before.mtimeMs]);
    assert.equal(await readFile(file, 'utf8'), fixed);
  });

  it('skips a Markdown file that is not a report', { skip: NO_DETECTION }, async () => {
    await writeFile(join(dir, 'notes.md'), 'Hello\n\nJust a note.\n');
    const r = await run(['notes.md', '--lang', 'en'], dir);
    assert.deepEqual(r, { code: 0, out: '', err: 'disclosure-lint: notes.md: not an annual report, skipped\n' });
  });
});

describe('main() on copies of the example reports', () => {
  const examples = join(import.meta.dirname ?? __dirname, '../../../test-fixtures/examples');
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  let count = 0;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await cp(examples, join(dir, 'examples'), { recursive: true });
    count = (await readdir(join(dir, 'examples'), { recursive: true })).filter((n) => /\.(md|markdown)$/i.test(String(n))).length;
  });
  after(() => cleanup());

  it('lints and fixes them without failing', async (t) => {
    if (count === 0) return t.skip('test-fixtures/examples has no Markdown files yet');
    const linted = await run(['examples', '-f', 'json'], dir);
    assert.ok(linted.code === 0 || linted.code === 1, linted.err);
    assert.ok(Array.isArray(JSON.parse(linted.out)));
    const fixed = await run(['examples', '--fix', '--exit-zero'], dir);
    assert.equal(fixed.code, 0, fixed.err);
  });
});
