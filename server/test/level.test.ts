// LintOptions.level (a project configuration's `level`): decides whether a report is a people's
// government's own for DL603 when the front matter does not say; the front matter still wins.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../src/engine/index.js';

const dir = join(import.meta.dirname, '../../test-fixtures/rules/government-assessment');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const dl603 = (text: string, level?: 'government' | 'department'): number =>
  lint(text, level ? { level } : {}).findings.filter((f) => f.ruleId === 'DL603').length;

test('level: department silences DL603 for a government title, level: government turns it on for a department', () => {
  const government = read('not-ok.md'); // 某某县人民政府, assessment missing
  const office = read('ok-department.md'); // 某某县人民政府办公室: a department by its title
  assert.equal(dl603(government), 1);
  assert.equal(dl603(government, 'department'), 0);
  const bare = office.replace(/工作考核|社会评议|责任追究/gu, '某项工作');
  assert.equal(dl603(bare), 0);
  assert.equal(dl603(bare, 'government'), 1);
});

test('the front matter’s level: wins over the option', () => {
  const fm = read('not-ok-front-matter.md'); // level: government on a 街道办事处 report
  assert.equal(dl603(fm, 'department'), 1);
  assert.equal(dl603(fm.replace('level: government', 'level: department'), 'government'), 0);
});
