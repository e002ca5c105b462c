// reportIdentity() scans the head of a report as text instead of parsing it: it must give the identity
// the full model gives (buildReport(text).meta) for every fixture and example, and for variants of them
// (front matter, setext headings, a title in a paragraph, a BOM, CRLF and CR line endings, comments),
// and for random heads made of lines the scan must follow or hand over to the parser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildReport, reportIdentity } from '../src/engine/index.js';
import { scanIdentity } from '../src/engine/model/identity.js';
import { identityOf } from '../src/engine/model/previous.js';
import { FIXTURES } from './helpers/fixtures.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const full = (text: string): ReturnType<typeof reportIdentity> => identityOf(buildReport(text, {}).meta);

/** The title line (`# …`) rewritten, when the text has one. */
function retitle(text: string, to: (title: string) => string): string | undefined {
  const m = /^# (.*)$/mu.exec(text);
  return m ? text.slice(0, m.index) + to(m[1]!) + text.slice(m.index + m[0].length) : undefined;
}

/** The first lines of a text, about 600 characters. */
function headOf(text: string): string {
  const cut = text.indexOf('\n', 600);
  return cut < 0 ? text : text.slice(0, cut + 1);
}

const FRONT_MATTERS = [
  '---\nyear: 2022\n---\n',
  '---\nagency: 某某县 某某局\n---\n',
  '---\nagency: 某某市某某委员会\nyear: 2021\nformat: 2021\n---\n',
  '---\nformat: 2019\n---\n\n',
  '---\n---\n',
  '---  \nyear: "2020"\nagency: 12345\n--- \n',
  '---\nyear: abc\nagency: ""\n---\n',
  '---\n[not: yaml\n---\n',
  '---\n- a list\n---\n',
  '---\nyear: 1800\n---\n',
];

function variants(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['as is', text],
    ['CRLF', text.replace(/\r?\n/gu, '\r\n')],
    ['CR', text.replace(/\r?\n/gu, '\r')],
    ['BOM', `\ufeff${text}`],
    ['a comment first', `<!-- disclosure-lint-disable DL001 -->\n${text}`],
    ['a comment of two lines first', `<!--\n  notes\n-->\n\n${text}`],
  ];
  for (const [i, fm] of FRONT_MATTERS.entries()) out.push([`front matter ${i}`, fm + text]);
  const retitled: Array<[string, (t: string) => string]> = [
    ['setext H1', (t) => `${t}\n===`],
    ['setext H2', (t) => `${t}\n---`],
    ['a paragraph', (t) => t],
    ['a paragraph of two lines', (t) => t.replace(/(\d{4})/u, '\n$1')],
    ['a hard break', (t) => t.replace(/(\d{4})/u, '  \n$1')],
    ['an H2', (t) => `## ${t}`],
    ['a closing sequence', (t) => `# ${t} ##`],
    ['emphasis', (t) => `# **${t}**`],
    ['a link', (t) => `# [${t}](https://example.org)`],
    ['a full-width space', (t) => `#\u3000${t}`],
    ['after a paragraph', (t) => `前言\n\n# ${t}`],
    ['after a list', (t) => `- 一\n- 二\n\n# ${t}`],
    ['after eight paragraphs', (t) => `${'段落\n\n'.repeat(8)}# ${t}`],
    ['a long paragraph', (t) => `${t}${'很长的正文'.repeat(20)}`],
  ];
  for (const [name, to] of retitled) {
    const v = retitle(text, to);
    if (v !== undefined) out.push([`title as ${name}`, v]);
  }
  return out;
}

describe('reportIdentity(): the head scanned as text', () => {
  const files = markdownFiles(FIXTURES);

  test('gives the identity of the full model for every fixture and example', () => {
    assert.ok(files.length > 100, 'the fixtures are there');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(reportIdentity(text), full(text), file);
    }
  });

  test('and for variants of every head the fixtures have', () => {
    // The variants change the head only: the model of the first lines is enough (and much cheaper),
    // and fixtures that begin alike (most begin with the same title) are tried once.
    const heads = new Map(files.map((f) => [headOf(readFileSync(f, 'utf8')), f]));
    assert.ok(heads.size >= 10);
    for (const [head, file] of heads) {
      for (const [name, v] of variants(head)) assert.deepEqual(reportIdentity(v), full(v), `${file} (${name})`);
    }
  });

  test('scans without parsing the heads reports have', () => {
    const scanned = files.filter((f) => scanIdentity(readFileSync(f, 'utf8')) !== undefined);
    assert.ok(scanned.length >= files.length * 0.9, `${scanned.length} of ${files.length}`);
    for (const head of ['# 某某县某某局2023年政府信息公开工作年度报告\n\n正文', '---\nyear: 2022\n---\n\n某某县某某局2022年政府信息公开工作年度报告\n===\n', '<!-- x -->\n某某局\n2023年政府信息公开工作年度报告\n\n正文']) {
      assert.ok(scanIdentity(head) !== undefined, head);
      assert.deepEqual(scanIdentity(head), full(head));
    }
  });

  test('hands over to the parser what it does not follow', () => {
    for (const head of ['# **某某局**2023年政府信息公开工作年度报告', '> 某某局2023年政府信息公开工作年度报告', '    代码\n# 某某局2023年报告', '---\nyear: 2022\n']) {
      assert.equal(scanIdentity(head), undefined, head);
      assert.deepEqual(reportIdentity(head), full(head));
    }
    // A hard break has no text: this title is 80 characters long, not 81, so it is the title.
    const broken = `${'某'.repeat(63)}  \n2023年政府信息公开工作年度报告\n`;
    assert.equal(scanIdentity(broken), undefined);
    assert.deepEqual(reportIdentity(broken), { agency: '某'.repeat(63), year: 2023 });
    assert.deepEqual(full(broken), reportIdentity(broken));
  });

  test('random heads of tricky lines', () => {
    const pool = [
      '', '   ', '# 某某局2023年政府信息公开工作年度报告', '## 某某县人民政府2022年政府信息公开工作年度报告', '某某市某某委员会2021年政府信息公开工作年度报告',
      '2020年政府信息公开工作年度报告', '某某局  ', '某某局\t', '===', '---', '- - -', '***', '- 列表', '1. 一', '1) 一', '2023. 年', '> 引用', '    缩进',
      '\t制表', '  两格', '<!-- 注释', '-->', '<!-- 整行 -->', '<div>', '```', '~~~', '| a | b |', '|---|---|', '[a]: https://x', '**粗体**', '一\\', 'www.example.org',
      '#没有空格', '# ', '#', '#######  七', '=', '-', '\u3000', '正文段落', 'year: 2022', 'agency: 某某局', '某某局（某某中心）2019年政府信息公开工作年度报告',
    ];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const lines = Array.from({ length: 1 + rand(12) }, () => pool[rand(pool.length)]!);
      const fm = rand(4) === 0 ? `---\n${rand(2) ? 'year: 2023\n' : ''}${rand(2) ? 'agency: 某某局\n' : ''}---\n` : '';
      const eol = ['\n', '\r\n', '\r'][rand(3)]!;
      const text = (fm + lines.join('\n')).replace(/\n/gu, eol);
      assert.deepEqual(reportIdentity(text), full(text), JSON.stringify(text));
    }
  });
});
