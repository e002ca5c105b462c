// The 2019 unified format (试行), 国办公开办函〔2019〕60号: report years 2019 and 2020.
import { SECTION4_TABLE, SECTIONS, section2Table, section3Table } from './common.js';
import type { AxisItem, FormatDef } from './types.js';

const ITEM_COLUMNS: AxisItem[] = [
  { id: 'lastYear', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', value: 'signed-count', variants: ['本年增减', '本年增加/减少'] },
  { id: 'decisions', label: '处理决定数量' },
];

export const FORMAT_2019: FormatDef = {
  version: '2019',
  notice: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sections: SECTIONS,
  tables: [
    section2Table(
      '2.1',
      '一',
      [
        { id: 'rules', label: '规章' },
        { id: 'normative', label: '规范性文件', variants: ['行政规范性文件'] },
      ],
      [
        { id: 'made', label: '本年新制作数量' },
        { id: 'published', label: '本年新公开数量' },
        { id: 'inForce', label: '对外公开总数量' },
      ],
    ),
    section2Table(
      '2.5',
      '五',
      [
        { id: 'licensing', label: '行政许可' },
        { id: 'otherServices', label: '其他对外管理服务事项' },
      ],
      ITEM_COLUMNS,
    ),
    section2Table(
      '2.6',
      '六',
      [
        { id: 'penalty', label: '行政处罚' },
        { id: 'enforcement', label: '行政强制' },
      ],
      ITEM_COLUMNS,
    ),
    section2Table('2.8', '八', [{ id: 'fees', label: '行政事业性收费' }], ITEM_COLUMNS.slice(0, 2)),
    section2Table(
      '2.9',
      '九',
      [{ id: 'procurement', label: '政府集中采购' }],
      [
        { id: 'projects', label: '采购项目数量' },
        { id: 'amount', label: '采购总金额', value: 'money' },
      ],
    ),
    section3Table([{ id: 'r6', label: '（六）其他处理', parent: 'results' }]),
    SECTION4_TABLE,
  ],
};
