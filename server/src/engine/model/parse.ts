// Parse once: unified + remark-parse + remark-gfm + front matter. Every rule reads the model built
// from this tree; nothing re-parses.
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';
import { openAtEnd, splitChunks, type Chunk } from './chunks.js';

type FromMarkdown = NonNullable<Data['fromMarkdownExtensions']>[number];
type Transform = (tree: Root) => Root | undefined | void;

/** The parser's tree transforms (GFM autolink literals), taken out to run after the parse. */
const transforms: Transform[] = [];
function takeTransforms(this: Processor): void {
  const data = this.data();
  const flat = (data.fromMarkdownExtensions ?? []).flat() as Array<Exclude<FromMarkdown, unknown[]> & { transforms?: Transform[] }>;
  data.fromMarkdownExtensions = flat.map(({ transforms: t, ...rest }) => (transforms.push(...(t ?? [])), rest));
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(takeTransforms).freeze();

export function parseMarkdown(text: string, cache?: ParseCache): Root {
  return cache ? cache.parse(text) : parseWhole(text);
}

function parseWhole(text: string): Root {
  let tree = processor.parse(text);
  for (const t of transforms) {
    try {
      tree = t(tree) || tree;
    } catch (e) {
      // A tree thousands of levels deep (nested quotes or lists) overflows the recursive autolink
      // pass: its URLs stay plain text, which is all the linter reads of them anyway.
      if (!(e instanceof RangeError)) throw e;
    }
  }
  // The parser drops a leading BOM and counts from after it: offsets are into the text as given.
  if (text.charCodeAt(0) === 0xfeff) shiftPositions(tree, 1);
  return tree;
}

/**
 * Keeps the trees of the last parse's pieces (see chunks.ts), so that parsing the next version of
 * the same document re-parses only the pieces that changed. The tree is the one parseMarkdown
 * gives without a cache. One cache per document; it holds one version's pieces at a time.
 */
export class ParseCache {
  #trees = new Map<string, Root>();
  readonly #minChunk: number | undefined;

  constructor(options: { minChunk?: number } = {}) {
    this.#minChunk = options.minChunk;
  }

  parse(text: string): Root {
    const chunks = splitChunks(text, this.#minChunk);
    const old = this.#trees;
    const next = new Map<string, Root>();
    const take = (piece: string): Root => {
      const tree = next.get(piece) ?? old.get(piece) ?? parseWhole(piece);
      next.set(piece, tree);
      return tree;
    };
    this.#trees = next;
    if (chunks.length === 1) return take(text);
    const root: Root = { type: 'root', children: [] };
    const used: Chunk[] = [];
    for (let i = 0; i < chunks.length; i++) {
      const c = { ...chunks[i]! };
      let tree = take(text.slice(c.start, c.end));
      // A piece that ends inside a fence or HTML block takes the next one in; after a few, the rest.
      for (let merged = 0; i + 1 < chunks.length && openAtEnd(text.slice(c.start, c.end), tree.children[tree.children.length - 1]); merged++) {
        c.end = merged < 3 ? chunks[++i]!.end : chunks[(i = chunks.length - 1)]!.end;
        tree = take(text.slice(c.start, c.end));
      }
      used.push(c);
      for (const child of tree.children) root.children.push(c.start === 0 ? child : shifted(child, c.line - 1, c.start));
    }
    const last = used[used.length - 1]!;
    const start = take(text.slice(0, used[0]!.end)).position!.start;
    const end = take(text.slice(last.start, last.end)).position!.end;
    root.position = { start, end: { line: end.line + last.line - 1, column: end.column, offset: (end.offset ?? 0) + last.start } };
    return root;
  }
}

/** A copy of `node` moved down `lines` lines and along `offset` code units (iteratively: trees may be deep). */
function shifted<T extends Nodes>(node: T, lines: number, offset: number): T {
  const movePoint = (p: Point): Point => ({ line: p.line + lines, column: p.column, offset: (p.offset ?? 0) + offset });
  const copy = (n: Nodes): Nodes => {
    const out = { ...n } as Nodes;
    if (n.position) out.position = { start: movePoint(n.position.start), end: movePoint(n.position.end) };
    return out;
  };
  const top = copy(node);
  const stack: Nodes[] = [top];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!('children' in n)) continue;
    const children = (n.children as Nodes[]).map(copy);
    (n as { children: Nodes[] }).children = children;
    for (const c of children) stack.push(c);
  }
  return top as T;
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
