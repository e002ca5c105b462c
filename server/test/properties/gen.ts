// A grammar of report-like Markdown for the property tests: titles, section headings in every
// variant, GFM and HTML tables built from the template's own labels, prose with numbers, lists,
// quotes, front matter, directives — and arbitrary unicode between them. Labels come from the
// format data, so the generator follows the template as it changes.
import fc from 'fast-check';
import { FORMATS, ruleMetas } from '../../src/engine/index.js';
import { SECTIONS } from '../../src/engine/formats/common.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const tables = FORMATS.flatMap((f) => f.tables);
const rowLabels = [...new Set(tables.flatMap((t) => t.rows.flatMap((r) => [r.label, ...(r.variants ?? [])])))];
const colLabels = [...new Set(tables.flatMap((t) => t.columns.flatMap((c) => [c.label, ...(c.variants ?? [])])))];
const captions = [...new Set(tables.flatMap((t) => [t.caption, t.rowHeader, t.cornerNote]).filter((c): c is string => !!c))];
const ruleNames = [...ruleMetas.flatMap((m) => [m.id, m.name]), 'no-such-rule', 'DL999'];

/** Odd characters that real reports carry: zero-width, NBSP, full-width space, BOM, tab, CR. */
export const oddChar = pick(['\u200b', '\u00a0', '\u3000', '\ufeff', '\t', '\r', '\u200d', '|', '\\', '*', '`', '<', '&']);

/** Any string: valid unicode, lone surrogates, odd spaces. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
  fc.string({ unit: oddChar, maxLength: 4 }),
);

const digits = fc.nat({ max: 99999 }).map(String);
export const number = fc.oneof(
  { weight: 4, arbitrary: digits },
  fc.nat({ max: 9999999 }).map((n) => n.toLocaleString('en-US')),
  digits.map((d) => d.replace(/\d/gu, (c) => String.fromCharCode(0xff10 + Number(c)))),
  fc.tuple(fc.nat({ max: 99 }), pick(CN)).map(([n, c]) => (n % 2 ? c : `${c}十${CN[n % 10]}`)),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => String(Math.round(x * 100) / 100)),
);

export const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  pick(['', ' ', '/', '—', '－', '-', '无', '0', '0.5万', '197.5万', '251000元', '+12', '１２', '1 084', '1,084']),
  fc.tuple(digits, oddChar).map(([d, c]) => d.slice(0, 1) + c + d.slice(1)),
  anyText,
);

const year = fc.oneof(fc.integer({ min: 2015, max: 2030 }).map(String), pick(['二〇二一', '２０２３', ' 2020 ', '2019-2020', '']));
const agency = pick(['某某县某某局', '某某市人民政府', '某某镇人民政府', '', '黑龙江省人民政府外事办公室']);

export const title = fc
  .tuple(pick(['# ', '## ', '', '**']), agency, year, pick(['年政府信息公开工作年度报告', '年度政府信息公开工作报告', '年政府信息公开年报', '年报告']))
  .map(([h, a, y, t]) => `${h}${a}${y}${t}${h === '**' ? '**' : ''}`);

export const heading = fc
  .tuple(
    pick(['#', '##', '###', '######', '', '**']),
    fc.oneof(pick(CN.slice(0, 7)), fc.nat({ max: 9 }).map(String)),
    pick(['、', '.', '．', ' ', '', '，']),
    fc.oneof(pick(SECTIONS.flatMap((s) => [s.title, ...s.variants, ...s.wrongTitles])), anyText),
  )
  .map(([h, o, sep, t]) => (h === '**' ? `**${o}${sep}${t}**` : `${h}${h ? ' ' : ''}${o}${sep}${t}`));

const row = (width: number, label: fc.Arbitrary<string>): fc.Arbitrary<string[]> =>
  fc.tuple(label, fc.array(cell, { minLength: 0, maxLength: width + 1 })).map(([l, cs]) => [l, ...cs]);

/** A GFM table: a header of template column labels, then rows of template or garbage labels. */
export const gfmTable = fc.integer({ min: 1, max: 9 }).chain((w) =>
  fc
    .tuple(
      fc.array(fc.oneof(pick(colLabels), pick(captions), fc.constant('')), { minLength: w, maxLength: w }),
      fc.array(row(w, fc.oneof({ weight: 4, arbitrary: pick(rowLabels) }, pick(captions), anyText)), { maxLength: 8 }),
      fc.boolean(),
    )
    .map(([head, rows, pipes]) => {
      const line = (cs: string[]): string => (pipes ? `| ${cs.join(' | ')} |` : cs.join(' | '));
      return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
    }),
);

