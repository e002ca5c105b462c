import type { Rule } from './rule.js';
import { ordinal } from './util.js';

export const sectionEmpty: Rule = {
  meta: {
    id: 'DL106',
    name: 'section-empty',
    description: { 'zh-CN': '每个部分都应有内容', en: 'Every section has content' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '《政府信息公开条例》第五十条', en: 'Art. 50 of the Regulation' },
    docs: {
      'zh-CN': '只有标题没有内容的部分，等于没有报告该事项。没有需要报告的其他事项时，第六部分可写“无。”。',
      en: 'A section with a title and nothing under it reports nothing. When there is nothing else to report, section 6 may say 无。 (none).',
    },
  },
  check({ report, emit, lang }) {
    for (const s of report.sections) {
      if (s.no === undefined || !s.def) continue;
      const body = report.text.slice(s.body.start, s.body.end).replace(/<!--[\s\S]*?-->/gu, '');
      if (body.trim() === '') emit({ ...s.titleSpan, messageId: 'section.empty', data: { ordinal: ordinal(s.no, lang), title: s.def.title } });
    }
  },
};
