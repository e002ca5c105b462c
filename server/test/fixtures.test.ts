// Every fixture under test-fixtures/ against its sibling expected files:
//   rules/<rule-name>/*.md   findings of that rule → *.expected.txt (ok-*.md and ok.md: none)
//   examples/*.md, reports/*.md   all findings → *.expected.txt
//   any *.md with a sibling *.fixed.md: the output of fixing, which must re-lint with nothing fixable.
//   any *.md with a sibling *.previous.md: linted with that as last year's report (LintOptions.previous).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe as suite, test } from 'node:test';
import { fixAll, lint, ruleMetas } from '../src/engine/index.js';
import { describe, expectFile, fixtureOptions, FIXTURES, listMarkdown, UPDATING } from './helpers/fixtures.js';

/** Fixing leaves nothing fixable and is idempotent; where a sibling *.fixed.md exists, it is the output. */
function checkFix(file: string, text: string, keep: boolean): void {
  const fixedPath = file.replace(/\.md$/u, '.fixed.md');
  const options = fixtureOptions(file);
  const { output, result } = fixAll(text, options);
  if ((keep && UPDATING && output !== text) || existsSync(fixedPath)) {
    assert.equal(output, expectFile(fixedPath, output), `fixed output of ${basename(file)}`);
  }
  assert.deepEqual(result.findings.filter((f) => f.fix).map((f) => f.ruleName), [], 'a fixed file re-lints with no fixable finding');
  assert.equal(fixAll(output, options).output, output, 'fixing is idempotent');
}

suite('rule fixtures', () => {
  const dir = join(FIXTURES, 'rules');
  const names = new Set(ruleMetas.map((m) => m.name));
  for (const rule of readdirSync(dir).sort()) {
    test(`${rule} is a rule`, () => assert.ok(names.has(rule), `test-fixtures/rules/${rule} names no rule`));
    for (const file of listMarkdown(join(dir, rule))) {
      const name = basename(file);
      test(`${rule}: ${name}`, () => {
        const text = readFileSync(file, 'utf8');
        const result = lint(text, fixtureOptions(file));
        assert.ok(result.isReport, 'the fixture is recognised as a report');
        assert.equal(result.ruleErrors, undefined, 'no rule throws');
        const mine = result.findings.filter((f) => f.ruleName === rule);
        if (name.startsWith('ok')) {
          assert.deepEqual(mine.map((f) => f.message), [], `${name} has no ${rule} finding`);
        } else {
          assert.ok(mine.length > 0, `${name} has at least one ${rule} finding`);
          const actual = describe(text, mine);
          assert.equal(actual, expectFile(file.replace(/\.md$/u, '.expected.txt'), actual));
          checkFix(file, text, true);
        }
      });
    }
  }
  test('every rule has an ok and a not-ok fixture', () => {
    for (const m of ruleMetas) {
      const files = listMarkdown(join(dir, m.name)).map((f) => basename(f));
      assert.ok(files.some((f) => f.startsWith('ok')), `${m.name} has an ok fixture`);
      assert.ok(files.some((f) => f.startsWith('not-ok')), `${m.name} has a not-ok fixture`);
    }
  });
});

for (const group of ['examples', 'reports']) {
  suite(`${group}`, () => {
    for (const file of listMarkdown(join(FIXTURES, group))) {
      test(basename(file), () => {
        const text = readFileSync(file, 'utf8');
        const result = lint(text);
        assert.equal(result.ruleErrors, undefined, 'no rule throws');
        const actual = describe(text, result.findings);
        assert.equal(actual, expectFile(file.replace(/\.md$/u, '.expected.txt'), actual));
        // Examples are what `npm start` lints, so their fixed output is not kept beside them.
        checkFix(file, text, group === 'reports');
      });
    }
  });
}
