import { toHalfWidth } from '../text/numbers.js';
import type { Rule } from './rule.js';
import { allCells, cellName } from './util.js';

export const cellFullWidth: Rule = {
  meta: {
    id: 'DL304',
    name: 'cell-full-width',
    description: { 'zh-CN': '数字使用半角字符', en: 'Numbers use half-width digits' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '数据汇总与机器读取', en: 'roll-ups and machine reading' },
    docs: {
      'zh-CN': '全角数字（１２、，）在很多汇总表格和系统中不被识别为数字。修复会改为半角。',
      en: 'Full-width digits (１２) are not read as numbers by many spreadsheets and systems. The fix writes half-width digits.',
    },
  },
  check({ report, emit }) {
    for (const { t, c } of allCells(report.tables)) {
      if (c.value.kind !== 'number' || !c.value.fullWidth) continue;
      const text = report.text.slice(c.cell.span.start, c.cell.span.end);
      const expected = toHalfWidth(text);
      emit({ ...c.cell.span, messageId: 'cell.fullWidth', data: { cell: cellName(t, c), text, expected }, expected, actual: text, fix: { messageId: 'fix.halfWidth', data: { value: expected }, edits: [{ ...c.cell.span, text: expected }] } });
    }
  },
};
