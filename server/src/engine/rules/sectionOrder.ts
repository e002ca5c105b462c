import type { Rule } from './rule.js';
import { ordinal } from './util.js';

export const sectionOrder: Rule = {
  meta: {
    id: 'DL102',
    name: 'section-order',
    description: { 'zh-CN': '六个部分按统一格式的顺序出现，且各出现一次', en: 'The six sections appear once each, in the order of the unified format' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '各部分的顺序是统一格式的一部分，读者和汇总统计都依赖它。重复的部分通常是粘贴错误。',
      en: 'The order of the sections is part of the unified format; readers and statistical roll-ups rely on it. A repeated section is usually a paste error.',
    },
  },
  check({ report, emit, lang }) {
    const seen = new Set<number>();
    let highest = 0;
    for (const s of report.sections) {
      if (s.no === undefined || !s.def) continue;
      const data = { ordinal: ordinal(s.no, lang), title: s.def.title };
      if (seen.has(s.no)) emit({ ...s.titleSpan, messageId: 'section.duplicate', data });
      else if (s.no < highest) emit({ ...s.titleSpan, messageId: 'section.order', data: { ...data, after: ordinal(s.no - 1 || 1, lang) } });
      seen.add(s.no);
      highest = Math.max(highest, s.no);
    }
  },
};
