// Mapping one block of a written table onto one template table: which rows are further header rows,
// which columns hold labels, which written column and row is which template column and row, and the
// value of every cell. Works for labels in one combined column or spread over two or three, with
// parents left blank or repeated, and for header rows continued in the body of a GFM table.
import { FORMATS } from '../formats/index.js';
import type { AxisItem, TableDef } from '../formats/types.js';
import type { FormatVersion, Span } from '../types.js';
import { labelKey, normalizeLabel } from '../text/normalize.js';
import type { CellValue } from '../text/numbers.js';
import type { Block } from './blocks.js';
import { isCaption } from './blocks.js';
import { cellValue, type GridCell, type GridRow } from './grid.js';
import { ancestors, axisIndex, matchLabel, suggest, type AxisIndex, type LabelMatch, type MatchOptions, type MatchQuality } from './match.js';

export interface MappedAxis {
  item: AxisItem;
  quality: MatchQuality;
  /** The written label (for a column, its lowest header cell). */
  text: string;
  span: Span;
}

export interface MappedColumn extends MappedAxis {
  index: number;
}

export interface MappedRow extends MappedAxis {
  row: GridRow;
}

export interface UnknownLabel {
  text: string;
  /** For a column: its index in the grid. */
  index?: number;
  span: Span;
  suggestions: AxisItem[];
  duplicate?: AxisItem;
}

export interface CellModel {
  rowId: string;
  colId: string;
  cell: GridCell;
  value: CellValue;
}

export interface TableModel {
  def: TableDef;
  version: FormatVersion;
  block: Block;
  span: Span;
  headerRows: GridRow[];
  labelColumns: number;
  columns: MappedColumn[];
  rows: MappedRow[];
  unknownRows: UnknownLabel[];
  unknownColumns: UnknownLabel[];
  /** Columns were taken by position because the table has no header row naming them. */
  positional: boolean;
  cells: Map<string, CellModel>;
  /** The evidence for this template table: its matched labels (1 exact, ½ near, ¼ by position). */
  matched: number;
  /** The matched labels less ½ for each unknown row and column: how well the whole block fits. */
  score: number;
}

/**
 * How many labels of one axis may be looked at for near misses and "did you mean" suggestions once
 * they match nothing exactly. Past it, labels are matched exactly only: a table of 50,000 rows of
 * one's own would otherwise spend minutes on edit distances that no reader looks at.
 */
const FUZZY_LIMIT = 100;

/** The options for the next label: fuzzy matching only while fewer than FUZZY_LIMIT labels were unknown. */
function withinLimit(opts: MatchOptions, unknown: number): MatchOptions {
  return unknown < FUZZY_LIMIT || opts.near === false ? opts : { ...opts, near: false };
}

export function cellKey(rowId: string, colId: string): string {
  return `${rowId}|${colId}`;
}

function isNumberish(cell: GridCell): boolean {
  const v = cellValue(cell);
  return v.kind === 'number';
}

/** The keys of the label-column headings of the template's tables ("信息内容"), from the data. */
const ROW_HEADER_KEYS = new Set(FORMATS.flatMap((f) => f.tables.map((t) => t.rowHeader)).filter((h): h is string => h !== undefined).map(labelKey));

function isDecoration(def: TableDef, text: string, memo?: Map<string, string>): boolean {
  const k = memo ? (memo.get(text) ?? memo.set(text, labelKey(text)).get(text)!) : labelKey(text);
  return (
    (text.includes('条') && isCaption(text)) ||
    ROW_HEADER_KEYS.has(k) ||
    (def.cornerNote !== undefined && k.includes('勾稽关系'))
  );
}

function findHeaderRows(block: Block, def: TableDef, colIdx: AxisIndex, opts: MatchOptions): GridRow[] {
  const out: GridRow[] = [];
  const exact = { ...opts, near: false };
  for (const row of block.rows) {
    if (row.cells.some(isNumberish)) break;
    if (!row.cells.some((c) => c.text !== '' && !isDecoration(def, c.text, opts.memo) && matchLabel(colIdx, c.text, undefined, exact)?.quality === 'exact')) break;
    out.push(row);
  }
  return out;
}

/** For each header row and column, the groups in force there (filled forward from the left). */
function groupContext(headerRows: GridRow[], width: number, colIdx: AxisIndex, opts: MatchOptions): Array<Set<string>> {
  const ctx = Array.from({ length: width }, () => new Set<string>());
  let unknown = 0;
  for (const row of headerRows) {
    let current: AxisItem[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c];
      if (cell && cell.text !== '') {
        const m = matchLabel(colIdx, cell.text, ctx[c], withinLimit(opts, unknown));
        if (!m) unknown++;
        current = m && m.item.group ? [...ancestors(colIdx, m.item), m.item] : [];
      }
      for (const g of current) ctx[c]!.add(g.id);
    }
  }
  return ctx;
}

