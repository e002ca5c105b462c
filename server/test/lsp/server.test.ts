// Protocol tests: the built dist/server.js over stdio, driven as an editor drives it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../src/engine/index.js';
import { describe as describeFindings, expectFile, FIXTURES } from '../helpers/fixtures.js';
import { built, startClient, type TestClient } from './client.js';

/** LSP 3.18 allows a diagnostic message to be Markdown; ours are plain strings. */
const text = (m: string | { value: string }): string => (typeof m === 'string' ? m : m.value);

const skip = built ? false : 'dist/server.js is not built (npm test builds it first)';
const seed = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');
const clean = readFileSync(join(FIXTURES, 'examples', '2021-clean.md'), 'utf8');
let n = 0;
const uri = (): string => `file:///work/reports/r${++n}.md`;

function applyEdit(text: string, edit: WorkspaceEdit | undefined, docUri: string): string {
  const edits: TextEdit[] = edit?.changes?.[docUri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(docUri, 'markdown', 1, text), edits);
}

async function open(c: TestClient, text: string, u = uri()): Promise<string> {
  await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text } });
  return u;
}

describe('language server over stdio', { skip }, () => {
  let c: TestClient;
  before(async () => (c = await startClient()));
  after(async () => c.close());

  test('initialize announces the features', async () => {
    const other = await startClient();
    const r = await other.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }).catch((e: Error) => e);
    assert.ok(r instanceof Error || typeof r === 'object', 'a second initialize is answered, not fatal');
    await other.close();
  });

  test('didOpen on the seed report publishes exactly the engine findings, with codes and doc links', async () => {
    const u = await open(c, seed);
    const p = await c.diagnostics(u);
    const expected = lint(seed).findings;
    assert.equal(p.diagnostics.length, expected.length);
    const doc = TextDocument.create(u, 'markdown', 1, seed);
    p.diagnostics.forEach((d, i) => {
      const f = expected[i]!;
      assert.equal(d.code, f.ruleId);
      assert.equal(text(d.message), f.message);
      assert.equal(d.source, 'disclosure-lint');
      assert.deepEqual(d.range, { start: doc.positionAt(f.start), end: doc.positionAt(f.end) });
      assert.match(d.codeDescription?.href ?? '', new RegExp(`docs/rules/${f.ruleId}\\.md$`, 'u'));
    });
    assert.equal(p.version, 1);
  });

  test('didChange of a total updates the diagnostics, with the cells that feed it as related information', async () => {
    const u = await open(c, clean);
    const first = await c.diagnostics(u);
    assert.equal(first.diagnostics.length, 0);
    const doc = TextDocument.create(u, 'markdown', 1, clean);
    const at = clean.indexOf('| | （七）总计 | 53 |') + '| | （七）总计 | '.length;
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 2) }, text: '55' }],
    });
    const p = await c.diagnostics(u, (x) => x.version === 2);
    const sum = p.diagnostics.find((d) => d.code === 'DL401' && /应为 53，表中为 55/u.test(text(d.message)));
    assert.ok(sum, 'the wrong total is reported');
    assert.equal(sum.relatedInformation?.length, 21);
    assert.deepEqual(sum.range.start, doc.positionAt(at));
  });

  test('each quick fix, applied, gives the expected text', async () => {
    const u = await open(c, seed);
    const p = await c.diagnostics(u);
    const lines: string[] = [];
    for (const d of p.diagnostics) {
      const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => t.startsWith('对下一行停用规则') || t.startsWith('对此表格停用规则')), 'a disable action is offered');
      assert.ok(actions.some((a) => a.command?.command === 'disclosureLint.showRuleDocumentation' && a.command.arguments?.[0] === d.code));
      const fix = actions.find((a) => a.isPreferred);
      if (!fix) continue;
      const after = applyEdit(seed, fix.edit, u);
      const before = new Set(seed.split('\n'));
      const changed = after.split('\n').filter((l) => !before.has(l));
      lines.push(`## ${d.code} ${fix.title}`, ...changed.map((l) => `+ ${l}`));
      assert.equal(lint(after).findings.filter((f) => f.message === d.message && f.start === TextDocument.create(u, 'markdown', 1, seed).offsetAt(d.range.start)).length, 0, `${fix.title} resolves its finding`);
    }
    const summary = lines.join('\n') + '\n';
    assert.equal(summary, expectFile(join(FIXTURES, 'lsp', 'seed-quickfixes.expected.txt'), summary));
  });

  test('each quick fix on the defects example, applied, gives the expected text', async () => {
    const defects = readFileSync(join(FIXTURES, 'examples', '2019-defects.md'), 'utf8');
    const u = await open(c, defects);
    const p = await c.diagnostics(u);
    const before = new Set(defects.split('\n'));
    const lines: string[] = [];
    for (const d of p.diagnostics) {
      const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred);
      if (!fix) continue;
      lines.push(`## ${String(d.code)} ${fix.title}`, ...applyEdit(defects, fix.edit, u).split('\n').filter((l) => !before.has(l)).map((l) => `+ ${l}`));
    }
    const summary = `${lines.join('\n')}\n`;
    assert.equal(summary, expectFile(join(FIXTURES, 'lsp', 'defects-quickfixes.expected.txt'), summary));
  });

  test('source.fixAll gives the engine’s fixed report', async () => {
    const u = await open(c, seed);
    await c.diagnostics(u);
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.disclosureLint');
    assert.equal(applyEdit(seed, actions[0]!.edit, u), readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.fixed.md'), 'utf8'));
  });

  test('fix all of one rule fixes only that rule', async () => {
    const u = await open(c, seed);
    const p = await c.diagnostics(u);
    const blank = p.diagnostics.find((d) => d.code === 'DL301')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: blank.range, context: { diagnostics: [blank] } })) as CodeAction[];
    const all = actions.find((a) => a.title.includes('cell-blank') && a.title.includes('5'));
    assert.ok(all, 'a fix-all-of-this-rule action');
    const names = lint(applyEdit(seed, all.edit, u)).findings.map((f) => f.ruleName);
    assert.ok(!names.includes('cell-blank'));
    assert.ok(names.includes('section-title') && names.includes('section-missing'));
  });

  test('the disable comment silences the finding on the next lint', async () => {
    const u = await open(c, seed);
    const p = await c.diagnostics(u);
    const title = p.diagnostics.find((d) => d.code === 'DL103')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: title.range, context: { diagnostics: [title] } })) as CodeAction[];
    const disable = actions.find((a) => a.title.startsWith('对下一行停用规则'))!;
    const text = applyEdit(seed, disable.edit, u);
    assert.match(text, /<!-- disclosure-lint-disable-next-line section-title -->\n## 五、下一步工作打算/u);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text }] });
    const q = await c.diagnostics(u, (x) => x.version === 2);
    assert.ok(!q.diagnostics.some((d) => d.code === 'DL103'));
    assert.ok(q.diagnostics.some((d) => d.code === 'DL101'));
  });

  test('completion inside the section 三 table offers the missing rows in template order', async () => {
    const text = clean.replace('| | （三）不予公开 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', '').replace('| | （五）不予处理 2.重复申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n', '| | |\n');
    const u = await open(c, text);
    await c.diagnostics(u);
    const doc = TextDocument.create(u, 'markdown', 1, text);
    const at = text.indexOf('| | |\n') + 4;
    const items = (await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: doc.positionAt(at) })) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), ['3.危及“三安全一稳定”', '2.重复申请']);
  });

  test('completion at a heading offers the standard section titles, missing ones first', async () => {
    const text = seed.replace('## 五、下一步工作打算', '## ');
    const u = await open(c, text);
    await c.diagnostics(u);
    const doc = TextDocument.create(u, 'markdown', 1, text);
    const items = (await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: doc.positionAt(text.indexOf('## \n') + 3) })) as CompletionItem[];
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2), ['五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
  });

  test('completion on an empty line offers the standard tables as snippets and a report skeleton', async () => {
    const u = await open(c, `${seed}\n\n`);
    await c.diagnostics(u);
    const items = (await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: seed.split('\n').length + 1, character: 0 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('第二十条第（九）项'), '2019 tables for a 2020 report');
    assert.ok(labels.some((l) => l.includes('年度报告框架')));
    assert.ok(items.every((i) => i.insertTextFormat === 2 || i.kind !== 15));
  });

  test('hover on a total shows the formula with the actual numbers', async () => {
    const text = clean.replace('| | （七）总计 | 53 |', '| | （七）总计 | 55 |');
    const u = await open(c, text);
    await c.diagnostics(u);
    const doc = TextDocument.create(u, 'markdown', 1, text);
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: doc.positionAt(text.indexOf('| | （七）总计 | 55 |') + 12) })) as Hover;
    const value = (h.contents as { value: string }).value;
    assert.match(value, /（七）总计 = 各项办理结果之和/u);
    assert.match(value, /24 \+ 5 \+ 0 \+ 1 \+ 0 \+ 2 .* = \*\*53\*\*；表中为 \*\*55\*\* ✗ 不符/u);
  });

  test('hover on a section heading says what 第五十条 requires', async () => {
    const u = await open(c, seed);
    await c.diagnostics(u);
    const doc = TextDocument.create(u, 'markdown', 1, seed);
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: doc.positionAt(seed.indexOf('三、收到和处理') + 2) })) as Hover;
    assert.match((h.contents as { value: string }).value, /第五十条第（二）项/u);
  });

  test('document symbols: sections with their tables and finding counts', async () => {
    const u = await open(c, seed);
    await c.diagnostics(u);
    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、下一步工作打算']);
    assert.equal(symbols[1]!.children?.length, 5);
    const four = symbols[3]!;
    assert.equal(four.children?.[0]?.detail, '5 个问题');
  });

  test('a setting change re-lints open documents', async () => {
    const u = await open(c, seed);
    await c.diagnostics(u);
    c.settings = { rules: { 'cell-blank': 'off' }, language: 'en' };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const p = await c.diagnostics(u, (x) => !x.diagnostics.some((d) => d.code === 'DL301'));
    assert.ok(p.diagnostics.some((d) => d.code === 'DL103' && /Section 5 is titled/u.test(text(d.message))));
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  test('a Markdown file that is not a report gets no diagnostics', async () => {
    const u = await open(c, '# 会议纪要\n\n| a | b |\n|---|---|\n| 1 | |\n');
    const p = await c.diagnostics(u);
    assert.deepEqual(p.diagnostics, []);
    await c.waitFor(() => c.notifications('disclosureLint/status').some((s) => (s as { uri: string }).uri === u && (s as { state: string }).state === 'notReport'));
  });

  test('malformed and hostile documents produce no crash', async () => {
    const garbage = ['\u0000\u0001\ufffd'.repeat(500), `# 某某县某某局2023年政府信息公开工作年度报告\n\n${'| a |\n'.repeat(3000)}`, `# 某某县某某局2023年政府信息公开工作年度报告\n\n${'> '.repeat(200)}| 一 |\n|---|\n`, '---\nformat: [\n---\n# 某某县某某局2023年政府信息公开工作年度报告\n'];
    for (const text of garbage) {
      const u = await open(c, text);
      await c.diagnostics(u);
    }
    const u = await open(c, seed);
    const p = await c.diagnostics(u);
    assert.equal(p.diagnostics.length, 8, 'the server still works');
  });

  test('the fix-all command applies its edit through workspace/applyEdit', async () => {
    const u = await open(c, seed);
    await c.diagnostics(u);
    await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureLint.server.fixAll', arguments: [u] });
    const edit = c.applied.pop();
    assert.equal(applyEdit(seed, edit, u), readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.fixed.md'), 'utf8'));
  });

  test('custom requests: a new report skeleton and the standard tables', async () => {
    const r = (await c.conn.sendRequest('disclosureLint/newReport', { year: 2024, agency: '某某县某某局' })) as { format: string; text: string };
    assert.equal(r.format, '2021');
    const findings = lint(r.text).findings.map((f) => f.ruleName);
    assert.deepEqual([...new Set(findings)], ['section-empty'], 'only what a human must write is left');
    const old = (await c.conn.sendRequest('disclosureLint/newReport', { year: 2020, agency: '某某县某某局' })) as { format: string };
    assert.equal(old.format, '2019');
    const t = (await c.conn.sendRequest('disclosureLint/standardTables', { format: '2019' })) as { tables: Array<{ id: string }> };
    assert.deepEqual(t.tables.map((x) => x.id), ['2.1', '2.5', '2.6', '2.8', '2.9', '3', '4']);
  });

  test('last year’s report among the open documents is compared, and editing it re-checks this year’s', async () => {
    const dir = join(FIXTURES, 'rules', 'carried-over-mismatch');
    const last = readFileSync(join(dir, 'not-ok.previous.md'), 'utf8');
    const now = readFileSync(join(dir, 'not-ok.md'), 'utf8');
    const lastUri = await open(c, last);
    await c.diagnostics(lastUri);
    const u = await open(c, now);
    const p = await c.diagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'DL601'));
    assert.equal(p.diagnostics.filter((d) => d.code === 'DL601').length, 2);
    // Make last year's carried-forward row agree with this year's carried-over row: the finding goes away.
    const fixedLast = last.replace(/\| 四、结转下年度继续办理 \| \| 2 \|(.*)\| 3 \|/u, '| 四、结转下年度继续办理 | | 3 |$1| 4 |');
    assert.notEqual(fixedLast, last);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: lastUri, version: 2 }, contentChanges: [{ text: fixedLast }] });
    await c.diagnostics(u, (x) => !x.diagnostics.some((d) => d.code === 'DL601'));
  });

  test('the project configuration file and ignore file apply in the editor as in the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-lsp-config-'));
    try {
      writeFileSync(join(dir, '.disclosure-lint.json'), '{ "rules": { "cell-blank": "off" } }');
      writeFileSync(join(dir, '.disclosure-lintignore'), 'drafts/\n');
      const configured = await open(c, seed, pathToFileURL(join(dir, 'seed.md')).toString());
      const p = await c.diagnostics(configured);
      assert.ok(p.diagnostics.length > 0 && !p.diagnostics.some((d) => d.code === 'DL301'), 'cell-blank is off by the project config');
      const ignored = await open(c, seed, pathToFileURL(join(dir, 'drafts', 'seed.md')).toString());
      assert.deepEqual((await c.diagnostics(ignored)).diagnostics, []);
      const bad = join(dir, 'bad');
      mkdirSync(bad);
      writeFileSync(join(bad, '.disclosure-lint.json'), '{ "rules": { "cell-blank": "loud" } }');
      const u = await open(c, seed, pathToFileURL(join(bad, 'seed.md')).toString());
      const q = await c.diagnostics(u);
      assert.ok(q.diagnostics.some((d) => d.code === 'DL301'), 'an invalid config turns no rule off');
      await c.waitFor(() => c.notifications('window/showMessage').some((m) => /\.disclosure-lint\.json/u.test((m as { message: string }).message) && /cell-blank/u.test((m as { message: string }).message)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('findings of the seed are the engine’s', () => {
    assert.ok(describeFindings(seed, lint(seed).findings).includes('DL103/section-title'));
  });
});
