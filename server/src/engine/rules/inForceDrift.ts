import { cellKey, type CellModel } from '../model/mapTable.js';
import type { Rule } from './rule.js';
import { previousSource } from './carriedOverMismatch.js';
import { tableById } from './tableRefs.js';
import { cellName } from './util.js';

const num = (c: CellModel | undefined): number | undefined => (c && c.value.kind === 'number' ? c.value.value : undefined);

export const inForceDrift: Rule = {
  meta: {
    id: 'DL602',
    name: 'in-force-drift',
    description: { 'zh-CN': '现行有效件数与上年现行有效件数 + 本年制发 − 本年废止相符', en: 'Documents in force follow from last year’s + made − repealed' },
    defaultSeverity: 'hint',
    fixable: false,
    basis: { 'zh-CN': '2021年版统一格式第二部分第二十条第（一）项表', en: 'the 2021 format, section 2, table of Art. 20 item (1)' },
    docs: {
      'zh-CN': '2021年版格式中，现行有效件数通常等于上年报告的现行有效件数加本年制发件数减本年废止件数。修订、失效、清理等情况会造成差异，所以这只是提示。需要宿主提供同一机关上一年度的报告，且两年都使用2021年版格式。',
      en: 'In the 2021 format, documents in force are usually last year’s in force plus those made minus those repealed this year. Revisions, expiry and clean-ups can break it, so this is a hint. Needs the same agency’s report for the year before, both in the 2021 format.',
    },
  },
  check({ report, emit, lang }) {
    const prev = report.previous?.report;
    if (!prev || report.format.version !== '2021' || prev.format.version !== '2021') return;
    const t = tableById(report, '2.1');
    const pt = tableById(prev, '2.1');
    if (!t || !pt || t.wrongVersion || pt.wrongVersion) return;
    const source = previousSource(report, lang);
    for (const row of t.rows) {
      const id = row.item.id;
      const inForce = t.cells.get(cellKey(id, 'inForce'));
      const actual = num(inForce);
      const previous = num(pt.cells.get(cellKey(id, 'inForce')));
      const made = num(t.cells.get(cellKey(id, 'made')));
      const repealed = num(t.cells.get(cellKey(id, 'repealed')));
      if (!inForce || actual === undefined || previous === undefined || made === undefined || repealed === undefined) continue;
      const expected = previous + made - repealed;
      if (expected === actual) continue;
      emit({
        ...inForce.cell.span,
        messageId: 'previous.inForce',
        data: { cell: cellName(t, inForce), actual, source, previous, made, repealed, expected },
        expected,
        actual,
      });
    }
  },
};
