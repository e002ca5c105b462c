// Phrases in the prose that restate a table cell, as data. Each names the cells it restates by the
// template's ids (table id, row id, column id: a group row or column stands for the sum of its
// leaves), the words that lead to the number, and the words the sentence must mention for the
// subject to be certain. Precision over recall: a phrase is listed only when its subject is clearly
// the quantity of the cell. The matcher is text/claimMatch.ts.
import type { SectionNo } from '../formats/types.js';

export interface CellRef {
  row: string;
  col: string;
}

export interface ClaimDef {
  /** Stable name, for tests. */
  id: string;
  table: string;
  /** The cells whose sum the number restates. */
  cells: CellRef[];
  /** Regex source of the words just before the number. */
  lead: string;
  /** One of these must occur in the scope… */
  subject: string[];
  /** …the sentence, or the whole paragraph (for results listed after the count they belong to). */
  scope: 'sentence' | 'paragraph';
  /** …or the phrase stands in one of these sections. */
  sections?: SectionNo[];
  /** Regex source: words before the lead, in its clause, that make the number about something else. */
  unless?: string;
  /** The sentence says the count includes last year's carry-over: compare with these cells instead. */
  including?: CellRef[];
  /** A negative phrase ("未接到…申请") that means 0, with no number of its own. */
  none?: boolean;
}

const RECEIVED = '(?:收到|受理|接到|接收|新收)';
const APPLICATION = '(?:政府信息公开|信息公开|依申请公开)?申请';
/** "政府信息公开申请", "依申请公开申请": the request is a disclosure request. */
const DISCLOSURE_REQUEST = '(?:政府信息公开|信息公开|依申请公开)(?:的)?申请';
/** Whose requests: "各类", "群众", "申请人提交的". Anything else (行政许可申请) is another kind of request. */
const WHOSE = '(?:了)?(?:各类|各种|群众|公民|社会公众|公众|[^，。；：！？\\d]{1,8}?(?:提交|提出|递交)的)?';
const TOTAL = [{ row: 'new', col: 'total' }];
const REQUEST = ['申请'];
/** The agency handles cases as the reviewing body, not as the party. */
const AS_REVIEWER = '办理|受理|审理|审结|办结|代理';
const DISCLOSURE = ['信息公开'];

