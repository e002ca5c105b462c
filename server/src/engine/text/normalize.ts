// Label normalisation: how a label written by a person (or extracted from a PDF) is compared
// with the template. Full-width and half-width forms, spaces inside words, quotes, enumerators
// and trailing notes must not decide whether a row is recognised.
import { BoundedMemo } from './memo.js';

/** Characters that PDF extraction and copy-paste put inside labels: spaces of every kind. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/gu;

const PUNCT_MAP: Record<string, string> = {
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '【': '[', '】': ']', '〔': '[', '〕': ']', '［': '[', '］': ']',
  '—': '-', '–': '-', '－': '-', '―': '-', '−': '-',
  '．': '.', '。': '.', '，': ',', '、': ',', '：': ':', '；': ';',
};

/** Characters NFKC may change in label text: Latin-1, punctuation, CJK symbols, full-width forms, enclosed and compatibility forms. */
const COMPAT = /[\u00a0-\u00ff\u2000-\u2bff\u3000-\u33ff\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffef]/u;

// Normalised labels and keys are remembered (text/memo.ts): normalising the same cells of every
// table and every report again was the largest cost of the model after the parse.
const normalized = new BoundedMemo<string>();
const keys = new BoundedMemo<string>();

/** NFKC, no spaces, one form of quotes and dashes, Markdown emphasis markers removed. */
export function normalizeLabel(s: string): string {
  return normalized.get(s, normalizeUncached);
}

function normalizeUncached(s: string): string {
  let t = (COMPAT.test(s) ? s.normalize('NFKC') : s).replace(SPACES, '');
  t = t.replace(/[*_`~]/g, '');
  let out = '';
  for (const ch of t) out += PUNCT_MAP[ch] ?? ch;
  return out;
}

/** Chinese ordinals 一…二十 and Arabic digits as enumerators: "一、", "(一)", "1.", "（1）", "第一". */
const ENUMERATOR = /^(?:\((?:[一二三四五六七八九十]+|\d+)\)|(?:[一二三四五六七八九十]+|\d+)[,.)])/u;

/** Strips leading enumerators (after normalizeLabel): "(三)1.属于国家秘密" → "属于国家秘密". */
export function stripEnumerators(norm: string): string {
  let t = norm;
  for (;;) {
    const m = ENUMERATOR.exec(t);
    if (!m) return t;
    t = t.slice(m[0].length);
  }
}

/** Removes parenthesised notes: "部分公开(区分处理的,只计这一情形)" → "部分公开". Keeps a leading enumerator. */
export function stripNotes(norm: string): string {
  return norm.replace(/(.)\([^()]*\)/gu, '$1').replace(/(.)\([^()]*$/u, '$1');
}

/** The comparison key of a label: normalised, enumerators and notes removed. */
export function labelKey(s: string): string {
  return keys.get(s, (k) => stripNotes(stripEnumerators(normalizeLabel(k))));
}

/** The leading enumerator of a label, normalised ("(三)", "1.", "三,"), or ''. */
export function leadingEnumerator(s: string): string {
  const m = ENUMERATOR.exec(normalizeLabel(s));
  return m ? m[0] : '';
}

/** Levenshtein distance over code points, bounded: returns max+1 when further apart than max. */
export function editDistance(a: string, b: string, max = 64): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[y.length] ?? max + 1;
}

/** Similarity in [0, 1]: 1 − distance / longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max([...a].length, [...b].length);
  if (n === 0) return 1;
  return 1 - editDistance(a, b, n) / n;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 九十九: "六" → 6, "十二" → 12, "二十" → 20. */
export function chineseOrdinal(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  if (s.length === 1 && CN_DIGITS[s] !== undefined) return CN_DIGITS[s];
  return undefined;
}

const ORDINAL_TEXT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function ordinalText(n: number): string {
  return ORDINAL_TEXT[n] ?? String(n);
}
