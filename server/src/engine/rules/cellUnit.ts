import type { Rule } from './rule.js';
import { allCells, cellName } from './util.js';

export const cellUnit: Rule = {
  meta: {
    id: 'DL305',
    name: 'cell-unit',
    description: { 'zh-CN': '单元格中的单位与列一致', en: 'Units written in cells agree with the column' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式（收费金额单位：万元）', en: 'the unified format (fees in 万元)' },
    docs: {
      'zh-CN': '件数单元格只填数字，“3件”的单位可去掉（修复）。金额单元格可以自带单位（如2019年版“采购总金额”写“197.5万”）；与表头单位不同时（表头为万元、单元格写“2000元”）会提示折合后的数值，核对时按折合值计算。',
      en: 'Count cells hold only the number; the unit of "3件" can be removed (fix). Money cells may carry their own unit (the 2019 procurement amount is often "197.5万"); when it differs from the column’s (万元 against "2000元"), the converted value is shown and used.',
    },
  },
  check({ report, emit }) {
    for (const { t, c, col } of allCells(report.tables)) {
      const v = c.value;
      if (v.kind !== 'number' || !v.unit) continue;
      if (col.value === 'money') {
        if (col.unit && v.unit !== col.unit && !(col.unit === '万元' && v.unit === '万')) {
          emit({ ...c.cell.span, messageId: 'cell.moneyUnit', data: { cell: cellName(t, c), unit: v.unit, expected: col.unit, value: v.value } });
        }
        continue;
      }
      const written = report.text.slice(c.cell.span.start, c.cell.span.end);
      const value = written.replace(/\s*[^\d\s.,+\-−０-９．，＋－]+\s*$/u, '');
      emit({ ...c.cell.span, messageId: 'cell.countUnit', data: { cell: cellName(t, c), unit: v.unit }, expected: value, actual: written, fix: { messageId: 'fix.removeUnit', data: { value }, edits: [{ ...c.cell.span, text: value }] } });
    }
  },
};
