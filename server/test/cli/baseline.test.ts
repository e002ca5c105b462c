// --write-baseline and --baseline against the stand-in engine: what the file holds, findings that
// survive line shifts, counts, reasons kept on rewrite, and bad baseline files.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fingerprint, parseBaseline, type Baseline } from '../../src/cli/baseline.js';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { fakeEngine, REPORT_TITLE, runFake, tempDir } from './helpers.js';

const report = (body: string): string => `${REPORT_TITLE}\n\n${body}\n`;

describe('baseline', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    await mkdir(join(dir, 'reports/2023'), { recursive: true });
    await writeFile(join(dir, 'reports/2023/a.md'), report('ERR 一\nERR 二\nWARN'));
    await writeFile(join(dir, 'reports/b.md'), report('NOTE'));
  });
  afterEach(() => cleanup());
  const readBaseline = async (): Promise<Baseline> => parseBaseline(await readFile(join(dir, 'baseline.json'), 'utf8'));

  it('--write-baseline records every finding per file (relative to the baseline), with counts; exit 0', async () => {
    const r = await runFake(['2023', '../reports/b.md', '--write-baseline', '../baseline.json'], join(dir, 'reports'));
    assert.equal(r.code, 0);
    assert.equal(r.stdout.text, '', 'everything is in the baseline');
    assert.match(r.stderr.text, /已把 2 个文件中的 4 个问题写入基线 \.\.\/baseline\.json/u);
    const b = await readBaseline();
    assert.deepEqual(Object.keys(b.files), ['reports/2023/a.md', 'reports/b.md']);
    assert.deepEqual(b.files['reports/2023/a.md']!.map((e) => [e.rule, e.name, e.count, e.message, e.reason]), [
      ['T001', 'test-error', 2, '发现 ERR', ''],
      ['T002', 'test-warning', 1, '发现 WARN', ''],
    ]);
  });

  it('--baseline reports only new findings: moved lines are not new, a second identical one is', async () => {
    await runFake(['reports', '--write-baseline', 'baseline.json'], dir);
    await writeFile(join(dir, 'reports/2023/a.md'), report('新的一段\n\n\r\nERR 二\n\nWARN\nERR 一'));
    const same = await runFake(['reports', '--baseline', 'baseline.json'], dir);
    assert.equal(same.code, 0, same.stdout.text);
    assert.match(same.stderr.text, /另有 4 个问题已记入基线，未显示/u);
    await writeFile(join(dir, 'reports/2023/a.md'), report('ERR 一\nERR 二\nERR 三\nWARN'));
    const more = await runFake(['reports', '--baseline', 'baseline.json', '-f', 'json'], dir);
    assert.equal(more.code, 1);
    const found = JSON.parse(more.stdout.text) as JsonFinding[];
    assert.deepEqual(found.map((f) => [f.file, f.ruleId, f.line]), [['reports/2023/a.md', 'T001', 5]], 'the third ERR');
  });

  it('says when baseline entries no longer occur, and a rewrite keeps the reasons people wrote', async () => {
    await runFake(['reports', '--write-baseline', 'baseline.json'], dir);
    const b = await readBaseline();
    b.files['reports/2023/a.md']![1]!.reason = '2023 年报告已发布，不再修改';
    await writeFile(join(dir, 'baseline.json'), JSON.stringify(b));
    await writeFile(join(dir, 'reports/b.md'), report('clean'));
    const r = await runFake(['reports', '--baseline', 'baseline.json', '--lang', 'en'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr.text, /1 problem in the baseline baseline\.json no longer occur; --write-baseline rewrites it/u);
    await runFake(['reports', '--write-baseline', 'baseline.json'], dir);
    const again = await readBaseline();
    assert.equal(again.files['reports/2023/a.md']![1]!.reason, '2023 年报告已发布，不再修改');
    assert.deepEqual(Object.keys(again.files), ['reports/2023/a.md'], 'a file with nothing left drops out');
  });

  it('a missing or invalid baseline is exit 2 with a clear message; with --write-baseline a usage error', async () => {
    const missing = await runFake(['reports', '--baseline', 'nope.json'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr.text, /nope\.json：无法读取（ENOENT）/u);
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ version: 1, files: { 'a.md': [{ rule: 'T001', fingerprint: 'x', count: 0 }] } }));
    const bad = await runFake(['reports', '--baseline', 'bad.json', '--lang', 'en'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr.text, /the baseline bad\.json is not valid \("files"\."a\.md"\[0\] needs "rule", "fingerprint" and a positive whole "count"\)/u);
    const both = await runFake(['reports', '--baseline', 'a.json', '--write-baseline', 'b.json'], dir);
    assert.equal(both.code, 2);
  });

  it('a fingerprint depends on the rule, the message data and the text, not on the line, CRLF or language', () => {
    const one = fakeEngine.lint(report('x\nERR 一'), { lang: 'en' }).findings[0]!;
    const two = fakeEngine.lint(report('\r\n\r\ny\r\nERR 一'), { lang: 'zh-CN' }).findings[0]!;
    assert.notEqual(one.start, two.start);
    assert.equal(fingerprint(one, report('x\nERR 一')), fingerprint(two, report('\r\n\r\ny\r\nERR 一')));
    const warn = fakeEngine.lint(report('WARN'), {}).findings[0]!;
    assert.notEqual(fingerprint(warn, report('WARN')), fingerprint(one, report('x\nERR 一')));
  });
});
