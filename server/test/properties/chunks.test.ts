// The editor's incremental parse (ParseCache: re-parse only the pieces that changed) must give
// exactly the tree of a whole parse, positions included, for any text and any edit sequence.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitChunks } from '../../src/engine/model/chunks.js';
import { buildReport, lint, lintReport } from '../../src/engine/index.js';
import { parseWhole } from '../../src/engine/model/parse.js';
import { parseMarkdown } from '../../src/engine/model/parseOnce.js';
import { ParseCache } from '../../src/engine/model/parseCache.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/fixtures.js';
import { document } from './gen.js';
import { mutated, reports } from './mutate.js';
import { params } from './options.js';

const timeout = 180_000;

function allFixtureTexts(): Array<{ name: string; text: string }> {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8') }));
}

function sameTree(text: string, cache = new ParseCache({ minChunk: 1, tableGroup: 2 })): void {
  assert.deepEqual(cache.parse(text), parseWhole(text));
  assert.deepEqual(parseMarkdown(text), parseWhole(text));
}

/** Blocks that could carry across a blank line if cut there, joined by blank lines and line breaks. */
const tricky = fc.constantFrom(
  '```\ncode\n\nstill code\n```',
  '```\nnever closed\n\ntext',
  '~~~~\na\n\n~~~\nb\n~~~~',
  '    indented\n\n    code',
  '<!-- a comment\n\nthat goes on -->',
  '<pre>\nx\n\ny\n</pre>',
  '<div>\n\n</div>',
  '<table><tr><td>1</td></tr>\n\n</table>',
  '- item\n\n  continued\n\n- next',
  '1. one\n\n2. two',
  '* star\n\n+ plus',
  '> quote\n\n> again',
  '> quote\nlazy',
  '段落\n===',
  '段落\n\n---\n\n文字',
  '[ref]: /url\n\n[ref]',
  '脚注[^1]\n\n[^1]: 注',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '| 项目 | 数量 |\n| :--- | ---: |\n| 行政许可 | 1 |\n|---|---|\n| `a|b` | <br>2 |\n| 无尾管道 | 3\n|   |   |\n| \\| 转义 | 4 | 多余 |\n| 5 |\n| **粗** | 6 |',
  '| 一 |\n|-|\n| 1 |\n| 2 |\n| 3 |\n| 4 |\n| 5 |\n| 6 |\n| 7 |',
  '说明文字\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |',
  '\ufeff中间的 BOM',
  '\t制表符开头',
  '# 标题',
  '一、总体情况',
  '2020年，本机关',
  '3. 不是列表吗',
  'www.example.gov.cn 与 a@b.cn',
  '**加粗**和`代码`',
  '',
);
const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\t\n');
const trickyDoc = fc.array(fc.tuple(tricky, separator), { minLength: 1, maxLength: 14 }).map((xs) => xs.map(([b, s]) => b + s).join(''));

describe('incremental parse', () => {
  test('every fixture: the pieces parse to the whole tree', { timeout }, () => {
    let cut = 0;
    for (const { name, text } of allFixtureTexts()) {
      if (splitChunks(text).length > 1) cut++;
      assert.deepEqual(new ParseCache().parse(text), parseWhole(text), name);
      assert.deepEqual(parseMarkdown(text), parseWhole(text), name);
      sameTree(text);
    }
    assert.ok(cut > 0, 'some fixtures are cut into pieces');
  });

  test('a table of 3,000 rows (cut into groups of rows): the same tree', { timeout }, () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| 第${i}行 | ${i} | ${i % 7 === 0 ? '' : i * 3} |`);
    const text = `# 某某县某某局2023年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n| 项目 | 自然人 | 总计 |\n| --- | --- | --- |\n${rows.join('\n')}\n\n正文。\n`;
    assert.deepEqual(new ParseCache().parse(text), parseWhole(text));
    assert.deepEqual(parseMarkdown(text), parseWhole(text));
  });

  test('blocks that may cross a blank line: the same tree', { timeout }, () => {
    fc.assert(fc.property(trickyDoc, (d) => sameTree(d)), params(3000));
  });

  test('generated documents: the same tree', { timeout }, () => {
    fc.assert(fc.property(document, (d) => sameTree(d)), params(1500));
  });

  test('damaged real reports: the same tree', { timeout }, () => {
    fc.assert(fc.property(mutated, ({ text }) => sameTree(text)), params(800));
  });

  test('one cache through a sequence of edits: each version parses as a whole parse does', { timeout }, () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), ins: fc.constantFrom('', '1', '99', '\n', '\n\n', '```', '<!--', '- ', '|', '一、', 'x') });
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (k, edits) => {
        const cache = new ParseCache({ minChunk: 64, tableGroup: 3 });
        let text = reports[k]!.text;
        sameTree(text, cache);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          sameTree(text, cache);
        }
      }),
      params(300),
    );
  });

  test('linting through a sequence of edits with one cache: the findings of a plain lint each time (nothing changes reused nodes)', { timeout }, () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), ins: fc.constantFrom('', '1', '7', '\n', '|', '一、', ' ') });
    fc.assert(
      fc.property(fc.nat({ max: reports.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (k, edits) => {
        const cache = new ParseCache({ minChunk: 64, tableGroup: 3 });
        let text = reports[k]!.text;
        const check = (): void => assert.deepEqual(lintReport(buildReport(text, {}, cache), {}).findings, lint(text, {}).findings);
        check();
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          check();
          check();
        }
      }),
      params(60),
    );
  });
});
