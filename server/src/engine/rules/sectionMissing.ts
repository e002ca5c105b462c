import { standardSection, standardTitle } from '../formats/render.js';
import type { Report } from '../model/report.js';
import type { Edit } from '../types.js';
import type { Rule } from './rule.js';
import { ordinal, withEol } from './util.js';

/** Where a missing section goes: after the last section before it, else before the first after it. */
function insertionPoint(report: Report, no: number): { at: number; span: { start: number; end: number } } {
  const before = report.sections.filter((s) => s.no !== undefined && s.no < no).pop();
  if (before) return { at: before.body.end, span: before.span };
  const after = report.sections.find((s) => s.no !== undefined && s.no > no);
  if (after) return { at: after.span.start, span: after.span };
  const end = report.text.length;
  return { at: end, span: report.title?.span ?? { start: 0, end: 0 } };
}

function insertEdit(text: string, at: number, block: string, eol: string): Edit {
  const head = text.slice(0, at).replace(/\r\n/gu, '\n');
  const lead = at === 0 || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
  const tail = at < text.length ? '\n\n' : '\n';
  return { start: at, end: at, text: withEol(lead + block + tail, eol) };
}

export const sectionMissing: Rule = {
  meta: {
    id: 'DL101',
    name: 'section-missing',
    description: { 'zh-CN': '报告应包含统一格式规定的六个部分', en: 'The report has all six sections of the unified format' },
    defaultSeverity: 'error',
    fixable: true,
    basis: { 'zh-CN': '《政府信息公开条例》第五十条；政府信息公开工作年度报告统一格式', en: 'Art. 50 of the Regulation; the unified format' },
    docs: {
      'zh-CN': '六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。修复会插入标准标题，第二、三、四部分连同本格式版本的标准表格（数字为 0），内容仍需人工填写。',
      en: 'The six sections are 总体情况, 主动公开政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议、行政诉讼情况, 存在的主要问题及改进情况, 其他需要报告的事项. The fix inserts the standard heading and, for sections 2–4, the standard tables of the format version filled with 0; the content is still the writer’s to write.',
    },
  },
  check({ report, emit, lang }) {
    const present = new Set(report.sections.map((s) => s.no));
    for (const def of report.format.sections) {
      if (present.has(def.no)) continue;
      const { at, span } = insertionPoint(report, def.no);
      const block = standardSection(report.format, def, report.depth);
      emit({
        ...span,
        messageId: 'section.missing',
        data: { ordinal: ordinal(def.no, lang), title: def.title },
        expected: standardTitle(def),
        fix: { messageId: 'fix.insertSection', data: { ordinal: ordinal(def.no, lang), title: def.title }, edits: [insertEdit(report.text, at, block, report.eol)] },
      });
    }
  },
};
