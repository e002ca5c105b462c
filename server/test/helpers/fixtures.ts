// Fixture files and their sibling expected-output files. Expected output lives next to the
// fixture, never inside it: markers in the text would change the numbers under test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineIndex, type Finding, type LintOptions } from '../../src/engine/index.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test-fixtures');

/** UPDATE_EXPECTED=1 rewrites expected files from the current output (review the diff!). */
export const UPDATING = process.env.UPDATE_EXPECTED === '1';

export function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md') && !f.endsWith('.previous.md'))
    .sort()
    .map((f) => join(dir, f));
}

/** Lint options for a fixture: a sibling `*.previous.md` is last year's report (LintOptions.previous). */
export function fixtureOptions(file: string): LintOptions {
  const previous = file.replace(/\.md$/u, '.previous.md');
  return existsSync(previous) ? { previous: { text: readFileSync(previous, 'utf8'), name: basename(previous) } } : {};
}

/** One line per finding: position, severity, rule, message and the fix it offers. */
export function describe(text: string, findings: readonly Finding[]): string {
  const lines = new LineIndex(text);
  return findings
    .map((f) => {
      const s = lines.positionAt(f.start);
      const e = lines.positionAt(f.end);
      const fix = f.fix ? ` [fix: ${f.fix.description}]` : '';
      return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.severity} ${f.ruleId}/${f.ruleName} ${f.message}${fix}`;
    })
    .join('\n');
}

/** Compares with the sibling file, or writes it when updating. Returns the expected text. */
export function expectFile(path: string, actual: string): string {
  if (UPDATING) {
    writeFileSync(path, actual);
    return actual;
  }
  if (!existsSync(path)) throw new Error(`missing expected file ${path} (run with UPDATE_EXPECTED=1 and review it)`);
  return readFileSync(path, 'utf8');
}
