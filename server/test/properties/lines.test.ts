// LineIndex (the one place offsets become positions) against a plain reading of the text: every
// offset's line and character, and back, for any mix of \n, \r\n and \r; and the same from its plain data.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../src/engine/lines.js';
import { params } from './options.js';

/** The start offset of every line, the slow and obvious way. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (text[i] === '\r' || text[i] === '\n') {
      starts.push(i + 1);
    }
  }
  return starts;
}

const text = fc.array(fc.constantFrom('a', '报', ' ', '|', '\n', '\r\n', '\r', '\n\n', '😀'), { maxLength: 60 }).map((xs) => xs.join(''));

describe('LineIndex', () => {
  test('gives every offset the line and character of a plain reading, and back', () => {
    fc.assert(
      fc.property(text, (t) => {
        const starts = lineStarts(t);
        const index = new LineIndex(t);
        assert.equal(index.lineCount, starts.length);
        for (let o = 0; o <= t.length; o++) {
          let line = 0;
          while (line + 1 < starts.length && starts[line + 1]! <= o) line++;
          const expected = { line, character: o - starts[line]! };
          assert.deepEqual(index.positionAt(o), expected);
          // A position inside a \r\n pair maps back to the end of its line.
          if (!(t[o - 1] === '\r' && t[o] === '\n')) assert.equal(index.offsetAt(expected), o);
        }
      }),
      params(2000),
    );
  });

  test('rebuilt from its plain data (what --cache stores), it places every offset as the original does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const index = new LineIndex(t);
        const copy = new LineIndex(undefined, JSON.parse(JSON.stringify(index.encoded)) as number[]);
        assert.equal(copy.lineCount, index.lineCount);
        for (let o = -1; o <= t.length + 1; o++) assert.deepEqual(copy.positionAt(o), index.positionAt(o));
        for (let line = -1; line <= index.lineCount; line++) assert.equal(copy.offsetAt({ line, character: 3 }), index.offsetAt({ line, character: 3 }));
      }),
      params(500),
    );
  });
});
