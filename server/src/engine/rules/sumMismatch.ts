import { evaluate, formula, safeToSet } from '../model/arithmetic.js';
import type { Rule } from './rule.js';
import { cellName, rowOf, setCellEdit } from './util.js';

export const sumMismatch: Rule = {
  meta: {
    id: 'DL401',
    name: 'sum-mismatch',
    description: { 'zh-CN': '总计等于各项之和', en: 'Totals equal the sum of their parts' },
    defaultSeverity: 'error',
    fixable: true,
    basis: { 'zh-CN': '统一格式各表的总计栏（第三部分（七）总计与总计列，第四部分各总计）', en: 'the totals of the unified format’s tables (section 3’s (7) total row and total column, section 4’s totals)' },
    docs: {
      'zh-CN': '第三部分：（七）总计 = （一）+（二）+（三）1–8 +（四）1–3 +（五）1–5 +（六）（2021年版为其三项）；每一行的总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。第四部分：行政复议、未经复议直接起诉、复议后起诉的总计各等于结果维持 + 结果纠正 + 其他结果 + 尚未审结。均为精确整数关系。只有当把总计改为计算值能使经过该单元格的所有关系都成立时，才提供修复；各分项本身互相矛盾时不“修”总计。',
      en: 'Section 3: (7) total = (1) + (2) + (3) 1–8 + (4) 1–3 + (5) 1–5 + (6) (in 2021 its three rows); on every row, total = natural persons + the five kinds of legal person. Section 4: each total = upheld + corrected + other + pending. All exact integer identities. A fix is offered only when setting the total to the computed value makes every relation through that cell hold: a total whose inputs contradict each other is never "fixed".',
    },
  },
  check({ report, emit, lang }) {
    for (const t of report.tables) {
      const evaluations = evaluate(t);
      for (const e of evaluations) {
        if (e.holds || e.left.length !== 1) continue;
        const total = e.left[0]!;
        const expected = e.rightSum;
        const fix = safeToSet(evaluations, total.cell, expected)
          ? { messageId: 'fix.setTotal' as const, data: { value: expected }, edits: [setCellEdit(total.cell.cell, String(expected), report.text, rowOf(t, total.cell))] }
          : undefined;
        emit({
          ...total.cell.cell.span,
          messageId: 'sum.mismatch',
          data: { relation: e.relation.name[lang], cell: cellName(t, total.cell), expected, actual: total.value, formula: formula(e.right) },
          expected,
          actual: total.value,
          related: e.right.map((x) => ({ ...x.cell.cell.span, messageId: 'related.addend' as const, data: { label: cellName(t, x.cell), value: x.value } })),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
