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
    assert.equal(displayWidth('😀a'), 3);
    assert.equal(displayWidth('\ud83d'), 1, 'a lone surrogate');
  });

  it('gives what a reading code point by code point gives, on any mix of characters', () => {
    // The plain reading: every code point's width by the same table.
    const WIDE = [[0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd]];
    const width = (ch: string): number => {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && cp < 0x7f) return 1;
      if (cp < 0x20 || (cp >= 0x200b && cp <= 0x200f) || /^\p{M}$/u.test(ch)) return 0;
      return WIDE.some(([lo, hi]) => cp >= lo! && cp <= hi!) ? 2 : 1;
    };
    // eslint-disable-next-line no-control-regex
    const reference = (text: string): number => [...text.replace(/\u001b\[[0-9;]*m/g, '')].reduce((w, ch) => w + width(ch), 0);
    const pieces = ['a', ' ', '报', '，', '\u0301', '\u200b', '\t', '\u007f', '😀', '𠀀', '\ud83d', '\ude00', '\u001b[31m', 'ｱ', '한', '\u00e9'];
    // The edges of the fast paths: Latin-1 and the first marks, general punctuation, CJK symbols (with marks past U+3029), fullwidth forms.
    pieces.push('\u0085', '\u02ff', '\u0300', '\u2010', '“', '—', '…', '\u2060', '\u206f', '\u2070', '\u20d0', '\u3000', '、', '《', '\u3029', '\u302a', '\u302f', '\u3099', '\ufeff', '\uff00', '（', '\uff60', '\uff61');
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = (seed = (seed * 48271) % 2147483647) % 12; k > 0; k--) text += pieces[(seed = (seed * 48271) % 2147483647) % pieces.length];
      assert.equal(displayWidth(text), reference(text), JSON.stringify(text));
    }
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
