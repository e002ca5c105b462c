// Input that is not what we hoped (issue 6): odd line ends and spaces, numbers written every way,
// tables of one and two hundred columns, a 5 MB report, a 50,000-row table, 5,000 levels of nesting,
// binary garbage, a 1 MB line. No crash, no hang (each test is bounded by its timeout, never timed),
// every range inside the text, and a result that makes sense. The big cases print time and memory.
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { getFormat, lint, type Finding, type LintOptions } from '../src/engine/index.js';
import { lintBounded } from './helpers/bounded.js';
import { describe as describeFindings } from './helpers/fixtures.js';
import { TITLE, clean, garbage, repeated, seed, tallTable, wideTable } from './helpers/hostile.js';
import { assertSpan, checkFindings } from './properties/invariants.js';

const timeout = 120_000;
/** The 5 MB and 50,000-row cases: several times the unloaded run time on a busy 2-core machine. */
const big = 300_000;
const ids = (fs: readonly Finding[]): string[] => fs.map((f) => f.ruleId);
const countIds = (fs: readonly Finding[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const f of fs) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
};
const lintChecked = (text: string, force = false): Finding[] => {
  const { findings } = lint(text, { force });
  checkFindings(text, findings);
  return findings;
};

/** Lints in a worker that is stopped at the deadline (a hang fails the test, it does not stall the run), then checks. */
async function lintFar(texts: string[], options: LintOptions = {}, deadline = timeout - 10_000): Promise<Finding[][]> {
  const results = await lintBounded(texts, options, deadline);
  return results.map((r, i) => (checkFindings(texts[i]!, r.findings), r.findings));
}

/** For the big cases: every span checked, fixes spot-checked (applying each to megabytes would take minutes). */
async function lintBig(t: TestContext, name: string, text: string): Promise<Finding[]> {
  const [r] = await lintBounded([text], {}, big - 10_000);
  t.diagnostic(`${name}: ${(text.length / 1e6).toFixed(1)} M chars, ${r!.ms} ms, RSS ${r!.rssBeforeMb} → ${r!.rssAfterMb} MB, peak ${r!.peakMb} MB, ${r!.findings.length} findings`);
  for (const f of r!.findings) {
    assertSpan(text, f, f.ruleId);
    for (const x of f.related ?? []) assertSpan(text, x, `${f.ruleId} related`);
  }
  checkFindings(text, r!.findings.slice(0, 20));
  return r!.findings;
}

