// What the VSIX holds, as @vscode/vsce lists it (`vsce ls`, which neither builds nor packages):
// everything the extension and the bundled CLI need at run time, and nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleMetas } from '../../src/engine/index.js';
import { ROOT } from './textmate.js';

const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

test('the VSIX ships the extension, the CLI, docs, grammar, snippets and translations, and no sources', () => {
  const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const required = [
    'package.json',
    'package.nls.json',
    'package.nls.zh-cn.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'images/icon.png',
    'bin/disclosure-lint.js',
    'syntaxes/disclosure-report.tmLanguage.json',
    'snippets/disclosure-lint.json',
    'schemas/disclosure-lint.schema.json',
    'l10n/bundle.l10n.zh-cn.json',
    'docs/rules/README.md',
    ...ruleMetas.map((m) => `docs/rules/${m.id}.md`),
    // Bundles exist once built (npm test builds first).
    ...['extension', 'server', 'cli', 'import'].map((b) => `dist/${b}.js`).filter((f) => existsSync(join(ROOT, f))),
  ];
  for (const f of required) assert.ok(files.includes(f), `${f} is packaged`);
  const unwanted = files.filter((f) => /^(?:node_modules|server|client|scripts|test-fixtures|test|out|\.ci)\/|\.(?:ts|map|tsbuildinfo)$|^(?:package-lock\.json|esbuild\.mjs|eslint\.config\.mjs|tsconfig.*\.json)$/u.test(f));
  assert.deepEqual(unwanted, []);
});
