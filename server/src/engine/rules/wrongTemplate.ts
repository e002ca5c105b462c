import type { Rule } from './rule.js';
import { tableName } from './util.js';

export const wrongTemplate: Rule = {
  meta: {
    id: 'DL202',
    name: 'wrong-template',
    description: { 'zh-CN': '表格使用与报告年度对应的格式版本', en: 'Tables follow the format version of the report year' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '国办公开办函〔2021〕30号：2021年度起使用新版统一格式', en: 'notice 〔2021〕30: the new format applies from report year 2021' },
    docs: {
      'zh-CN': '2021年版改动了第二部分：第（一）项改为本年制发件数、本年废止件数、现行有效件数，第（五）（六）项只留本年处理决定数量，第（八）项改为收费金额（万元），取消第（九）项政府集中采购；第三部分的“（六）其他处理”细分为三项。2021年度起的报告仍用旧表，或2019、2020年度报告用新表，都属于用错模板。',
      en: 'The 2021 format changed section 2 (item 1: issued / repealed / in force; items 5 and 6: decisions only; item 8: fees in 万元; item 9 procurement dropped) and split section 3’s (6) into three rows. A 2021-or-later report with the old tables, or a 2019/2020 report with the new ones, uses the wrong template.',
    },
  },
  check({ report, emit, lang }) {
    for (const t of report.tables) {
      if (!t.wrongVersion) continue;
      const anchor = t.block.caption?.span ?? t.block.rows[0]?.span ?? t.span;
      const data = { table: tableName(t.def, lang), actual: t.version, expected: report.format.version, year: report.meta.year ?? '' };
      emit({
        start: anchor.start,
        end: anchor.end,
        messageId: report.meta.year !== undefined ? 'table.wrongTemplate' : 'table.wrongTemplateNoYear',
        data,
        expected: report.format.version,
        actual: t.version,
      });
    }
  },
};
