// HTML tables as grids: rowspan and colspan laid out like a browser, exact source ranges of cell
// text (CJK, character references, <br>, <p>), and the report model built from them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { htmlTables } from '../src/engine/model/htmlTable.js';
import { buildReport } from '../src/engine/model/report.js';

function grid(html: string): ReturnType<typeof htmlTables>[number]['grid'] {
  const tables = htmlTables(html);
  assert.equal(tables.length, 1);
  return tables[0]!.grid;
}

/** Each row as its cell texts, a spanned place as "^", a missing one as "∅". */
function shape(html: string): string[][] {
  return grid(html).rows.map((r) => r.cells.map((c) => (c.spanned ? '^' : c.missing ? '∅' : c.text)));
}

describe('HTML table layout', () => {
  test('rowspan and colspan expand like a browser lays them out', () => {
    const html = '<table><tr><td rowspan="2">三</td><td colspan="2">（一）予以公开</td><td>1</td></tr>' +
      '<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>2</td></tr>' +
      '<tr><td colspan="3">四、结转</td><td>3</td></tr></table>';
    assert.deepEqual(shape(html), [
      ['三', '（一）予以公开', '^', '1'],
      ['^', '（三）不予公开', '1.属于国家秘密', '2'],
      ['四、结转', '^', '^', '3'],
    ]);
  });
  test('thead and tbody rows in order; rowspan stops at the end of its row group; rowspan=0 fills it', () => {
    const html = '<table><thead><tr><th rowspan="5">a</th><th>b</th></tr><tr><th>c</th></tr></thead>' +
      '<tbody><tr><td rowspan="0">d</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>';
    assert.deepEqual(shape(html), [['a', 'b'], ['^', 'c'], ['d', '1'], ['^', '2'], ['^', '3']]);
  });
  test('a short row gets missing cells, also before a place spanned from above', () => {
    const html = '<table><tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>x</td></tr></table>';
    assert.deepEqual(shape(html), [['a', 'b', 'c'], ['x', '∅', '^']]);
    const missing = grid(html).rows[1]!.cells[1]!;
    assert.equal(html.slice(0, missing.inner.start).endsWith('<td>x</td>'), true, 'inserted after the last written cell');
  });
  test('a spanned place points at the cell that covers it', () => {
    const g = grid('<table><tr><td colspan="2">合并</td></tr></table>');
    assert.deepEqual(g.rows[0]!.cells[1]!.span, g.rows[0]!.cells[0]!.span);
  });
  test('a nested table stays inside its cell', () => {
    assert.deepEqual(shape('<table><tr><td><table><tr><td>内</td></tr></table></td><td>外</td></tr></table>'), [['内', '外']]);
  });
});

describe('HTML cell text and ranges', () => {
  const html = '<table>\r\n<tr><td> &nbsp;结果&amp;维持&#160;</td><td></td><td><p>第一</p>\r\n<p>第二</p></td>' +
    '<td>三、<br />本 年</td><td>&ldquo;三安全&rdquo;</td><td>&emsp;</td></tr></table>';
  const cells = grid(html).rows[0]!.cells;
  test('entities are decoded and white space collapsed', () => {
    assert.deepEqual(cells.map((c) => c.text), ['结果&维持', '', '第一 第二', '三、 本 年', '“三安全”', '']);
    assert.ok(cells.every((c) => c.html));
  });
  test('the span is the exact range of the text in the source, entities included, padding excluded', () => {
    assert.equal(html.slice(cells[0]!.span.start, cells[0]!.span.end), '结果&amp;维持');
    assert.equal(html.slice(cells[2]!.span.start, cells[2]!.span.end), '第一</p>\r\n<p>第二');
    assert.equal(html.slice(cells[3]!.span.start, cells[3]!.span.end), '三、<br />本 年');
    assert.equal(html.slice(cells[4]!.span.start, cells[4]!.span.end), '&ldquo;三安全&rdquo;');
  });
  test('an empty cell spans the inside of <td></td>; a blank one all of its inside', () => {
    const empty = cells[1]!;
    assert.equal(empty.span.start, empty.span.end);
    assert.equal(html.slice(empty.inner.start - 4, empty.inner.end + 5), '<td></td>');
    assert.equal(html.slice(cells[5]!.span.start, cells[5]!.span.end), '&emsp;');
  });
  test('offsets are shifted by the base the HTML stands at', () => {
    const doc = `前文\n\n${html}`;
    const shifted = htmlTables(doc.slice(4), 4)[0]!.grid.rows[0]!.cells[0]!;
    assert.equal(doc.slice(shifted.span.start, shifted.span.end), '结果&amp;维持');
  });
});

const T1 = '<table>\n<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n' +
  '<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>\n<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>\n</table>';

describe('HTML tables in a report', () => {
  const report = (body: string): ReturnType<typeof buildReport> => buildReport(`# 某某县某某局2023年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n${body}\n`, {});
  test('a caption paragraph before the table', () => {
    const r = report(`第二十条第（一）项\n\n${T1}`);
    assert.deepEqual(r.tables.map((t) => [t.def.id, t.sectionNo, t.rows.length, t.columns.length]), [['2.1', 2, 2, 3]]);
  });
  test('a <caption> element', () => {
    const r = report(T1.replace('<table>\n', '<table>\n<caption>第二十条第（一）项</caption>\n'));
    assert.equal(r.tables[0]?.block.caption?.text, '第二十条第（一）项');
  });
  test('a caption row inside, spanning every column', () => {
    const r = report(T1.replace('<table>\n', '<table>\n<tr><th colspan="4">第二十条第（一）项</th></tr>\n'));
    assert.equal(r.tables[0]?.block.captionRow !== undefined, true);
    assert.equal(r.tables[0]?.def.id, '2.1');
  });
  test('an HTML block cut by a blank line is still one table', () => {
    const r = report(`第二十条第（一）项\n\n${T1.replace('</tr>\n<tr><td>行政', '</tr>\n\n<tr><td>行政')}`);
    assert.equal(r.tables[0]?.rows.length, 2);
  });
});
