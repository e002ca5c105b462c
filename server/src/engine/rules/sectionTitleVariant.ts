import { standardTitle } from '../formats/render.js';
import type { Rule } from './rule.js';
import { ordinal } from './util.js';

export const sectionTitleVariant: Rule = {
  meta: {
    id: 'DL104',
    name: 'section-title-variant',
    description: { 'zh-CN': '部分标题的措辞和序号与统一格式一致', en: 'Section titles use the wording and numbering of the unified format' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '接近标准但有错字、漏字或多余文字的标题，以及序号与所在部分不符的标题（如把第六部分编为“五、”）。通行的变体（如“五、政府信息公开工作存在的主要问题及改进情况”）不报告。',
      en: 'Titles close to the standard one but with typos, missing or extra words, and titles whose ordinal is not the section’s (section 6 numbered 五). Accepted variants (such as 五、政府信息公开工作存在的主要问题及改进情况) are not reported.',
    },
  },
  check({ report, emit, lang }) {
    for (const s of report.sections) {
      if (!s.def || s.no === undefined) continue;
      const expected = standardTitle(s.def);
      const fix = { messageId: 'fix.renameSection' as const, data: { value: expected }, edits: [{ ...s.titleSpan, text: expected }] };
      if (s.match === 'near') {
        emit({ ...s.titleSpan, messageId: 'section.variantTitle', data: { ordinal: ordinal(s.no, lang), actual: s.text, expected }, expected, actual: s.text, fix });
      } else if ((s.match === 'standard' || s.match === 'variant') && s.ordinal !== undefined && s.ordinal !== s.no) {
        emit({ ...s.titleSpan, messageId: 'section.numbering', data: { title: s.def.title, ordinal: ordinal(s.no, lang), written: ordinal(s.ordinal, lang) }, expected, actual: s.text, fix });
      }
    }
  },
};
