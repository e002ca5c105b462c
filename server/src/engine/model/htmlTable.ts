// HTML tables (<table> blocks written by pandoc from Word, or pasted from a web page) as grids.
// rowspan and colspan are laid out as a browser does (the HTML table model): the cell stands at
// its first place and every other place it covers is a virtual `spanned` cell holding nothing, so
// a parent label spanning rows reads exactly like the GFM layout with the parent left blank.
import type { Root } from 'mdast';
import type { Caption } from './blocks.js';
import type { Grid, GridCell, GridRow } from './grid.js';
import { attr, childElements, findElements, parseHtmlFragment, textOf, type HtmlElement } from './htmlDom.js';
import { endOf, startOf } from './parse.js';

export interface HtmlTable {
  grid: Grid;
  /** The table's own <caption>, if it has text. */
  caption?: Caption;
}

interface RowRef {
  tr: HtmlElement;
  /** The index one past the last row of the row group (thead, tbody, tfoot) the row belongs to. */
  groupEnd: number;
}

function rowsOf(table: HtmlElement): RowRef[] {
  const out: RowRef[] = [];
  const group = (trs: HtmlElement[]): void => {
    const end = out.length + trs.length;
    for (const tr of trs) out.push({ tr, groupEnd: end });
  };
  let loose: HtmlElement[] = [];
  for (const c of childElements(table)) {
    if (c.tagName === 'tr') {
      loose.push(c);
      continue;
    }
    group(loose);
    loose = [];
    if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') group(childElements(c).filter((r) => r.tagName === 'tr'));
  }
  group(loose);
  return out;
}

function spanAttr(el: HtmlElement, name: string, fallback: number, max: number): number {
  const v = attr(el, name);
  const n = v === undefined ? NaN : parseInt(v.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, max);
}

/** A written <td>/<th>: its text, the range of that text, and the inside of the element. */
function writtenCell(td: HtmlElement, index: number, source: string, base: number): GridCell {
  const loc = td.sourceCodeLocation;
  const innerStart = (loc?.startTag?.endOffset ?? loc?.startOffset ?? 0) + base;
  const innerEnd = (loc?.endTag?.startOffset ?? loc?.endOffset ?? 0) + base;
  const inner = { start: innerStart, end: Math.max(innerStart, innerEnd) };
  const { text, span } = textOf(td, source, base);
  return { index, text, span: text !== '' && span ? span : inner, inner, html: true };
}

interface Slot {
  cell: GridCell;
  first: boolean;
}

/** A row parse5 implied (cells after a stray </tr>) has no location of its own: it spans its cells. */
function impliedLocation(tr: HtmlElement): { startOffset: number; endOffset: number } | undefined {
  const tds = childElements(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th');
  const first = tds[0]?.sourceCodeLocation;
  const last = tds[tds.length - 1]?.sourceCodeLocation;
  return first && last ? { startOffset: first.startOffset, endOffset: last.endOffset } : undefined;
}

/** One <table> element as a grid; offsets are into `source`, shifted by `base`. */
export function gridFromHtmlTable(table: HtmlElement, source: string, base = 0): HtmlTable {
  const refs = rowsOf(table);
  const slots: Slot[][] = refs.map(() => []);
  refs.forEach(({ tr, groupEnd }, r) => {
    let c = 0;
    for (const td of childElements(tr)) {
      if (td.tagName !== 'td' && td.tagName !== 'th') continue;
      while (slots[r]![c]) c++;
      const colspan = Math.max(1, spanAttr(td, 'colspan', 1, 1000));
      const rowspan = spanAttr(td, 'rowspan', 1, 65534);
      const rows = Math.max(1, Math.min(rowspan === 0 ? groupEnd - r : rowspan, groupEnd - r));
      const cell = writtenCell(td, c, source, base);
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < colspan; dc++) slots[r + dr]![c + dc] = { cell, first: dr === 0 && dc === 0 };
      c += colspan;
    }
  });
  const width = Math.max(0, ...slots.map((s) => s.length));
  const rows: GridRow[] = refs.map(({ tr }, r) => {
    const loc: { startOffset: number; endOffset: number; startTag?: { endOffset: number } } | undefined = tr.sourceCodeLocation ?? impliedLocation(tr);
    const span = { start: (loc?.startOffset ?? 0) + base, end: (loc?.endOffset ?? 0) + base };
    // Where a cell the row does not write would be inserted: after the last cell written before it.
    let insertAt = (loc?.startTag?.endOffset ?? loc?.startOffset ?? 0) + base;
    const cells: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const slot = slots[r]![c];
      if (!slot) {
        const at = { start: insertAt, end: insertAt };
        cells.push({ index: c, text: '', span: at, inner: at, missing: true, html: true });
      } else if (slot.first) {
        cells.push({ ...slot.cell, index: c });
        const end = slot.cell.inner.end;
        // After the cell's own end tag; never after a </tr> (or </tbody> …) that closed the cell:
        // a cell inserted there would open a new row.
        insertAt = /^<\/t[dh]\s*>/iu.test(source.slice(end - base, end - base + 16)) ? source.indexOf('>', end - base) + 1 + base : end;
      } else {
        cells.push({ index: c, text: '', span: slot.cell.span, inner: slot.cell.inner, spanned: true, html: true });
      }
    }
    return { cells, span };
  });
  const loc = table.sourceCodeLocation;
  const grid: Grid = { rows, span: { start: (loc?.startOffset ?? 0) + base, end: (loc?.endOffset ?? 0) + base }, width };
  const captionEl = childElements(table).find((c) => c.tagName === 'caption');
  const caption = captionEl ? textOf(captionEl, source, base) : undefined;
  return caption?.text && caption.span ? { grid, caption: { text: caption.text, span: caption.span } } : { grid };
}

/** The tables of an HTML fragment (not those nested inside another table's cells). */
export function htmlTables(source: string, base = 0): HtmlTable[] {
  return findElements(parseHtmlFragment(source), 'table').map((t) => gridFromHtmlTable(t, source, base));
}

export interface HtmlTableRun {
  /** The index of the last root node the run covers (an HTML block cut by a blank line continues). */
  last: number;
  tables: HtmlTable[];
}

const OPEN = /<table[\s>/]/giu;
const CLOSE = /<\/table\s*>/giu;

/** The HTML blocks of a document that hold tables, by the index of the root node they start at. */
export function htmlTableRuns(root: Root, text: string): Map<number, HtmlTableRun> {
  const out = new Map<number, HtmlTableRun>();
  const nodes = root.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'html' || !/<table[\s>/]/iu.test(node.value)) continue;
    // A blank line inside the table ends the HTML block: the table goes on in the blocks after it.
    const balance = (j: number): number => {
      const s = text.slice(startOf(nodes[j]!), endOf(nodes[j]!));
      return (s.match(OPEN)?.length ?? 0) - (s.match(CLOSE)?.length ?? 0);
    };
    let last = i;
    let depth = balance(i);
    while (depth > 0 && last + 1 < nodes.length && (nodes[last + 1]!.type === 'html' || nodes[last + 1]!.type === 'paragraph')) depth += balance(++last);
    const start = startOf(node);
    const tables = htmlTables(text.slice(start, endOf(nodes[last]!)), start);
    if (tables.length > 0) out.set(i, { last, tables });
    i = last;
  }
  return out;
}
