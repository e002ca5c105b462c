import type { Rule } from './rule.js';
import { itemLabel, tableName } from './util.js';

export const rowUnknown: Rule = {
  meta: {
    id: 'DL204',
    name: 'row-unknown',
    description: { 'zh-CN': '标准表格中不应有统一格式之外的行', en: 'Standard tables have no rows outside the unified format' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '自行增加的行、截断或错乱的行标签、重复的行和没有标签的数据行都会被报告；能判断原意时给出“是否应为……”并可一键改为标准标签。这些行的数字不参与勾稽核对。',
      en: 'Rows of one’s own, truncated or garbled labels, repeated rows and unlabelled rows of numbers are reported; where the intended row is clear, the message asks "did you mean …" and the fix writes the standard label. Such rows do not take part in the arithmetic.',
    },
  },
  check({ report, emit, lang }) {
    for (const t of report.tables) {
      const table = tableName(t.def, lang);
      const present = new Set(t.rows.map((r) => r.item.id));
      for (const u of t.unknownRows) {
        if (u.duplicate) {
          emit({ ...u.span, messageId: 'row.duplicate', data: { table, label: itemLabel(u.duplicate) } });
          continue;
        }
        if (u.text === '') {
          emit({ ...u.span, messageId: 'row.unlabeled', data: { table } });
          continue;
        }
        const s = u.suggestions.find((x) => !present.has(x.id));
        if (s) {
          emit({
            ...u.span,
            messageId: 'row.unknownSuggest',
            data: { table, label: u.text, suggestion: s.label },
            expected: s.label,
            actual: u.text,
            fix: { messageId: 'fix.renameLabel', data: { value: s.label }, edits: [{ ...u.span, text: s.label }] },
          });
        } else {
          emit({ ...u.span, messageId: 'row.unknown', data: { table, label: u.text }, actual: u.text });
        }
      }
    }
  },
};
