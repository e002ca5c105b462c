// Completions derived from the template data: section titles at a heading, the missing rows of a
// standard table in the template's order, the standard tables of the report's version as
// snippets, and a whole report skeleton.
import { tablesOfSection } from '../formats/index.js';
import { standardReport, standardTable, standardTitle } from '../formats/render.js';
import { render } from '../i18n/messages.js';
import type { Report } from '../model/report.js';
import { itemLabel } from '../rules/util.js';
import type { Lang, Span } from '../types.js';
import { tableAt } from './locate.js';

export interface CompletionData {
  kind: 'section' | 'row' | 'table' | 'report';
  label: string;
  detail: string;
  insertText: string;
  /** The text the completion replaces (what was typed of it). */
  replace: Span;
  sortText: string;
}

function lineStart(text: string, offset: number): number {
  const i = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return i + 1;
}

function sectionTitles(report: Report, prefixStart: number, offset: number, lang: Lang): CompletionData[] {
  const present = new Set(report.sections.map((s) => s.no));
  return report.format.sections.map((def) => ({
    kind: 'section' as const,
    label: standardTitle(def),
    detail: render(present.has(def.no) ? 'completion.section' : 'completion.sectionMissing', {}, lang),
    insertText: standardTitle(def),
    replace: { start: prefixStart, end: offset },
    sortText: `${present.has(def.no) ? 1 : 0}${def.no}`,
  }));
}

function missingRows(report: Report, offset: number, lang: Lang, replace: Span): CompletionData[] {
  const table = tableAt(report, offset);
  if (!table || table.def.singleRow || table.wrongVersion) return [];
  const present = new Set(table.rows.map((r) => r.item.id));
  return table.def.rows
    .filter((r) => !r.group && !present.has(r.id))
    .map((r, i) => ({ kind: 'row' as const, label: r.label, detail: `${render('completion.row', {}, lang)}：${itemLabel(r)}`, insertText: r.label, replace, sortText: String(i).padStart(3, '0') }));
}

function blocks(report: Report, offset: number, lang: Lang): CompletionData[] {
  const version = report.format.version;
  const here = { start: offset, end: offset };
  const out: CompletionData[] = [];
  for (const s of report.format.sections) {
    for (const def of tablesOfSection(report.format, s.no)) {
      out.push({ kind: 'table', label: `${def.name[lang]}`, detail: render('completion.table', { version }, lang), insertText: standardTable(def), replace: here, sortText: `2${def.id}` });
    }
  }
  const year = report.meta.year ?? new Date().getFullYear() - 1;
  const agency = report.meta.agency ?? '某某县某某局';
  out.push({ kind: 'report', label: render('completion.report', { version }, lang), detail: `${agency}${year}`, insertText: standardReport(report.format, year, agency), replace: here, sortText: '3' });
  return out;
}

export function completions(report: Report, offset: number, lang: Lang): CompletionData[] {
  const text = report.text;
  const start = lineStart(text, offset);
  const prefix = text.slice(start, offset);
  const heading = /^(#{1,6}[ \t]+)(\S*)$/u.exec(prefix);
  if (heading) return sectionTitles(report, start + heading[1]!.length, offset, lang);
  if (/^\s*\|/u.test(prefix)) {
    const cellStart = start + prefix.lastIndexOf('|') + 1;
    const typed = text.slice(cellStart, offset);
    const lead = typed.length - typed.trimStart().length;
    return missingRows(report, offset, lang, { start: cellStart + lead, end: offset });
  }
  if (prefix.trim() === '') return blocks(report, offset, lang);
  return [];
}
