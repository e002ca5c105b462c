import { FEE_WORDS } from '../formats/content.js';
import type { Rule } from './rule.js';

export const processingFeeStatement: Rule = {
  meta: {
    id: 'DL605',
    name: 'processing-fee-statement',
    description: { 'zh-CN': '第六部分说明是否收取信息处理费（2021年版）', en: 'Section 6 states whether processing fees were charged (2021 format)' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '国办公开办函〔2021〕30号；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）', en: 'the 2021 notice; the processing fee measures (国办函〔2020〕109号)' },
    docs: {
      'zh-CN': '2021年版格式的报告在第六部分说明收取信息处理费的情况（收取了多少，或“本年度未收取信息处理费”）。模板对第六部分的原文未经官方文本确认，所以这是警告而不是错误。第六部分缺失时由 section-missing 报告。',
      en: 'Reports in the 2021 format state in section 6 whether information processing fees were charged (how much, or "no fees were charged this year"). The template’s wording for section 6 is not confirmed from an official copy, so this is a warning, not an error. A missing section 6 is reported by section-missing.',
    },
  },
  check({ report, emit }) {
    if (report.format.version !== '2021') return;
    const s6 = report.sections.find((s) => s.no === 6);
    if (!s6) return;
    const body = report.text.slice(s6.body.start, s6.body.end).replace(/<!--[\s\S]*?-->/gu, '');
    // An empty section 六 is section-empty's finding.
    if (body.trim() === '' || FEE_WORDS.some((w) => body.includes(w))) return;
    emit({ ...s6.titleSpan, messageId: 'content.fee' });
  },
};
