// Texts read once: pairing keeps the texts it read for the lint (within a budget), each taken once;
// plain UTF-8 is decoded only when read, to exactly what decode() gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../src/cli/encoding.js';
import { decodeLazily, lengthAtMost, portable, TextStore, type DecodedText } from '../../src/cli/texts.js';

const text = (t: string): DecodedText => ({ ok: true, text: t, encoding: 'utf8', bom: false });

describe('TextStore', () => {
  it('gives each kept text once', () => {
    const store = new TextStore();
    store.keep('/a.md', text('A'));
    assert.deepEqual(store.take('/a.md'), text('A'));
    assert.equal(store.take('/a.md'), undefined, 'taken already: the lint reads the file');
    assert.equal(store.take('/b.md'), undefined);
  });

  it('keeps no more characters than its budget; what is taken frees room', () => {
    const store = new TextStore(10);
    store.keep('/a.md', text('123456'));
    store.keep('/b.md', text('12345'));
    assert.equal(store.size, 1);
    assert.equal(store.take('/b.md'), undefined);
    store.take('/a.md');
    store.keep('/b.md', text('12345'));
    assert.equal(store.take('/b.md')?.text, '12345');
  });
});

describe('decodeLazily', () => {
  const samples: Array<[string, Uint8Array]> = [
    ['plain UTF-8', Buffer.from('# 某某县某某局2023年政府信息公开工作年度报告\n\n| 项目 | 1 |\n', 'utf8')],
    ['empty', new Uint8Array()],
    ['UTF-8 with a BOM', Buffer.from('\ufeff# 标题\n', 'utf8')],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('报告', 'utf16le')])],
    ['NUL', Buffer.from('a\0b', 'utf8')],
    ['broken UTF-8', Buffer.from([0x61, 0xe6, 0x9f])],
    ['GB18030', Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6])],
  ];

  it('gives what decode() gives, whatever the bytes', () => {
    for (const [name, bytes] of samples) {
      const eager = decode(bytes);
      const lazy = decodeLazily(bytes);
      assert.equal(lazy.ok, eager.ok, name);
      if (lazy.ok && eager.ok) assert.deepEqual({ text: lazy.text, encoding: lazy.encoding, bom: lazy.bom }, { text: eager.text, encoding: eager.encoding, bom: eager.bom }, name);
      else assert.deepEqual(lazy, eager, name);
    }
  });

  it('keys a plain UTF-8 text by its bytes; a portable copy keeps the text and the key', () => {
    const a = decodeLazily(Buffer.from('报告一', 'utf8'));
    const b = decodeLazily(Buffer.from('报告一', 'utf8'));
    const c = decodeLazily(Buffer.from('报告二', 'utf8'));
    assert.ok(a.ok && b.ok && c.ok);
    assert.match(a.key ?? '', /^b[\w-]{43}$/u);
    assert.equal(a.key, b.key);
    assert.notEqual(a.key, c.key);
    assert.deepEqual(portable(a), { ok: true, text: '报告一', encoding: 'utf8', bom: false, key: a.key });
    assert.equal(lengthAtMost(a), 9, 'the bytes bound the length without decoding');
    const eager = decodeLazily(Buffer.from('\ufeff报告', 'utf8'));
    assert.ok(eager.ok);
    assert.equal(eager.key, undefined, 'other texts are keyed by their text');
  });
});
