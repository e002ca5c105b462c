// Encodings: each one read and written back byte for byte, UTF-8 never taken for GBK, and --fix
// writing a file in its own encoding, BOM and line endings. The bytes are made with iconv-lite.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decode, encode, looksChinese, type Encoding } from '../../src/cli/encoding.js';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';

const TEXT = `${REPORT_TITLE}\r\n\r\n一、总体情况：本年度收到申请 FIXME 件（含“依申请公开”），〇件 ERR。\r\n`;
const CASES: Array<{ name: string; encoding: Encoding; bom: boolean; bytes: (s: string) => Buffer }> = [
  { name: 'UTF-8', encoding: 'utf8', bom: false, bytes: (s) => Buffer.from(s, 'utf8') },
  { name: 'UTF-8 with BOM', encoding: 'utf8', bom: true, bytes: (s) => iconv.encode(s, 'utf8', { addBOM: true }) },
  { name: 'UTF-16 LE with BOM', encoding: 'utf16le', bom: true, bytes: (s) => iconv.encode(s, 'utf16le', { addBOM: true }) },
  { name: 'UTF-16 BE with BOM', encoding: 'utf16be', bom: true, bytes: (s) => iconv.encode(s, 'utf16be', { addBOM: true }) },
  { name: 'GB18030', encoding: 'gb18030', bom: false, bytes: (s) => iconv.encode(s, 'gb18030') },
  { name: 'GBK', encoding: 'gb18030', bom: false, bytes: (s) => iconv.encode(s, 'gbk') },
];

describe('decode and encode', () => {
  for (const c of CASES) {
    it(`${c.name}: read, and written back to the same bytes`, () => {
      const bytes = c.bytes(TEXT);
      const d = decode(bytes);
      assert.deepEqual(d, { ok: true, text: TEXT, encoding: c.encoding, bom: c.bom });
      assert.ok(d.ok);
      assert.deepEqual(encode(d.text, d), bytes);
    });
  }

  it('valid UTF-8 is UTF-8 even when its bytes also read as GB18030 Chinese', () => {
    const bytes = Buffer.from('某某县政府信息公开年度报告', 'utf8');
    const asGb = iconv.decode(bytes, 'gb18030');
    assert.ok(!asGb.includes('\ufffd') && /[\u4e00-\u9fff]/u.test(asGb), `precondition: ${asGb}`);
    assert.deepEqual(decode(bytes), { ok: true, text: '某某县政府信息公开年度报告', encoding: 'utf8', bom: false });
  });

  it('refuses GB18030 that would not be Chinese text, and broken UTF-16', () => {
    assert.equal(looksChinese('年度报告：2023'), true);
    assert.equal(looksChinese('ÇáÑÈíÉ'), false);
    assert.deepEqual(decode(iconv.encode('Ünïcödé façade', 'latin1')), { ok: false, reason: 'utf8' });
    assert.deepEqual(decode(Buffer.from([0xff, 0xfe, 0x41])), { ok: false, reason: 'utf8' }, 'odd length');
    assert.deepEqual(decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])), { ok: false, reason: 'utf8' }, 'a lone surrogate');
  });
});

describe('--fix in the file’s own encoding', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('each encoding is linted, fixed and written back with its BOM and CRLF', async () => {
    for (const [i, c] of CASES.entries()) {
      const file = join(dir, `r${i}.md`);
      await writeFile(file, c.bytes(TEXT));
      const r = await runFake([`r${i}.md`, '--fix', '-f', 'json'], dir);
      assert.equal(r.code, 1, `${c.name}: ${r.stderr.text}`);
      assert.deepEqual((JSON.parse(r.stdout.text) as Array<{ ruleId: string }>).map((f) => f.ruleId), ['T001'], c.name);
      assert.deepEqual(await readFile(file), c.bytes(TEXT.replace('FIXME', 'FIXED')), c.name);
    }
  });

  it('a file that cannot be decoded is reported and left untouched', async () => {
    const bytes = Buffer.concat([Buffer.from(`${REPORT_TITLE}\nFIXME `), Buffer.from([0xff, 0x80, 0x0a])]);
    await writeFile(join(dir, 'bad.md'), bytes);
    const r = await runFake(['bad.md', '--fix', '--lang', 'en'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /bad\.md: cannot be decoded/u);
    assert.deepEqual(await readFile(join(dir, 'bad.md')), bytes);
  });
});
