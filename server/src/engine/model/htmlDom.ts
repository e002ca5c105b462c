// HTML inside a report (tables pasted from Word or a web page) read with parse5, which keeps the
// source offset of every node. Helpers to walk the tree and to read an element's plain text with
// the exact source range of that text. Pure: parse5 needs nothing from Node.
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Span } from '../types.js';

export type HtmlElement = T.Element;
export type HtmlNode = T.Node;

export function parseHtmlFragment(html: string): T.DocumentFragment {
  return parseFragment(html, { sourceCodeLocationInfo: true });
}

export function parseHtmlDocument(html: string): T.Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function childNodes(node: HtmlNode): T.ChildNode[] {
  if (node.nodeName === 'template') return (node as T.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

export function childElements(node: HtmlNode): HtmlElement[] {
  return childNodes(node).filter(isElement);
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Elements under `node` named `tag`, not looking inside a match (so nested tables stay inside). */
export function findElements(node: HtmlNode, tag: string, out: HtmlElement[] = []): HtmlElement[] {
  for (const c of childNodes(node)) {
    if (!isElement(c)) continue;
    if (c.tagName === tag) out.push(c);
    else findElements(c, tag, out);
  }
  return out;
}

/** Elements whose content is not text a reader sees. */
export const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'select', 'button']);

/** Elements that separate the words on either side of them. */
const BREAKS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'center',
]);

const NAMED_SPACES: Record<string, string> = {
  nbsp: '\u00a0', NonBreakingSpace: '\u00a0', ensp: '\u2002', emsp: '\u2003', emsp13: '\u2004', emsp14: '\u2005',
  numsp: '\u2007', puncsp: '\u2008', thinsp: '\u2009', ThinSpace: '\u2009', hairsp: '\u200a', VeryThinSpace: '\u200a',
  MediumSpace: '\u205f', Tab: '\t', NewLine: '\n',
};

const UNIT = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?|[\s\S]/giu;
const SPACE = /^\s$/u;

/** Is this piece of source (a character or a character reference) white space once decoded? */
function isSpaceUnit(unit: string): boolean {
  if (unit.length === 1 || !unit.startsWith('&')) return SPACE.test(unit);
  const name = unit.slice(1).replace(/;$/u, '');
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code < 0x110000 && SPACE.test(String.fromCodePoint(code));
  }
  return NAMED_SPACES[name] !== undefined;
}

/** The source range of a text node without its leading and trailing white space (decoded or not). */
function visibleRange(node: T.TextNode, source: string): Span | undefined {
  const loc = node.sourceCodeLocation;
  if (!loc) return undefined;
  const units = source.slice(loc.startOffset, loc.endOffset).match(UNIT) ?? [];
  let start = loc.startOffset;
  let i = 0;
  for (; i < units.length && isSpaceUnit(units[i]!); i++) start += units[i]!.length;
  if (i === units.length) return undefined;
  let end = loc.endOffset;
  for (let j = units.length - 1; j > i && isSpaceUnit(units[j]!); j--) end -= units[j]!.length;
  return { start, end };
}

export interface ElementText {
  /** Entities decoded, line breaks and block boundaries as spaces, white space collapsed, trimmed. */
  text: string;
  /** From the first to the last visible character in the source (offsets into `source` plus `base`). */
  span?: Span;
}

/** The plain text of an element and where it stands in the source the element was parsed from. */
export function textOf(node: HtmlNode, source: string, base = 0): ElementText {
  let raw = '';
  let span: Span | undefined;
  // Nodes still to read (and the space that closes a block element), on an explicit stack rather
  // than the call stack: thousands of nested tables must not overflow it.
  const todo: Array<T.ChildNode | ' '> = childNodes(node).slice().reverse();
  while (todo.length > 0) {
    const c = todo.pop()!;
    if (c === ' ') {
      raw += ' ';
    } else if (c.nodeName === '#text') {
      const t = c as T.TextNode;
      raw += t.value;
      const r = t.value.trim() === '' ? undefined : visibleRange(t, source);
      if (r) span = span ? { start: span.start, end: r.end + base } : { start: r.start + base, end: r.end + base };
    } else if (isElement(c) && !INVISIBLE.has(c.tagName)) {
      if (BREAKS.has(c.tagName)) {
        raw += ' ';
        todo.push(' ');
      }
      const kids = childNodes(c);
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!);
    }
  }
  const text = raw.replace(/\s+/gu, ' ').trim();
  return text === '' ? { text } : { text, ...(span ? { span } : {}) };
}
