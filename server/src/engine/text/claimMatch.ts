// Finds the phrases of text/claims.ts in a sentence: the number each restates (or 0 for a negative
// phrase), with its offsets in the sentence. Pure string work; the rule resolves the cells.
import type { SectionNo } from '../formats/types.js';
import { CLAIMS, COUNT_UNIT, FILLER, INCLUDES_CARRIED, INCLUDES_OTHER, OTHER_PERIOD, type ClaimDef } from './claims.js';
import { NUMBER_SOURCE, halfWidthDigits, parseProseNumber } from './cnNumber.js';

export interface ClaimContext {
  /** The whole paragraph, for claims whose subject may be named in an earlier sentence. */
  paragraph: string;
  sectionNo?: SectionNo;
  /** The report year: a number in a clause about another year is not this year's count. */
  year?: number;
}

export interface ClaimMatch {
  claim: ClaimDef;
  /** The number as read (0 for a negative phrase). */
  value: number;
  /** Offsets in the sentence: the number, or the whole phrase for a negative one. */
  start: number;
  end: number;
  /** The number was written in Chinese numerals. */
  chinese: boolean;
  /** The sentence says the count includes last year's carry-over. */
  including: boolean;
}

const compiled = new Map<ClaimDef, RegExp>();

function patternOf(claim: ClaimDef): RegExp {
  let re = compiled.get(claim);
  if (!re) {
    const source = claim.none ? `(${claim.lead})` : `(${claim.lead})${FILLER}\\s*(${NUMBER_SOURCE})\\s*${COUNT_UNIT}`;
    re = new RegExp(source, 'gdu');
    compiled.set(claim, re);
  }
  return re;
}

const COUNT_UNIT_CHAR = new RegExp(COUNT_UNIT, 'u');

const CLAUSE_BREAKS = new Set(['，', ',', '；', ';', '：', ':', '、']);
/** A clause is never longer than this: the scan back stays short in a megabyte-long sentence. */
const MAX_CLAUSE = 200;

/** The clause before `at`: back to the last comma, semicolon or colon. */
function clauseBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_CLAUSE && !CLAUSE_BREAKS.has(text[i]!)) i--;
  return text.slice(i + 1, at);
}

function aboutOtherPeriod(prefix: string, year: number | undefined): boolean {
  if (OTHER_PERIOD.test(prefix)) return true;
  for (const m of halfWidthDigits(prefix).matchAll(/(\d{4})\s*年/gu)) if (year !== undefined && Number(m[1]) !== year) return true;
  return false;
}

function subjectHolds(claim: ClaimDef, sentence: string, ctx: ClaimContext): boolean {
  if (claim.sections && ctx.sectionNo !== undefined && claim.sections.includes(ctx.sectionNo)) return true;
  const scope = claim.scope === 'sentence' ? sentence : ctx.paragraph;
  return claim.subject.some((w) => scope.includes(w));
}

function one(claim: ClaimDef, sentence: string, m: RegExpExecArray, ctx: ClaimContext): ClaimMatch | undefined {
  const lead = m[1] ?? '';
  const [leadStart] = m.indices![1]!;
  const prefix = clauseBefore(sentence, leadStart);
  if (aboutOtherPeriod(prefix, ctx.year)) return undefined;
  if (claim.unless && new RegExp(claim.unless, 'u').test(prefix + lead)) return undefined;
  if (claim.none) return { claim, value: 0, start: leadStart, end: m.indices![1]![1], chinese: false, including: false };
  const [numStart, numEnd] = m.indices![2]!;
  const n = parseProseNumber(m[2] ?? '');
  if (!n || !Number.isInteger(n.value)) return undefined;
  const end = m.index + m[0].length;
  const after = sentence.slice(end, end + 16).split(/[。；;]/u)[0]!;
  const including = claim.including !== undefined && (INCLUDES_CARRIED.test(lead) || INCLUDES_CARRIED.test(after));
  if (!including && INCLUDES_OTHER.test(after)) return undefined;
  return { claim, value: n.value, start: numStart, end: numEnd, chinese: n.chinese, including };
}

/** Every claim in a sentence, one per number (the first claim in CLAIMS order wins), in text order.
 *  Negative phrases may overlap ("未发生…行政复议、行政诉讼" says 0 of both). */
export function matchClaims(sentence: string, ctx: ClaimContext, claims: readonly ClaimDef[] = CLAIMS): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  // The places numbers already claimed cover (an array, not a scan of `out`: linear in a long sentence).
  let taken: Uint8Array | undefined;
  const free = (f: ClaimMatch): boolean => !taken?.subarray(f.start, Math.max(f.end, f.start + 1)).includes(1);
  // A claim with a number ends in a count unit: a sentence without one can hold only negative phrases.
  const counted = COUNT_UNIT_CHAR.test(sentence);
  for (const claim of claims) {
    if (!claim.none && !counted) continue;
    // The subject does not depend on the match: checked once per claim, not once per number.
    if (!subjectHolds(claim, sentence, ctx)) continue;
    const re = patternOf(claim);
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const found = one(claim, sentence, m, ctx);
      if (!found || (!found.claim.none && !free(found))) continue;
      out.push(found);
      if (!found.claim.none) (taken ??= new Uint8Array(sentence.length + 1)).fill(1, found.start, found.end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
