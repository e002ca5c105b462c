// Years and dates in prose: the statistics period ("统计期限自2023年1月1日起至2023年12月31日止") and
// the years the preamble gives as the report's own ("2023年度政府信息公开工作"). Offsets are into the
// text given; Chinese digit years ("二〇二三") and numerals ("十二月三十一日") are read too.
import { NOT_REPORT_YEAR_AFTER, PERIOD_WORDS, REPORT_YEAR_AFTER } from '../formats/content.js';
import { halfWidthDigits, parseSmall, parseYear } from './cnNumber.js';

export interface DatePart {
  value: number;
  start: number;
  end: number;
}

export interface WrittenDate {
  /** Undefined when the end date leaves the year out ("至12月31日"). */
  year?: DatePart;
  month: DatePart;
  day: DatePart;
  /** The whole date as written, and where. */
  text: string;
  start: number;
  end: number;
}

export interface Period {
  start: WrittenDate;
  end: WrittenDate;
}

const Y = '(\\d{4}|[零〇一二三四五六七八九]{4})';
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = `${Y}\\s*年\\s*${MD}\\s*月\\s*${MD}\\s*日`;
const PERIOD = new RegExp(
  `(?:${PERIOD_WORDS.join('|')})[^。；\\d]{0,12}?${DATE}(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*(?:${Y}\\s*年\\s*)?${MD}\\s*月\\s*${MD}\\s*日`,
  'gdu',
);
const YEAR_OF_REPORT = new RegExp(`(?<![\\d])${Y}\\s*${REPORT_YEAR_AFTER}(?![^，。；]{0,6}?(?:${NOT_REPORT_YEAR_AFTER.join('|')}))`, 'gdu');

function part(m: RegExpExecArray, g: number, parse: (s: string) => number | undefined): DatePart | undefined {
  const raw = m[g];
  const at = m.indices![g];
  if (raw === undefined || !at) return undefined;
  const value = parse(raw);
  return value === undefined ? undefined : { value, start: at[0], end: at[1] };
}

function date(text: string, m: RegExpExecArray, yg: number): WrittenDate | undefined {
  const year = part(m, yg, parseYear);
  const month = part(m, yg + 1, parseSmall);
  const day = part(m, yg + 2, parseSmall);
  if (!month || !day || (m[yg] !== undefined && !year)) return undefined;
  const start = year?.start ?? month.start;
  const end = text.indexOf('日', day.end) + 1;
  return { ...(year ? { year } : {}), month, day, text: text.slice(start, end), start, end };
}

/** Every statistics period the text states. */
export function periods(text: string): Period[] {
  // A period is introduced by one of its words (which half-width digits do not change): most paragraphs have none.
  if (!PERIOD_WORDS.some((w) => text.includes(w))) return [];
  const t = halfWidthDigits(text);
  const out: Period[] = [];
  for (const m of t.matchAll(PERIOD)) {
    const start = date(t, m, 1);
    const end = date(t, m, 4);
    if (start && end) out.push({ start, end });
  }
  return out;
}

/** Years named as the report's own ("2023年度政府信息公开工作", "2023年度报告"), outside 《》 titles. */
export function reportYears(text: string): Array<DatePart & { phrase: string }> {
  const t = halfWidthDigits(text);
  const out: Array<DatePart & { phrase: string }> = [];
  // 《 and 》 before the match, counted as the matches go (not from the start each time: linear).
  let open = 0;
  let close = 0;
  let seen = 0;
  for (const m of t.matchAll(YEAR_OF_REPORT)) {
    const y = part(m, 1, parseYear);
    if (!y) continue;
    for (; seen < m.index; seen++) {
      if (t[seen] === '《') open++;
      else if (t[seen] === '》') close++;
    }
    if (open > close) continue;
    out.push({ ...y, phrase: m[0] });
  }
  return out;
}
