// The configuration module on nested folders: discovery, extends, JSON with comments, YAML, BOM,
// ignore files, and invalid files that name the file and the key.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ConfigCache, readConfig } from '../../src/config/load.js';
import { describeConfigError } from '../../src/config/messages.js';
import { ConfigError } from '../../src/config/validate.js';
import { tempDir } from './helpers.js';

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  assert.fail('expected a ConfigError');
}

describe('configuration files', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('the nearest file from the file’s folder upward is in force, whatever its format', async () => {
    await put(dir, {
      '.disclosure-lint.json': '{ "rules": { "DL301": "off" } }',
      'a/.disclosure-lint.yaml': 'rules:\n  cell-blank: error\nlevel: department\n',
      'a/b/c/r.md': '',
      'd/r.md': '',
    });
    const cache = new ConfigCache();
    assert.deepEqual(cache.forFile(join(dir, 'a/b/c/r.md')), { file: join(dir, 'a/.disclosure-lint.yaml'), data: { rules: { DL301: 'error' }, level: 'department' }, ignored: false });
    assert.deepEqual(cache.forFile(join(dir, 'd/r.md')).data, { rules: { DL301: 'off' } });
  });

  it('reads JSONC (comments, trailing commas), a BOM, and YAML numbers as versions', async () => {
    await put(dir, {
      'j/.disclosure-lint.jsonc': '\ufeff{\n  // the 2019 template\n  "formatVersion": "2019",\n  /* rules */ "rules": { "sum-mismatch": "warning", },\n}\n',
      'y/.disclosure-lint.yml': '\ufeffformatVersion: 2021\nlanguage: en\n',
    });
    assert.deepEqual(readConfig(join(dir, 'j/.disclosure-lint.jsonc')), { formatVersion: '2019', rules: { DL401: 'warning' } });
    assert.deepEqual(readConfig(join(dir, 'y/.disclosure-lint.yml')), { formatVersion: '2021', language: 'en' });
  });

  it('extends: the base first, this file over it, rules merged by rule whatever the spelling', async () => {
    await put(dir, {
      'base/shared.yaml': 'level: government\nrules:\n  DL301: off\n  DL401: warning\nignores: [drafts]\n',
      'p/.disclosure-lint.json': '{ "extends": "../base/shared.yaml", "rules": { "cell-blank": "error" }, "ignores": ["old/**"] }',
    });
    assert.deepEqual(readConfig(join(dir, 'p/.disclosure-lint.json')), {
      level: 'government',
      rules: { DL301: 'error', DL401: 'warning' },
      ignores: ['drafts', 'old/**'],
    });
  });

  it('a cycle of extends and a missing base are errors on the extends key', async () => {
    await put(dir, { 'a.json': '{ "extends": "b.yaml" }', 'b.yaml': 'extends: a.json\n', 'c.json': '{ "extends": ["nope.json"] }' });
    const cycle = configError(() => readConfig(join(dir, 'a.json')));
    assert.equal(cycle.key, 'extends');
    assert.equal(cycle.file, join(dir, 'b.yaml'));
    assert.match(cycle.message, /circular extends: .*a\.json → .*b\.yaml → .*a\.json/u);
    const missing = configError(() => readConfig(join(dir, 'c.json')));
    assert.deepEqual([missing.file, missing.key, missing.problem.code], [join(dir, 'c.json'), 'extends', 'notFound']);
  });

  it('invalid files name the file and the key, in both languages', async () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['k.json', '{ "rule": {} }', 'rule', /键“rule”：未知的键，可用的键：extends, formatVersion/u],
      ['s.json', '{ "rules": { "DL401": "loud" } }', 'rules.DL401', /级别无效，可选：off, hint, info, warning, error/u],
      ['n.yaml', 'rules:\n  no-such-rule: off\n', 'rules.no-such-rule', /没有这条规则/u],
      ['v.yml', 'formatVersion: 2020\n', 'formatVersion', /取值无效，可选：auto, 2019, 2021/u],
      ['x.json', '{ "rules": { } ', '', /不是有效的 JSON（CloseBraceExpected, 1:16）/u],
      ['y.yaml', 'rules: [a\n', '', /不是有效的 YAML/u],
    ];
    for (const [name, text, key, zh] of cases) {
      await put(dir, { [name]: text });
      const e = configError(() => readConfig(join(dir, name)));
      assert.equal(e.key, key, name);
      assert.match(describeConfigError(e, 'zh-CN'), zh, name);
      assert.ok(describeConfigError(e, 'zh-CN').startsWith(join(dir, name)), `${name}: the file comes first`);
      assert.ok(describeConfigError(e, 'en').includes(key ? `key "${key}"` : name), `${name} in English`);
    }
  });

  it('ignore files (gitignore lines, deeper ones win) and the config’s ignores', async () => {
    await put(dir, {
      '.disclosure-lintignore': '\ufeff# drafts everywhere\ndrafts/\n*.tmp.md\n',
      'sub/.disclosure-lintignore': '!drafts/keep.md\n/local.md\n',
      'sub/.disclosure-lint.json': '{ "ignores": ["archive", "**/*-old.md"] }',
    });
    const cache = new ConfigCache();
    const ignored = (p: string): boolean => cache.forFile(join(dir, p)).ignored;
    assert.equal(ignored('r.md'), false);
    assert.equal(ignored('drafts/r.md'), true);
    assert.equal(ignored('x.tmp.md'), true);
    assert.equal(ignored('sub/drafts/keep.md'), false, 'negated in the deeper file');
    assert.equal(ignored('sub/drafts/other.md'), true);
    assert.equal(ignored('sub/local.md'), true);
    assert.equal(ignored('sub/deeper/local.md'), false, 'a leading / anchors to the ignore file’s folder');
    assert.equal(ignored('sub/archive/2019/r.md'), true, 'a folder name in ignores covers its contents');
    assert.equal(ignored('sub/a/r-old.md'), true);
  });

  it('--config and --no-config: a fixed file, or none', async () => {
    await put(dir, { '.disclosure-lint.json': '{ "level": "government" }', 'other.yaml': 'level: department\n', 'a/r.md': '' });
    assert.equal(new ConfigCache({ file: join(dir, 'other.yaml') }).forFile(join(dir, 'a/r.md')).data.level, 'department');
    assert.deepEqual(new ConfigCache({ none: true }).forFile(join(dir, 'a/r.md')).data, {});
  });
});