const span = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.tuple(pick(['rowspan', 'colspan']), pick(['0', '1', '2', '3', '5', '-1', 'x', '1000', ' 2 '])).map(([a, v]) => ` ${a}="${v}"`));
const td = fc.tuple(pick(['td', 'th']), span, fc.oneof(cell, pick(rowLabels), pick(colLabels)), pick(['', '<br>', '<p>', '&nbsp;', '&amp;', '<b>', '</tr>', '<td>']))
  .map(([t, s, v, extra]) => `<${t}${s}>${v}${extra}</${t}>`);

export const htmlTable = fc
  .tuple(fc.array(fc.array(td, { maxLength: 6 }), { maxLength: 6 }), pick(['', '<caption>第二十条第（一）项</caption>']), pick(['', '<tbody>']), fc.boolean())
  .map(([rows, cap, body, blank]) => `<table>${cap}${body}\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join(blank ? '\n\n' : '\n')}\n${body ? '</tbody>' : ''}</table>`);

const claim = pick(['共收到政府信息公开申请', '予以公开', '被申请行政复议', '制发行政规范性文件', '发布信息', '总计发布信息', '上年结转']);
export const paragraph = fc.oneof(
  fc.array(fc.tuple(claim, number, pick(['件', '条', '个'])).map(([c, n, u]) => `${c}${n}${u}`), { maxLength: 5 }).map((xs) => `${xs.join('，')}。`),
  fc.tuple(year, fc.nat({ max: 13 }), fc.nat({ max: 32 })).map(([y, m, d]) => `统计期限自${y}年1月1日起至${y}年${m}月${d}日止。`),
  pick(['本年度未接到信息公开申请。', '本报告由总体情况等六个部分组成。', '未收取信息处理费。', '存在栏目更新不及时等问题。']),
  // Character references and escapes stand for one character of the text but several of the source.
  fc.tuple(claim, number, pick(['&#48;', '&#x31;', '&amp;', '&nbsp;', '\\*', '<!-- x -->', '**'])).map(([c, n, e]) => `${c}${e}${n}${e}件，至2023年${e}1${e}月3${e}日。`),
  anyText,
);

const nest = (prefix: string): fc.Arbitrary<string> =>
  fc.tuple(fc.nat({ max: 6 }), paragraph).map(([d, p]) => `${prefix.repeat(d + 1)}${p}`);
export const list = fc.array(fc.oneof(nest('  ').map((s) => `${s.replace(/^( *)/u, '$1- ')}`), nest('> '), fc.nat({ max: 9 }).map((n) => `${n}. 项目`)), { minLength: 1, maxLength: 5 }).map((xs) => xs.join('\n'));

export const frontMatter = fc
  .tuple(pick(['2019', '2021', '2020', 'x', '']), fc.oneof(year, anyText), agency, pick(['', 'bad: [', ': :', 'format: 2021']))
  .map(([f, y, a, extra]) => `---\nformat: ${f}\nyear: ${y}\nagency: ${a}\n${extra}\n---`);

export const directive = fc
  .tuple(pick(['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file']), fc.array(pick(ruleNames), { maxLength: 3 }), pick(['', '--', '<!--']))
  .map(([d, rs, junk]) => `<!-- disclosure-lint-${d} ${rs.join(' ')}${junk} -->`);

export const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 3, arbitrary: gfmTable },
  { weight: 2, arbitrary: htmlTable },
  { weight: 3, arbitrary: paragraph },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: pick(['<!-- 注释 -->', '```\n| a | b |\n```', '---', '<div>', '</div>']) },
  { weight: 1, arbitrary: anyText },
);

/** A report-like document: maybe front matter, maybe a title, then blocks joined by random line ends. */
export const document = fc
  .tuple(fc.option(frontMatter, { freq: 5 }), fc.option(title, { freq: 6 }), fc.array(block, { maxLength: 10 }), fc.array(pick(['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n']), { minLength: 1, maxLength: 3 }))
  .chain(([fm, t, blocks, seps]) => pick(['', '', '', '\ufeff']).map((bom) => bom + [fm, t, ...blocks].filter((b): b is string => b !== null).map((b, i) => b + seps[i % seps.length]).join('')));
