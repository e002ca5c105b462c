import { evaluate } from '../model/arithmetic.js';
import type { CellModel } from '../model/mapTable.js';
import { proseSpan, sentencesOf } from '../model/prose.js';
import type { PlacedTable } from '../model/tables.js';
import { matchClaims } from '../text/claimMatch.js';
import { numericValue } from '../text/numbers.js';
import type { Rule } from './rule.js';
import { resolveRefs, tableById } from './tableRefs.js';

/**
 * Cells the text should not be made to agree with: those in a relation that does not hold (the table
 * may be what is wrong), and every cell of a table of nothing but zeros (an unfilled template, or
 * the one section-missing and table-missing insert).
 */
function doubtful(t: PlacedTable): Set<CellModel> {
  const cells = [...t.cells.values()];
  if (cells.every((c) => numericValue(c.value) === 0)) return new Set(cells);
  const out = new Set<CellModel>();
  for (const e of evaluate(t)) if (!e.holds) for (const x of [...e.left, ...e.right]) out.add(x.cell);
  return out;
}

export const textTableMismatch: Rule = {
  meta: {
    id: 'DL501',
    name: 'text-table-mismatch',
    description: { 'zh-CN': '正文中复述的数字与表中数字一致', en: 'Numbers the text restates from a table equal the table' },
    defaultSeverity: 'error',
    fixable: true,
    basis: { 'zh-CN': '统一格式通知：发布内容应准确、全面（国办公开办函〔2021〕30号）', en: 'the 2021 notice: published content must be accurate and complete' },
    docs: {
      'zh-CN':
        '检查正文中明确复述表格数字的说法：“共收到政府信息公开申请N件”（第三部分“一、本年新收”总计；写明“含上年结转”时为第一项加第二项）、“上年结转N件”“办结N件”“予以公开N件”“部分公开N件”“不予公开N件”等、“结转下年度继续办理N件”，“被申请行政复议N件”（第四部分行政复议总计）、“被提起行政诉讼N件”（未经复议直接起诉与复议后起诉的总计之和），以及“制发行政规范性文件N件”（第二部分第（一）项）。“未接到信息公开申请”等说法视为 0。只在句子明确说的是同一数量时检查（须提到“申请”“信息公开”等），不检查约数、百分比、其他年份的数字。修复把正文数字改为表中数值；表中相关数字本身不满足勾稽关系、或整张表都是 0（可能是未填写的模板）时不提供修复。',
      en:
        'Checks phrases that restate a table cell: "received N requests" (section 3, item 1 total; with "including last year’s carry-over", items 1 + 2), "carried over N", "closed N", "granted N", "granted in part N" and the other results, "carried forward N", "N reconsiderations" (section 4 total) and "N lawsuits" (the two lawsuit totals), and "N normative documents made" (section 2 item (1)). "No requests received" counts as 0. Only phrases whose subject is certain are checked; approximations, percentages and other years are not. The fix writes the table value; none is offered when the table cells themselves break a relation, or when the whole table is zeros (perhaps an unfilled template).',
    },
  },
  check({ report, emit }) {
    const doubts = new Map<string, Set<CellModel>>();
    for (const p of report.prose) {
      for (const s of sentencesOf(p)) {
        const ctx = { paragraph: p.text, ...(p.sectionNo !== undefined ? { sectionNo: p.sectionNo } : {}), ...(report.meta.year !== undefined ? { year: report.meta.year } : {}) };
        for (const m of matchClaims(s.text, ctx)) {
          const t = tableById(report, m.claim.table);
          if (!t) continue;
          const refs = m.including && m.claim.including ? m.claim.including : m.claim.cells;
          const r = resolveRefs(t, refs);
          if (!r || r.value === m.value) continue;
          const span = proseSpan(p, s.at + m.start, s.at + m.end);
          if (!doubts.has(t.def.id)) doubts.set(t.def.id, doubtful(t));
          const literal = report.text.slice(span.start, span.end) === s.text.slice(m.start, m.end);
          const safe = !m.claim.none && literal && !r.cells.some((c) => doubts.get(t.def.id)!.has(c.cell));
          emit({
            ...span,
            messageId: m.claim.none ? 'text.tableNone' : 'text.tableMismatch',
            data: { cell: r.name, expected: r.value, actual: m.value, phrase: s.text.slice(m.start, m.end) },
            expected: r.value,
            actual: m.value,
            related: r.cells.map((c) => ({ ...c.cell.cell.span, messageId: 'related.tableCell' as const, data: { label: c.label, value: c.value } })),
            ...(safe ? { fix: { messageId: 'fix.useTableValue' as const, data: { value: r.value }, edits: [{ ...span, text: String(r.value) }] } } : {}),
          });
        }
      }
    }
  },
};
