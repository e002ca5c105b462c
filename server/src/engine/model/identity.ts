// Who wrote a report and for which year, read from its head only: hosts call this on many files to
// pair each report with last year's (LintOptions.previous) before linting any of them. The head is
// scanned as plain text (front matter, then the first blocks: headings, paragraphs, HTML comments),
// which costs a few microseconds; whenever the scan meets Markdown it does not follow line by line
// (lists, quotes, code, tables, inline markup…), the head is parsed as the model parses it.
import { parse as parseYaml } from 'yaml';
import type { ReportMeta } from '../types.js';
import { identityOf, type ReportIdentity } from './previous.js';
import { buildReport, REPORT_TITLE, YEAR } from './report.js';

/** The title and front matter stand within the first lines; the rest of the text is not read. */
const HEAD = 4000;
/** The model looks for the title among the document's first blocks (report.ts, findTitle). */
const TITLE_BLOCKS = 8;

export function reportIdentity(text: string): ReportIdentity {
  return scanIdentity(text) ?? parsedIdentity(text);
}

/** The identity from the model of the head (its complete lines). */
export function parsedIdentity(text: string): ReportIdentity {
  const cut = text.length <= HEAD ? text.length : text.lastIndexOf('\n', HEAD);
  return identityOf(buildReport(text.slice(0, cut > 0 ? cut : HEAD), {}).meta);
}

