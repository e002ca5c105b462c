// Property tests on damaged copies of the real reports and the examples (mutate.ts): the engine
// never throws, every range lies in the document, fixes are local, fixAll reaches a fixed point.
// Each case lints a full report, so these run far fewer cases than the generated ones.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, test } from 'node:test';
import { lint } from '../../src/engine/index.js';
import { checkDocument, checkFindings } from './invariants.js';
import { mutated, reports } from './mutate.js';
import { lintOptions, params, seed } from './options.js';

const timeout = 120_000;

describe(`mutated real reports (seed ${seed})`, () => {
  test('the unmutated reports satisfy the invariants', { timeout }, () => {
    assert.ok(reports.length >= 5, 'the real reports and the examples are found');
    for (const r of reports) checkDocument(r.text);
  });

  test('findings inside the text, fixes local', { timeout }, () => {
    fc.assert(
      fc.property(mutated, lintOptions, (m, o) => {
        checkFindings(m.text, lint(m.text, o).findings);
      }),
      params(150),
    );
  });

  test('fixAll is idempotent', { timeout }, () => {
    fc.assert(
      fc.property(mutated, (m) => {
        checkDocument(m.text);
      }),
      params(40),
    );
  });
});
