// The client's pure helpers: year input, where a table goes, rule doc front matter, language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blockInsertion, defaultReportYear, parseRuleDoc, parseYear, prefersChinese } from '../src/text.js';

const NOW = new Date(2026, 2, 15);

describe('report year', () => {
  test('2019 to the current year, four digits', () => {
    assert.equal(parseYear('2019', NOW), 2019);
    assert.equal(parseYear(' 2026 ', NOW), 2026);
    for (const bad of ['2018', '2027', '25', '2025年', '', 'abcd', '2020.5']) assert.equal(parseYear(bad, NOW), undefined, bad);
  });
  test('the default is last year', () => {
    assert.equal(defaultReportYear(NOW), 2025);
    assert.equal(defaultReportYear(new Date(2019, 0, 1)), 2019);
  });
});

describe('inserting a table', () => {
  const TABLE = '| a | b |\n| --- | --- |\n| 1 | 2 |\n';
  const at = (before: string, after: string): string => before + blockInsertion(TABLE, { before, after, atDocumentStart: before.trim() === '', atDocumentEnd: after.trim() === '' }) + after;

  test('between two paragraphs, on the blank line', () => {
    assert.equal(at('text\n', '\nmore'), 'text\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nmore');
  });
  test('in the middle of a line', () => {
    assert.equal(at('te', 'xt'), 'te\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nxt');
  });
  test('where blank lines already are', () => {
    assert.equal(at('text\n\n', '\n\nmore'), 'text\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nmore');
  });
  test('at the start and at the end of the document', () => {
    assert.equal(at('', 'text'), '| a | b |\n| --- | --- |\n| 1 | 2 |\n\ntext');
    assert.equal(at('text', ''), 'text\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n');
    assert.equal(at('text\n', ''), 'text\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n');
  });
});

test('rule doc front matter', () => {
  const doc = '---\nid: DL401\nname: sum-mismatch\nseverity: error\nsummary: "总计等于各项之和"\nsummary-en: "Totals: \\"equal\\""\n---\n\n# DL401';
  assert.deepEqual(parseRuleDoc(doc), { id: 'DL401', name: 'sum-mismatch', summary: '总计等于各项之和', summaryEn: 'Totals: "equal"' });
  assert.equal(parseRuleDoc('# README'), undefined);
});

test('message language: the setting, else the display language', () => {
  assert.equal(prefersChinese('auto', 'zh-cn'), true);
  assert.equal(prefersChinese('auto', 'en'), false);
  assert.equal(prefersChinese('en', 'zh-cn'), false);
  assert.equal(prefersChinese('zh-CN', 'en'), true);
  assert.equal(prefersChinese(undefined, 'zh-tw'), true);
});
