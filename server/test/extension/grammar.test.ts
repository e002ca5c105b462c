// The injection grammar (syntaxes/disclosure-report.tmLanguage.json):
//   1. the hand-written fixtures under test-fixtures/grammar/, run by vscode-tmgrammar-test against
//      VS Code's Markdown grammar (the fixtures hold the expected scopes as assertion comments);
//   2. every title, caption and label of both template versions, as the engine renders them and
//      mangled as PDF extraction leaves them, tokenized here with vscode-textmate.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FORMATS, standardTable, standardTitle } from '../../src/engine/index.js';
import { MARKDOWN_GRAMMAR, ROOT, scopesAt, tokenize, type Token } from './textmate.js';

const TOOL = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

function runTool(pattern: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [TOOL, '--compact', '-g', MARKDOWN_GRAMMAR, pattern], { cwd: ROOT, encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n');
  return { status: r.status, output };
}

describe('grammar fixtures (vscode-tmgrammar-test)', () => {
  test('every fixture under test-fixtures/grammar passes', () => {
    const fixtures = readdirSync(join(ROOT, 'test-fixtures', 'grammar')).filter((f) => f.endsWith('.md'));
    assert.ok(fixtures.length > 0, 'there are grammar fixtures');
    const r = runTool('test-fixtures/grammar/*.md');
    assert.equal(r.status, 0, r.output);
    for (const f of fixtures) assert.match(r.output, new RegExp(`✓ .*${f.replace('.', '\\.')}`, 'u'), r.output);
  });

  test('a wrong expectation fails (the tool really checks the scopes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-grammar-'));
    try {
      const file = join(dir, 'wrong.md');
      writeFileSync(file, '<!-- SYNTAX TEST "text.html.markdown" "wrong on purpose"\n## 一、总体情况\n<!--   ^^^^ keyword.other.total.disclosure-report\n');
      const r = runTool(file);
      assert.notEqual(r.status, 0, r.output);
      assert.match(r.output, /keyword\.other\.total\.disclosure-report/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const LABEL = /\.(?:row-label|column-label|total|caption)\.disclosure-report$/u;
const has = (scopes: string[], re: RegExp): boolean => scopes.some((s) => re.test(s));

/** Cells of a GFM table row: [start, end) of the trimmed content of each. */
function cells(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const pipes = [...line.matchAll(/(?<!\\)\|/gu)].map((m) => m.index);
  for (let i = 0; i + 1 < pipes.length; i++) {
    let s = pipes[i]! + 1;
    let e = pipes[i + 1]!;
    while (s < e && /\s/u.test(line[s]!)) s++;
    while (e > s && /\s/u.test(line[e - 1]!)) e--;
    out.push([s, e]);
  }
  return out;
}

/** As PDF extraction and hasty typing leave labels: spaces between characters, half-width brackets. */
function mangle(label: string): string {
  return [...label.replace(/（/gu, '(').replace(/）/gu, ')')].join(' ');
}

interface Case {
  lines: string[];
  /** Corner notes: long sentences in a header cell, not labels. */
  notes: Set<string>;
}

function allLabels(mangled: boolean): Case {
  const m = (s: string): string => (mangled ? mangle(s) : s);
  const lines: string[] = [];
  const notes = new Set<string>();
  for (const f of FORMATS) {
    for (const s of f.sections) {
      const std = standardTitle(s);
      lines.push(`## ${m(std)}`, '');
      for (const v of [...s.variants, ...s.wrongTitles]) lines.push(`## ${m(std.replace(s.title, v))}`, '');
    }
    for (const t of f.tables) {
      if (t.cornerNote) notes.add(m(t.cornerNote));
      const rendered = standardTable(t).split('\n');
      lines.push(...rendered.map((l) => (l.startsWith('|') ? l.replace(/[^|]+/gu, (c) => (/^\s*(?:0|---)?\s*$/u.test(c) ? c : ` ${m(c.trim())} `)) : m(l))), '');
      const variants = [...t.rows, ...t.columns].flatMap((i) => i.variants ?? []);
      if (variants.length > 0) lines.push('| 信息内容 | |', '| --- | --- |', ...variants.map((v) => `| ${m(v)} | 0 |`), '');
    }
  }
  return { lines, notes };
}

function check(line: string, tokens: Token[], notes: Set<string>): string[] {
  const problems: string[] = [];
  const heading = /^(#+ )(.*)$/u.exec(line);
  if (heading) {
    for (const { ch, scopes } of scopesAt(tokens, line, heading[1]!.length, line.length)) {
      if (!has(scopes, /^meta\.section-title\.disclosure-report$/u)) problems.push(`${line}: “${ch}” is not in a section title`);
    }
  } else if (line.startsWith('|')) {
    for (const [s, e] of cells(line)) {
      const text = line.slice(s, e);
      if (text === '' || /^(?:0|-+)$/u.test(text) || notes.has(text)) continue;
      for (const { ch, scopes } of scopesAt(tokens, line, s, e)) if (!has(scopes, LABEL)) problems.push(`${line}: “${ch}” of “${text}” is not a label`);
    }
  } else if (line.trim() !== '') {
    for (const { ch, scopes } of scopesAt(tokens, line, 0, line.length)) if (!has(scopes, /\.caption\.disclosure-report$/u)) problems.push(`${line}: “${ch}” is not a caption`);
  }
  return problems;
}

describe('grammar coverage of the template data (vscode-textmate)', () => {
  for (const mangled of [false, true]) {
    test(`every title, caption and label of both versions is highlighted${mangled ? ', spaced out and with half-width brackets' : ''}`, async () => {
      const { lines, notes } = allLabels(mangled);
      const tokens = await tokenize(lines.join('\n'));
      const problems = lines.flatMap((line, i) => check(line, tokens[i]!, notes));
      assert.deepEqual(problems.slice(0, 20), []);
    });
  }

  test('accepted variants and wrong titles get their own scopes', async () => {
    const lines = FORMATS[0]!.sections.flatMap((s) => [...s.variants.map((v) => ['variant', v]), ...s.wrongTitles.map((v) => ['wrong', v])].map(([kind, v]) => [kind!, `## ${standardTitle(s).replace(s.title, v!)}`]));
    const tokens = await tokenize(lines.map(([, l]) => l).join('\n'));
    lines.forEach(([kind, line], i) => {
      const want = kind === 'variant' ? 'support.type.section-title.variant.disclosure-report' : 'invalid.illegal.section-title.disclosure-report';
      const at = scopesAt(tokens[i]!, line!, line!.indexOf('、') + 1, line!.length);
      assert.ok(at.every(({ scopes }) => scopes.includes(want)), `${line}: ${want}`);
    });
  });
});
