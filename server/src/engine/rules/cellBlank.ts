import type { Rule } from './rule.js';
import { allCells, cellName, rowOf, setCellEdit } from './util.js';

export const cellBlank: Rule = {
  meta: {
    id: 'DL301',
    name: 'cell-blank',
    description: { 'zh-CN': '标准表格的数字单元格不应为空', en: 'Number cells of standard tables are not blank' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '空白单元格无法区分“没有发生”和“漏填”。没有发生的事项填 0。核对勾稽关系时空白按 0 计算。修复会填入 0。',
      en: 'A blank cell cannot tell "none" from "forgotten". Write 0 for none. In the arithmetic a blank counts as 0. The fix writes 0.',
    },
  },
  check({ report, emit }) {
    for (const { t, c } of allCells(report.tables)) {
      if (c.value.kind !== 'blank') continue;
      emit({
        ...c.cell.span,
        messageId: 'cell.blank',
        data: { cell: cellName(t, c) },
        expected: 0,
        actual: '',
        fix: { messageId: 'fix.fillZero', edits: [setCellEdit(c.cell, '0', report.text, rowOf(t, c))] },
      });
    }
  },
};
