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
  return `| ${cells.map((c) => (c === '' ? ' ' : c.replace(/\s+/gu, ' ').replace(/\|/gu, '\\|'))).join(' | ')} |`;
}

/** What fills a standard table: by default every number cell is 0 and every row is there. */
export interface TableContent {
  /** The text of the number cell of a row and a column (leaf ids). */
  value?: (rowId: string, colId: string) => string;
  /** Only these leaf rows, in template order (groups follow their leaves). */
  rows?: ReadonlySet<string>;
  /** The label written for a row or group (default: the template's). */
  label?: (item: AxisItem) => string;
  /** Rows outside the template, written after the standard ones. */
  extraRows?: ReadonlyArray<{ label: string; values: string[] }>;
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
function bodyRows(def: TableDef, labelColumns: number, content: TableContent): string[][] {
  const leaves = def.rows.filter((r) => !r.group && (!content.rows || content.rows.has(r.id)));
  const columns = def.columns.filter((c) => !c.group);
  const shown = new Set<string>();
  const rows = leaves.map((leaf) => {
    const cells = Array<string>(labelColumns).fill('');
    const ch = chain(def.rows, leaf);
    ch.forEach((item, level) => {
      if (shown.has(item.id)) return;
      shown.add(item.id);
      cells[Math.min(level, labelColumns - 1)] = content.label?.(item) ?? item.label;
    });
    return [...cells, ...columns.map((c) => content.value?.(leaf.id, c.id) ?? '0')];
  });
  for (const x of content.extraRows ?? []) rows.push([x.label, ...Array<string>(labelColumns - 1).fill(''), ...x.values]);
  return rows;
}

/** The standard table as GFM, every number cell 0 (or as `content` says). Section 二 tables come with their caption line. */
export function standardTable(def: TableDef, content: string | TableContent = '0'): string {
  const c: TableContent = typeof content === 'string' ? { value: () => content } : content;
  const labelColumns = def.singleRow ? 0 : Math.max(...def.rows.map((r) => chain(def.rows, r).length));
  const head = headerRows(def, labelColumns);
  const single = def.rows[0]!.id;
  const body = def.singleRow ? [def.columns.filter((x) => !x.group).map((x) => c.value?.(single, x.id) ?? '0')] : bodyRows(def, labelColumns, c);
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
