// Standard Markdown derived from the template data: headings, empty standard tables (with 0s),
// whole sections and a whole report skeleton. Used by fixes, snippets and the "new report" command.
import { ordinalText } from '../text/normalize.js';
import { tablesOfSection } from './index.js';
import type { AxisItem, FormatDef, SectionDef, TableDef } from './types.js';

export function standardTitle(def: SectionDef): string {
  return `${ordinalText(def.no)}、${def.title}`;
}

export function sectionHeading(def: SectionDef, depth: number): string {
  return `${'#'.repeat(Math.max(1, Math.min(6, depth)))} ${standardTitle(def)}`;
}

function chain(items: readonly AxisItem[], item: AxisItem): AxisItem[] {
  const out = [item];
  let p = item.parent ? items.find((i) => i.id === item.parent) : undefined;
  while (p) {
    out.unshift(p);
    p = p.parent ? items.find((i) => i.id === p!.parent) : undefined;
  }
  return out;
}

function gfmRow(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

/** Header rows: each group label at the first column of its span, each leaf at its own depth. */
function headerRows(def: TableDef, labelColumns: number): string[][] {
  const leaves = def.columns.filter((c) => !c.group);
  const chains = leaves.map((l) => chain(def.columns, l));
  const depth = Math.max(...chains.map((c) => c.length));
  const rows: string[][] = Array.from({ length: depth }, () => Array<string>(labelColumns + leaves.length).fill(''));
  const placed = new Set<string>();
  chains.forEach((ch, i) => {
    ch.forEach((item, level) => {
      if (placed.has(item.id)) return;
      placed.add(item.id);
      rows[level]![labelColumns + i] = item.label;
    });
  });
  if (labelColumns > 0) rows[0]![0] = def.cornerNote ?? def.rowHeader ?? '';
  return rows;
}

/** Label cells of each leaf row: a group's label stands on the first leaf row of its span. */
function bodyRows(def: TableDef, labelColumns: number, value: string): string[][] {
  const leaves = def.rows.filter((r) => !r.group);
  const width = def.columns.filter((c) => !c.group).length;
  const shown = new Set<string>();
  return leaves.map((leaf) => {
    const cells = Array<string>(labelColumns).fill('');
    const ch = chain(def.rows, leaf);
    ch.forEach((item, level) => {
      if (shown.has(item.id)) return;
      shown.add(item.id);
      cells[Math.min(level, labelColumns - 1)] = item.label;
    });
    return [...cells, ...Array<string>(width).fill(value)];
  });
}

/** The standard table as GFM, every number cell 0. Section 二 tables come with their caption line. */
export function standardTable(def: TableDef, value = '0'): string {
  const labelColumns = def.singleRow ? 0 : Math.max(...def.rows.map((r) => chain(def.rows, r).length));
  const head = headerRows(def, labelColumns);
  const body = def.singleRow ? [Array<string>(def.columns.filter((c) => !c.group).length).fill(value)] : bodyRows(def, labelColumns, value);
  const width = head[0]!.length;
  const lines = [gfmRow(head[0]!), gfmRow(Array<string>(width).fill('---')), ...head.slice(1).map(gfmRow), ...body.map(gfmRow)];
  const table = lines.join('\n');
  return def.caption ? `${def.caption}\n\n${table}` : table;
}

/** A section: its standard heading and, for 二/三/四, its standard tables. */
export function standardSection(format: FormatDef, def: SectionDef, depth: number): string {
  const parts = [sectionHeading(def, depth)];
  for (const t of tablesOfSection(format, def.no)) parts.push(standardTable(t));
  return parts.join('\n\n');
}

/** A whole report skeleton for a year and an agency. */
export function standardReport(format: FormatDef, year: number, agency: string): string {
  const parts = [`# ${agency}${year}年政府信息公开工作年度报告`];
  for (const s of format.sections) parts.push(standardSection(format, s, 2));
  return parts.join('\n\n') + '\n';
}
