import type { Rule } from './rule.js';
import { itemLabel, tableName } from './util.js';

export const rowMissing: Rule = {
  meta: {
    id: 'DL203',
    name: 'row-missing',
    description: { 'zh-CN': '标准表格包含统一格式规定的全部行', en: 'Standard tables have every row of the unified format' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '统一格式的每一行都要列出，没有发生的事项填 0。缺行会使汇总统计错位，也使勾稽关系无法核对。',
      en: 'Every row of the unified format is printed; what did not happen is 0. A missing row shifts roll-ups and leaves the arithmetic unverifiable.',
    },
  },
  check({ report, emit, lang }) {
    for (const t of report.tables) {
      if (t.wrongVersion) continue;
      const present = new Set(t.rows.map((r) => r.item.id));
      const table = tableName(t.def, lang);
      if (t.def.singleRow) {
        if (present.size === 0) emit({ ...t.span, messageId: 'row.missing', data: { table, label: lang === 'en' ? 'data row' : '数据行' } });
        continue;
      }
      const order = t.def.rows.filter((r) => !r.group);
      order.forEach((item, i) => {
        if (present.has(item.id)) return;
        const next = order.slice(i + 1).find((r) => present.has(r.id));
        const anchor = next ? t.rows.find((r) => r.item.id === next.id)!.span : (t.rows[t.rows.length - 1]?.span ?? t.span);
        emit({ ...anchor, messageId: 'row.missing', data: { table, label: itemLabel(item) }, expected: item.label });
      });
    }
  },
};
