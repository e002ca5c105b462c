import type { Rule } from './rule.js';

export const reportTitle: Rule = {
  meta: {
    id: 'DL001',
    name: 'report-title',
    description: { 'zh-CN': '报告应有标题，并在标题中写明报告年度', en: 'The report has a title that names the report year' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '《政府信息公开条例》第四十九条：公布本行政机关上一年度的政府信息公开工作年度报告', en: 'Art. 49: each agency publishes its report for the previous year' },
    docs: {
      'zh-CN': '标题决定报告年度，报告年度决定应使用的格式版本（2019、2020年度用2019年版，2021年度起用2021年版）。没有年度时，可在前置元数据中写 `year:`。',
      en: 'The title gives the report year, and the year decides the format version (2019 version for 2019–2020, 2021 version from 2021). Without a year in the title, set `year:` in the front matter.',
    },
  },
  check({ report, emit }) {
    if (!report.title) {
      // The first line, without its line ending (a CRLF is never split).
      emit({ start: 0, end: Math.min(report.text.search(/[\r\n]/u) >>> 0, report.text.length), messageId: 'title.missing' });
    } else if (report.meta.year === undefined) {
      emit({ ...report.title.span, messageId: 'title.noYear' });
    }
  },
};
