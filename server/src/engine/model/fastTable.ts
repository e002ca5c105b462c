// A cheaper path to the tree of a plain GFM table. The GFM table tokenizer is most of a report's
// parse (a report is mostly tables: about three quarters of remark-gfm's time goes to them), yet
// most report tables are plain: every row between pipes, cells of digits and Chinese text with
// no inline markup. For a piece (chunks.ts) that is exactly one such table, this builds the tree
// remark-parse + remark-gfm gives, positions included; for anything else it gives undefined and
// the parser runs as usual. Property-tested against the parser (test/properties/fastTable.test.ts).
import type { Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';
import { BLANK, lineSpans } from './chunks.js';

type Align = Table['align'];

const PIPE = 124;
const SPACE = 32;

/**
 * Whether a cell's text (between its pipes) parses to one plain text node: no character that can
 * start inline markup, an escape, a reference, HTML or an autolink literal (those need ASCII
 * letters or `@`), no tab (columns), no control character, lone surrogate or BOM.
 */
function plainCell(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      if (c < SPACE || c === 0x7f || UNSAFE_ASCII[c] === 1) return false;
    } else if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

/** ASCII that may start or change inline markup: \ ` * _ ~ [ ] ! < > & @, and letters (autolinks). */
const UNSAFE_ASCII = new Uint8Array(128);
for (const ch of '\\`*_~[]!<>&@') UNSAFE_ASCII[ch.charCodeAt(0)] = 1;
for (let c = 65; c <= 90; c++) UNSAFE_ASCII[c] = UNSAFE_ASCII[c + 32] = 1;

/** The pipes of a row written `|…|…|`: their offsets in the line, or undefined. */
function pipes(line: string): number[] | undefined {
  if (line.length < 2 || line.charCodeAt(0) !== PIPE || line.charCodeAt(line.length - 1) !== PIPE) return undefined;
  const at: number[] = [];
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) at.push(i);
  return at;
}

const DELIMITER_CELL = /^ *(:?)-+(:?) *$/u;

function alignOf(line: string, at: number[]): Align | undefined {
  const align: NonNullable<Align> = [];
  for (let k = 0; k + 1 < at.length; k++) {
    const m = DELIMITER_CELL.exec(line.slice(at[k]! + 1, at[k + 1]));
    if (!m) return undefined;
    align.push(m[1] ? (m[2] ? 'center' : 'left') : m[2] ? 'right' : null);
  }
  return align;
}

const point = (line: number, column: number, offset: number): Point => ({ line, column, offset });

function row(line: string, at: number[], lineNo: number, base: number): TableRow | undefined {
  const cells: TableCell[] = [];
  for (let k = 0; k + 1 < at.length; k++) {
    const open = at[k]!;
    const close = at[k + 1]!;
    if (!plainCell(line, open + 1, close)) return undefined;
    let from = open + 1;
    let to = close;
    while (from < to && line.charCodeAt(from) === SPACE) from++;
    while (to > from && line.charCodeAt(to - 1) === SPACE) to--;
    // The last cell takes in its closing pipe; the others end where the next one starts.
    const end = k + 2 === at.length ? close + 1 : close;
    const cell: TableCell = {
      type: 'tableCell',
      children: from < to ? [{ type: 'text', value: line.slice(from, to), position: { start: point(lineNo, from + 1, base + from), end: point(lineNo, to + 1, base + to) } }] : [],
      position: { start: point(lineNo, open + 1, base + open), end: point(lineNo, end + 1, base + end) },
    };
    cells.push(cell);
  }
  return { type: 'tableRow', children: cells, position: { start: point(lineNo, 1, base), end: point(lineNo, line.length + 1, base + line.length) } };
}

/**
 * The tree of `piece` when it is one plain table and nothing else (blank lines may follow):
 * every row written `|…|` from the line's first character, a delimiter row with as many cells as
 * the header, and plain cells (see plainCell). Undefined otherwise: parse it as usual.
 */
export function fastTablePiece(piece: string): Root | undefined {
  if (piece.charCodeAt(0) !== PIPE) return undefined;
  const lines = lineSpans(piece);
  let last = lines.length - 1;
  while (last >= 0 && BLANK.test(piece.slice(lines[last]!.start, lines[last]!.end))) last--;
  if (last < 1) return undefined;
  const text = (i: number): string => piece.slice(lines[i]!.start, lines[i]!.end);
  const header = text(0);
  const headerPipes = pipes(header);
  const delimiter = text(1);
  const delimiterPipes = pipes(delimiter);
  if (!headerPipes || !delimiterPipes || headerPipes.length !== delimiterPipes.length) return undefined;
  const align = alignOf(delimiter, delimiterPipes);
  if (!align) return undefined;
  const rows: TableRow[] = [];
  for (let i = 0; i <= last; i++) {
    if (i === 1) continue;
    const line = i === 0 ? header : text(i);
    const at = i === 0 ? headerPipes : pipes(line);
    const r = at && row(line, at, i + 1, lines[i]!.start);
    if (!r) return undefined;
    rows.push(r);
  }
  // The table ends with its last line, the delimiter row when it has no body.
  const end = lines[last]!;
  const table: Table = { type: 'table', align, children: rows, position: { start: point(1, 1, 0), end: point(last + 1, end.end - end.start + 1, end.end) } };
  const children: RootContent[] = [table];
  return { type: 'root', children, position: { start: point(1, 1, 0), end: endPoint(piece, lines) } };
}

/** The point after the last character, as the parser gives it for the root. */
export function endPoint(s: string, lines = lineSpans(s)): Point {
  const last = lines[lines.length - 1];
  // A text ending in a line ending has an empty last line after it.
  if (!last) return point(1, 1, 0);
  return last.next > last.end ? point(lines.length + 1, 1, s.length) : point(lines.length, last.end - last.start + 1, s.length);
}
