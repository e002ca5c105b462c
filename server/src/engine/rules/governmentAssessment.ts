import { ASSESSMENT_ITEMS, GOVERNMENT } from '../formats/content.js';
import { agencyKey } from '../model/previous.js';
import type { Report } from '../model/report.js';
import type { Rule } from './rule.js';

/** A people's government itself (front matter `level:`, else LintOptions.level, else a title agency ending with 人民政府). */
export function isGovernment(report: Report): boolean {
  const level = report.frontMatter?.data['level'];
  if (typeof level === 'string') {
    const l = level.trim().toLowerCase();
    if (GOVERNMENT.government.includes(l)) return true;
    if (GOVERNMENT.department.includes(l)) return false;
  }
  if (report.level) return report.level === 'government';
  const agency = report.meta.agency;
  return agency !== undefined && agencyKey(agency).endsWith(GOVERNMENT.suffix);
}

export const governmentAssessment: Rule = {
  meta: {
    id: 'DL603',
    name: 'government-assessment',
    description: { 'zh-CN': '人民政府的报告写明工作考核、社会评议和责任追究结果', en: 'A government’s report states its assessment, public review and accountability results' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '《政府信息公开条例》第五十条第（四）项、第四十六条；国办公开办函〔2021〕30号', en: 'Arts. 50 (4) and 46 of the Regulation; the 2021 notice' },
    docs: {
      'zh-CN': '各级人民政府（不是其部门或办公室）的年度报告应报告政府信息公开工作考核、社会评议和责任追究结果情况；2021年版格式要求写在“一、总体情况”中（监督保障）。标题中的机关以“人民政府”结尾，或前置元数据 `level: government` 时检查；“某某县人民政府办公室”等部门不检查。',
      en: 'The report of a people’s government (not of its departments or offices) states the results of disclosure assessment, public review and accountability; the 2021 format puts them in section 1 (supervision). Checked when the title’s agency ends with 人民政府 or the front matter says `level: government`; "…人民政府办公室" and other departments are not.',
    },
  },
  check({ report, emit }) {
    if (!isGovernment(report)) return;
    const s1 = report.sections.find((s) => s.no === 1);
    const in2021 = report.format.version === '2021' && s1 !== undefined;
    const text = in2021 ? report.text.slice(s1.body.start, s1.body.end) : report.text;
    const missing = ASSESSMENT_ITEMS.filter((item) => !item.words.some((w) => text.includes(w))).map((item) => item.label);
    if (missing.length === 0) return;
    const span = in2021 ? s1.titleSpan : (report.title?.span ?? { start: 0, end: 0 });
    emit({ ...span, messageId: in2021 ? 'content.assessment2021' : 'content.assessment', data: { missing: missing.join('、') } });
  },
};
