// Parse once: unified + remark-parse + remark-gfm + front matter. Every rule reads the model built
// from this tree; nothing re-parses.
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';

type FromMarkdown = NonNullable<Data['fromMarkdownExtensions']>[number];

/**
 * The parser's tree transforms are left out: remark-gfm's only one finds autolink literals
 * (www.…, https://…, e-mail addresses) missed by the tokenizer, by a find-and-replace over every
 * text node of the tree, a fifth of a report's parse. The linter reads text, never links, and a
 * link's text is the address as written: the findings are the same without it.
 */
function dropTransforms(this: Processor): void {
  const data = this.data();
  const flat = (data.fromMarkdownExtensions ?? []).flat() as Array<Exclude<FromMarkdown, unknown[]> & { transforms?: unknown }>;
  data.fromMarkdownExtensions = flat.map(({ transforms: _dropped, ...rest }) => rest);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(dropTransforms).freeze();

/** The parse of the whole text at once (parseMarkdown, in parseOnce.ts, gives the same tree piece by piece). */
export function parseWhole(text: string): Root {
  const tree = processor.parse(text);
  // The parser drops a leading BOM and counts from after it: offsets are into the text as given.
  if (text.charCodeAt(0) === 0xfeff) shiftPositions(tree, 1);
  return tree;
}

/** Moves every position of the tree `by` code units along the first line (iteratively: trees may be deep). */
function shiftPositions(root: Root, by: number): void {
  const seen = new Set<object>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point || seen.has(point)) continue;
      seen.add(point);
      if (point.offset !== undefined) point.offset += by;
      if (point.line === 1) point.column += by;
    }
    if ('children' in node) for (const c of node.children as Nodes[]) stack.push(c);
  }
}

/** The plain text of a node (inline markup dropped, escapes resolved). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' ? '' : node.value;
  }
  if ('children' in node) {
    let s = '';
    for (const c of node.children as Nodes[]) s += plainText(c);
    return s;
  }
  return '';
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}
