import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithubFile } from '../../src/cli/formatters/github.js';
import { formatJson, type JsonFinding } from '../../src/cli/formatters/json.js';
import { formatStylishFile, formatStylishSummary } from '../../src/cli/formatters/stylish.js';
import { displayWidth } from '../../src/cli/width.js';
import { sampleResults } from './findings.js';

const zh = { lang: 'zh-CN' as const, color: false };
const en = { lang: 'en' as const, color: false };

describe('json formatter', () => {
  it('emits one flat array, 1-based, ordered by file then offset', () => {
    const out = JSON.parse(formatJson(sampleResults())) as JsonFinding[];
    assert.deepEqual(out.map((f) => [f.file, f.ruleId]), [['a 报告.md', 'DL900'], ['reports/b.md', 'DL301'], ['reports/b.md', 'DL102']]);
    assert.deepEqual(out[1], {
      file: 'reports/b.md', line: 3, column: 4, endLine: 3, endColumn: 5, severity: 'error', ruleId: 'DL301',
      ruleName: 'sum-mismatch', message: '总计应为 2，实为 1', fixable: true, expected: '2', actual: '1',
    });
    // The astral character before "x" counts as two UTF-16 code units.
    assert.equal(out[2]?.column, 8);
    assert.equal(out[2]?.fixable, false);
    assert.equal('expected' in out[2]!, false);
    assert.deepEqual([out[0]?.line, out[0]?.column], [2, 1]);
  });

  it('prints [] when there is nothing', () => {
    assert.deepEqual(JSON.parse(formatJson([])), []);
  });
});

describe('stylish formatter', () => {
  it('groups per file with aligned, Chinese-labelled rows', () => {
    const out = formatStylishFile(sampleResults()[0]!, zh);
    const lines = out.split('\n');
    assert.equal(lines[1], 'reports/b.md');
    assert.match(lines[2]!, /^ {2}3:4 {2}错误 {2}总计应为 2，实为 1 {2}DL301\(sum-mismatch\)$/);
    assert.match(lines[3]!, /^ {2}3:8 {2}警告 {2}标题顺序不对 {8}DL102\(heading-order\)$/);
    // Columns line up on screen: the rule ids start at the same display column.
    const col = (line: string): number => displayWidth(line.slice(0, line.indexOf('DL')));
    assert.equal(col(lines[2]!), col(lines[3]!));
  });

  it('prints nothing for a clean file, English labels with --lang en', () => {
    assert.equal(formatStylishFile({ path: 'a.md', text: '', findings: [] }, zh), '');
    assert.match(formatStylishFile(sampleResults()[0]!, en), / {2}error {4}/);
  });

  it('flattens multi-line messages', () => {
    assert.match(formatStylishFile(sampleResults()[1]!, zh), / {2}2:1 {2}信息 {2}a, b: 100% next {2}DL900\(note\)/);
  });

  it('sums up problems and fixables', () => {
    const results = sampleResults();
    assert.equal(formatStylishSummary(results, en), '\n✖ 3 problems (1 error, 1 warning, 1 info)\n  1 fixable with --fix\n\n');
    assert.equal(formatStylishSummary(results, zh), '\n✖ 共 3 个问题（1 个错误，1 个警告，1 条信息）\n  其中 1 个可以用 --fix 自动修复\n\n');
    assert.equal(formatStylishSummary([], en), '');
  });

  it('colours only when asked', () => {
    assert.equal(formatStylishFile(sampleResults()[0]!, zh).includes('\u001b['), false);
    const coloured = formatStylishFile(sampleResults()[0]!, { lang: 'zh-CN', color: true });
    assert.ok(coloured.includes('\u001b[4mreports/b.md\u001b[24m'));
    assert.ok(coloured.includes('\u001b[31m错误\u001b[39m'));
  });
});

describe('github formatter', () => {
  it('writes one workflow command per finding', () => {
    const lines = formatGithubFile(sampleResults()[0]!).trimEnd().split('\n');
    assert.deepEqual(lines, [
      '::error file=reports/b.md,line=3,col=4,endLine=3,endColumn=5,title=DL301::总计应为 2，实为 1',
      '::warning file=reports/b.md,line=3,col=8,endLine=3,endColumn=9,title=DL102::标题顺序不对',
    ]);
  });

  it('escapes messages and properties', () => {
    assert.equal(formatGithubFile(sampleResults()[1]!), '::notice file=a 报告.md,line=2,col=1,endLine=2,endColumn=2,title=DL900::a, b: 100%25%0Anext\n');
    assert.equal(escapeData('a%\r\nb'), 'a%25%0D%0Ab');
    assert.equal(escapeProperty('c:/x,y%'), 'c%3A/x%2Cy%25');
  });
});
