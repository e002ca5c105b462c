// Finding the template row or column a written label stands for. Exact keys first (after
// normalisation), then a label written together with its parents ("（三）不予公开 1.属于国家秘密"),
// then a near miss (a truncated or garbled label) that is still unmistakable.
import type { AxisItem } from '../formats/types.js';
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
  idx = { items, byId, byKey, keys };
  indexCache.set(items, idx);
  return idx;
}

export function keysOf(item: AxisItem): string[] {
  return [item.label, ...(item.variants ?? [])].map(labelKey).filter((k) => k !== '');
}

export function ancestors(idx: AxisIndex, item: AxisItem): AxisItem[] {
  const out: AxisItem[] = [];
  let p = item.parent ? idx.byId.get(item.parent) : undefined;
  while (p) {
    out.unshift(p);
    p = p.parent ? idx.byId.get(p.parent) : undefined;
  }
  return out;
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

/** "（三）不予公开 1.属于国家秘密": the leaf written after its parents. */
function matchWithParents(idx: AxisIndex, text: string, context: ReadonlySet<string>, memo?: Map<string, string>): AxisItem | undefined {
  const memoKey = `\u0000${text}`;
  let t = memo?.get(memoKey);
  if (t === undefined) {
    t = stripNotes(normalizeLabel(text));
    memo?.set(memoKey, t);
  }
  let best: AxisItem | undefined;
  let bestLen = 0;
  for (const [key, items] of idx.byKey) {
    if (key.length <= bestLen || key.length >= t.length || !t.endsWith(key)) continue;
    for (const item of items) {
      let rest = t.slice(0, t.length - key.length);
      for (const a of ancestors(idx, item)) for (const k of idx.keys.get(a) ?? []) rest = rest.replace(k, '');
      if (rest.replace(ENUM_CHARS, '') === '') {
        best = best && bestLen === key.length ? pick(idx, [best, item], context) : item;
        bestLen = key.length;
      }
    }
  }
  return best;
}

export function matchLabel(idx: AxisIndex, text: string, context: ReadonlySet<string> = new Set(), opts: MatchOptions = {}): LabelMatch | undefined {
  const key = keyOf(text, opts.memo);
  if (key === '') return undefined;
  const exact = idx.byKey.get(key);
  if (exact) return { item: pick(idx, exact, context), quality: 'exact' };
  const withParents = matchWithParents(idx, text, context, opts.memo);
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

/** Items whose label resembles the text, best first ("did you mean …"). */
export function suggest(idx: AxisIndex, text: string, threshold = 0.5, memo?: Map<string, string>): Suggestion[] {
  const key = keyOf(text, memo);
  if (key === '') return [];
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
