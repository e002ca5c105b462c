// Finding the template row or column a written label stands for. Exact keys first (after
// normalisation), then a label written together with its parents ("（三）不予公开 1.属于国家秘密"),
// then a near miss (a truncated or garbled label) that is still unmistakable.
import type { AxisItem } from '../formats/types.js';
import { BoundedMemo } from '../text/memo.js';
import { labelKey, normalizeLabel, similarity, stripNotes } from '../text/normalize.js';

export type MatchQuality = 'exact' | 'near';

export interface LabelMatch {
  item: AxisItem;
  quality: MatchQuality;
}

export interface AxisIndex {
  items: readonly AxisItem[];
  byId: ReadonlyMap<string, AxisItem>;
  byKey: ReadonlyMap<string, AxisItem[]>;
  /** Each item's comparison keys (label and variants), computed once. */
  keys: ReadonlyMap<AxisItem, string[]>;
  /** Each item's groups, outermost first, computed once. */
  parents: ReadonlyMap<AxisItem, readonly AxisItem[]>;
}

export interface MatchOptions {
  /** Also accept a near miss (a garbled label). Off while candidate tables are only being compared. */
  near?: boolean;
  /** labelKey results for this document's cells, so that each cell is normalised once. */
  memo?: Map<string, string>;
}

function keyOf(text: string, memo: Map<string, string> | undefined): string {
  if (!memo) return labelKey(text);
  let k = memo.get(text);
  if (k === undefined) {
    k = labelKey(text);
    memo.set(text, k);
  }
  return k;
}

const indexCache = new WeakMap<readonly AxisItem[], AxisIndex>();

export function axisIndex(items: readonly AxisItem[]): AxisIndex {
  let idx = indexCache.get(items);
  if (idx) return idx;
  const byId = new Map<string, AxisItem>();
  const byKey = new Map<string, AxisItem[]>();
  const keys = new Map<AxisItem, string[]>();
  for (const item of items) {
    byId.set(item.id, item);
    keys.set(item, keysOf(item));
    for (const k of keys.get(item)!) {
      const list = byKey.get(k) ?? [];
      if (!list.includes(item)) list.push(item);
      byKey.set(k, list);
    }
  }
  const parents = new Map<AxisItem, readonly AxisItem[]>();
  for (const item of items) parents.set(item, parentsOf(byId, item));
  idx = { items, byId, byKey, keys, parents };
  indexCache.set(items, idx);
  return idx;
}

function parentsOf(byId: ReadonlyMap<string, AxisItem>, item: AxisItem): AxisItem[] {
  const out: AxisItem[] = [];
  let p = item.parent ? byId.get(item.parent) : undefined;
  while (p) {
    out.unshift(p);
    p = p.parent ? byId.get(p.parent) : undefined;
  }
  return out;
}

export function keysOf(item: AxisItem): string[] {
  return [item.label, ...(item.variants ?? [])].map(labelKey).filter((k) => k !== '');
}

/** The item's groups, outermost first (shared: not to be changed). */
export function ancestors(idx: AxisIndex, item: AxisItem): readonly AxisItem[] {
  return idx.parents.get(item) ?? parentsOf(idx.byId, item);
}

