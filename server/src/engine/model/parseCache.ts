// Parsing piece by piece (chunks.ts): an editor keeps the trees of the last version's pieces and
// re-parses only those an edit touched; a very large text is parsed in pieces to bound the
// parser's memory. Either way the tree is exactly the one parseWhole gives (property-tested).
import type { Nodes, Root, Table } from 'mdast';
import type { Point } from 'unist';
import { openAtEnd, splitChunks, tableGroups, type Chunk } from './chunks.js';
import { endPoint, fastTablePiece } from './fastTable.js';
import { parseWhole } from './parse.js';

export interface ParseCacheOptions {
  /** Smallest piece worth cutting (tests cut finer). */
  minChunk?: number;
  /** Body rows per group of a long table. */
  tableGroup?: number;
}

/**
 * Keeps the trees of the last parse's pieces, so that parsing the next version of the same
 * document re-parses only the pieces that changed. One cache per document; it holds one
 * version's pieces at a time.
 */
export class ParseCache {
  #trees = new Map<string, Root>();
  #next = new Map<string, Root>();
  readonly #minChunk: number | undefined;
  readonly #tableGroup: number;

  constructor(options: ParseCacheOptions = {}) {
    this.#minChunk = options.minChunk;
    this.#tableGroup = options.tableGroup ?? 8;
  }

  parse(text: string): Root {
    this.#next = new Map();
    try {
      return this.#compose(text);
    } finally {
      this.#trees = this.#next;
    }
  }

  /** A piece's tree: from the last version if it was there, else parsed (a long table by groups). */
  #take(piece: string): Root {
    let tree = this.#next.get(piece) ?? this.#trees.get(piece);
    if (!tree) {
      tree = fastTablePiece(piece);
      if (!tree) {
        const groups = tableGroups(piece, this.#tableGroup);
        tree = groups ? this.#byGroups(piece, groups) : parseWhole(piece);
      }
    }
    this.#next.set(piece, tree);
    return tree;
  }

  #compose(text: string): Root {
    const chunks = splitChunks(text, this.#minChunk);
    if (chunks.length === 1) return this.#take(text);
    const root: Root = { type: 'root', children: [] };
    let first: Root | undefined;
    let last: { chunk: Chunk; tree: Root } | undefined;
    for (let i = 0; i < chunks.length; i++) {
      const c = { ...chunks[i]! };
      let piece = text.slice(c.start, c.end);
      let tree = this.#take(piece);
      // A piece that ends inside a fence or HTML block takes the next one in; after a few, the rest.
      for (let merged = 0; i + 1 < chunks.length && openAtEnd(piece, tree.children[tree.children.length - 1]); merged++) {
        c.end = merged < 3 ? chunks[++i]!.end : chunks[(i = chunks.length - 1)]!.end;
        piece = text.slice(c.start, c.end);
        tree = this.#take(piece);
      }
      first ??= tree;
      last = { chunk: c, tree };
      for (const child of tree.children) root.children.push(c.start === 0 ? child : shifted(child, c.line - 1, c.start));
    }
    const start = first!.position!.start;
    const end = last!.tree.position!.end;
    root.position = { start, end: { line: end.line + last!.chunk.line - 1, column: end.column, offset: (end.offset ?? 0) + last!.chunk.start } };
    return root;
  }

  /** A piece ending in a long table: its head parsed as is, the other rows group by group. */
  #byGroups(piece: string, g: NonNullable<ReturnType<typeof tableGroups>>): Root {
    const head = this.#take(piece.slice(0, g.headEnd));
    const table = head.children[head.children.length - 1];
    if (table?.type !== 'table') return parseWhole(piece);
    const rows = [...table.children];
    const headerLines = 2;
    for (const group of g.groups) {
      const sub = this.#take(g.header + piece.slice(group.start, group.end));
      const t = sub.children[0];
      if (sub.children.length !== 1 || t?.type !== 'table') return parseWhole(piece);
      const lines = group.line - headerLines;
      const offset = group.start - g.header.length;
      for (const row of t.children.slice(1)) rows.push(shifted(row, lines, offset));
    }
    const whole: Table = { ...table, children: rows, position: { start: table.position!.start, end: rows[rows.length - 1]!.position!.end } };
    const tree: Root = { ...head, children: [...head.children.slice(0, -1), whole] };
    tree.position = { start: head.position!.start, end: endPoint(piece) };
    return tree;
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
