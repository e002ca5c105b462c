// Lines of prose as Markdown: which line is a section title (the engine's classifier), a sub-item
// （一）…, or part of a paragraph; paragraphs that a PDF broke are joined; Markdown syntax in the
// text is escaped so that the words come back exactly as written. Pure.
import { captionItem } from '../engine/model/blocks.js';
import { classifyTitle } from '../engine/model/sections.js';

export type LineKind = 'section' | 'subitem' | 'paragraph';

const SUBITEM = /^[（(]\s*[一二三四五六七八九十]+\s*[）)]/u;

/** What a line of prose is, by the same tests the linter uses for section titles. */
export function lineKind(text: string): LineKind {
  const short = text.length <= 40 && !/[。；;]/u.test(text);
  if (!short) return 'paragraph';
  if (SUBITEM.test(text)) return 'subitem';
  const c = classifyTitle(text);
  if (c.match && c.match !== 'ordinal' && (c.ordinal !== undefined || c.match === 'standard')) return 'section';
  return 'paragraph';
}

export function isCaptionLine(text: string): boolean {
  return text.length <= 30 && captionItem(text) !== undefined;
}

/** A sentence (or a quotation, or a list's lead-in) ends here: the paragraph may end too. */
const TERMINAL = /[。！？!?；;：:…]["'”’」』）)】]*$/u;

/** How long a paragraph must be before a page break inside it is suspected. */
const BROKEN_MIN = 15;

/**
 * Whether the next line continues the paragraph `before`: a line right below one that stopped
 * mid-sentence (a wrapped line), or a paragraph after a blank line when a long one stopped
 * mid-sentence (a page break in the PDF). `gap`: a blank line stands between them.
 */
export function continues(before: string, gap: boolean): boolean {
  if (TERMINAL.test(before)) return false;
  return !gap || before.length >= BROKEN_MIN;
}

/** Joins two pieces of one paragraph: no space between CJK characters, one between Latin words. */
export function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : a + b;
}

/** The text escaped for Markdown so that it reads back as the same characters. */
export function escapeMarkdown(text: string): string {
  let t = text.replace(/[\\`*_[\]<>~|]/gu, (c) => `\\${c}`).replace(/&(?=#?[A-Za-z0-9]+;)/gu, '\\&');
  t = t.replace(/^(#{1,6})(?=\s|$)/u, '\\$1').replace(/^([-+=])(?=\s|$)/u, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/u, '$1\\$2');
  return t;
}
