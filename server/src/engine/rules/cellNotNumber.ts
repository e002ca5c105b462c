import type { Rule } from './rule.js';
import { allCells, cellName, setCellEdit } from './util.js';

export const cellNotNumber: Rule = {
  meta: {
    id: 'DL302',
    name: 'cell-not-number',
    description: { 'zh-CN': '标准表格的数字单元格只填数字', en: 'Number cells of standard tables hold numbers' },
    defaultSeverity: 'error',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '“/”“—”“无”等占位符和文字都不是数字，无法汇总。占位符表示没有时，修复会改为 0；文字须人工改正。核对勾稽关系时占位符按 0 计算，文字单元格所在的关系不核对。',
      en: 'Placeholders such as "/", "—" or "无" and words are not numbers and cannot be rolled up. For a placeholder meaning none, the fix writes 0; words must be corrected by hand. In the arithmetic a placeholder counts as 0, and relations through a cell of words are not checked.',
    },
  },
  check({ report, emit }) {
    for (const { t, c } of allCells(report.tables)) {
      const v = c.value;
      if (v.kind === 'placeholder') {
        emit({ ...c.cell.span, messageId: 'cell.placeholder', data: { cell: cellName(t, c), text: v.text }, expected: 0, actual: v.text, fix: { messageId: 'fix.fillZero', edits: [setCellEdit(c.cell, '0', report.text)] } });
      } else if (v.kind === 'text') {
        emit({ ...c.cell.span, messageId: 'cell.notNumber', data: { cell: cellName(t, c), text: v.text }, actual: v.text });
      }
    }
  },
};
