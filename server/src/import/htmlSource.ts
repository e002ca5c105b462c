// A web page (or a Word document turned into HTML) as lines and tables: the main content's
// headings and paragraphs in document order, its data tables through the engine's HTML table
// grid (rowspan and colspan laid out), and the report title even when the page puts it outside
// the content. Pure.
import { REPORT_TITLE } from '../engine/model/report.js';
import { childNodes, findElements, INVISIBLE, isElement, parseHtmlDocument, textOf, type HtmlElement, type HtmlNode } from '../engine/model/htmlDom.js';
import { gridFromHtmlTable } from '../engine/model/htmlTable.js';
import { collapse, type Item } from './items.js';
import { isDataTable, mainContent } from './htmlMain.js';

export interface HtmlOptions {
  /** Take all of the body (a converted Word document has no menus to leave out). */
  whole?: boolean;
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'o:p']);

function tableItem(table: HtmlElement): Item {
  const { grid, caption } = gridFromHtmlTable(table, '');
  const rows = grid.rows.map((r) => r.cells.map((c) => (c.spanned || c.missing ? '' : c.text)));
  return { kind: 'table', rows, ...(caption ? { caption: caption.text } : {}) };
}

function collect(root: HtmlNode): Item[] {
  const items: Item[] = [];
  let buffer = '';
  const flush = (heading?: number): void => {
    const text = collapse(buffer);
    buffer = '';
    if (text !== '') items.push({ kind: 'text', text, gap: true, ...(heading !== undefined ? { heading } : {}) });
  };
  const walk = (node: HtmlNode): void => {
    for (const c of childNodes(node)) {
      if (c.nodeName === '#text') {
        buffer += (c as { value: string }).value;
        continue;
      }
      if (!isElement(c) || INVISIBLE.has(c.tagName)) continue;
      if (c.tagName === 'table' && isDataTable(c)) {
        flush();
        items.push(tableItem(c));
      } else if (c.tagName === 'br') {
        flush();
      } else if (INLINE.has(c.tagName)) {
        walk(c);
      } else {
        const level = /^h([1-6])$/u.exec(c.tagName);
        flush();
        walk(c);
        flush(level ? Number(level[1]) : undefined);
      }
    }
  };
  walk(root);
  flush();
  return items;
}

const fitsTitle = (t: string): boolean => REPORT_TITLE.test(t) && t.length <= 80;

/** The report title outside the main content: a heading or a "title" element, else <title>. */
function titleOutside(doc: HtmlNode, main: HtmlElement): string | undefined {
  const inMain = (el: HtmlElement): boolean => {
    for (let p: HtmlNode | null = el; p; p = (p as HtmlElement).parentNode ?? null) if (p === main) return true;
    return false;
  };
  const candidates = ['h1', 'h2', 'h3', 'div', 'p', 'td', 'span'].flatMap((t) => findElements(doc, t));
  for (const el of candidates) {
    if (inMain(el)) continue;
    const named = /^h[1-3]$/u.test(el.tagName) || el.attrs.some((a) => (a.name === 'class' || a.name === 'id') && /title|biaoti|bt/iu.test(a.value));
    const text = textOf(el, '').text;
    if (named && fitsTitle(text)) return text;
  }
  const title = findElements(doc, 'title')[0];
  const parts = title ? textOf(title, '').text.split(/\s*[-_|—–]\s*/u) : [];
  return parts.find(fitsTitle);
}

export function htmlItems(html: string, options: HtmlOptions = {}): Item[] {
  const doc = parseHtmlDocument(html);
  const body = findElements(doc, 'body')[0];
  if (!body) return [];
  const main = options.whole ? body : mainContent(body);
  const items = collect(main);
  const head = items.slice(0, 8);
  if (!head.some((x) => x.kind === 'text' && fitsTitle(x.text))) {
    const title = titleOutside(doc, main);
    if (title !== undefined) items.unshift({ kind: 'text', text: title, gap: true, heading: 1 });
  }
  return items;
}
