// Texts read once: pairing keeps the texts it read for the lint (within a budget), each taken once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextStore, type DecodedText } from '../../src/cli/texts.js';

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