describe('hostile input', () => {
  test('CRLF, CR, mixed line ends and a BOM give the findings of LF at the same lines and columns', { timeout }, () => {
    const expected = describeFindings(seed, lintChecked(seed));
    const crlf = seed.replace(/\n/gu, '\r\n');
    const mixed = seed.split('\n').map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join('');
    for (const text of [crlf, mixed, seed.replace(/\n/gu, '\r')]) assert.equal(describeFindings(text, lintChecked(text)), expected);
    // A byte order mark moves everything on the first line by one column, and nothing else.
    const bom = '\ufeff' + crlf;
    assert.equal(describeFindings(bom, lintChecked(bom)), expected);
  });

  test('tabs, zero-width and no-break spaces inside labels and numbers are read through', { timeout }, () => {
    assert.deepEqual(ids(lintChecked(clean)), []);
    assert.deepEqual(ids(lintChecked(clean.replace(/ \| /gu, '\t|\t'))), []);
    const spaced = clean.replace('| 自然人 |', '| 自\u200b然人 |').replace('| 商业企业 |', '| 商业\u00a0企业 |').replace('（七）总计 | 53 |', '（七）\u200b总计 | 5\u200b3 |').replace('| 146 |', '| 1\u00a046 |');
    assert.deepEqual(ids(lintChecked(spaced)), []);
  });

  test('thousands separators and Chinese numerals are numbers', { timeout }, () => {
    const thousands = clean.replace('| 3 | 1 | 12 |', '| 1,003 | 1 | 1,012 |').replace('制发行政规范性文件3件', '制发行政规范性文件1003件').replace('现行有效行政规范性文件12件', '现行有效行政规范性文件1,012件');
    assert.deepEqual(ids(lintChecked(thousands)), []);
    assert.deepEqual(ids(lintChecked(clean.replace('共收到政府信息公开申请69件', '共收到政府信息公开申请六十九件'))), []);
    const wrong = lintChecked(clean.replace('共收到政府信息公开申请69件', '共收到政府信息公开申请七十件'));
    assert.deepEqual(wrong.map((f) => [f.ruleId, f.expected, f.actual]), [['DL501', '69', '70']]);
  });

  test('a report without tables lacks every table of its version', { timeout }, () => {
    const findings = lintChecked(clean.split('\n').filter((l) => !l.startsWith('|')).join('\n'));
    assert.equal(ids(findings).filter((id) => id === 'DL201').length, getFormat('2021').tables.length);
  });

  test('a table of one column and one of two hundred', { timeout }, () => {
    assert.deepEqual(ids(lintChecked(clean.replace('## 六、', '| 信息内容 |\n| --- |\n| 行政许可 |\n| 146 |\n\n## 六、'))), []);
    // Two of its 200 labels are those of section 二's table of item (五): a table of the writer's own
    // in section 五, not section 四's table read by position nor a section 二 table with 198 extra columns.
    assert.deepEqual(ids(lintChecked(wideTable(200))), []);
    // The same table 15 columns wide (section 四's width) is still none of section 四's.
    assert.deepEqual(ids(lintChecked(wideTable(15))), []);
  });

  test('nesting 5,000 levels deep: block quotes, lists, both, HTML tables in cells', { timeout }, async () => {
    const units = ['>', '- ', '> - '];
    const texts = units.map((u) => TITLE + u.repeat(u.length > 2 ? 2500 : 5000) + '共收到政府信息公开申请69件。\n');
    texts.push(TITLE + '<table><tr><td>'.repeat(2000) + '0' + '</td></tr></table>'.repeat(2000) + '\n', TITLE + '<div>'.repeat(5000) + 'x' + '</div>'.repeat(5000) + '\n');
    const results = await lintFar(texts);
    results.forEach((r, i) => assert.ok(ids(r).includes('DL101'), `${i}: the report is still read (its sections are missing)`));
  });

  test('binary garbage decoded with replacement characters', { timeout }, async () => {
    const junk = garbage(1_000_000);
    assert.ok(junk.includes('\ufffd'));
    const [asIs] = await lintFar([junk]);
    assert.deepEqual(asIs, [], 'not a report: no findings');
    await lintFar([junk, TITLE + garbage(200_000, 7)], { force: true });
  });

  test('a single line of 1 MB: prose, letters, digits, table cells', { timeout }, async () => {
    const lines = ['共收到政府信息公开申请69件，予以公开32件，'.repeat(46_000), 'a'.repeat(1e6), '1'.repeat(1e6), `| a | b |\n| --- | --- |\n|${' 1 |'.repeat(250_000)}`];
    const results = await lintFar(lines.map((l) => `${TITLE}${l}\n`));
    for (const r of results) assert.ok(ids(r).includes('DL101'));
  });

  test('a 5 MB report (the real one repeated) has the real one’s findings, and its sections repeat', { timeout: big }, async (t) => {
    const findings = await lintBig(t, '5 MB report', repeated(5_000_000));
    const expected = new Set([...ids(lint(seed).findings), 'DL102']);
    assert.deepEqual(new Set(ids(findings)), expected);
  });

  test('a section 三 table with 50,000 extra rows is still the table, its extra rows reported one by one', { timeout: big }, async (t) => {
    const text = tallTable(50_000, () => '| | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n');
    const findings = await lintBig(t, '50,000-row table', text);
    // Not DL201 (the table missing): the table holds every row of the template, whatever it adds.
    assert.deepEqual(countIds(findings), { DL204: 50_000 });
  });

  test('a section 三 table with 10,000 extra rows of labels of one’s own', { timeout: big }, async (t) => {
    // Each label is unknown, so near misses and "did you mean" are looked for: only for the first
    // hundred, or the edit distances alone would take minutes.
    const text = tallTable(10_000, (i) => `| 其他事项${i} | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n`);
    const findings = await lintBig(t, '10,000 labelled rows', text);
    assert.deepEqual(countIds(findings), { DL204: 10_000 });
  });
});