export const CLAIMS: ClaimDef[] = [
  {
    id: 'requests.received',
    table: '3',
    cells: TOTAL,
    lead: `${RECEIVED}${WHOSE}${DISCLOSURE_REQUEST}(?!人)`,
    subject: REQUEST,
    scope: 'sentence',
    including: [{ row: 'new', col: 'total' }, { row: 'carried', col: 'total' }],
  },
  {
    // "共收到申请69件": only in a paragraph about disclosure requests.
    id: 'requests.receivedBare',
    table: '3',
    cells: TOTAL,
    lead: `${RECEIVED}${WHOSE}申请(?!人)`,
    subject: ['政府信息公开申请', '信息公开申请', '依申请公开'],
    scope: 'paragraph',
    including: [{ row: 'new', col: 'total' }, { row: 'carried', col: 'total' }],
  },
  {
    id: 'requests.none',
    table: '3',
    cells: TOTAL,
    lead: `(?:未|没有|无)(?:收到|接到|接收)(?:过)?(?:任何)?${APPLICATION}(?!人)|(?<![^，。；：\\s])(?:全年|本年度?|今年)?无(?:政府信息公开|信息公开|依申请公开)申请(?!人)`,
    subject: REQUEST,
    scope: 'sentence',
    none: true,
  },
  { id: 'requests.carried', table: '3', cells: [{ row: 'carried', col: 'total' }], lead: '(?<!下)(?:上年度?|上一年度?)结转(?:的)?(?:政府信息公开)?(?:申请)?', subject: REQUEST, scope: 'sentence' },
  { id: 'requests.handled', table: '3', cells: [{ row: 'r7', col: 'total' }], lead: '办结(?:政府信息公开)?(?:申请)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'results.granted', table: '3', cells: [{ row: 'r1', col: 'total' }], lead: '(?<![不未])予以公开(?:的)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'results.partial', table: '3', cells: [{ row: 'r2', col: 'total' }], lead: '部分公开(?:的)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'results.refused', table: '3', cells: [{ row: 'r3', col: 'total' }], lead: '不予公开(?:的)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'results.unable', table: '3', cells: [{ row: 'r4', col: 'total' }], lead: '无法提供(?:的)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'results.notHandled', table: '3', cells: [{ row: 'r5', col: 'total' }], lead: '不予处理(?:的)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'results.other', table: '3', cells: [{ row: 'r6', col: 'total' }], lead: '其他处理(?:的)?', subject: REQUEST, scope: 'paragraph' },
  { id: 'requests.next', table: '3', cells: [{ row: 'next', col: 'total' }], lead: '结转下一?年度?(?:继续)?(?:办理)?(?:的)?', subject: REQUEST, scope: 'paragraph' },
  {
    id: 'review',
    table: '4',
    cells: [{ row: 'cases', col: 'review.total' }],
    lead: '行政复议(?:的)?(?:案件|申请|案)?',
    subject: DISCLOSURE,
    scope: 'sentence',
    sections: [4],
    unless: AS_REVIEWER,
  },
  {
    id: 'review.none',
    table: '4',
    cells: [{ row: 'cases', col: 'review.total' }],
    lead: '(?:未发生|未出现|没有发生|没有出现|未被|没有被)[^，。；！？\\d]{0,16}?行政复议',
    subject: DISCLOSURE,
    scope: 'sentence',
    sections: [4],
    unless: AS_REVIEWER,
    none: true,
  },
  {
    id: 'lawsuit',
    table: '4',
    cells: [{ row: 'cases', col: 'direct.total' }, { row: 'cases', col: 'after.total' }],
    lead: '行政诉讼(?:的)?(?:案件|案)?',
    subject: DISCLOSURE,
    scope: 'sentence',
    sections: [4],
    unless: AS_REVIEWER,
  },
  {
    id: 'lawsuit.none',
    table: '4',
    cells: [{ row: 'cases', col: 'direct.total' }, { row: 'cases', col: 'after.total' }],
    lead: '(?:未发生|未出现|没有发生|没有出现|未被|没有被)[^，。；！？\\d]{0,24}?行政诉讼',
    subject: DISCLOSURE,
    scope: 'sentence',
    sections: [4],
    unless: AS_REVIEWER,
    none: true,
  },
  { id: 'normative.made', table: '2.1', cells: [{ row: 'normative', col: 'made' }], lead: '(?:制发|出台|制定|印发|新制作)(?:并公开)?(?:了)?(?:行政)?规范性文件', subject: ['规范性文件'], scope: 'sentence' },
  { id: 'normative.repealed', table: '2.1', cells: [{ row: 'normative', col: 'repealed' }], lead: '废止(?:了)?(?:行政)?规范性文件', subject: ['规范性文件'], scope: 'sentence' },
  { id: 'normative.inForce', table: '2.1', cells: [{ row: 'normative', col: 'inForce' }], lead: '现行有效(?:的)?(?:行政)?规范性文件', subject: ['规范性文件'], scope: 'sentence' },
  { id: 'rules.made', table: '2.1', cells: [{ row: 'rules', col: 'made' }], lead: '(?:制发|出台|制定|新制作)(?:并公开)?(?:了)?规章', subject: ['规章'], scope: 'sentence' },
];

/** Words after a count that say it includes last year's carry-over ("（含上年结转4件）"). */
export const INCLUDES_CARRIED = /(?:含|包括|包含|其中)(?:上年度?|上一年度?|去年)(?:度)?结转/u;

/** Right after a count, a note that it includes something else ("32件（含部分公开7件）"): not the cell's quantity. */
export const INCLUDES_OTHER = /^\s*[（(]\s*(?:含|包括|包含)/u;

/** Words before the lead, in its clause, that make a number about another year or an average. */
export const OTHER_PERIOD = /上年|上一年|去年|前年|同比|环比|较|比上|平均|日均|月均|年均/u;

/** What may stand between the lead and the number. */
export const FILLER = '(?:数量|总数|总量)?(?:共|共计|合计|总计|累计|计|为|了|达)?';

/** Units a count of requests or cases is written with. */
export const COUNT_UNIT = '[件起个项宗]';
