// Exit codes, formats and streams of whole runs, against the stand-in engine.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { runCli } from '../../src/cli/run.js';
import { fakeEngine, fakeIo, REPORT_TITLE, runFake, tempDir } from './helpers.js';

describe('exit codes and output', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'clean.md'), `${REPORT_TITLE}\n\n正文。\n`);
    await writeFile(join(dir, 'warn.md'), `${REPORT_TITLE}\n\nWARN 和 WARN 以及 NOTE\n`);
    await writeFile(join(dir, 'err.md'), `${REPORT_TITLE}\n\n总计 ERR\n`);
  });
  after(() => cleanup());

  it('0 for a clean report, with no output', async () => {
    const r = await runFake(['clean.md'], dir);
    assert.deepEqual([r.code, r.stdout.text, r.stderr.text], [0, '', '']);
  });

  it('0 for warnings only, 1 over --max-warnings (with a note)', async () => {
    assert.equal((await runFake(['warn.md'], dir)).code, 0);
    assert.equal((await runFake(['warn.md', '--max-warnings', '2'], dir)).code, 0);
    const over = await runFake(['warn.md', '--max-warnings', '1'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr.text, /警告有 2 个，多于 --max-warnings 允许的 1 个/);
    const en = await runFake(['warn.md', '--max-warnings', '0', '--lang', 'en'], dir);
    assert.match(en.stderr.text, /too many warnings: 2 \(maximum: 0\)/);
  });

  it('1 for errors, in stylish by default', async () => {
    const r = await runFake(['err.md', 'clean.md', 'warn.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout.text, /^\nerr\.md\n {2}3:4 {2}错误 {2}发现 ERR {2}T001\(test-error\)\n/);
    assert.match(r.stdout.text, /\nwarn\.md\n/);
    assert.doesNotMatch(r.stdout.text, /clean\.md/);
    assert.match(r.stdout.text, /✖ 共 4 个问题（1 个错误，2 个警告，1 条信息）\n\n$/);
  });

  it('0 with --exit-zero despite errors', async () => {
    assert.equal((await runFake(['err.md', '--exit-zero'], dir)).code, 0);
  });

  it('--quiet reports errors only and ignores warnings', async () => {
    const r = await runFake(['warn.md', 'err.md', '--quiet', '--max-warnings', '0', '-f', 'json'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout.text) as JsonFinding[];
    assert.deepEqual(out.map((f) => f.severity), ['error']);
    assert.equal((await runFake(['warn.md', '--quiet', '--max-warnings', '0'], dir)).code, 0);
  });

  it('--rule changes severities, --lang en the engine messages', async () => {
    const r = await runFake(['err.md', '--rule', 'T001=warning', '--lang', 'en'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout.text, / {2}3:4 {2}warning {2}found ERR {2}T001\(test-error\)/);
    assert.match(r.stdout.text, /✖ 1 problem \(0 errors, 1 warning, 0 infos\)/);
  });

  it('json: one array for all files', async () => {
    const r = await runFake(['warn.md', 'err.md', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout.text) as JsonFinding[];
    assert.deepEqual(out.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`), ['err.md:3:4:T001', 'warn.md:3:1:T002', 'warn.md:3:8:T002', 'warn.md:3:16:T003']);
  });

  it('sarif and github', async () => {
    const sarif = await runFake(['err.md', '-f', 'sarif'], dir);
    const log = JSON.parse(sarif.stdout.text) as { version: string; runs: Array<{ results: unknown[] }> };
    assert.deepEqual([sarif.code, log.version, log.runs[0]?.results.length], [1, '2.1.0', 1]);
    const gh = await runFake(['err.md', '-f', 'github'], dir);
    assert.equal(gh.stdout.text, '::error file=err.md,line=3,col=4,endLine=3,endColumn=7,title=T001::发现 ERR\n');
  });

  it('--output-file writes the report there, without colour', async () => {
    const r = await runFake(['err.md', '-o', 'out/report.txt'], dir, '', {});
    assert.deepEqual([r.code, r.stdout.text], [1, '']);
    assert.match(await readFile(join(dir, 'out/report.txt'), 'utf8'), /^\nerr\.md\n/);
  });

  it('colours a terminal unless NO_COLOR or --no-color', async () => {
    for (const [env, args, coloured] of [[{}, [], true], [{ NO_COLOR: '1' }, [], false], [{}, ['--no-color'], false]] as const) {
      const f = fakeIo(dir, '', { ...env });
      f.stdout.isTTY = true;
      await runCli(['err.md', ...args], f.io, fakeEngine, '0');
      assert.equal(f.stdout.text.includes('\u001b['), coloured, JSON.stringify(env) + args.join(' '));
    }
  });
});

describe('engine failures', () => {
  it('exit 2 when lint() throws on a file or a rule failed, the other files still reported', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(join(dir, 'boom.md'), `${REPORT_TITLE}\nBOOM\n`);
      await writeFile(join(dir, 'rule.md'), `${REPORT_TITLE}\nRULE ERR\n`);
      const engine = {
        ...fakeEngine,
        lint(text: string, options: Parameters<typeof fakeEngine.lint>[1]) {
          if (text.includes('BOOM')) throw new Error('kaputt\nstack');
          const result = fakeEngine.lint(text, options);
          return text.includes('RULE') ? { ...result, ruleErrors: [{ ruleId: 'DL999', error: 'Error: oops\n  at x' }] } : result;
        },
      };
      const f = fakeIo(dir);
      const code = await runCli(['boom.md', 'rule.md', '--lang', 'en'], f.io, engine, '0');
      assert.equal(code, 2);
      assert.match(f.stderr.text, /boom\.md: the linter failed on this file \(kaputt\)\n/);
      assert.match(f.stderr.text, /rule\.md: rule DL999 failed, its findings were dropped \(Error: oops\)\n/);
      assert.match(f.stdout.text, /rule\.md\n {2}2:6 {2}error/);
    } finally {
      await cleanup();
    }
  });
});
