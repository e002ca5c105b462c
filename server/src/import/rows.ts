// One row of an imported table read without trusting its columns: PDF extraction shifts cells
// (a row pushed into column 1, fillers of merged cells moved to the end), so a row is its labels
// (the leading words) and its values (what follows), and the values are fitted to the number of
// columns the template table has. Pure.
import { parseCell } from '../engine/text/numbers.js';

/** A cell that holds a value: a number ("197.5万", "１２", "-3") or a placeholder ("/", "—", "无"). */
export function isValue(cell: string): boolean {
  const k = parseCell(cell).kind;
  return k === 'number' || k === 'placeholder';
}

export interface SplitRow {
  /** The label cells, left to right (blank places between labels dropped). */
  labels: string[];
  /** Everything after the last label (with its blanks); the whole row when there is no label. */
  rest: string[];
}

export function splitRow(row: readonly string[]): SplitRow {
  const labels: string[] = [];
  let restStart = 0;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    if (cell === '') continue;
    if (isValue(cell)) break;
    labels.push(cell);
    restStart = i + 1;
  }
  return { labels, rest: labels.length === 0 ? [...row] : row.slice(restStart) };
}

export type Fitted = { ok: true; values: string[] } | { ok: false };

/**
 * The values of a row for `n` columns: one trailing blank (a moved filler) goes first, then leading
 * blanks (fillers of a merged label), then trailing blanks; a short row gets blanks at its end.
 * More values than columns cannot be placed without guessing.
 */
export function fitValues(rest: readonly string[], n: number): Fitted {
  const v = [...rest];
  if (v.length > n && v[v.length - 1] === '') v.pop();
  while (v.length > n && v[0] === '') v.shift();
  while (v.length > n && v[v.length - 1] === '') v.pop();
  if (v.length > n) return { ok: false };
  while (v.length < n) v.push('');
  return { ok: true, values: v };
}

export function hasValues(cells: readonly string[]): boolean {
  return cells.some((c) => c !== '');
}
