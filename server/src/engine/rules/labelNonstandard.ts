import type { Rule } from './rule.js';

/**
 * "（三）不予公开 2.其他法律行政法规禁止公" → "（三）不予公开 2.其他法律行政法规禁止公开": when the parent is written in
 * the same cell, the fix keeps it and rewrites only the leaf (from its enumerator on).
 */
function keepParentPrefix(written: string, label: string): string {
  const enumerator = /^[0-9０-９]+\s*[.．、]/u.exec(label.normalize('NFKC'));
  if (!enumerator) return label;
  const positions = [...written.matchAll(/[0-9０-９]+\s*[.．、]/gu)].map((m) => m.index);
  const at = positions[positions.length - 1];
  return at !== undefined && at > 0 ? `${written.slice(0, at)}${label}` : label;
}

export const labelNonstandard: Rule = {
  meta: {
    id: 'DL205',
    name: 'label-nonstandard',
    description: { 'zh-CN': '行、列标签与统一格式的文字一致', en: 'Row and column labels read as in the unified format' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式', en: 'the unified format' },
    docs: {
      'zh-CN': '标签有错字、漏字（如“2.其他法律行政法规禁止公”）但仍能确定是哪一行或哪一列时，数字照常参与核对，同时提示改为标准文字。全角半角、空格、括号样式和注释文字的差异不报告。',
      en: 'A label with a typo or a missing character (such as 2.其他法律行政法规禁止公) that still identifies its row or column: its numbers are checked as usual and the fix writes the standard label. Differences of full/half width, spaces, bracket style and notes are not reported.',
    },
  },
  check({ report, emit }) {
    for (const t of report.tables) {
      for (const r of t.rows) {
        if (r.quality !== 'near') continue;
        const expected = keepParentPrefix(r.text, r.item.label);
        emit({ ...r.span, messageId: 'row.nearLabel', data: { actual: r.text, expected }, expected, actual: r.text, fix: { messageId: 'fix.renameLabel', data: { value: expected }, edits: [{ ...r.span, text: expected }] } });
      }
      if (t.positional) continue;
      for (const c of t.columns) {
        if (c.quality !== 'near') continue;
        const expected = c.item.label;
        emit({ ...c.span, messageId: 'column.nearLabel', data: { actual: c.text, expected }, expected, actual: c.text, fix: { messageId: 'fix.renameLabel', data: { value: expected }, edits: [{ ...c.span, text: expected }] } });
      }
    }
  },
};
