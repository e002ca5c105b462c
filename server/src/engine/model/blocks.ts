// One written table may hold several template tables: section 二 is often pasted as one grid with a
// caption row ("第二十条第（一）项") before each part. Blocks are those parts, each with its caption.
import type { Span } from '../types.js';
import { normalizeLabel } from '../text/normalize.js';
import type { Grid, GridRow } from './grid.js';

export interface Caption {
  text: string;
  span: Span;
}

export interface Block {
  grid: Grid;
  /** Rows of the block, in order (indexes into grid.rows). */
  rows: GridRow[];
  caption?: Caption;
  /** The caption sits in a row of its own (it is not a header row). */
  captionRow?: GridRow;
  span: Span;
}

const CAPTION = /第二十条第\(?([一二三四五六七八九十]+)\)?项/u;

/** The item of Art. 20 a caption names ("第二十条第（九）项" → "九"), or undefined. */
export function captionItem(text: string): string | undefined {
  return CAPTION.exec(normalizeLabel(text))?.[1];
}

export function isCaption(text: string): boolean {
  return captionItem(text) !== undefined;
}

/** Splits a grid at its caption rows. `before` is a caption written just above the table. */
export function splitBlocks(grid: Grid, before?: Caption): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const row of grid.rows) {
    const first = row.cells.find((c) => c.text !== '');
    if (first && isCaption(first.text)) {
      const caption = { text: first.text, span: first.span };
      // The caption is the row's only text (repeated across merged cells, perhaps): a row of its own.
      const own = row.cells.every((c) => c.text === '' || normalizeLabel(c.text) === normalizeLabel(first.text));
      current = { grid, rows: own ? [] : [row], caption, ...(own ? { captionRow: row } : {}), span: { ...row.span } };
      blocks.push(current);
      continue;
    }
    if (!current) {
      current = { grid, rows: [], ...(before ? { caption: before } : {}), span: { ...row.span } };
      blocks.push(current);
    }
    current.rows.push(row);
    current.span.end = row.span.end;
  }
  return blocks.filter((b) => b.rows.length > 0 || b.caption);
}
