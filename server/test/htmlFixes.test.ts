// Rules and fixes on HTML tables: the seed report with its tables written as HTML (rowspan/colspan
// as in the PDF), changed in place to provoke a wrong total, a garbled label, a missing cell.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyFixes, fixAll, lint } from '../src/engine/index.js';
import { FIXTURES } from './helpers/fixtures.js';

const SEED = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020-html.md'), 'utf8');
const GFM = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');

function replaceOnce(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `"${from}" occurs once`);
  return text.replace(from, to);
}

/** The n-th occurrence of a string in the text (1-based), replaced. */
function replaceNth(text: string, from: string, to: string, n: number): string {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const rules = (text: string): string[] => lint(text).findings.map((f) => `${f.ruleId} ${f.message}`);

describe('rules on HTML tables', () => {
  test('the HTML seed has the findings of the GFM seed, in the same order', () => {
    assert.deepEqual(rules(SEED), rules(GFM));
  });
  test('blank cells are filled inside <td></td> and in place of &nbsp;', () => {
    const { output } = applyFixes(SEED, lint(SEED).findings.filter((f) => f.ruleName === 'cell-blank'));
    const row = output.slice(output.lastIndexOf('<tr class="odd">'));
    assert.match(row, /^<tr class="odd">\n<td>0<\/td>\n<td>0<\/td>\n<td>0<\/td>\n<td>0<\/td>\n<td>0<\/td>\n<td>0<\/td>/u);
    assert.equal(row.includes('&nbsp;'), false);
  });
  test('a wrong total is fixed in its cell', () => {
    // （七）总计 · 自然人 is the first 0 after the （七） label.
    const at = SEED.indexOf('(七) 总计</td>');
    const text = SEED.slice(0, at) + replaceNth(SEED.slice(at), '<td>0</td>', '<td>3</td>', 1);
    const sum = lint(text).findings.filter((f) => f.ruleName === 'sum-mismatch');
    assert.ok(sum.length > 0 && sum[0]!.fix, 'the wrong total is reported with a fix');
    assert.equal(text.slice(sum[0]!.start, sum[0]!.end), '3');
    assert.equal(applyFixes(text, sum.slice(0, 1)).output, SEED);
  });
  test('a garbled label is renamed inside its cell', () => {
    const text = replaceOnce(SEED, '<td>2.其他法律行政法规禁止公开</td>', '<td>2.其他法律行政法规禁止公</td>');
    const f = lint(text).findings.find((x) => x.ruleName === 'label-nonstandard');
    assert.equal(f?.fix?.edits[0]?.text, '2.其他法律行政法规禁止公开');
    assert.equal(applyFixes(text, [f!]).output, SEED);
  });
  test('a cell the row does not write gets a new <td>', () => {
    // Drop the last number of the row 2.重复申请 (its 总计).
    const at = SEED.indexOf('<td>2.重复申请</td>');
    const end = SEED.indexOf('</tr>', at);
    const row = SEED.slice(at, end);
    const text = SEED.slice(0, at) + row.slice(0, row.lastIndexOf('<td>0</td>')) + SEED.slice(end);
    const blank = lint(text).findings.filter((f) => f.ruleName === 'cell-blank' && f.message.includes('重复申请'));
    assert.equal(blank.length, 1);
    const fixed = applyFixes(text, blank).output;
    assert.equal(fixed.slice(at, fixed.indexOf('</tr>', at)).match(/<td>0<\/td>/gu)?.length, 7);
  });
  test('fixing everything leaves only the empty section 六 (and section 五’s plans) and is idempotent', () => {
    const { output, result } = fixAll(SEED);
    assert.deepEqual(result.findings.map((f) => f.ruleName), ['problems-not-only-plans', 'section-empty']);
    assert.equal(fixAll(output).output, output);
  });
  test('a number in a place covered by a merged cell is not a blank cell of its own', () => {
    const text = replaceNth(SEED, '<td></td>\n<td></td>\n<td>&nbsp;</td>\n<td></td>\n<td></td>', '<td colspan="5"></td>', 1);
    const blanks = lint(text).findings.filter((f) => f.ruleName === 'cell-blank');
    assert.equal(blanks.length, 1, 'only the merged cell itself (结果维持) is blank');
  });
});
