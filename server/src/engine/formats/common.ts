// What the 2019 and the 2021 unified formats share: the six sections, the section 三 table (all
// but its （六） rows) and the section 四 table. Source: ../shared/reference/unified-format.md.
import type { AxisItem, Relation, SectionDef, TableDef } from './types.js';

export const SECTIONS: SectionDef[] = [
  {
    no: 1,
    title: '总体情况',
    variants: ['基本情况', '总体概况', '概述', '工作概况'],
    wrongTitles: [],
    requirement: {
      'zh-CN': '概述本年度政府信息公开工作（主动公开、依申请公开、政府信息管理、平台建设、监督保障）；人民政府的报告须在此说明工作考核、社会评议和责任追究结果。',
      en: 'An overview of the year’s disclosure work (proactive disclosure, requests, information management, platforms, supervision); a people’s government reports its assessment, public review and accountability results here.',
    },
    article: '《政府信息公开条例》第五十条',
  },
  {
    no: 2,
    title: '主动公开政府信息情况',
    variants: ['主动公开政府信息的情况', '主动公开情况', '主动公开政府信息工作情况'],
    wrongTitles: [],
    requirement: {
      'zh-CN': '第五十条第（一）项：行政机关主动公开政府信息的情况，按第二十条各项分表填报。',
      en: 'Art. 50 (1): how the agency published information proactively, in the tables of the items of Art. 20.',
    },
    article: '《政府信息公开条例》第五十条第（一）项',
  },
  {
    no: 3,
    title: '收到和处理政府信息公开申请情况',
    variants: ['收到和处理政府信息公开申请的情况', '依申请公开政府信息情况', '政府信息公开申请情况'],
    wrongTitles: [],
    requirement: {
      'zh-CN': '第五十条第（二）项：行政机关收到和处理政府信息公开申请的情况；表中数据须满足勾稽关系：第一项加第二项之和，等于第三项加第四项之和。',
      en: 'Art. 50 (2): the requests received and how they were handled; the table must balance: item 1 + item 2 = item 3 + item 4.',
    },
    article: '《政府信息公开条例》第五十条第（二）项',
  },
  {
    no: 4,
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: [
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
      '政府信息公开行政复议、行政诉讼的情况',
      '行政复议、行政诉讼情况',
    ],
    wrongTitles: [],
    requirement: {
      'zh-CN': '第五十条第（三）项：因政府信息公开工作被申请行政复议、提起行政诉讼的情况。',
      en: 'Art. 50 (3): administrative reconsiderations and lawsuits brought over disclosure work.',
    },
    article: '《政府信息公开条例》第五十条第（三）项',
  },
  {
    no: 5,
    title: '存在的主要问题及改进情况',
    variants: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况', '存在的问题及改进情况', '存在的主要问题及改进措施'],
    wrongTitles: ['下一步工作打算', '下一步工作计划', '下一步工作安排', '工作计划', '下步工作打算', '今后工作打算'],
    requirement: {
      'zh-CN': '第五十条第（四）项：政府信息公开工作存在的主要问题及改进情况（不能只写下一步工作打算）；各级人民政府的报告还应包括工作考核、社会评议和责任追究结果情况。',
      en: 'Art. 50 (4): the main problems of the disclosure work and how they were addressed (plans for next year alone are not enough); a people’s government also reports assessment, public review and accountability results.',
    },
    article: '《政府信息公开条例》第五十条第（四）项',
  },
  {
    no: 6,
    title: '其他需要报告的事项',
    variants: ['其他需要报告的事', '其他事项', '其他需要说明的事项'],
    wrongTitles: [],
    requirement: {
      'zh-CN': '第五十条第（五）项：其他需要报告的事项（2021年版格式下通常包括收取信息处理费的情况）。',
      en: 'Art. 50 (5): other matters to report (in the 2021 format usually including any information processing fees charged).',
    },
    article: '《政府信息公开条例》第五十条第（五）项',
  },
];

const SECTION3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const SECTION3_COLUMNS: AxisItem[] = [
  { id: 'applicant', label: '申请人情况', group: true },
  { id: 'natural', label: '自然人', parent: 'applicant' },
  { id: 'legal', label: '法人或其他组织', parent: 'applicant', group: true, variants: ['法人或者其他组织'] },
  { id: 'business', label: '商业企业', parent: 'legal' },
  { id: 'research', label: '科研机构', parent: 'legal' },
  { id: 'nonprofit', label: '社会公益组织', parent: 'legal' },
  { id: 'lawService', label: '法律服务机构', parent: 'legal' },
  { id: 'otherOrg', label: '其他', parent: 'legal' },
  { id: 'total', label: '总计', parent: 'applicant', variants: ['合计'] },
];

const APPLICANT_LEAVES = ['natural', 'business', 'research', 'nonprofit', 'lawService', 'otherOrg'];

