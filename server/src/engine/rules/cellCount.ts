import type { Rule } from './rule.js';
import { allCells, cellName } from './util.js';

export const cellCount: Rule = {
  meta: {
    id: 'DL303',
    name: 'cell-count',
    description: { 'zh-CN': '件数为非负整数', en: 'Counts are non-negative whole numbers' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '申请件数、决定数量、文件件数等都是非负整数；只有2019年版“本年增/减”列可以带正负号。金额列（万元）可以有小数。',
      en: 'Requests, decisions and documents are counted in non-negative whole numbers; only the 2019 format’s 本年增/减 column may carry a sign. Money columns (万元) may have decimals.',
    },
  },
  check({ report, emit }) {
    for (const { t, c, col } of allCells(report.tables)) {
      const v = c.value;
      if (v.kind !== 'number' || col.value === 'money') continue;
      if (v.decimal) emit({ ...c.cell.span, messageId: 'cell.decimal', data: { cell: cellName(t, c), value: v.raw }, actual: v.raw });
      else if (v.raw < 0 && col.value !== 'signed-count') emit({ ...c.cell.span, messageId: 'cell.negative', data: { cell: cellName(t, c), value: v.raw }, actual: v.raw });
    }
  },
};
