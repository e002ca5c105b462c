// The cheap path for plain GFM tables (model/fastTable.ts) must give exactly the parser's tree,
// positions included, whenever it gives a tree at all; and it must take the tables of real reports.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { splitChunks } from '../../src/engine/model/chunks.js';
import { fastTablePiece } from '../../src/engine/model/fastTable.js';
import { parseWhole } from '../../src/engine/model/parse.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { params } from './options.js';

const timeout = 180_000;

/** Cell text from characters plain and not: the fast path must refuse what it cannot build. */
const plainChar = fc.constantFrom(...'0123456789  甲乙丙一二三（）、：；，。．％%.,:;()/+-=#$^{}\'"?'.split(''), '\u3000', '\u00a0', '\u200b', '\u0085', '\u2028');
const riskyChar = fc.constantFrom(...'\\`*_~[]!<>&@|aAwhx\t'.split(''), '\ufeff', '😀', '\ud83d', '&amp;', 'www.', 'http://a.b', 'a@b.cn', '**', '`x`', '\\|');
const cellChar = fc.oneof({ arbitrary: plainChar, weight: 60 }, { arbitrary: riskyChar, weight: 1 });
const cell = fc.array(cellChar, { maxLength: 6 }).map((cs) => cs.join(''));
const rowOf = (cells: string[], lead: string, trail: string): string => lead + cells.join('|') + trail;
const edge = fc.oneof({ arbitrary: fc.constant('|'), weight: 40 }, { arbitrary: fc.constantFrom('', ' |', '| ', '||', '|\t'), weight: 1 });
const delimiterCell = fc.oneof({ arbitrary: fc.constantFrom('---', ':---', '---:', ':-:', ' - ', '-', ' :--: ', '--- ', ' ---', '  ----  '), weight: 30 }, { arbitrary: fc.constantFrom('', 'x', '-\t', ': -', '-:-'), weight: 1 });
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');

const table = fc
  .record({
    width: fc.integer({ min: 1, max: 5 }),
    delimiterWidth: fc.oneof({ arbitrary: fc.constant(0), weight: 10 }, { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 1 }),
    body: fc.array(fc.tuple(fc.array(cell, { minLength: 0, maxLength: 7 }), edge, edge), { maxLength: 8 }),
    header: fc.array(cell, { minLength: 1, maxLength: 5 }),
    delimiter: fc.array(delimiterCell, { minLength: 1, maxLength: 6 }),
    eol,
    tail: fc.constantFrom('', '\n', '\n\n', '\n  \n', '\n\t\n\n', '\n后文', '\n\n后文', '\r\n', '\n\n\n'),
  })
  .map((r) => {
    const header = rowOf(r.header.slice(0, r.width), '|', '|');
    const d = r.delimiterWidth === 0 ? Math.min(r.width, r.header.length) : r.delimiterWidth;
    const delimiter = rowOf(Array.from({ length: d }, (_, i) => r.delimiter[i % r.delimiter.length]!), '|', '|');
    const body = r.body.map(([cells, lead, trail]) => rowOf(cells, lead, trail));
    return [header, delimiter, ...body].join(r.eol) + r.tail;
  });

function check(piece: string): boolean {
  const fast = fastTablePiece(piece);
  if (fast) assert.deepEqual(fast, parseWhole(piece), JSON.stringify(piece));
  return fast !== undefined;
}

describe('fast path for plain tables', () => {
  test('gives the parser’s tree whenever it gives one (generated tables)', { timeout }, () => {
    let taken = 0;
    let all = 0;
    fc.assert(
      fc.property(table, (piece) => {
        all++;
        if (check(piece)) taken++;
      }),
      params(6000),
    );
    // The generator is built to hit both paths often.
    assert.ok(taken > all / 4, `fast path taken ${taken} of ${all}`);
    assert.ok(taken < all, 'some tables are refused');
  });

  test('every piece of every fixture: the same tree, and report tables take the fast path', () => {
    let tables = 0;
    let taken = 0;
    for (const f of readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      for (const c of splitChunks(text, 1)) {
        const piece = text.slice(c.start, c.end);
        if (piece.startsWith('|')) tables++;
        if (check(piece)) taken++;
      }
    }
    assert.ok(tables > 50, `fixtures hold ${tables} table pieces`);
    assert.ok(taken > tables / 2, `fast path taken for ${taken} of ${tables} table pieces`);
  });

  test('known refusals: markup, escapes, a ragged delimiter row, text after the table', () => {
    const head = '| 项目 | 数量 |\n| --- | --- |\n';
    assert.ok(fastTablePiece(`${head}| 甲 | 1 |\n`));
    for (const body of ['| **甲** | 1 |', '| 甲 | `1` |', '| 甲 \\| 乙 | 1 |', '| 甲 | 1', '| 甲 | www.a.cn |', '| 甲 | &lt; |', '| 甲\t| 1 |']) {
      assert.equal(fastTablePiece(`${head}${body}\n`), undefined, body);
    }
    assert.equal(fastTablePiece('| 项目 | 数量 |\n| --- |\n| 甲 | 1 |\n'), undefined);
    assert.equal(fastTablePiece(`${head}| 甲 | 1 |\n注：单位为件\n`), undefined);
    assert.equal(fastTablePiece(`  ${head}`), undefined);
  });
});
