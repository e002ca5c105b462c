import { render } from '../i18n/messages.js';
import { cellKey } from '../model/mapTable.js';
import type { Report } from '../model/report.js';
import type { Lang } from '../types.js';
import type { Rule } from './rule.js';
import { tableById } from './tableRefs.js';
import { cellName } from './util.js';

/** How messages name last year's report: by the name the host gave it, if any. */
export function previousSource(report: Report, lang: Lang): string {
  const name = report.previous?.name;
  return name !== undefined ? render('previous.sourceNamed', { name }, lang) : render('previous.source', {}, lang);
}

export const carriedOverMismatch: Rule = {
  meta: {
    id: 'DL601',
    name: 'carried-over-mismatch',
    description: { 'zh-CN': '本年“上年结转”等于上年报告的“结转下年度继续办理”', en: 'This year’s carried-over requests equal last year’s carried-forward ones' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '统一格式第三部分表：二、上年结转政府信息公开申请数量；四、结转下年度继续办理', en: 'section 3 table of the unified format: item 2 (carried over) and item 4 (carried forward)' },
    docs: {
      'zh-CN': '上年结转到本年的申请，就是上年报告中结转下年度继续办理的申请，逐列相等。需要宿主提供同一机关上一年度的报告（命令行 `--previous 文件`，或同一批文件中的上年报告）；机关名称（标题或前置元数据 `agency:`）相同、年度恰为上一年时才比较。不提供修复：错的也可能是上年报告。',
      en: 'Requests carried over into this year are the ones last year’s report carried forward, column by column. Needs the same agency’s report for the year before from the host (CLI `--previous FILE`, or last year’s report among the files linted); compared only when the agency (title or front matter `agency:`) is the same and the year is the one before. No fix: last year’s report may be the wrong one.',
    },
  },
  check({ report, emit, lang }) {
    const prev = report.previous?.report;
    const t = tableById(report, '3');
    const pt = prev ? tableById(prev, '3') : undefined;
    if (!t || !pt) return;
    const source = previousSource(report, lang);
    for (const col of t.columns) {
      const cur = t.cells.get(cellKey('carried', col.item.id));
      const last = pt.cells.get(cellKey('next', col.item.id));
      if (!cur || !last || cur.value.kind !== 'number' || last.value.kind !== 'number') continue;
      if (cur.value.value === last.value.value) continue;
      emit({
        ...cur.cell.span,
        messageId: 'previous.carried',
        data: { cell: cellName(t, cur), actual: cur.value.value, source, prevCell: cellName(pt, last), expected: last.value.value },
        expected: last.value.value,
        actual: cur.value.value,
      });
    }
  },
};
