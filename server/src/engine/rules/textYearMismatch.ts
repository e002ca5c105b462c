import { proseSpan, type ProseParagraph } from '../model/prose.js';
import { toChineseNumeral } from '../text/cnNumber.js';
import { periods, reportYears, type WrittenDate } from '../text/dates.js';
import type { Edit } from '../types.js';
import type { Rule, RuleContext } from './rule.js';

/** Checks one end of the period; fixes month and day only when the year is right. An end written
 *  without its year is checked for month and day only (`fallbackYear`). */
function checkDate(ctx: RuleContext, p: ProseParagraph, d: WrittenDate, year: number, which: 'start' | 'end', fallbackYear?: number): void {
  const [month, day] = which === 'start' ? [1, 1] : [12, 31];
  const y = d.year?.value ?? fallbackYear;
  if (y === year && d.month.value === month && d.day.value === day) return;
  const expected = `${year}年${month}月${day}日`;
  const edits: Edit[] = [];
  if (y === year) {
    for (const [partOf, want] of [[d.month, month], [d.day, day]] as const) {
      // Written in Chinese numerals ("十二月三十日"): the fix keeps that style.
      const chinese = /^[零〇一二三四五六七八九十]/u.test(p.text.slice(partOf.start, partOf.end));
      const at = proseSpan(p, partOf.start, partOf.end);
      // Only where the source says literally what was read (not an entity, not a broken alignment).
      const literal = ctx.report.text.slice(at.start, at.end) === p.text.slice(partOf.start, partOf.end);
      if (partOf.value !== want && literal) edits.push({ ...at, text: chinese ? toChineseNumeral(want) : String(want) });
    }
  }
  const span = proseSpan(p, d.start, d.end);
  ctx.emit({
    ...span,
    messageId: which === 'start' ? 'year.periodStart' : 'year.periodEnd',
    data: { expected, actual: d.text, year },
    expected,
    actual: d.text,
    ...(edits.length > 0 ? { fix: { messageId: 'fix.periodDate' as const, data: { value: expected }, edits } } : {}),
  });
}

export const textYearMismatch: Rule = {
  meta: {
    id: 'DL503',
    name: 'text-year-mismatch',
    description: { 'zh-CN': '统计期限和报告开头的年度与报告年度一致', en: 'The statistics period and the years of the preamble agree with the report year' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '《政府信息公开条例》第四十九条：公布上一年度的政府信息公开工作年度报告', en: 'Art. 49: the report covers the previous calendar year' },
    docs: {
      'zh-CN':
        '年度报告的统计期限是报告年度的1月1日至12月31日（如“统计期限自2023年1月1日起至2023年12月31日止”）；报告开头（第一部分之前）称为本报告年度的年份（“2023年度政府信息公开工作”“2023年度报告”）应与标题中的年度一致。正文中的下一年度工作计划（“2024年，我局将……”）和书名号中的文件名不检查。年份正确、只有月日错误时，修复把月日改为1月1日或12月31日。',
      en:
        'The statistics period of a report is 1 January to 31 December of the report year; years the preamble (before section 1) gives as the report’s own ("2023年度政府信息公开工作") equal the title’s. Plans for next year in the body and titles in 《》 are not checked. When the year is right and only the month or day is wrong, the fix sets 1 January or 31 December.',
    },
  },
  check(ctx) {
    const { report } = ctx;
    const year = report.meta.year;
    if (year === undefined) return;
    for (const p of report.prose) {
      for (const period of periods(p.text)) {
        checkDate(ctx, p, period.start, year, 'start');
        // An end date without a year ("至12月31日") takes the start's; only its month and day are checked.
        checkDate(ctx, p, period.end, year, 'end', year);
      }
      if (!p.preamble) continue;
      for (const y of reportYears(p.text)) {
        if (y.value === year) continue;
        ctx.emit({ ...proseSpan(p, y.start, y.end), messageId: 'year.preamble', data: { phrase: y.phrase, actual: y.value, expected: year }, expected: year, actual: y.value });
      }
    }
  },
};