function mapColumns(t: TableModel, colIdx: AxisIndex, opts: MatchOptions): void {
  const width = t.block.grid.width;
  const ctx = groupContext(t.headerRows, width, colIdx, opts);
  const used = new Set<string>();
  for (let c = 0; c < width; c++) {
    for (let r = t.headerRows.length - 1; r >= 0; r--) {
      const cell = t.headerRows[r]!.cells[c];
      if (!cell || cell.text === '') continue;
      if (isDecoration(t.def, cell.text, opts.memo)) break;
      const o = withinLimit(opts, t.unknownColumns.length);
      const m = matchLabel(colIdx, cell.text, ctx[c], o);
      if (m && m.item.group) break;
      if (!m) {
        t.unknownColumns.push({ text: cell.text, index: c, span: cell.span, suggestions: o.near === false ? [] : suggest(colIdx, cell.text, 0.5, o.memo).filter((s) => !s.item.group).map((s) => s.item) });
      } else if (used.has(m.item.id)) {
        t.unknownColumns.push({ text: cell.text, index: c, span: cell.span, suggestions: [], duplicate: m.item });
      } else {
        used.add(m.item.id);
        t.columns.push({ index: c, item: m.item, quality: m.quality, text: cell.text, span: cell.span });
      }
      break;
    }
  }
  const first = t.columns[0]?.index;
  t.labelColumns = first ?? 0;
  // Headers left of the data columns head the label columns: they are not unknown columns.
  t.unknownColumns = t.unknownColumns.filter((u) => first !== undefined && (u.index ?? 0) > first);
}

/** No header names the columns: take them by position after the leading label cells. */
function mapColumnsByPosition(t: TableModel, dataRows: GridRow[]): void {
  const leaves = t.def.columns.filter((c) => !c.group);
  const firstData = dataRows.find((r) => r.cells.some(isNumberish));
  if (!firstData) return;
  const labels = firstData.cells.findIndex((c) => c.text !== '' && isNumberish(c));
  const start = t.def.singleRow ? 0 : Math.max(labels, 1);
  // Position says which column is which only in a table about as wide as the template: in one of
  // more than twice its columns (a table of one's own, 200 columns wide) it says nothing.
  const data = t.block.grid.width - start;
  if (data < leaves.length || data > 2 * leaves.length) return;
  leaves.forEach((item, i) => {
    const index = start + i;
    const span = firstData.cells[index]?.span ?? firstData.span;
    t.columns.push({ index, item, quality: 'near', text: '', span });
  });
  t.labelColumns = start;
  t.positional = true;
}

/** The label with its parent's words taken off the front, matched among that parent's rows. */
function leafAfterParent(idx: AxisIndex, text: string, parent: AxisItem, opts: MatchOptions): LabelMatch | undefined {
  const norm = normalizeLabel(text);
  for (const k of idx.keys.get(parent) ?? []) {
    const at = norm.indexOf(k);
    if (at < 0) continue;
    const rest = norm.slice(at + k.length).replace(/^[)）\s]+/u, '');
    if (rest === '') return undefined;
    const m = matchLabel(idx, rest, new Set([parent.id, ...ancestors(idx, parent).map((a) => a.id)]), opts);
    if (m && !m.item.group && m.item.parent === parent.id) return m;
  }
  return undefined;
}

/** The written cells among the row's first `n` (its labels). */
function labelCells(row: GridRow, n: number): GridCell[] {
  const out: GridCell[] = [];
  for (let i = 0; i < n && i < row.cells.length; i++) if (row.cells[i]!.text !== '') out.push(row.cells[i]!);
  return out;
}

/** Something is written in the row from cell `from` on. */
function hasText(row: GridRow, from: number): boolean {
  for (let i = from; i < row.cells.length; i++) if (row.cells[i]!.text !== '') return true;
  return false;
}

