// Small helpers shared by rules: names for messages and the edits that touch a cell.
import type { AxisItem, AxisItem as Item, TableDef } from '../formats/types.js';
import type { CellModel } from '../model/mapTable.js';
import type { PlacedTable } from '../model/tables.js';
import type { GridCell, GridRow } from '../model/grid.js';
import { ancestors, axisIndex } from '../model/match.js';
import type { Lang, Edit } from '../types.js';
import { ordinalText } from '../text/normalize.js';

export function tableName(def: TableDef, lang: Lang): string {
  return def.name[lang];
}

/** A row label for messages: the template's label without notes. */
export function itemLabel(item: AxisItem): string {
  return item.label.replace(/（[^（）]*）$/u, '') || item.label;
}

/** A section's ordinal as a reader of the message says it: 六 in Chinese, 6 in English. */
export function ordinal(n: number, lang: Lang): string {
  return lang === 'en' ? String(n) : ordinalText(n);
}

/** Replace what a cell holds; a blank cell gets the value between its pipes, a missing cell is added. */
export function setCellEdit(cell: GridCell, value: string, text: string, row?: GridRow): Edit {
  if (cell.missing && row) return fillMissingEdit(cell, value, text, row);
  if (cell.html) return setHtmlCellEdit(cell, value);
  if (cell.missing) {
    const closed = cell.inner.start > 0 && text[cell.inner.start - 1] === '|';
    return { start: cell.inner.start, end: cell.inner.start, text: closed ? ` ${value} |` : ` | ${value}` };
  }
  if (cell.text !== '' || cell.span !== cell.inner) return { start: cell.span.start, end: cell.span.end, text: value };
  const inner = cell.inner;
  const width = inner.end - inner.start;
  if (width >= 3) return { start: inner.start + 1, end: inner.start + 1 + Math.min(width - 2, value.length), text: value };
  return { start: inner.start, end: inner.end, text: ` ${value} ` };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** An HTML cell: a blank <td></td> (or <td>&nbsp;</td>) gets the value inside, a missing one a new <td>. */
function setHtmlCellEdit(cell: GridCell, value: string): Edit {
  const v = value.replace(/[&<>]/gu, (c) => HTML_ESCAPES[c]!);
  if (cell.missing) return { start: cell.inner.start, end: cell.inner.start, text: `<td>${v}</td>` };
  const range = cell.text !== '' ? cell.span : cell.inner;
  return { start: range.start, end: range.end, text: v };
}

/** Where a finding about a cell points: its content, or the space between its pipes. */
export function cellSpan(cell: GridCell): { start: number; end: number } {
  return { start: cell.span.start, end: cell.span.end };
}


/**
 * A cell the row does not write: every cell missing at the same place is written with it (blank),
 * so that the value lands in its own column whichever fix of the row is applied first, and one
 * pass completes the row (fixAll then fills the blanks in parallel instead of one per pass).
 */
function fillMissingEdit(cell: GridCell, value: string, text: string, row: GridRow): Edit {
  const at = cell.inner.start;
  const values = row.cells.filter((c) => c.missing && c.inner.start === at).map((c) => (c === cell ? value : ''));
  if (cell.html) return { start: at, end: at, text: values.map((v) => `<td>${v.replace(/[&<>]/gu, (c) => HTML_ESCAPES[c]!)}</td>`).join('') };
  if (at > 0 && text[at - 1] === '|') return { start: at, end: at, text: values.map((v) => (v === '' ? '  |' : ` ${v} |`)).join('') };
  // An unclosed row gets a closing pipe when it ends in a blank: a trailing blank cell would be lost.
  return { start: at, end: at, text: values.map((v) => ` | ${v}`).join('') + (values[values.length - 1] === '' ? ' |' : '') };
}

/** The grid row of a mapped cell. */
export function rowOf(t: PlacedTable, c: CellModel): GridRow | undefined {
  return t.rows.find((r) => r.item.id === c.rowId)?.row;
}

/** The name of a cell in messages: "予以公开·自然人", "行政复议·结果维持". */
export function cellName(t: PlacedTable, c: CellModel): string {
  const columns = axisIndex(t.def.columns);
  const col = columns.byId.get(c.colId);
  const colLabel = col ? itemLabel(col) : c.colId;
  if (t.def.singleRow) return [...(col ? ancestors(columns, col) : []).map((x) => x.label), colLabel].join('·');
  const row = axisIndex(t.def.rows).byId.get(c.rowId);
  return `${row ? itemLabel(row) : c.rowId}·${colLabel}`;
}

export function columnOf(t: PlacedTable, c: CellModel): Item | undefined {
  return axisIndex(t.def.columns).byId.get(c.colId);
}

export interface PlacedCell {
  t: PlacedTable;
  c: CellModel;
  col: Item;
}

/** The cells of a report's tables, listed once for the several rules that read them all. */
const cellLists = new WeakMap<readonly PlacedTable[], readonly PlacedCell[]>();

/** Every mapped cell of every table, with its column. */
export function allCells(tables: readonly PlacedTable[]): readonly PlacedCell[] {
  let out = cellLists.get(tables);
  if (!out) {
    const list: PlacedCell[] = [];
    for (const t of tables) for (const c of t.cells.values()) {
      const col = columnOf(t, c);
      if (col) list.push({ t, c, col });
    }
    cellLists.set(tables, (out = list));
  }
  return out;
}

/** Lines inserted by a fix use the document's own line ending. */
export function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/gu, eol);
}
