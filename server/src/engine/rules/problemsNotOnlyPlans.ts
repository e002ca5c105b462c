import { PROBLEM_PATTERNS, PROBLEM_WORDS } from '../formats/content.js';
import type { Rule } from './rule.js';

const PATTERNS = PROBLEM_PATTERNS.map((p) => new RegExp(p, 'u'));

/** The text names a problem, not only a plan. */
export function namesProblems(text: string): boolean {
  return PROBLEM_WORDS.some((w) => text.includes(w)) || PATTERNS.some((re) => re.test(text));
}

export const problemsNotOnlyPlans: Rule = {
  meta: {
    id: 'DL604',
    name: 'problems-not-only-plans',
    description: { 'zh-CN': '第五部分说明存在的主要问题，不只写下一步工作打算', en: 'Section 5 states the problems, not only next year’s plans' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '《政府信息公开条例》第五十条第（四）项', en: 'Art. 50 (4) of the Regulation' },
    docs: {
      'zh-CN': '第五部分应报告政府信息公开工作存在的主要问题及改进情况。只写“下一步工作打算”、找不到任何问题的表述（“存在……问题”“不足”“短板”“差距”“薄弱”“不够”等）时提示。单独的“群众关心的问题”不算说明了问题。',
      en: 'Section 5 reports the main problems of the disclosure work and how they were addressed. Flagged when it only gives plans and names no problem (存在…问题, 不足, 短板, 差距, 薄弱, 不够 …). "Issues the public cares about" alone does not name a problem.',
    },
  },
  check({ report, emit }) {
    const s5 = report.sections.find((s) => s.no === 5);
    if (!s5) return;
    const body = report.text.slice(s5.body.start, s5.body.end).replace(/<!--[\s\S]*?-->/gu, '');
    if (body.trim() === '' || namesProblems(body)) return;
    emit({ ...s5.titleSpan, messageId: 'content.problems' });
  },
};
