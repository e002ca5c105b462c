// Property tests on arbitrary text: any unicode (lone surrogates included), odd spaces and line
// ends, alone or after a report title, never make the engine throw or report outside the text.
import fc from 'fast-check';
import { describe, test } from 'node:test';
import { lint } from '../../src/engine/index.js';
import { anyText, oddChar } from './gen.js';
import { checkDocument, checkFindings } from './invariants.js';
import { lintOptions, noInserts, params, seed } from './options.js';

const timeout = 120_000;
const lines = fc.array(fc.oneof(anyText, fc.string({ unit: fc.constantFrom('|', '-', ' ', '\r', '\n', '#', '>', '*', '<', '!', '0', '１'), maxLength: 12 }), oddChar), { maxLength: 8 });
const eol = fc.constantFrom('\n', '\r\n', '\r');

describe(`arbitrary unicode (seed ${seed})`, () => {
  test('any string, forced or not', { timeout }, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 200 })), lintOptions, (s, o) => {
        checkFindings(s, lint(s, o).findings);
      }),
      params(2600),
    );
  });

  test('lines of odd characters after a report title, fixed to a fixed point', { timeout }, () => {
    fc.assert(
      fc.property(lines, eol, lintOptions, (ls, e, o) => {
        checkDocument(['# 某某县某某局2021年政府信息公开工作年度报告', ...ls].join(e), noInserts(o));
      }),
      params(1200),
    );
  });
});
