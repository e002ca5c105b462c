// Numbers in prose: Arabic ("1,084", "１２") and Chinese ("两", "十二", "二十三", "一百零五"), and
// year-style digit strings ("二〇二三"). Every function keeps UTF-16 offsets into the text it was given.

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with (for regexes). */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** A Chinese numeral with units, up to 九千九百九十九万…: "十二" → 12, "一百零五" → 105. Undefined when malformed. */
export function parseChineseNumber(s: string): number | undefined {
  if (s === '') return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      // Two digits in a row are a digit string ("二三"), not a numeral; "零" may stand before a digit.
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const u = UNIT[ch];
    if (u !== undefined) {
      if (u >= lastUnit) return undefined;
      if (digit === 0) return undefined;
      // A leading "十" means 一十; elsewhere a unit needs its digit.
      if (digit === undefined && !(u === 10 && section === 0 && total === 0)) return undefined;
      section += (digit ?? 1) * u;
      digit = undefined;
      lastUnit = u;
      continue;
    }
    if (ch === '万') {
      const v = section + (digit ?? 0);
      if (v === 0 || total !== 0) return undefined;
      total = v * 10000;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

/** A digit string, as years are written: "二〇二三" → 2023. */
export function parseChineseDigits(s: string): number | undefined {
  let n = 0;
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d === undefined || ch === '两') return undefined;
    n = n * 10 + d;
  }
  return s === '' ? undefined : n;
}

/** Full-width digits, signs and points to half-width, one character for one (offsets are kept). */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９．，％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ASCII_DIGITS = /^\d+$/u;

/** The value of a number as written in prose: Arabic (grouped with "," or not, decimals allowed) or Chinese. */
export function parseProseNumber(raw: string): { value: number; chinese: boolean } | undefined {
  if (ASCII_DIGITS.test(raw)) return { value: Number(raw), chinese: false };
  const t = halfWidthDigits(raw);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/u.test(t)) return { value: Number(t.replace(/,/gu, '')), chinese: false };
  const v = parseChineseNumber(t);
  return v === undefined ? undefined : { value: v, chinese: true };
}

/** A year as written: "2023" or "二〇二三". */
export function parseYear(raw: string): number | undefined {
  const t = halfWidthDigits(raw);
  if (/^\d{4}$/u.test(t)) return Number(t);
  return parseChineseDigits(t);
}

/** A month or day as written: "12", "十二", "三十一". */
export function parseSmall(raw: string): number | undefined {
  const t = halfWidthDigits(raw);
  if (/^\d{1,2}$/u.test(t)) return Number(t);
  return parseChineseNumber(t);
}

/** Regex source of one number in prose (Arabic or Chinese), not preceded by a digit or numeral. */
export const NUMBER_SOURCE = `(?<![0-9０-９.,${CN_NUMERAL_CHARS}])(?:[0-9０-９]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?|[${CN_NUMERAL_CHARS}]+)`;

const CN_DIGIT_TEXT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as dates are written: 1 → "一", 12 → "十二", 31 → "三十一". */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_DIGIT_TEXT[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGIT_TEXT[tens]!}十${ones === 0 ? '' : CN_DIGIT_TEXT[ones]!}`;
}
