// A table as a grid of cells with exact source ranges. GFM tables come from mdast, HTML tables from
// htmlTable.ts; the grid is the one shape every table mapping works on, whatever the source syntax.
import type { Table, TableCell } from 'mdast';
import type { Span } from '../types.js';
import { parseCell, type CellValue } from '../text/numbers.js';
import { endOf, plainText, startOf } from './parse.js';

export interface GridCell {
  /** Column index in the row. */
  index: number;
  /** Plain text of the cell, trimmed. */
  text: string;
  /** The trimmed content (or, for a blank cell, the space between the pipes). */
  span: Span;
  /** Everything between the two pipes. */
  inner: Span;
  /** The cell is not written at all: the row has fewer cells than the table. */
  missing?: boolean;
  /** HTML: a place covered by a rowspan or colspan of the cell at span/inner; it holds nothing. */
  spanned?: boolean;
  /** The cell is an HTML <td>/<th>: edits write HTML, and inner is the inside of the element. */
  html?: boolean;
  /** The parsed value, computed once on first use (cellValue()). */
  parsed?: CellValue;
}

/** The cell's value, parsed once however many candidate tables look at it. */
export function cellValue(cell: GridCell): CellValue {
  return (cell.parsed ??= parseCell(cell.text));
}

export interface GridRow {
  cells: GridCell[];
  span: Span;
}

export interface Grid {
  rows: GridRow[];
  span: Span;
  /** The number of columns (the widest row). */
  width: number;
}

/** Space, tab, no-break space, ideographic space: what pads a cell between its pipes. */
function isPad(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

export function gridFromGfm(table: Table, text: string): Grid {
  const rows: GridRow[] = [];
  let width = 0;
  for (const row of table.children) {
    const cells: GridCell[] = [];
    for (let index = 0; index < row.children.length; index++) {
      const cell = row.children[index]!;
      let s = startOf(cell);
      let e = endOf(cell);
      if (text.charCodeAt(s) === 0x7c) s++;
      if (e > s && text.charCodeAt(e - 1) === 0x7c && text.charCodeAt(e - 2) !== 0x5c) e--;
      const inner = { start: s, end: e };
      let cs = s;
      let ce = e;
      while (cs < ce && isPad(text.charCodeAt(cs))) cs++;
      while (ce > cs && isPad(text.charCodeAt(ce - 1))) ce--;
      const span = cs < ce ? { start: cs, end: ce } : inner;
      cells.push({ index, text: cellText(cell).trim(), span, inner });
    }
    width = Math.max(width, cells.length);
    rows.push({ cells, span: { start: startOf(row), end: endOf(row) } });
  }
  for (const row of rows) padRow(row, width);
  return { rows, span: { start: startOf(table), end: endOf(table) }, width };
}

/** The plain text of a cell: most hold one text node, read as is (plainText would give the same). */
function cellText(cell: TableCell): string {
  const only = cell.children.length === 1 ? cell.children[0]! : undefined;
  return only?.type === 'text' ? only.value : plainText(cell);
}

/** Adds virtual cells for the columns a row does not write, placed at the row's end. */
function padRow(row: GridRow, width: number): void {
  const end = row.span.end;
  for (let i = row.cells.length; i < width; i++) {
    row.cells.push({ index: i, text: '', span: { start: end, end }, inner: { start: end, end }, missing: true });
  }
}
