// What the content rules look for in the prose, as data: the words that show a report says what
// the Regulation requires, and the words by which a preamble names the report's parts. Shared by
// both format versions; the rules read them from here, never type them again.
import type { SectionNo } from './types.js';

/** Who must report assessment, public review and accountability (Art. 50 (4)): a people's government itself. */
export const GOVERNMENT = {
  /** A title agency ending with this is a government (not "…人民政府办公室", "…人民政府外事办公室"). */
  suffix: '人民政府',
  /** Front matter `level:` values. */
  government: ['government', '人民政府', '政府'],
  department: ['department', '部门', '办公室', 'office'],
};

/** The three things a government reports (2021: inside 一、总体情况, under 监督保障). */
export const ASSESSMENT_ITEMS: Array<{ label: string; words: string[] }> = [
  { label: '工作考核', words: ['考核'] },
  { label: '社会评议', words: ['社会评议', '评议'] },
  { label: '责任追究', words: ['责任追究', '追究责任', '追责'] },
];

/**
 * Section 五 names problems: one of these words, or a pattern such as "存在…问题". A bare "问题"
 * is not enough ("围绕群众关心的问题" is a plan, not a shortcoming).
 */
export const PROBLEM_WORDS = ['不足', '短板', '差距', '薄弱', '不够', '欠缺', '滞后', '不到位', '不充分', '不完善', '不规范', '不平衡', '有待'];
export const PROBLEM_PATTERNS = ['存在[^。；]{0,40}?问题', '问题(?:主要)?(?:有|是|表现|体现|在于|集中)', '主要问题'];

/** Section 六 (2021 format) says whether 信息处理费 was charged. */
export const FEE_WORDS = ['信息处理费', '处理费', '收取', '收费'];

/** Words that introduce the statistics period. */
export const PERIOD_WORDS = ['统计期限', '统计时限', '统计期间', '统计时间', '统计区间', '统计范围', '数据统计期限', '数据期限'];

/** After a year in the preamble, these words make it the report's own year ("2023年度政府信息公开工作"). */
export const REPORT_YEAR_AFTER = '(?:年度?)(?:的)?(?:政府信息公开|政务公开|信息公开|(?:工作)?(?:年度)?报告|年报)';
/** …unless a plan or a notice follows ("2024年政务公开工作要点"): that year is the document's, not the report's. */
export const NOT_REPORT_YEAR_AFTER = ['要点', '方案', '规划', '计划', '通知', '任务', '安排'];

/** How a preamble names each part, besides the standard title and its variants (SECTIONS). */
export const PART_WORDS: Record<SectionNo, string[]> = {
  1: ['总体情况', '基本情况', '总体概况', '工作概况', '概述'],
  2: ['主动公开'],
  3: ['收到和处理', '依申请公开', '处理政府信息公开申请', '申请情况'],
  4: ['行政复议', '行政诉讼'],
  5: ['存在的主要问题', '存在的问题', '主要问题', '改进情况', '改进措施', '下一步工作打算', '工作打算', '工作计划'],
  6: ['其他需要报告', '其他事项', '其他需要说明'],
};

/** The sentence of the preamble that lists the parts: its verb, and what ends the list. */
export const PARTS_LEAD = '(?:本报告|本年度报告|年度报告|报告|全文)(?:主要)?(?:由|包括|包含|分为|共分为|共有|内容包括|主要包括)';
export const PARTS_TAIL = '(?:等)?(?:([一二三四五六七八九十\\d]+)个)?(?:部分|方面)';

/** Enumerations that announce a total ("…480条，总计发布信息2057条"): the words and the units. */
export const TOTAL_WORDS = ['总计', '共计', '合计', '累计', '总共', '一共'];
/** Before 累计 these make it a running total over the years, not the sum of the items listed. */
export const RUNNING_TOTAL_BEFORE = ['截至', '截止', '至今', '历年', '现行', '对外公开', '目前'];
/** Words that make a number approximate: before it, and after its unit. */
export const APPROXIMATE_BEFORE = ['约', '近', '超过', '逾', '大约', '不到'];
export const APPROXIMATE_AFTER = ['左右', '以上', '以下', '多'];
export const ENUMERATION_UNITS = ['人次', '万元', '条', '件', '篇', '次', '个', '项', '期', '场', '份', '起', '名', '家', '批', '元', '人'];
