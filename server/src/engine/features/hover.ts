// Hover text, as Markdown: the formula behind a total with the actual numbers, what a section must
// report, what a row counts, which format and deadline apply to the report.
import { OTHER_DEFINITIONS, SECTION3_DEFINITIONS } from '../formats/definitions.js';
import { standardTitle } from '../formats/render.js';
import type { AxisItem } from '../formats/types.js';
import { evaluate, type Evaluation, type Term } from '../model/arithmetic.js';
import type { Report } from '../model/report.js';
import type { PlacedTable } from '../model/tables.js';
import { cellName, itemLabel } from '../rules/util.js';
import { findRuleMeta } from '../rules/registry.js';
import type { Finding, Lang, Span } from '../types.js';
import { locate } from './locate.js';
import { render } from '../i18n/messages.js';

type HoverKey = 'holds' | 'fails' | 'tableSays' | 'item' | 'value' | 'basis' | 'agency' | 'year' | 'formatVersion' | 'formatLine' | 'deadline';

function t(lang: Lang, key: HoverKey, data: Record<string, string | number> = {}): string {
  return render(`hover.${key}`, data, lang);
}

export interface HoverResult {
  span: Span;
  markdown: string;
}

function definition(table: PlacedTable, item: AxisItem, lang: Lang): string | undefined {
  return (table.def.id === '3' ? SECTION3_DEFINITIONS[item.id] : OTHER_DEFINITIONS[item.id])?.[lang];
}

function termLabel(table: PlacedTable, term: Term): string {
  return itemLabel(term.item) || cellName(table, term.cell);
}

function explain(table: PlacedTable, e: Evaluation, lang: Lang): string {
  const ok = e.holds ? t(lang, 'holds') : t(lang, 'fails');
  const sumLine = `${e.right.map((x) => String(x.value)).join(' + ')} = **${e.rightSum}**`;
  const head = `**${e.relation.name[lang]}**（${itemLabel(e.along) || cellName(table, e.left[0]!.cell)}）`;
  if (e.left.length === 1) {
    const rows = e.right.map((x) => `| ${termLabel(table, x)} | ${x.value} |`);
    return [head, '', `${sumLine}；${t(lang, 'tableSays')} **${e.leftSum}** ${ok}`, '', `| ${t(lang, 'item')} | ${t(lang, 'value')} |`, '|---|---:|', ...rows].join('\n');
  }
  const left = e.left.map((x) => `${termLabel(table, x)} ${x.value}`).join(' + ');
  const right = e.right.map((x) => `${termLabel(table, x)} ${x.value}`).join(' + ');
  return [head, '', `${left} = **${e.leftSum}**`, '', `${right} = **${e.rightSum}** ${ok}`].join('\n');
}

function findingsAt(findings: readonly Finding[], offset: number, lang: Lang): string[] {
  return findings
    .filter((f) => offset >= f.start && offset <= f.end)
    .map((f) => {
      const meta = findRuleMeta(f.ruleId);
      return meta ? `${f.ruleId}（${f.ruleName}）${t(lang, 'basis')}${meta.basis[lang]}` : '';
    })
    .filter((s) => s !== '');
}

export function hover(report: Report, findings: readonly Finding[], offset: number, lang: Lang): HoverResult | undefined {
  const at = locate(report, offset);
  if (!at) return undefined;
  const parts: string[] = [];
  switch (at.kind) {
    case 'cell': {
      const { table, cell } = at;
      parts.push(`**${cellName(table, cell)}**`);
      const mine = evaluate(table).filter((e) => e.left.some((x) => x.cell === cell) || e.right.some((x) => x.cell === cell));
      const totals = mine.filter((e) => e.left.length === 1 && e.left[0]!.cell === cell);
      for (const e of totals.length > 0 ? totals : mine.filter((e) => e.left.length > 1)) parts.push(explain(table, e, lang));
      break;
    }
    case 'row':
    case 'column': {
      const item = at.kind === 'row' ? at.row.item : at.column.item;
      parts.push(`**${item.label || itemLabel(item)}**`);
      const def = definition(at.table, item, lang);
      if (def) parts.push(def);
      break;
    }
    case 'caption':
      parts.push(`**${at.table.def.name[lang]}**（${t(lang, 'formatVersion', { version: at.table.version })}）`);
      break;
    case 'section': {
      const def = at.section.def;
      if (!def) return undefined;
      parts.push(`**${standardTitle(def)}**`, def.requirement[lang], `${t(lang, 'basis')}${def.article}`);
      break;
    }
    case 'title': {
      const m = report.meta;
      parts.push(`**${m.title ?? ''}**`);
      if (m.agency) parts.push(`${t(lang, 'agency')}${m.agency}`);
      if (m.year !== undefined) parts.push(`${t(lang, 'year')}${m.year}`);
      parts.push(t(lang, 'formatLine', { version: report.format.version, notice: report.format.notice }));
      if (m.year !== undefined) parts.push(t(lang, 'deadline', { next: m.year + 1 }));
      break;
    }
  }
  const basis = findingsAt(findings, offset, lang);
  if (basis.length > 0) parts.push('---', ...basis);
  return { span: at.span, markdown: parts.join('\n\n') };
}
