// The main content of a saved web page: the element that holds most of the page's prose and data
// tables, not its menus, link lists and footers (each block's text counts for its parent in full
// and for its grandparent by half, link text not at all). Pure.
import { childElements, childNodes, findElements, INVISIBLE, isElement, textOf, type HtmlElement, type HtmlNode } from '../engine/model/htmlDom.js';

const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'dd']);

/** The longest cell text of a table that holds data; a longer one means a layout table. */
const MAX_DATA_CELL = 150;

/** A table of data, not a page laid out as a table: no table inside it, no cell with a long text. */
export function isDataTable(table: HtmlElement): boolean {
  if (findElements(table, 'table').length > 0) return false;
  const cells = [...findElements(table, 'td'), ...findElements(table, 'th')];
  return cells.every((c) => textOf(c, '').text.length <= MAX_DATA_CELL);
}

function linkTextLength(el: HtmlElement): number {
  return findElements(el, 'a').reduce((n, a) => n + textOf(a, '').text.length, 0);
}

function hasOwnText(el: HtmlElement): boolean {
  return childNodes(el).some((c) => c.nodeName === '#text' && (c as { value: string }).value.trim() !== '');
}

export function mainContent(body: HtmlElement): HtmlElement {
  const scores = new Map<HtmlElement, number>();
  const add = (el: HtmlNode | null | undefined, n: number): void => {
    if (el && isElement(el)) scores.set(el, (scores.get(el) ?? 0) + n);
  };
  const visit = (el: HtmlElement): void => {
    for (const c of childElements(el)) {
      if (INVISIBLE.has(c.tagName)) continue;
      const data = c.tagName === 'table' && isDataTable(c);
      if (data || TEXT_BLOCKS.has(c.tagName) || hasOwnText(c)) {
        const n = Math.max(0, textOf(c, '').text.length - linkTextLength(c));
        const parent = c.parentNode && isElement(c.parentNode) ? c.parentNode : undefined;
        add(parent, n);
        add(parent?.parentNode, n / 2);
      }
      if (!data && !TEXT_BLOCKS.has(c.tagName)) visit(c);
    }
  };
  visit(body);
  let best = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
