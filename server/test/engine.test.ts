// The engine's public API: lint options, directives, applyFixes, fixAll, rule metadata.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyFixes, fixAll, lint, ruleMetas, type Finding } from '../src/engine/index.js';
import { FIXTURES } from './helpers/fixtures.js';

const clean = readFileSync(join(FIXTURES, 'examples', '2021-clean.md'), 'utf8');
const seed = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');
const wrongTotal = clean.replace('| | （七）总计 | 53 |', '| | （七）总计 | 55 |');

describe('lint()', () => {
  test('a clean report has no findings', () => {
    assert.deepEqual(lint(clean).findings, []);
  });

  test('messages are Chinese by default and English on request, from the same finding', () => {
    const zh = lint(wrongTotal).findings.find((f) => f.ruleName === 'sum-mismatch')!;
    const en = lint(wrongTotal, { lang: 'en' }).findings.find((f) => f.ruleName === 'sum-mismatch')!;
    assert.match(zh.message, /应为 53，表中为 55/u);
    assert.match(en.message, /expected 53, the table says 55/u);
    assert.equal(zh.messageId, en.messageId);
    assert.equal(zh.start, en.start);
    assert.equal(zh.fix?.description, '将总计改为 53');
    assert.equal(en.fix?.description, 'Set the total to 53');
  });

  test('a wrong total names expected and actual and points at the cells that feed it', () => {
    const f = lint(wrongTotal).findings.find((x) => x.ruleName === 'sum-mismatch' && x.expected === '53')!;
    assert.equal(f.actual, '55');
    assert.equal(wrongTotal.slice(f.start, f.end), '55');
    assert.equal(f.related?.length, 21);
    for (const r of f.related ?? []) assert.match(wrongTotal.slice(r.start, r.end), /^\d+$/u);
  });

  test('per-rule severity by id or name, and off', () => {
    const byName = lint(seed, { rules: { 'cell-blank': 'error' } }).findings.filter((f) => f.ruleName === 'cell-blank');
    assert.ok(byName.length === 5 && byName.every((f) => f.severity === 'error'));
    const off = lint(seed, { rules: { DL301: 'off' } }).findings;
    assert.equal(off.filter((f) => f.ruleId === 'DL301').length, 0);
  });

  test('a file that is not a report gets nothing, unless forced', () => {
    const text = '# Notes\n\n| a | b |\n|---|---|\n| 1 | |\n';
    assert.equal(lint(text).isReport, false);
    assert.deepEqual(lint(text).findings, []);
    assert.equal(lint(text, { force: true }).isReport, true);
  });

  test('findings are in document order and inside the document', () => {
    for (const text of [seed, wrongTotal]) {
      const fs = lint(text).findings;
      for (let i = 1; i < fs.length; i++) assert.ok(fs[i - 1]!.start <= fs[i]!.start);
      for (const f of fs) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
    }
  });
});

describe('inline comments', () => {
  test('disable-next-line silences one rule on the next line only', () => {
    const text = seed.replace('## 五、下一步工作打算', '<!-- disclosure-lint-disable-next-line section-title -->\n## 五、下一步工作打算');
    const names = lint(text).findings.map((f) => f.ruleName);
    assert.ok(!names.includes('section-title'));
    assert.ok(names.includes('cell-blank'));
  });
  test('disable / enable pairs and disable-file', () => {
    const pair = seed.replace('## 四、', '<!-- disclosure-lint-disable DL301 -->\n\n## 四、').replace('## 五、', '<!-- disclosure-lint-enable DL301 -->\n\n## 五、');
    assert.equal(lint(pair).findings.filter((f) => f.ruleId === 'DL301').length, 0);
    const file = `<!-- disclosure-lint-disable-file -->\n\n${seed}`;
    assert.deepEqual(lint(file).findings, []);
  });
  test('an unknown rule in a comment is reported', () => {
    const text = `${seed}\n<!-- disclosure-lint-disable sum-mismach -->\n`;
    assert.ok(lint(text).findings.some((f) => f.ruleName === 'unknown-directive-rule' && f.data['name'] === 'sum-mismach'));
  });
});

describe('applyFixes() and fixAll()', () => {
  test('applies non-overlapping fixes in one pass and skips overlapping ones', () => {
    const mk = (start: number, end: number, text: string): Finding => ({
      ruleId: 'X', ruleName: 'x', severity: 'error', start, end, messageId: 'm', data: {}, message: '',
      fix: { description: '', edits: [{ start, end, text }] },
    });
    const r = applyFixes('abcdef', [mk(0, 1, 'A'), mk(0, 2, 'Z'), mk(4, 5, 'E'), mk(4, 5, 'E')]);
    assert.equal(r.output, 'AbcdEf');
    assert.equal(r.applied, 2);
  });
  test('the seed report is fixed to what a human must still write', () => {
    const { output, result } = fixAll(seed);
    // Section 五 still gives plans only, and section 六 is empty: a person must write both.
    assert.deepEqual(result.findings.map((f) => f.ruleName), ['problems-not-only-plans', 'section-empty']);
    assert.match(output, /## 五、存在的主要问题及改进情况/u);
    assert.match(output, /## 六、其他需要报告的事项\n$/u);
    assert.equal(fixAll(output).output, output);
  });
  test('CRLF line endings survive fixing', () => {
    const crlf = seed.replace(/\n/gu, '\r\n');
    const { output } = fixAll(crlf);
    assert.ok(!/[^\r]\n/u.test(output), 'no bare LF anywhere, the inserted section included');
    assert.match(output, /## 五、存在的主要问题及改进情况\r\n/u);
  });
  test('a total whose inputs contradict each other is not fixed', () => {
    const text = wrongTotal.replace('| 四、结转下年度继续办理 | | 2 |', '| 四、结转下年度继续办理 | | 4 |');
    const f = lint(text).findings.filter((x) => x.ruleName === 'sum-mismatch');
    assert.ok(f.length > 0 && f.every((x) => !x.fix));
  });
});

describe('rule metadata', () => {
  test('ids and names are unique, names kebab-case, texts in both languages', () => {
    const ids = new Set(ruleMetas.map((m) => m.id));
    const names = new Set(ruleMetas.map((m) => m.name));
    assert.equal(ids.size, ruleMetas.length);
    assert.equal(names.size, ruleMetas.length);
    for (const m of ruleMetas) {
      assert.match(m.id, /^DL\d{3}$/u);
      assert.match(m.name, /^[a-z]+(?:-[a-z0-9]+)*$/u);
      for (const k of ['description', 'basis', 'docs'] as const) {
        assert.ok(m[k]['zh-CN'].length > 0 && m[k].en.length > 0, `${m.id} ${k}`);
      }
    }
  });
});
