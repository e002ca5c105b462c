// Markdown snippets: every standard table, every section and a whole report skeleton of each format
// version, rendered by the engine's own render.ts (the same text its fixes insert). Names (for
// editor.action.insertSnippet): "disclosure-lint: 2021 report", "disclosure-lint: 2021 section 三",
// "disclosure-lint: 2021 table 2.1", "disclosure-lint: section 一" (sections without tables).
import { FORMATS, tablesOfSection, type FormatDef } from '../../server/src/engine/formats/index.js';
import { standardReport, standardSection, standardTable, standardTitle } from '../../server/src/engine/formats/render.js';
import { ordinalText } from '../../server/src/engine/text/normalize.js';

export const SNIPPETS_PATH = 'snippets/disclosure-lint.json';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Snippet syntax treats $, } and \ specially: make them literal. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/gu, (c) => `\\${c}`);
}

function lines(text: string): string[] {
  return text.replace(/\n+$/u, '').split('\n');
}

const AGENCY = '\u0001AGENCY\u0001';
const YEAR = 9999;

/** The report skeleton with tab stops: 1 the agency, 2 the year, then the end of the text. */
function reportBody(format: FormatDef): string[] {
  const text = escapeSnippet(standardReport(format, YEAR, AGENCY));
  const year = format.years.to === undefined ? '${2:$CURRENT_YEAR}' : `\${2|${range(format.years.from, format.years.to).join(',')}|}`;
  if (text.split(AGENCY).length !== 2 || text.split(String(YEAR)).length !== 2) throw new Error('report skeleton: agency or year not found exactly once');
  return lines(text.replace(AGENCY, '${1:某某县某某局}').replace(String(YEAR), year) + '\n$0');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function buildSnippets(formats: readonly FormatDef[] = FORMATS): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  const sharedSections = new Set<number>();
  for (const f of formats) {
    const years = f.years.to === undefined ? `${f.years.from}年度起` : `${f.years.from}–${f.years.to}年度`;
    const fmt = `${f.version}年版统一格式（${f.notice}，${years}）`;
    out[`disclosure-lint: ${f.version} report`] = {
      prefix: `dl-${f.version}-report`,
      description: `年度报告骨架 · ${fmt} / Report skeleton, ${f.version} format`,
      body: reportBody(f),
    };
    for (const s of f.sections) {
      const hasTables = tablesOfSection(f, s.no).length > 0;
      if (!hasTables && sharedSections.has(s.no)) continue;
      if (!hasTables) sharedSections.add(s.no);
      const key = hasTables ? `disclosure-lint: ${f.version} section ${ordinalText(s.no)}` : `disclosure-lint: section ${ordinalText(s.no)}`;
      out[key] = {
        prefix: hasTables ? `dl-${f.version}-section-${s.no}` : `dl-section-${s.no}`,
        description: hasTables
          ? `“${standardTitle(s)}”及其标准表格 · ${fmt} / Section ${s.no} with its tables, ${f.version} format`
          : `“${standardTitle(s)}” / Section ${s.no} heading`,
        body: lines(escapeSnippet(standardSection(f, s, 2))),
      };
    }
    for (const t of f.tables) {
      out[`disclosure-lint: ${f.version} table ${t.id}`] = {
        prefix: `dl-${f.version}-table-${t.id}`,
        description: `${t.name['zh-CN']} · ${f.version}年版 / ${t.name.en}, ${f.version} format`,
        body: lines(escapeSnippet(standardTable(t))),
      };
    }
  }
  return out;
}
