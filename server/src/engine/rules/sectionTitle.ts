import { standardTitle } from '../formats/render.js';
import { render } from '../i18n/messages.js';
import type { Rule } from './rule.js';
import { ordinal } from './util.js';

export const sectionTitle: Rule = {
  meta: {
    id: 'DL103',
    name: 'section-title',
    description: { 'zh-CN': '部分标题应说明统一格式规定该部分报告的内容', en: 'A section title says what the unified format requires the section to report' },
    defaultSeverity: 'error',
    fixable: true,
    basis: { 'zh-CN': '《政府信息公开条例》第五十条；国办公开办函〔2021〕30号“不能遗漏，也不宜泛化”', en: 'Art. 50; notice 〔2021〕30: content must follow Art. 50 strictly' },
    docs: {
      'zh-CN': '最常见的是把“五、存在的主要问题及改进情况”写成“五、下一步工作打算”：第五十条第（四）项要求报告存在的主要问题及改进情况，只写计划属于遗漏。修复会把标题改为标准标题，内容仍需按要求补写。',
      en: 'The usual case is section 5 titled 下一步工作打算 (next year’s plans) instead of 存在的主要问题及改进情况: Art. 50 (4) requires the problems and the improvements, and plans alone omit them. The fix renames the heading; the content still has to be written.',
    },
  },
  check({ report, emit, lang }) {
    for (const s of report.sections) {
      if (!s.def || s.no === undefined || (s.match !== 'wrong' && s.match !== 'ordinal')) continue;
      const expected = standardTitle(s.def);
      const hint = render(s.match === 'wrong' && s.no === 5 ? 'section.wrongTitle.hint5' : 'section.wrongTitle.hint', {}, lang);
      emit({
        ...s.titleSpan,
        messageId: 'section.wrongTitle',
        data: { ordinal: ordinal(s.no, lang), actual: s.text, expected, hint },
        expected,
        actual: s.text,
        fix: { messageId: 'fix.renameSection', data: { value: expected }, edits: [{ ...s.titleSpan, text: expected }] },
      });
    }
  },
};
