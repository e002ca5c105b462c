import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCli } from '../../src/cli/args.js';
import { fakeEngine, runFake } from './helpers.js';

describe('argument parsing', () => {
  it('reads every option', () => {
    const rule = 'DL301';
    const out = parseCli(['-f', 'json', '--fix', '--max-warnings', '3', '--lang', 'en', '--format-version', '2019', '--rule', `${rule}=off`, '--force', '--quiet', '--exit-zero', '-o', 'out.json', '--no-color', 'a.md', 'docs'], (id) => (id === rule ? fakeEngine.findRuleMeta('T001') : undefined));
    assert.ok(out.ok);
    const o = out.options;
    assert.deepEqual(o.patterns, ['a.md', 'docs']);
    assert.deepEqual([o.format, o.fix, o.fixDryRun, o.maxWarnings, o.lang, o.quiet, o.exitZero, o.outputFile, o.noColor], ['json', true, false, 3, 'en', true, true, 'out.json', true]);
    assert.deepEqual(o.lint, { lang: 'en', format: '2019', rules: { [rule]: 'off' }, force: true });
  });

  it('has sensible defaults', () => {
    const out = parseCli(['a.md']);
    assert.ok(out.ok);
    assert.deepEqual([out.options.format, out.options.maxWarnings, out.options.lang, out.options.lint], ['stylish', -1, 'zh-CN', { lang: 'zh-CN' }]);
  });

  it('accepts - with --stdin-filename', () => {
    const out = parseCli(['--stdin-filename', 'x.md', '-']);
    assert.ok(out.ok);
    assert.deepEqual([out.options.patterns, out.options.stdinFilename], [['-'], 'x.md']);
  });

  it('checks rule ids and names with the engine', () => {
    const out = parseCli(['--rule', 'NO-SUCH-RULE=off', 'a.md'], () => undefined);
    assert.ok(!out.ok);
    assert.match(out.message, /未知规则 NO-SUCH-RULE/);
    const many = parseCli(['--rule', 'T001=off,test-warning=error', '--rule', 'T003=hint', 'a.md'], (id) => fakeEngine.findRuleMeta(id));
    assert.ok(many.ok);
    assert.deepEqual(many.options.lint.rules, { T001: 'off', 'test-warning': 'error', T003: 'hint' });
  });
});

describe('bad command lines exit with 2 and say why', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--bogus', 'a.md'], /未知选项 --bogus/],
    [['--format', 'xml', 'a.md'], /--format 的值“xml”无效，可选：stylish, json, sarif, github/],
    [['--format'], /选项 --format 缺少值/],
    [['--format', '--fix', 'a.md'], /选项 --format 缺少值/],
    [['--fix=yes', 'a.md'], /选项 --fix 不接受值/],
    [['--lang', 'fr', 'a.md'], /--lang 的值“fr”无效/],
    [['--format-version', '2020', 'a.md'], /--format-version 的值“2020”无效/],
    [['--max-warnings', '-1', 'a.md'], /--max-warnings/],
    [['--max-warnings', 'many', 'a.md'], /--max-warnings 需要非负整数/],
    [['--rule', 'DL301', 'a.md'], /--rule 的格式应为/],
    [['--rule', 'T001=loud', 'a.md'], /--rule 的值“loud”无效/],
    [['--rule', 'NOPE=off', 'a.md'], /未知规则 NOPE/],
    [['--fix', '--fix-dry-run', 'a.md'], /不能同时使用/],
    [['-', 'a.md'], /标准输入（-）不能与其他文件一起检查/],
    [['--stdin-filename', 'x.md', 'a.md'], /--stdin-filename 只能与 - 一起使用/],
    [[], /没有指定要检查的文件/],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' ') || '(nothing)', async () => {
      const r = await runFake(argv, '/');
      assert.equal(r.code, 2);
      assert.match(r.stderr.text, message);
      assert.match(r.stderr.text, /disclosure-lint --help/);
      assert.equal(r.stdout.text, '');
    });
  }

  it('speaks English with --lang en, wherever it stands', async () => {
    const r = await runFake(['--bogus', '--lang', 'en', 'a.md'], '/');
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /^disclosure-lint: unknown option --bogus\nRun disclosure-lint --help for usage\.\n$/);
    const r2 = await runFake(['--lang=en', '--format', 'xml', 'a.md'], '/');
    assert.match(r2.stderr.text, /invalid value "xml" for --format; expected one of/);
  });
});

describe('help and version', () => {
  it('prints help in the chosen language and exits 0', async () => {
    const zh = await runFake(['-h'], '/');
    assert.equal(zh.code, 0);
    assert.match(zh.stdout.text, /^用法：disclosure-lint/);
    assert.match(zh.stdout.text, /--max-warnings <数量> {4}警告多于此数量时/);
    const en = await runFake(['--help', '--lang', 'en'], '/');
    assert.match(en.stdout.text, /^Usage: disclosure-lint/);
    assert.match(en.stdout.text, /--exit-zero/);
  });

  it('prints the version and exits 0', async () => {
    const r = await runFake(['--version'], '/');
    assert.deepEqual([r.code, r.stdout.text], [0, '9.9.9\n']);
  });
});