/** The identity from a scan of the head's lines, or undefined where only a parse can tell. */
export function scanIdentity(text: string): ReportIdentity | undefined {
  const lines = new Lines(text.length > HEAD ? text.slice(0, HEAD) : text, text.length > HEAD, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const fm = frontMatter(lines);
  if (fm === GIVE_UP) return undefined;
  const data = fm?.data;
  if (settled(data)) return identityFrom(data, undefined);
  const title = findTitle(lines, fm ? 1 : 0);
  return title === GIVE_UP ? undefined : identityFrom(data, title);
}

const GIVE_UP = Symbol('parse instead');
type Scanned<T> = T | typeof GIVE_UP;

const EOL = /\r\n|\r|\n/gu;

/** The head line by line; a line cut off by the end of the head is not given (GIVE_UP). */
class Lines {
  #at: number;

  constructor(
    readonly text: string,
    readonly cut: boolean,
    start: number,
  ) {
    this.#at = start;
  }

  get offset(): number {
    return this.#at;
  }

  /** The next line without its line ending; undefined at the end of the text. */
  next(): Scanned<string | undefined> {
    const { text } = this;
    if (this.#at > text.length) return undefined;
    EOL.lastIndex = this.#at;
    const m = EOL.exec(text);
    if (!m) {
      if (this.cut) return GIVE_UP;
      const line = text.slice(this.#at);
      this.#at = text.length + 1;
      return line;
    }
    const line = text.slice(this.#at, m.index);
    this.#at = m.index + m[0].length;
    return line;
  }

  peek(): Scanned<string | undefined> {
    const at = this.#at;
    const line = this.next();
    this.#at = at;
    return line;
  }
}

const FENCE = /^---[ \t]*$/u;

/** Front matter as remark-frontmatter reads it (`---` lines at the very start), parsed as report.ts does. */
function frontMatter(lines: Lines): Scanned<{ data: Record<string, unknown> } | undefined> {
  const first = lines.peek();
  if (first === GIVE_UP) return GIVE_UP;
  if (first === undefined || !FENCE.test(first)) return undefined;
  lines.next();
  const from = lines.offset;
  for (;;) {
    const end = lines.offset;
    const line = lines.next();
    // No closing fence: `---` is a thematic break, and the rest is Markdown.
    if (line === undefined || line === GIVE_UP) return GIVE_UP;
    if (FENCE.test(line)) return { data: yamlData(lines.text.slice(from, end).replace(/^(\r?\n|\r)|(\r?\n|\r)$/gu, '')) };
  }
}

function yamlData(value: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(value);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The front matter gives both the year and the agency: the title changes nothing. */
function settled(data: Record<string, unknown> | undefined): boolean {
  const year = Number(fmValue(data?.year));
  return fmValue(data?.agency) !== undefined && Number.isInteger(year) && year > 1900;
}

function fmValue(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined;
}

/** The identity as buildReport derives its meta: the front matter's year and agency, else the title's. */
function identityFrom(data: Record<string, unknown> | undefined, title: string | undefined): ReportIdentity {
  const meta: ReportMeta = {};
  const fmYear = Number(fmValue(data?.year));
  const nfkc = title?.normalize('NFKC');
  const titleYear = nfkc !== undefined ? YEAR.exec(nfkc) : null;
  if (Number.isInteger(fmYear) && fmYear > 1900) meta.year = fmYear;
  else if (titleYear) meta.year = Number(titleYear[1]);
  const agency = fmValue(data?.agency) ?? (nfkc !== undefined && titleYear ? nfkc.slice(0, titleYear.index).trim() : undefined);
  if (agency) meta.agency = agency;
  return identityOf(meta);
}

/** A block of the head: its kind and plain text (for headings and paragraphs). */
interface Block {
  kind: 'heading' | 'paragraph' | 'other';
  depth?: number;
  text?: string;
}

/** The title as report.ts finds it: the first H1, or heading or short paragraph that reads as one. */
function findTitle(lines: Lines, before: number): Scanned<string | undefined> {
  for (let n = before; n < TITLE_BLOCKS; n++) {
    const block = nextBlock(lines);
    if (block === GIVE_UP) return GIVE_UP;
    if (block === undefined) return undefined;
    if (block.kind === 'other') continue;
    const t = (block.text ?? '').replace(/\s+/gu, ' ').trim();
    if ((block.kind === 'heading' && block.depth === 1) || (REPORT_TITLE.test(t) && t.length <= 80)) return t;
  }
  return undefined;
}

const BLANK = /^[ \t]*$/u;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/u;
const COMMENT = /^ {0,3}<!--/u;
/** Line starts of blocks the scan does not follow: quotes, lists, code, breaks, tables, HTML, definitions. */
const OTHER_START = /^[ \t]*(?:[>\-+*_=`~<|[#]|\d{1,9}[.)])/u;
/** Inline markup and what GFM turns into links: the plain text is not the line's text. */
const INLINE = /[\\`*_[\]<>!&~|@\0\ufffd]|www\.|:\/\//iu;

function nextBlock(lines: Lines): Scanned<Block | undefined> {
  let line: Scanned<string | undefined>;
  do line = lines.next();
  while (typeof line === 'string' && BLANK.test(line));
  if (line === undefined || line === GIVE_UP) return line;
  if (/^(?:\t| {0,3}\t| {4})/u.test(line)) return GIVE_UP; // indented code
  const atx = ATX.exec(line);
  if (atx) return heading(atx[1]!.length, atx[2] ?? '');
  if (COMMENT.test(line)) return comment(lines, line);
  if (OTHER_START.test(line)) return GIVE_UP;
  return paragraph(lines, line);
}

function heading(depth: number, content: string): Scanned<Block> {
  const text = content.replace(/[ \t]+#+[ \t]*$/u, '');
  if (text.includes('#') || INLINE.test(text)) return GIVE_UP;
  return { kind: 'heading', depth, text };
}

/** An HTML comment block: up to the line that closes it. */
function comment(lines: Lines, first: string): Scanned<Block> {
  const open = first.indexOf('<!--') + 4;
  if (/^-?>/u.test(first.slice(open))) return GIVE_UP; // <!--> and <!--->
  let line: Scanned<string | undefined> = first.slice(open);
  while (!line.includes('-->')) {
    line = lines.next();
    if (line === undefined || line === GIVE_UP) return GIVE_UP;
  }
  return { kind: 'other' };
}

const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/u;

/** A paragraph, or a setext heading, of plain text lines. */
function paragraph(lines: Lines, first: string): Scanned<Block> {
  const parts = [first];
  for (;;) {
    const line = lines.peek();
    if (line === GIVE_UP) return GIVE_UP;
    if (line === undefined || BLANK.test(line)) break;
    const setext = SETEXT.exec(line);
    if (setext) {
      lines.next();
      return plain('heading', parts, setext[1]!.startsWith('=') ? 1 : 2);
    }
    if (OTHER_START.test(line) || COMMENT.test(line)) return GIVE_UP;
    parts.push(line);
    lines.next();
  }
  return plain('paragraph', parts);
}

function plain(kind: 'heading' | 'paragraph', parts: string[], depth?: number): Scanned<Block> {
  // Two spaces at the end of a line are a hard break, which has no text.
  if (parts.slice(0, -1).some((p) => /[ \t]{2}$/u.test(p))) return GIVE_UP;
  const text = parts.map((p) => p.trim()).join('\n');
  if (INLINE.test(text)) return GIVE_UP;
  return { kind, text, ...(depth !== undefined ? { depth } : {}) };
}
