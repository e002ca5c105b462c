// Property tests on generated report-like Markdown (gen.ts): the engine never throws, every range
// lies in the document, fixes are local and fixAll reaches a fixed point (invariants.ts).
import fc from 'fast-check';
import { describe, test } from 'node:test';
import { lint } from '../../src/engine/index.js';
import { block, document, gfmTable, htmlTable } from './gen.js';
import { checkDocument, checkFindings } from './invariants.js';
import { lintOptions, noInserts, params, seed } from './options.js';

const timeout = 120_000;
const title = '# 某某县某某局2023年政府信息公开工作年度报告';
const sectionHeading = fc.constantFrom('## 二、主动公开政府信息情况', '## 三、收到和处理政府信息公开申请情况', '## 四、政府信息公开行政复议、行政诉讼情况', '');

describe(`generated documents (seed ${seed})`, () => {
  test('single blocks, forced: findings inside the text, fixes local', { timeout }, () => {
    fc.assert(
      fc.property(block, lintOptions, (b, o) => {
        checkFindings(b, lint(b, { ...o, force: true }).findings);
      }),
      params(3500),
    );
  });

  test('tables under a section heading: the same, and fixAll is idempotent', { timeout }, () => {
    fc.assert(
      fc.property(sectionHeading, fc.oneof(gfmTable, htmlTable), lintOptions, (h, t, o) => {
        checkDocument(`${title}\n\n${h}\n\n${t}\n`, noInserts(o));
      }),
      params(1500),
    );
  });

  test('whole documents: the same', { timeout }, () => {
    fc.assert(
      fc.property(document, lintOptions, (d, o) => {
        checkDocument(d, noInserts(o));
      }),
      params(1000),
    );
  });

  test('whole documents with every rule, missing sections and tables inserted: the same', { timeout }, () => {
    fc.assert(
      fc.property(document, lintOptions, (d, o) => {
        checkDocument(d, o);
      }),
      params(30),
    );
  });
});
