// The small helpers: decoding, line endings, display width.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relative, resolve, sep } from 'node:path';
import { displayPath } from '../../src/cli/files.js';
import { decode, encode } from '../../src/cli/read.js';
import { displayWidth, padEnd } from '../../src/cli/width.js';

describe('decode', () => {
  it('strips and remembers a BOM', () => {
    assert.deepEqual(decode(Buffer.from('\ufeff# 报告\r\n')), { ok: true, text: '# 报告\r\n', encoding: 'utf8', bom: true });
    assert.deepEqual(decode(Buffer.from('# 报告')), { ok: true, text: '# 报告', encoding: 'utf8', bom: false });
    assert.deepEqual(encode('# 报告', true), Buffer.from('\ufeff# 报告'));
  });

  it('refuses what is neither UTF-8, UTF-16 with a BOM nor Chinese GB18030, and NUL bytes', () => {
    assert.deepEqual(decode(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), { ok: false, reason: 'utf8' }, 'Latin-1 café');
    assert.deepEqual(decode(Buffer.from([0x23, 0xc4])), { ok: false, reason: 'utf8' }, 'half a GBK character');
    assert.deepEqual(decode(Buffer.from([0xef, 0xbb])), { ok: false, reason: 'utf8' });
    assert.deepEqual(decode(Buffer.from('a\u0000b')), { ok: false, reason: 'nul' });
    assert.deepEqual(decode(Buffer.from([0x23, 0x00, 0x41, 0x00])), { ok: false, reason: 'nul' }, 'UTF-16 without a BOM');
  });
});

describe('displayWidth', () => {
  it('counts CJK as two columns, ANSI and marks as none', () => {
    assert.equal(displayWidth('ab'), 2);
    assert.equal(displayWidth('错误'), 4);
    assert.equal(displayWidth('，'), 2);
    assert.equal(displayWidth('\u001b[31mab\u001b[39m'), 2);
    assert.equal(displayWidth('e\u0301'), 1);
    assert.equal(padEnd('警告', 7), '警告   ');
  });
});

describe('displayPath', () => {
  it('is the path relative to cwd with forward slashes, as path.relative gives it', () => {
    const cwd = resolve('/work/reports');
    const cases = ['/work/reports/a.md', '/work/reports/sub/dir/b.md', '/work/reports-2/c.md', '/work/d.md', '/elsewhere/e.md', '/work/reports'];
    for (const p of cases) {
      const abs = resolve(p);
      const rel = relative(cwd, abs);
      assert.equal(displayPath(abs, cwd), (rel === '' ? abs : rel).split(sep).join('/'), p);
    }
    assert.equal(displayPath(resolve('/a.md'), resolve('/')), 'a.md');
  });
});
