// The CLI with project configuration files: per-file configs, precedence of the command line,
// ignored files, --config / --no-config, and an invalid config (one message, exit 2, nothing linted).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { LintOptions } from '../../src/engine/index.js';
import { runCli } from '../../src/cli/run.js';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { fakeEngine, fakeIo, REPORT_TITLE, tempDir } from './helpers.js';

const REPORT = `${REPORT_TITLE}\n\nWARN ERR\n`;

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** Runs the CLI on the stand-in engine and records the options each file was linted with. */
async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string; seen: LintOptions[]; found: JsonFinding[] }> {
  const seen: LintOptions[] = [];
  const engine = { ...fakeEngine, lint: (text: string, options: LintOptions) => (seen.push(options), fakeEngine.lint(text, options)) };
  const f = fakeIo(cwd);
  const code = await runCli(argv, f.io, engine, '9.9.9');
  const out = f.stdout.text;
  return { code, out, err: f.stderr.text, seen, found: argv.includes('json') && out ? (JSON.parse(out) as JsonFinding[]) : [] };
}

describe('project configuration in the CLI', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('each file gets its nearest config; rules by id or name; level and format reach the engine', async () => {
    await put(dir, {
      '.disclosure-lint.json': '{ "rules": { "T001": "off" }, "formatVersion": "2019" }',
      'dept/.disclosure-lint.yaml': 'rules:\n  test-warning: error\nlevel: department\nformatVersion: auto\n',
      'a.md': REPORT,
      'dept/b.md': REPORT,
    });
    const r = await run(['.', '-f', 'json'], dir);
    assert.deepEqual(r.found.map((f) => [f.file, f.ruleId, f.severity]), [
      ['a.md', 'T002', 'warning'],
      ['dept/b.md', 'T002', 'error'],
      ['dept/b.md', 'T001', 'error'], // the nearest config only: the parent's T001 off does not reach here
    ]);
    assert.equal(r.code, 1);
    assert.deepEqual(r.seen.map((o) => [o.format, o.level]), [['2019', undefined], [undefined, 'department']]);
  });

  it('the command line overrides the config: --rule, --format-version, --lang', async () => {
    await put(dir, { '.disclosure-lint.yml': 'rules:\n  T001: off\n  T002: error\nformatVersion: 2019\nlanguage: en\n', 'a.md': REPORT });
    const plain = await run(['a.md'], dir);
    assert.match(plain.out, /found WARN/u, 'the config’s language');
    assert.match(plain.out, /1 problem \(1 error/u);
    const r = await run(['a.md', '-f', 'json', '--rule', 'test-error=warning', '--format-version', '2021', '--lang', 'zh-CN'], dir);
    assert.deepEqual(r.found.map((f) => [f.ruleId, f.severity, f.message]), [['T002', 'error', '发现 WARN'], ['T001', 'warning', '发现 ERR']]);
    assert.equal(r.seen[0]?.format, '2021');
  });

  it('ignored files: a note when named, silence when found in a folder or by a glob', async () => {
    await put(dir, {
      '.disclosure-lintignore': 'drafts/\n',
      '.disclosure-lint.json': '{ "ignores": ["old-*.md"] }',
      'a.md': REPORT,
      'old-2019.md': REPORT,
      'drafts/d.md': REPORT,
    });
    const walked = await run(['.', '*.md', '-f', 'json'], dir);
    assert.deepEqual([...new Set(walked.found.map((f) => f.file))], ['a.md']);
    assert.equal(walked.err, '');
    const named = await run(['drafts/d.md', 'old-2019.md', '--lang', 'en'], dir);
    assert.equal(named.code, 0);
    assert.match(named.err, /drafts\/d\.md: excluded by \.disclosure-lintignore or the configuration's ignores, not linted/u);
    assert.match(named.err, /old-2019\.md: excluded/u);
    assert.equal(named.seen.length, 0);
  });

  it('an invalid config: one message naming the file and the key, exit 2, nothing linted', async () => {
    await put(dir, { 'a.md': REPORT, 'sub/b.md': REPORT, 'sub/c.md': REPORT, 'sub/.disclosure-lint.json': '{ "rules": { "T001": "of" } }' });
    const r = await run(['.'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.deepEqual(r.seen, [], 'no file linted, so no rule silently off');
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1, r.err);
    assert.equal(lines[0], `disclosure-lint: 配置文件无效：${join(dir, 'sub/.disclosure-lint.json')}: 键“rules.T001”：级别无效，可选：off, hint, info, warning, error`);
    const en = await run(['sub/b.md', '--lang', 'en'], dir);
    assert.match(en.err, /invalid configuration: .*sub\/\.disclosure-lint\.json: key "rules\.T001": invalid severity/u);
    await put(dir, { '.disclosure-lint.yaml': 'rulez: {}\n' });
    const here = await run(['a.md'], dir);
    assert.equal(here.code, 2);
    assert.match(here.err, /键“rulez”：未知的键/u);
  });

  it('--config FILE for every file, --no-config for none; together a usage error', async () => {
    await put(dir, { '.disclosure-lint.json': '{ "rules": { "T001": "off" } }', 'ci.yaml': 'rules:\n  T002: off\n', 'a.md': REPORT });
    const given = await run(['a.md', '--config', 'ci.yaml', '-f', 'json'], dir);
    assert.deepEqual(given.found.map((f) => f.ruleId), ['T001']);
    const none = await run(['a.md', '--no-config', '-f', 'json'], dir);
    assert.deepEqual(none.found.map((f) => f.ruleId).sort(), ['T001', 'T002']);
    const missing = await run(['a.md', '--config', 'nope.json'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json: 无法读取（ENOENT）/u);
    const both = await run(['a.md', '--config', 'ci.yaml', '--no-config'], dir);
    assert.equal(both.code, 2);
    assert.match(both.err, /--config 与 --no-config 不能同时使用/u);
  });
});
