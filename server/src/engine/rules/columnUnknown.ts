import type { Rule } from './rule.js';
import { tableName } from './util.js';

export const columnUnknown: Rule = {
  meta: {
    id: 'DL207',
    name: 'column-unknown',
    description: { 'zh-CN': '标准表格中不应有统一格式之外的列', en: 'Standard tables have no columns outside the unified format' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '自行增加或写错的列标题、重复的列会被报告；能判断原意时可一键改为标准列标题。',
      en: 'Columns of one’s own, misspelt or repeated column headings are reported; where the intended column is clear, the fix writes the standard heading.',
    },
  },
  check({ report, emit, lang }) {
    for (const t of report.tables) {
      const table = tableName(t.def, lang);
      const present = new Set(t.columns.map((c) => c.item.id));
      for (const u of t.unknownColumns) {
        if (u.duplicate) {
          emit({ ...u.span, messageId: 'column.duplicate', data: { table, label: u.duplicate.label } });
          continue;
        }
        const s = u.suggestions.find((x) => !present.has(x.id));
        if (s) {
          emit({ ...u.span, messageId: 'column.unknownSuggest', data: { table, label: u.text, suggestion: s.label }, expected: s.label, actual: u.text, fix: { messageId: 'fix.renameLabel', data: { value: s.label }, edits: [{ ...u.span, text: s.label }] } });
        } else {
          emit({ ...u.span, messageId: 'column.unknown', data: { table, label: u.text }, actual: u.text });
        }
      }
    }
  },
};
