// The 2021 unified format, 国办公开办函〔2021〕30号: report years 2021 and later.
import { SECTION4_TABLE, SECTIONS, section2Table, section3Table } from './common.js';
import type { FormatDef } from './types.js';

const DECISIONS = { id: 'decisions', label: '本年处理决定数量', variants: ['处理决定数量'] };

export const FORMAT_2021: FormatDef = {
  version: '2021',
  notice: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections: SECTIONS,
  tables: [
    section2Table(
      '2.1',
      '一',
      [
        { id: 'rules', label: '规章' },
        { id: 'normative', label: '行政规范性文件', variants: ['规范性文件'] },
      ],
      [
        { id: 'made', label: '本年制发件数' },
        { id: 'repealed', label: '本年废止件数' },
        { id: 'inForce', label: '现行有效件数' },
      ],
    ),
    section2Table('2.5', '五', [{ id: 'licensing', label: '行政许可' }], [DECISIONS]),
    section2Table(
      '2.6',
      '六',
      [
        { id: 'penalty', label: '行政处罚' },
        { id: 'enforcement', label: '行政强制' },
      ],
      [DECISIONS],
    ),
    section2Table(
      '2.8',
      '八',
      [{ id: 'fees', label: '行政事业性收费' }],
      [{ id: 'amount', label: '本年收费金额（单位：万元）', value: 'money', unit: '万元', variants: ['本年收费金额'] }],
    ),
    section3Table([
      { id: 'r6', label: '（六）其他处理', parent: 'results', group: true },
      { id: 'r6.1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', parent: 'r6' },
      { id: 'r6.2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', parent: 'r6' },
      { id: 'r6.3', label: '3.其他', parent: 'r6' },
    ]),
    SECTION4_TABLE,
  ],
};
