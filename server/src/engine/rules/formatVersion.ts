import { formatForYear } from '../formats/index.js';
import type { Rule } from './rule.js';

export const formatVersion: Rule = {
  meta: {
    id: 'DL002',
    name: 'format-version',
    description: { 'zh-CN': '格式版本与报告年度一致，前置元数据有效', en: 'The format version fits the report year; the front matter is valid' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '国办公开办函〔2019〕60号（2019、2020年度）；国办公开办函〔2021〕30号（2021年度起）', en: 'Notices 〔2019〕60 (report years 2019–2020) and 〔2021〕30 (2021 on)' },
    docs: {
      'zh-CN': '2019、2020年度报告使用2019年版统一格式，2021年度起使用2021年版。前置元数据中的 `format:` 可以指定版本，但不能与报告年度矛盾。',
      en: 'Reports for 2019 and 2020 use the 2019 unified format; from 2021 the 2021 format. A front-matter `format:` may name the version but must not contradict the report year.',
    },
  },
  check({ report, emit }) {
    const fm = report.frontMatter;
    if (fm?.error) emit({ ...fm.span, messageId: 'format.frontMatterInvalid', data: { error: fm.error } });
    const year = report.meta.year;
    if (year === undefined) return;
    if (report.preFormat) {
      emit({ ...(report.yearSpan ?? { start: 0, end: 0 }), messageId: 'format.preFormat', data: { year } });
      return;
    }
    const expected = formatForYear(year);
    if (report.meta.formatSource === 'front-matter' && expected && expected !== report.format.version) {
      emit({ ...fm!.span, messageId: 'format.frontMatterMismatch', data: { format: report.format.version, year, expected }, expected, actual: report.format.version });
    }
  },
};
