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
  score: number;
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
  for (const row of block.rows) {
    if (row.cells.some(isNumberish)) break;
    const matches = row.cells.filter((c) => c.text !== '' && !isDecoration(def, c.text, opts.memo) && matchLabel(colIdx, c.text, undefined, { ...opts, near: false })?.quality === 'exact');
    if (matches.length === 0) break;
    out.push(row);
  }
  return out;
}

/** For each header row and column, the groups in force there (filled forward from the left). */
function groupContext(headerRows: GridRow[], width: number, colIdx: AxisIndex, opts: MatchOptions): Array<Set<string>> {
  const ctx = Array.from({ length: width }, () => new Set<string>());
  for (const row of headerRows) {
    let current: AxisItem[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c];
      if (cell && cell.text !== '') {
        const m = matchLabel(colIdx, cell.text, ctx[c], opts);
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
      const m = matchLabel(colIdx, cell.text, ctx[c], opts);
      if (m && m.item.group) break;
      if (!m) {
        t.unknownColumns.push({ text: cell.text, index: c, span: cell.span, suggestions: opts.near === false ? [] : suggest(colIdx, cell.text, 0.5, opts.memo).filter((s) => !s.item.group).map((s) => s.item) });
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
  if (t.block.grid.width - start < leaves.length) return;
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

function mapRows(t: TableModel, dataRows: GridRow[], rowIdx: AxisIndex, opts: MatchOptions): void {
  const lastGroup: Array<AxisItem | undefined> = [];
  const used = new Set<string>();
  for (const row of dataRows) {
    const labels = row.cells.slice(0, t.labelColumns).filter((c) => c.text !== '');
    const hasValues = row.cells.slice(t.labelColumns).some((c) => c.text !== '');
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
    score: 0,
  };
  const dataRows = block.rows.slice(headerRows.length);
  mapColumns(t, colIdx, opts);
  if (t.columns.length === 0) mapColumnsByPosition(t, dataRows);
  mapRows(t, dataRows, rowIdx, opts);
  for (const r of t.rows) {
    for (const c of t.columns) {
      const cell = r.row.cells[c.index];
      // A place covered by a merged HTML cell holds no number of its own: its cell is elsewhere.
      if (cell && !cell.spanned) t.cells.set(cellKey(r.item.id, c.item.id), { rowId: r.item.id, colId: c.item.id, cell, value: cellValue(cell) });
    }
  }
  const weight = (q: MatchQuality): number => (q === 'exact' ? 1 : 0.5);
  t.score =
    t.columns.reduce((s, c) => s + (t.positional ? 0.25 : weight(c.quality)), 0) +
    t.rows.reduce((s, r) => s + (def.singleRow ? 0 : weight(r.quality)), 0) -
    0.5 * (t.unknownRows.length + t.unknownColumns.length);
  return t;
}
