// The parse of a text linted once (the CLI, a first lint): the text is cut into pieces (chunks.ts)
// only to give its plain tables the cheap path (fastTable.ts); everything between two such tables
// is parsed in one go by the parser. The tree is exactly the one parseWhole gives (property-tested).
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import { openAtEnd, splitChunks } from './chunks.js';
import { fastTablePiece } from './fastTable.js';
import { parseWhole } from './parse.js';
import type { ParseCache } from './parseCache.js';

/** Pieces parsed together past this length are cut anyway, to bound the parser's memory. */
const MAX_RUN = 100_000;

/**
 * The tree of `text`: through the editor's cache when there is one, else once. Both give exactly
 * parseWhole's tree.
 */
export function parseMarkdown(text: string, cache?: ParseCache): Root {
  return cache ? cache.parse(text) : parseOnce(text);
}

export function parseOnce(text: string): Root {
  // Cut at every safe blank line (not only between pieces worth caching): a table's caption is often
  // a short paragraph just before it, and the table must be a piece of its own to take the cheap path.
  const chunks = splitChunks(text, 1);
  if (chunks.length === 1) return fastTablePiece(text) ?? parseWhole(text);
  const fast = chunks.map((c) => (text.charCodeAt(c.start) === 124 ? fastTablePiece(text.slice(c.start, c.end)) : undefined));
  const root: Root = { type: 'root', children: [] };
  let start: Point | undefined;
  let end: Point | undefined;
  for (let i = 0; i < chunks.length; ) {
    const first = chunks[i]!;
    let last = i;
    let tree = fast[i];
    if (!tree) {
      // The pieces up to the next plain table, parsed together; a run that ends inside a fence or an
      // HTML block takes the next pieces in (plain tables too: they are its text), after a few the rest.
      while (last + 1 < chunks.length && !fast[last + 1] && chunks[last + 1]!.end - first.start <= MAX_RUN) last++;
      let piece = text.slice(first.start, chunks[last]!.end);
      tree = parseWhole(piece);
      for (let merged = 0; last + 1 < chunks.length && openAtEnd(piece, tree.children[tree.children.length - 1]); merged++) {
        last = merged < 3 ? last + 1 : chunks.length - 1;
        piece = text.slice(first.start, chunks[last]!.end);
        tree = parseWhole(piece);
      }
    }
    const lines = first.line - 1;
    if (first.start > 0) for (const child of tree.children) shiftInPlace(child, lines, first.start);
    for (const child of tree.children) root.children.push(child);
    start ??= tree.position!.start;
    const e = tree.position!.end;
    end = { line: e.line + lines, column: e.column, offset: (e.offset ?? 0) + first.start };
    i = last + 1;
  }
  root.position = { start: start!, end: end! };
  return root;
}

/** Moves a fresh tree (nothing else holds its nodes) down `lines` lines and along `offset` code units. */
function shiftInPlace(node: Nodes, lines: number, offset: number): void {
  const move = (p: Point): Point => ({ line: p.line + lines, column: p.column, offset: (p.offset ?? 0) + offset });
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.position) n.position = { start: move(n.position.start), end: move(n.position.end) };
    if ('children' in n) for (const c of n.children as Nodes[]) stack.push(c);
  }
}
