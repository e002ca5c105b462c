import { tablesOfSection } from '../formats/index.js';
import { standardTable } from '../formats/render.js';
import type { Rule } from './rule.js';
import { ordinal, tableName, withEol } from './util.js';

export const tableMissing: Rule = {
  meta: {
    id: 'DL201',
    name: 'table-missing',
    description: { 'zh-CN': '第二、三、四部分包含统一格式规定的全部表格', en: 'Sections 2, 3 and 4 contain every table of the unified format' },
    defaultSeverity: 'error',
    fixable: true,
    basis: { 'zh-CN': '政府信息公开工作年度报告统一格式（第二部分按第二十条分项列表，第三、四部分各一表）', en: 'the unified format (section 2: one table per item of Art. 20; sections 3 and 4: one table each)' },
    docs: {
      'zh-CN': '统一格式的表格即使全为 0 也要列出，以便汇总统计。2021年版第二部分有第二十条第（一）（五）（六）（八）项四张表，2019年版另有第（九）项。修复会在该部分末尾插入标准空表（数字为 0），须按实际填写。',
      en: 'The tables of the unified format are printed even when all zero, so that figures can be rolled up. Section 2 has four tables in the 2021 format (Art. 20 items 1, 5, 6, 8) and a fifth (item 9) in the 2019 format. The fix appends the standard table, filled with 0, to the section; the numbers are the writer’s to fill in.',
    },
  },
  check({ report, emit, lang }) {
    for (const s of report.sections) {
      if (s.no === undefined || !s.def) continue;
      if (report.sections.find((x) => x.no === s.no) !== s) continue;
      for (const def of tablesOfSection(report.format, s.no)) {
        if (report.tables.some((t) => t.def.id === def.id)) continue;
        const at = s.body.end;
        const head = report.text.slice(0, at).replace(/\r\n/gu, '\n');
        const lead = head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
        emit({
          ...s.titleSpan,
          messageId: 'table.missing',
          data: { ordinal: ordinal(s.no, lang), table: tableName(def, lang) },
          fix: { messageId: 'fix.insertTable', data: { table: tableName(def, lang) }, edits: [{ start: at, end: at, text: withEol(`${lead}${standardTable(def)}\n${at < report.text.length ? '\n' : ''}`, report.eol) }] },
        });
      }
    }
  },
};
