import type { Rule } from './rule.js';
import { itemLabel, tableName } from './util.js';

export const columnMissing: Rule = {
  meta: {
    id: 'DL206',
    name: 'column-missing',
    description: { 'zh-CN': '标准表格包含统一格式规定的全部列，并有列标题', en: 'Standard tables have every column of the unified format, with headings' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '例如第三部分表格须有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计七列；第四部分须有行政复议、未经复议直接起诉、复议后起诉各五列。没有列标题的表格按位置识别，同时报告。',
      en: 'Section 3’s table has seven number columns (natural persons, five kinds of legal person, total); section 4’s has five for each of reconsideration, direct lawsuit and lawsuit after reconsideration. A table without column headings is read by position and reported.',
    },
  },
  check({ report, emit, lang }) {
    for (const t of report.tables) {
      if (t.wrongVersion) continue;
      const table = tableName(t.def, lang);
      const anchor = t.headerRows[0]?.span ?? t.block.rows[0]?.span ?? t.span;
      if (t.positional) {
        emit({ ...anchor, messageId: 'column.positional', data: { table } });
        continue;
      }
      const present = new Set(t.columns.map((c) => c.item.id));
      for (const item of t.def.columns) {
        if (item.group || present.has(item.id)) continue;
        const parent = item.parent ? t.def.columns.find((c) => c.id === item.parent) : undefined;
        const label = parent && !parent.parent && t.def.columns.filter((c) => c.label === item.label).length > 1 ? `${parent.label}·${itemLabel(item)}` : itemLabel(item);
        emit({ ...anchor, messageId: 'column.missing', data: { table, label }, expected: item.label });
      }
    }
  },
};
