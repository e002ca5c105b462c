// Where a Markdown text can be cut into pieces that parse exactly as they do in the whole: at a
// blank line followed by a line that can only start a new top-level block. An editor re-parses
// only the piece that changed (ParseCache); the tree is the one a parse of the whole text gives.
//
// A cut is made only where nothing can carry across it: not inside a fenced code block or an
// HTML block that may hold blank lines, not before a line that could continue a list, a quote or
// indented code, and never in a text with link or footnote definitions (they reach the whole text).

export interface Chunk {
  start: number;
  end: number;
  /** Line number (1-based) of the chunk's first line in the whole text. */
  line: number;
}

/** A cut is worth its cost only between pieces at least this long (tests cut finer). */
export const MIN_CHUNK = 64;

const FENCE = /^[ \t]*(`{3,}|~{3,})/u;
export const BLANK = /^[ \t]*$/u;
/** Lines that may continue what came before the blank line: indentation, list, quote, BOM. */
const UNSAFE_START = /^(?:[ \t\-+*>\uFEFF]|\d{1,9}[.)])/u;
/** HTML blocks that may contain blank lines (CommonMark kinds 1–5), with what ends each. */
const HTML_OPENERS: ReadonlyArray<[RegExp, string]> = [
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/iu, '</'],
  [/<!--/u, '-->'],
  [/<\?/u, '?>'],
  [/<!\[CDATA\[/u, ']]>'],
  [/<![A-Za-z]/u, '>'],
];

interface ScanState {
  /** In front matter (until its closing `---`) or a fenced code block. */
  fence?: { char: string; length: number };
  /** What ends the HTML block we are in. */
  htmlEnd?: string;
}

function htmlOpened(line: string): string | undefined {
  for (const [re, end] of HTML_OPENERS) {
    const m = re.exec(line);
    if (m && !line.includes(end, m.index + m[0].length)) return end;
  }
  return undefined;
}

/** Moves the fence / HTML state past one line. */
function advance(state: ScanState, line: string): void {
  if (state.fence?.char === '-') {
    if (/^---[ \t]*$/u.test(line)) state.fence = undefined;
    return;
  }
  if (state.fence) {
    const m = FENCE.exec(line);
    if (m && m[1]![0] === state.fence.char && m[1]!.length >= state.fence.length && BLANK.test(line.slice(m[0].length))) state.fence = undefined;
    return;
  }
  if (state.htmlEnd !== undefined) {
    if (line.includes(state.htmlEnd)) state.htmlEnd = undefined;
    return;
  }
  const m = FENCE.exec(line);
  if (m) {
    state.fence = { char: m[1]![0]!, length: m[1]!.length };
    return;
  }
  if (line.includes('<')) state.htmlEnd = htmlOpened(line);
}

/** Each line of `text`: its start, its end before the line ending (\n, \r\n or \r) and the next line's start. */
export function lineSpans(text: string): Array<{ start: number; end: number; next: number }> {
  const lines: Array<{ start: number; end: number; next: number }> = [];
  for (let pos = 0; pos < text.length; ) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const next = eol < text.length ? eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1) : eol;
    lines.push({ start: pos, end: eol, next });
    pos = next;
  }
  return lines;
}

/** The pieces of `text`; one piece when it cannot be cut safely. */
export function splitChunks(text: string, minChunk = MIN_CHUNK): Chunk[] {
  const whole = [{ start: 0, end: text.length, line: 1 }];
  if (text.length < 2 * minChunk || text.includes(']:')) return whole;
  const chunks: Chunk[] = [];
  const state: ScanState = /^\uFEFF?---[ \t]*(?:\r|\n)/u.test(text) ? { fence: { char: '-', length: 3 } } : {};
  let chunkStart = 0;
  let chunkLine = 1;
  let afterBlank = false;
  lineSpans(text).forEach(({ start, end }, i) => {
    const line = i + 1;
    const content = text.slice(start, end);
    const blank = BLANK.test(content);
    if (!blank && afterBlank && !state.fence && state.htmlEnd === undefined && !UNSAFE_START.test(content) && start - chunkStart >= minChunk) {
      chunks.push({ start: chunkStart, end: start, line: chunkLine });
      chunkStart = start;
      chunkLine = line;
    }
    const frontMatterOpener = line === 1 && state.fence?.char === '-';
    if (!frontMatterOpener && (!blank || state.fence || state.htmlEnd !== undefined)) advance(state, content);
    afterBlank = blank;
  });
  chunks.push({ start: chunkStart, end: text.length, line: chunkLine });
  return chunks;
}

/**
 * Whether a piece parsed alone ends inside a block that the whole text would carry on past the
 * cut: a fenced code block or an HTML block of the kinds that blank lines do not end. The scan
 * above only guesses (a fence line inside an HTML block is not a fence); the tree decides.
 */
export function openAtEnd(piece: string, last: { type: string; position?: { start: { offset?: number }; end: { offset?: number } } } | undefined): boolean {
  if (!last?.position || (last.type !== 'code' && last.type !== 'html')) return false;
  const source = piece.slice(last.position.start.offset ?? 0, last.position.end.offset ?? piece.length);
  const lines = source.split(/\r\n|\r|\n/u);
  if (last.type === 'code') {
    const open = FENCE.exec(lines[0] ?? '');
    if (!open) return false; // indented code: the unindented line after the cut ends it
    const close = lines.length > 1 ? FENCE.exec(lines[lines.length - 1]!) : null;
    return !(close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length && BLANK.test(lines[lines.length - 1]!.slice(close[0].length)));
  }
  const first = lines[0] ?? '';
  for (const [re, end] of HTML_OPENERS) {
    const m = re.exec(first);
    if (m && /^[ \t]*$/u.test(first.slice(0, m.index))) return !source.includes(end, m.index + m[0].length);
  }
  return false;
}

/** A long GFM table at the end of a piece, cut into groups of body rows that parse on their own. */
export interface TableGroups {
  /** The piece up to and including the table's first group of rows. */
  headEnd: number;
  /** The header and delimiter rows, each with its line ending: prefixed to every group to parse it. */
  header: string;
  /** Groups of body rows after the first: offsets in the piece and 0-based line of their first row. */
  groups: Array<{ start: number; end: number; line: number }>;
}

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/u;

/**
 * The rows of a GFM table depend only on its header and delimiter rows: a table whose every row
 * starts with `|` and that runs to the end of the piece (blank lines aside) can be parsed as its
 * head plus groups of `size` rows, each group under a copy of the header. Undefined when the
 * piece does not end in such a table or the table is short.
 */
export function tableGroups(piece: string, size: number): TableGroups | undefined {
  const lines = lineSpans(piece);
  let last = lines.length - 1;
  while (last >= 0 && BLANK.test(piece.slice(lines[last]!.start, lines[last]!.end))) last--;
  // Walk up over the body rows to the delimiter row.
  let first = last;
  while (first >= 0 && piece.charCodeAt(lines[first]!.start) === 124 && !DELIMITER_ROW.test(piece.slice(lines[first]!.start, lines[first]!.end))) first--;
  const delimiter = first;
  const head = delimiter - 1;
  if (head < 0 || piece.charCodeAt(lines[head]!.start) !== 124 || !DELIMITER_ROW.test(piece.slice(lines[delimiter]!.start, lines[delimiter]!.end))) return undefined;
  // The header row must start the table: a blank line or the piece's start before it.
  if (head > 0 && !BLANK.test(piece.slice(lines[head - 1]!.start, lines[head - 1]!.end))) return undefined;
  const bodyFirst = delimiter + 1;
  if (last - bodyFirst + 1 < 2 * size) return undefined;
  const header = piece.slice(lines[head]!.start, lines[delimiter]!.next);
  if (!/(?:\r\n|\r|\n)$/u.test(header)) return undefined;
  const groups: TableGroups['groups'] = [];
  for (let g = bodyFirst + size; g <= last; g += size) {
    const end = Math.min(g + size - 1, last);
    groups.push({ start: lines[g]!.start, end: end === last ? piece.length : lines[end]!.next, line: g });
  }
  return { headEnd: lines[bodyFirst + size - 1]!.next, header, groups };
}