/** Picks among items sharing a key the one whose parents best agree with the context. */
function pick(idx: AxisIndex, candidates: AxisItem[], context: ReadonlySet<string>): AxisItem {
  if (candidates.length === 1) return candidates[0]!;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const c of candidates) {
    const score = ancestors(idx, c).filter((a) => context.has(a.id)).length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** How alike a garbled label must be to its template label to be read as it. */
const NEAR = 0.75;

const ENUM_CHARS = /[()一二三四五六七八九十\d.,:;'"\-[\]]/gu;

/**
 * Per axis, what does not depend on the document: the items a text names after its parents, and the
 * suggestions for a key. Texts and keys repeat across tables and reports.
 */
interface AxisMemo {
  withParents: BoundedMemo<readonly AxisItem[]>;
  suggestions: BoundedMemo<readonly Suggestion[]>;
}
const axisMemos = new WeakMap<AxisIndex, AxisMemo>();

function axisMemo(idx: AxisIndex): AxisMemo {
  let m = axisMemos.get(idx);
  if (!m) axisMemos.set(idx, (m = { withParents: new BoundedMemo(5000), suggestions: new BoundedMemo(5000) }));
  return m;
}

/** "（三）不予公开 1.属于国家秘密": the leaf written after its parents. */
function matchWithParents(idx: AxisIndex, text: string, context: ReadonlySet<string>): AxisItem | undefined {
  const found = axisMemo(idx).withParents.get(text, (s) => leavesAfterParents(idx, stripNotes(normalizeLabel(s))));
  if (found.length === 0) return undefined;
  // Items sharing the key (结果维持 under each group) are told apart by the context.
  let best = found[0]!;
  for (let i = 1; i < found.length; i++) best = pick(idx, [best, found[i]!], context);
  return best;
}

/** The items of the longest key the text ends with, whose parents' words make up the rest of the text. */
function leavesAfterParents(idx: AxisIndex, t: string): AxisItem[] {
  let found: AxisItem[] = [];
  let bestLen = 0;
  for (const [key, items] of idx.byKey) {
    if (key.length <= bestLen || key.length >= t.length || !t.endsWith(key)) continue;
    for (const item of items) {
      let rest = t.slice(0, t.length - key.length);
      for (const a of ancestors(idx, item)) for (const k of idx.keys.get(a) ?? []) rest = rest.replace(k, '');
      if (rest.replace(ENUM_CHARS, '') === '') {
        if (bestLen !== key.length) found = [];
        found.push(item);
        bestLen = key.length;
      }
    }
  }
  return found;
}

const NO_CONTEXT: ReadonlySet<string> = new Set();
const NO_OPTIONS: MatchOptions = {};

export function matchLabel(idx: AxisIndex, text: string, context: ReadonlySet<string> = NO_CONTEXT, opts: MatchOptions = NO_OPTIONS): LabelMatch | undefined {
  const key = keyOf(text, opts.memo);
  if (key === '') return undefined;
  const exact = idx.byKey.get(key);
  if (exact) return { item: pick(idx, exact, context), quality: 'exact' };
  const withParents = matchWithParents(idx, text, context);
  if (withParents) return { item: withParents, quality: 'exact' };
  if (opts.near === false) return undefined;
  const near = suggest(idx, text, NEAR, opts.memo);
  if (near.length === 0) return undefined;
  // Items sharing the best label (结果维持 under each group) are told apart by the context.
  const top = near.filter((s) => s.item.label === near[0]!.item.label);
  const runnerUp = near.find((s) => s.item.label !== near[0]!.item.label);
  if (runnerUp && runnerUp.score > near[0]!.score - 0.05) return undefined;
  return { item: pick(idx, top.map((s) => s.item), context), quality: 'near' };
}

export interface Suggestion {
  item: AxisItem;
  score: number;
}

/** Items whose label resembles the text, best first ("did you mean …"). Shared: not to be changed. */
export function suggest(idx: AxisIndex, text: string, threshold = 0.5, memo?: Map<string, string>): readonly Suggestion[] {
  const key = keyOf(text, memo);
  if (key === '') return [];
  return axisMemo(idx).suggestions.get(`${threshold}\u0000${key}`, () => suggestUncached(idx, key, threshold));
}

function suggestUncached(idx: AxisIndex, key: string, threshold: number): Suggestion[] {
  const out: Suggestion[] = [];
  for (const item of idx.items) {
    let score = 0;
    for (const k of idx.keys.get(item) ?? []) {
      const s = similarity(key, k);
      if (s > score) score = s;
      if (k.length >= 4 && (key.startsWith(k) || k.startsWith(key)) && key.length >= 4) score = Math.max(score, 0.8 + 0.1 * Math.min(key.length, k.length) / Math.max(key.length, k.length));
    }
    if (score >= threshold) out.push({ item, score });
  }
  return out.sort((a, b) => b.score - a.score);
}
