// What must hold for any input, checked by the property tests: findings and their related spans lie
// inside the text and never split a surrogate pair or a CRLF; a fix's edits do not overlap; applyFixes
// applies a set of non-overlapping fixes and changes nothing outside their edits; fixAll reaches a
// fixed point.
import assert from 'node:assert/strict';
import { applyFixes, fixAll, lint, type Edit, type Finding, type LintOptions, type Span } from '../../src/engine/index.js';

const high = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const low = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** An offset that is a place in the text: in bounds, not inside a surrogate pair nor a CRLF. */
export function assertBoundary(text: string, at: number, what: string): void {
  assert.ok(Number.isInteger(at) && at >= 0 && at <= text.length, `${what}: offset ${at} outside 0..${text.length}`);
  if (at === 0 || at === text.length) return;
  assert.ok(!(high(text.charCodeAt(at - 1)) && low(text.charCodeAt(at))), `${what}: offset ${at} splits a surrogate pair`);
  assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `${what}: offset ${at} splits a CRLF`);
}

export function assertSpan(text: string, s: Span, what: string): void {
  assertBoundary(text, s.start, `${what} start`);
  assertBoundary(text, s.end, `${what} end`);
  assert.ok(s.start <= s.end, `${what}: start ${s.start} > end ${s.end}`);
}

/** Two edits conflict when their ranges intersect or both insert at one point. */
export function overlap(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Applying one fix changes the text only inside its edits, and exactly as they say. */
function assertFixLocal(text: string, f: Finding): void {
  const edits = f.fix!.edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const { output, applied } = applyFixes(text, [f]);
  assert.equal(applied, 1, `${f.ruleId}: its own fix is applied`);
  let pos = 0;
  let out = 0;
  for (const e of edits) {
    const kept = text.slice(pos, e.start);
    assert.equal(output.slice(out, out + kept.length), kept, `${f.ruleId}: text before the edit at ${e.start} is unchanged`);
    out += kept.length;
    assert.equal(output.slice(out, out + e.text.length), e.text, `${f.ruleId}: the edit at ${e.start} writes its text`);
    out += e.text.length;
    pos = e.end;
  }
  assert.equal(output.slice(out), text.slice(pos), `${f.ruleId}: text after the last edit is unchanged`);
}

export function checkFindings(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assertSpan(text, f, `${f.ruleId} finding`);
    for (const r of f.related ?? []) assertSpan(text, r, `${f.ruleId} related`);
    if (!f.fix) continue;
    assert.ok(f.fix.edits.length > 0, `${f.ruleId}: a fix has edits`);
    f.fix.edits.forEach((e, i) => {
      assertSpan(text, e, `${f.ruleId} edit`);
      for (const o of f.fix!.edits.slice(i + 1)) assert.ok(!overlap(e, o), `${f.ruleId}: edits ${JSON.stringify([e, o])} overlap`);
    });
    assertFixLocal(text, f);
  }
  // A set of fixes no two of which overlap is applied whole.
  const chosen: Finding[] = [];
  const keys = new Set<string>();
  for (const f of findings) {
    if (!f.fix) continue;
    const key = JSON.stringify(f.fix.edits.slice().sort((a, b) => a.start - b.start || a.end - b.end));
    if (keys.has(key) || chosen.some((c) => c.fix!.edits.some((a) => f.fix!.edits.some((b) => overlap(a, b))))) continue;
    keys.add(key);
    chosen.push(f);
  }
  if (chosen.length > 0) assert.equal(applyFixes(text, chosen).applied, chosen.length, 'every one of a set of non-overlapping fixes is applied');
}

/** Lints, checks the findings, fixes everything and checks that fixing again changes nothing. */
export function checkDocument(text: string, options: LintOptions = {}, fix = true): void {
  const r = lint(text, options);
  assert.ok(Array.isArray(r.findings));
  checkFindings(text, r.findings);
  if (!fix || !r.findings.some((f) => f.fix)) return;
  const once = fixAll(text, options);
  assert.ok(once.passes < 10, `fixAll settles before its cap of 10 passes (text ${text.length} → ${once.output.length} chars)`);
  checkFindings(once.output, once.result.findings);
  const twice = fixAll(once.output, options);
  assert.equal(twice.passes, 0, `fixing the fixed text again changes it (after ${once.passes} passes)`);
  assert.equal(twice.output, once.output);
}
