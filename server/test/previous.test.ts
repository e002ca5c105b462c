// Pairing a report with last year's: identity from the head of the text, agency names compared
// normalised, and the model keeps last year's report only when it is the same agency's year before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { agencyKey, buildReport, isPreviousOf, lint, reportIdentity } from '../src/engine/index.js';
import { FIXTURES } from './helpers/fixtures.js';

const dir = join(FIXTURES, 'rules', 'carried-over-mismatch');
const thisYear = readFileSync(join(dir, 'not-ok.md'), 'utf8');
const lastYear = readFileSync(join(dir, 'not-ok.previous.md'), 'utf8');

describe('last year’s report', () => {
  test('identity: agency and year from the title or the front matter', () => {
    assert.deepEqual(reportIdentity(thisYear), { agency: '某某县某某局', year: 2023 });
    assert.deepEqual(reportIdentity('---\nagency: 某某县 某某局\nyear: 2022\n---\n\n正文\n'), { agency: '某某县某某局', year: 2022 });
    assert.deepEqual(reportIdentity('Hello\n'), {});
  });

  test('agency names compare across spaces, full-width forms and notes', () => {
    assert.equal(agencyKey('黑龙江省人民政府外事办公室 '), agencyKey('黑龙江省人民政府 外事办公室'));
    assert.equal(agencyKey('某某县某某局（某某县某某中心）'), '某某县某某局');
    assert.ok(isPreviousOf({ agency: 'a', year: 2022 }, { agency: 'a', year: 2023 }));
    assert.ok(!isPreviousOf({ agency: 'a', year: 2021 }, { agency: 'a', year: 2023 }));
    assert.ok(!isPreviousOf({ agency: 'b', year: 2022 }, { agency: 'a', year: 2023 }));
    assert.ok(!isPreviousOf({ year: 2022 }, { year: 2023 }));
  });

  test('the model keeps last year’s report only when it is the year before', () => {
    assert.equal(buildReport(thisYear, { previous: { text: lastYear, name: 'x.md' } }).previous?.name, 'x.md');
    assert.equal(buildReport(thisYear, { previous: { text: thisYear } }).previous, undefined);
    assert.equal(buildReport(lastYear, { previous: { text: thisYear } }).previous, undefined);
  });

  test('findings name last year’s report in both languages', () => {
    const zh = lint(thisYear, { previous: { text: lastYear } }).findings.filter((f) => f.ruleName === 'carried-over-mismatch');
    const en = lint(thisYear, { previous: { text: lastYear, name: 'r2022.md' }, lang: 'en' }).findings.filter((f) => f.ruleName === 'carried-over-mismatch');
    assert.equal(zh.length, 2);
    assert.match(zh[0]!.message, /应等于上年报告中的/u);
    assert.match(en[0]!.message, /in last year’s report \(r2022\.md\): 2$/u);
  });
});
