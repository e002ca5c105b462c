// One applyFixes for every host: the CLI's --fix, the editor's quick fixes and fix-all.
import type { Edit, Finding, LintOptions, LintResult } from '../types.js';
import { lint } from '../lint.js';

export interface ApplyResult {
  output: string;
  /** How many findings' fixes were applied (a fix whose edits overlap an earlier one is skipped). */
  applied: number;
}

/**
 * Applies the fixes of the given findings to the text. Fixes are taken in document order; a fix
 * any of whose edits overlaps an edit already taken is skipped (a later pass of `fixAll` gets it).
 * Identical fixes (the same edits) are applied once.
 */
export function applyFixes(text: string, findings: readonly Finding[]): ApplyResult {
  const fixes = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .map((f) => f.fix!.edits.slice().sort(byStart))
    .sort((a, b) => byStart(a[0]!, b[0]!));
  const taken: Edit[] = [];
  const seen = new Set<string>();
  let applied = 0;
  for (const edits of fixes) {
    const key = JSON.stringify(edits);
    if (seen.has(key)) continue;
    if (edits.some((e) => e.start < 0 || e.end > text.length || e.end < e.start)) continue;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    seen.add(key);
    taken.push(...edits);
    applied++;
  }
  taken.sort(byStart);
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { output: out, applied };
}

function byStart(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end;
}

/** Two edits conflict when their ranges intersect, or when both insert at the same point. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

export interface FixAllResult {
  output: string;
  /** Passes that changed the text. */
  passes: number;
  /** The lint result of the final text. */
  result: LintResult;
}

const MAX_PASSES = 10;

/** Lints and fixes repeatedly until no fixable finding is left (at most ten passes). */
export function fixAll(text: string, options: LintOptions = {}, onlyRule?: string): FixAllResult {
  let current = text;
  let result = lint(current, options);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const fixable = result.findings.filter((f) => f.fix && (!onlyRule || f.ruleId === onlyRule || f.ruleName === onlyRule));
    if (fixable.length === 0) break;
    const { output, applied } = applyFixes(current, fixable);
    if (applied === 0 || output === current) break;
    current = output;
    passes++;
    result = lint(current, options);
  }
  return { output: current, passes, result };
}