function mapRows(t: TableModel, dataRows: GridRow[], rowIdx: AxisIndex, all: MatchOptions): void {
  const lastGroup: Array<AxisItem | undefined> = [];
  const used = new Set<string>();
  for (const row of dataRows) {
    const opts = withinLimit(all, t.unknownRows.length);
    const labels = labelCells(row, t.labelColumns);
    const hasValues = hasText(row, t.labelColumns);
    if (t.def.singleRow) {
      const item = t.def.rows[0]!;
      if (!used.has(item.id) && (hasValues || labels.length === 0)) {
        used.add(item.id);
        const span = labels[0]?.span ?? row.span;
        t.rows.push({ row, item, quality: 'exact', text: labels[0]?.text ?? '', span });
      } else if (hasValues) {
        t.unknownRows.push({ text: labels.map((c) => c.text).join(' '), span: labels[0]?.span ?? row.span, suggestions: [] });
      }
      continue;
    }
    if (labels.length === 0) {
      if (hasValues) t.unknownRows.push({ text: '', span: row.cells[t.labelColumns]?.span ?? row.span, suggestions: [] });
      continue;
    }
    const context = new Set<string>();
    for (let k = 0; k < t.labelColumns; k++) {
      const cell = row.cells[k]!;
      const g = cell.text !== '' ? matchLabel(rowIdx, cell.text, context, opts) : undefined;
      if (cell.text !== '') lastGroup[k] = g && g.item.group ? g.item : undefined;
      for (let j = k + 1; j < lastGroup.length; j++) if (cell.text !== '') lastGroup[j] = undefined;
      const gi = lastGroup[k];
      if (gi) for (const a of [...ancestors(rowIdx, gi), gi]) context.add(a.id);
    }
    const last = labels[labels.length - 1]!;
    let m = matchLabel(rowIdx, last.text, context, opts);
    if ((!m || m.item.group) && labels.length > 1) {
      const joined = matchLabel(rowIdx, labels.map((c) => c.text).join(''), context, opts);
      if (joined && !joined.item.group) m = joined;
    }
    // "（三）不予公开 2.其他法律行政法规禁止公": a garbled leaf after its parent must not pass for the parent.
    if (m?.item.group && hasValues && (m.quality === 'near' || opts.near !== false)) m = leafAfterParent(rowIdx, last.text, m.item, opts) ?? (m.quality === 'near' ? undefined : m);
    if (m && m.item.group) continue;
    if (!m) {
      t.unknownRows.push({ text: last.text, span: last.span, suggestions: opts.near === false ? [] : suggest(rowIdx, last.text, 0.5, opts.memo).filter((s) => !s.item.group).map((s) => s.item) });
    } else if (used.has(m.item.id)) {
      t.unknownRows.push({ text: last.text, span: last.span, suggestions: [], duplicate: m.item });
    } else {
      used.add(m.item.id);
      t.rows.push({ row, item: m.item, quality: m.quality, text: last.text, span: last.span });
    }
  }
}

/** Maps a block onto a template table. `opts.near: false` skips near misses (to compare candidates cheaply). */
export function mapTable(block: Block, def: TableDef, version: FormatVersion, opts: MatchOptions = {}): TableModel {
  const t = mapLabels(block, def, version, opts);
  fillCells(t);
  return t;
}

/** The rows and columns and the score, without the cells: enough to compare candidate tables. */
export function mapLabels(block: Block, def: TableDef, version: FormatVersion, opts: MatchOptions = {}): TableModel {
  const rowIdx = axisIndex(def.rows);
  const colIdx = axisIndex(def.columns);
  const headerRows = findHeaderRows(block, def, colIdx, opts);
  const t: TableModel = {
    def,
    version,
    block,
    span: block.span,
    headerRows,
    labelColumns: 0,
    columns: [],
    rows: [],
    unknownRows: [],
    unknownColumns: [],
    positional: false,
    cells: new Map(),
    matched: 0,
    score: 0,
  };
  const dataRows = block.rows.slice(headerRows.length);
  mapColumns(t, colIdx, opts);
  if (t.columns.length === 0) mapColumnsByPosition(t, dataRows);
  mapRows(t, dataRows, rowIdx, opts);
  const weight = (q: MatchQuality): number => (q === 'exact' ? 1 : 0.5);
  t.matched = t.columns.reduce((s, c) => s + (t.positional ? 0.25 : weight(c.quality)), 0) + t.rows.reduce((s, r) => s + (def.singleRow ? 0 : weight(r.quality)), 0);
  t.score = t.matched - 0.5 * (t.unknownRows.length + t.unknownColumns.length);
  return t;
}

/** The cell of every mapped row and column. */
export function fillCells(t: TableModel): void {
  for (const r of t.rows) {
    for (const c of t.columns) {
      const cell = r.row.cells[c.index];
      // A place covered by a merged HTML cell holds no number of its own: its cell is elsewhere.
      if (cell && !cell.spanned) t.cells.set(cellKey(r.item.id, c.item.id), { rowId: r.item.id, colId: c.item.id, cell, value: cellValue(cell) });
    }
  }
}