/** Rows of the section 三 table before its （六） rows. */
const SECTION3_HEAD: AxisItem[] = [
  { id: 'new', label: '一、本年新收政府信息公开申请数量', variants: ['本年新收申请数量', '本年新收政府信息公开申请'] },
  { id: 'carried', label: '二、上年结转政府信息公开申请数量', variants: ['上年结转申请数量', '上年结转政府信息公开申请'] },
  { id: 'results', label: '三、本年度办理结果', group: true, variants: ['本年办理结果'] },
  { id: 'r1', label: '（一）予以公开', parent: 'results' },
  { id: 'r2', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', parent: 'results' },
  { id: 'r3', label: '（三）不予公开', parent: 'results', group: true },
  { id: 'r3.1', label: '1.属于国家秘密', parent: 'r3' },
  { id: 'r3.2', label: '2.其他法律行政法规禁止公开', parent: 'r3' },
  { id: 'r3.3', label: '3.危及“三安全一稳定”', parent: 'r3', variants: ['危及三安全一稳定', '危及国家安全、公共安全、经济安全和社会稳定'] },
  { id: 'r3.4', label: '4.保护第三方合法权益', parent: 'r3' },
  { id: 'r3.5', label: '5.属于三类内部事务信息', parent: 'r3' },
  { id: 'r3.6', label: '6.属于四类过程性信息', parent: 'r3' },
  { id: 'r3.7', label: '7.属于行政执法案卷', parent: 'r3' },
  { id: 'r3.8', label: '8.属于行政查询事项', parent: 'r3' },
  { id: 'r4', label: '（四）无法提供', parent: 'results', group: true },
  { id: 'r4.1', label: '1.本机关不掌握相关政府信息', parent: 'r4' },
  { id: 'r4.2', label: '2.没有现成信息需要另行制作', parent: 'r4' },
  { id: 'r4.3', label: '3.补正后申请内容仍不明确', parent: 'r4' },
  { id: 'r5', label: '（五）不予处理', parent: 'results', group: true },
  { id: 'r5.1', label: '1.信访举报投诉类申请', parent: 'r5' },
  { id: 'r5.2', label: '2.重复申请', parent: 'r5' },
  { id: 'r5.3', label: '3.要求提供公开出版物', parent: 'r5' },
  { id: 'r5.4', label: '4.无正当理由大量反复申请', parent: 'r5' },
  { id: 'r5.5', label: '5.要求行政机关确认或重新出具已获取信息', parent: 'r5' },
];

const SECTION3_TAIL: AxisItem[] = [
  { id: 'r7', label: '（七）总计', parent: 'results', variants: ['合计'] },
  { id: 'next', label: '四、结转下年度继续办理', variants: ['结转下年度继续办理申请数量', '结转下年度'] },
];

/** The section 三 table of a version, given its （六） rows. */
export function section3Table(sixRows: AxisItem[]): TableDef {
  const rows = [...SECTION3_HEAD, ...sixRows, ...SECTION3_TAIL];
  const leaves = rows.filter((r) => r.parent !== undefined && !r.group && r.id !== 'r7').map((r) => r.id);
  const relations: Relation[] = [
    {
      id: 'balance',
      axis: 'rows',
      left: ['new', 'carried'],
      right: ['r7', 'next'],
      official: true,
      name: { 'zh-CN': '勾稽关系：第一项 + 第二项 = 第三项（七）总计 + 第四项', en: 'balance: item 1 + item 2 = item 3 (7) total + item 4' },
    },
    {
      id: 'results-total',
      axis: 'rows',
      left: ['r7'],
      right: leaves,
      name: { 'zh-CN': '（七）总计 = 各项办理结果之和', en: '(7) total = sum of all handling results' },
    },
    {
      id: 'applicant-total',
      axis: 'columns',
      left: ['total'],
      right: APPLICANT_LEAVES,
      name: { 'zh-CN': '总计 = 自然人 + 法人或其他组织各列之和', en: 'total = natural persons + each kind of legal person' },
    },
  ];
  return {
    id: '3',
    section: 3,
    name: { 'zh-CN': '收到和处理政府信息公开申请情况', en: 'requests received and handled' },
    cornerNote: SECTION3_CORNER,
    rows,
    columns: SECTION3_COLUMNS,
    relations,
  };
}

const OUTCOMES: Array<[string, string]> = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
];

function outcomeColumns(group: string): AxisItem[] {
  return OUTCOMES.map(([id, label]) => ({ id: `${group}.${id}`, label, parent: group, ...(id === 'total' ? { variants: ['合计'] } : {}) }));
}

function outcomeTotal(group: string, name: string, en: string): Relation {
  return {
    id: `${group}-total`,
    axis: 'columns',
    left: [`${group}.total`],
    right: OUTCOMES.filter(([id]) => id !== 'total').map(([id]) => `${group}.${id}`),
    name: { 'zh-CN': `${name}总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`, en: `${en} total = upheld + corrected + other + pending` },
  };
}

export const SECTION4_TABLE: TableDef = {
  id: '4',
  section: 4,
  name: { 'zh-CN': '政府信息公开行政复议、行政诉讼情况', en: 'reconsiderations and lawsuits' },
  singleRow: true,
  rows: [{ id: 'cases', label: '' }],
  columns: [
    { id: 'review', label: '行政复议', group: true },
    ...outcomeColumns('review'),
    { id: 'lawsuit', label: '行政诉讼', group: true },
    { id: 'direct', label: '未经复议直接起诉', parent: 'lawsuit', group: true },
    ...outcomeColumns('direct'),
    { id: 'after', label: '复议后起诉', parent: 'lawsuit', group: true },
    ...outcomeColumns('after'),
  ],
  relations: [
    outcomeTotal('review', '行政复议', 'reconsideration'),
    outcomeTotal('direct', '未经复议直接起诉', 'lawsuit without reconsideration'),
    outcomeTotal('after', '复议后起诉', 'lawsuit after reconsideration'),
  ],
};

/** A section 二 table: one caption, one label column "信息内容", a few rows and columns. */
export function section2Table(id: string, item: string, rows: AxisItem[], columns: AxisItem[]): TableDef {
  return {
    id,
    section: 2,
    name: { 'zh-CN': `第二十条第（${item}）项`, en: `Art. 20 item (${item})` },
    caption: `第二十条第（${item}）项`,
    rowHeader: '信息内容',
    rows,
    columns,
    relations: [],
  };
}
