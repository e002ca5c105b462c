// Enumerations that announce a total: "外网发布信息1084条，内网124条，…，总计发布信息2057条". Within one
// sentence, the same-unit counts before a total word must add up to the count after it.
import { APPROXIMATE_AFTER, APPROXIMATE_BEFORE, ENUMERATION_UNITS, RUNNING_TOTAL_BEFORE, TOTAL_WORDS } from '../formats/content.js';
import { roundMoney } from './numbers.js';
import { NUMBER_SOURCE, parseProseNumber } from './cnNumber.js';

export interface Count {
  value: number;
  unit: string;
  /** Offsets of the number in the sentence. */
  start: number;
  end: number;
  /** Offset just after the unit. */
  after: number;
}

export interface Enumeration {
  items: Count[];
  total: Count;
  sum: number;
}

const COUNT = new RegExp(`(${NUMBER_SOURCE})\\s*(${ENUMERATION_UNITS.join('|')})`, 'gdu');
const BOUNDARY = /[，。；、,;：:（）()]/u;
const ORDINAL_BEFORE = /第\s*$/u;

/** Every "N<unit>" in the sentence that is a plain count (not "第N", not approximate). */
export function counts(sentence: string): Count[] {
  const out: Count[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    const [start, end] = m.indices![1]!;
    const after = m.index + m[0].length;
    const before = sentence.slice(Math.max(0, start - 2), start);
    if (ORDINAL_BEFORE.test(before) || APPROXIMATE_BEFORE.some((w) => before.endsWith(w))) continue;
    if (APPROXIMATE_AFTER.some((w) => sentence.startsWith(w, after))) continue;
    const n = parseProseNumber(m[1]!);
    if (n) out.push({ value: n.value, unit: m[2]!, start, end, after });
  }
  return out;
}

/** The total word just before a count ("总计发布信息2057条"), with nothing but words in between. */
function totalWordBefore(sentence: string, c: Count): number | undefined {
  const head = sentence.slice(Math.max(0, c.start - 16), c.start);
  let best: number | undefined;
  for (const w of TOTAL_WORDS) {
    const i = head.lastIndexOf(w);
    if (i < 0) continue;
    const gap = head.slice(i + w.length);
    if (BOUNDARY.test(gap) || /\d/u.test(gap)) continue;
    const at = c.start - head.length + i;
    if (best === undefined || at > best) best = at;
  }
  if (best === undefined) return undefined;
  const word = TOTAL_WORDS.find((w) => sentence.startsWith(w, best!))!;
  const lead = sentence.slice(Math.max(0, best - 8), best);
  if (word === '累计' && RUNNING_TOTAL_BEFORE.some((w) => lead.includes(w))) return undefined;
  return best;
}

/** The enumerations of a sentence: each total with the items of its unit listed before it. */
export function enumerations(sentence: string): Enumeration[] {
  // Every enumeration ends in a total word: without one, there is nothing to find.
  if (!TOTAL_WORDS.some((w) => sentence.includes(w))) return [];
  const all = counts(sentence);
  const out: Enumeration[] = [];
  let from = 0;
  // The first count at or after `from` (counts are in text order): items are looked for from there,
  // not from the start of the sentence each time, so a long sentence stays linear.
  let lo = 0;
  all.forEach((c, i) => {
    const word = totalWordBefore(sentence, c);
    if (word === undefined) return;
    while (lo < i && all[lo]!.start < from) lo++;
    const items = all.slice(lo, i).filter((x) => x.start >= from && x.after <= word && x.unit === c.unit);
    from = c.after;
    if (items.length < 2) return;
    // "其中" in the list makes it nested (a part of an item): not a plain enumeration.
    if (sentence.slice(items[0]!.start, word).includes('其中')) return;
    out.push({ items, total: c, sum: roundMoney(items.reduce((s, x) => s + x.value, 0)) });
  });
  return out;
}
