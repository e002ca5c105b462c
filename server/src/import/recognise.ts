// Which template table an imported table is, by the engine's own label matching: the rows are
// matched by their labels (parents carried down from the rows above, as the linter does), the
// header rows by the column labels they name, the caption by its item of Art. 20. Pure.
import { FORMATS } from '../engine/formats/index.js';
import type { AxisItem, FormatDef, SectionNo, TableDef } from '../engine/formats/types.js';
import { captionItem } from '../engine/model/blocks.js';
import { ancestors, axisIndex, matchLabel, type AxisIndex } from '../engine/model/match.js';
import { labelKey } from '../engine/text/normalize.js';
import { fitValues, hasValues, splitRow } from './rows.js';

export interface RowBlock {
  caption?: string;
  rows: string[][];
}

export interface Recognised {
  def: TableDef;
  /** Values of each template leaf row, in the order of the template's leaf columns. */
  values: Map<string, string[]>;
  /** Labels matched only nearly: written as they are, so that the linter still sees them. */
  nearLabels: Map<string, string>;
  /** Rows outside the template, with their values. */
  extra: Array<{ label: string; values: string[] }>;
  score: number;
}

/** Splits a table at its caption rows ("第二十条第（五）项" alone in a row, or merged across it). */
export function splitAtCaptions(rows: readonly string[][], caption?: string): RowBlock[] {
  const blocks: RowBlock[] = [];
  let current: RowBlock | undefined;
  for (const row of rows) {
    const cells = row.filter((c) => c !== '');
    if (cells.length > 0 && captionItem(cells[0]!) !== undefined && new Set(cells.map(labelKey)).size === 1) {
      current = { caption: cells[0]!, rows: [] };
      blocks.push(current);
      continue;
    }
    if (!current) {
      current = { ...(caption !== undefined ? { caption } : {}), rows: [] };
      blocks.push(current);
    }
    current.rows.push(row);
  }
  return blocks.filter((b) => b.rows.length > 0);
}

function headerHits(labels: readonly string[], cols: AxisIndex): number {
  return labels.filter((l) => matchLabel(cols, l)?.quality === 'exact').length;
}

/** Words printed in a header that name no column: a caption, 信息内容, the 勾稽 note. */
function isDecoration(def: TableDef, text: string): boolean {
  const k = labelKey(text);
  return captionItem(text) !== undefined || k === labelKey(def.rowHeader ?? '信息内容') || k === labelKey('信息内容') || k.includes('勾稽关系');
}

/** Reads a block as the template table `def`; undefined when its values cannot be placed. */
function readAs(block: RowBlock, def: TableDef): Recognised | undefined {
  const rowIdx = axisIndex(def.rows);
  const colIdx = axisIndex(def.columns);
  const n = def.columns.filter((c) => !c.group).length;
  const out: Recognised = { def, values: new Map(), nearLabels: new Map(), extra: [], score: 0 };
  let context = new Set<string>();
  const enter = (item: AxisItem): void => {
    context = new Set([...ancestors(rowIdx, item), ...(item.group ? [item] : [])].map((a) => a.id));
  };
  for (const row of block.rows) {
    const { labels, rest } = splitRow(row);
    if (!hasValues(rest)) {
      // A header row: its column labels count for this table, its other words against it.
      const hits = headerHits(labels, colIdx);
      const decoration = labels.filter((l) => isDecoration(def, l)).length;
      if (hits > 0 || decoration > 0 || labels.length === 0) {
        out.score += hits - 0.5 * (labels.length - hits - decoration);
        continue;
      }
    }
    const fitted = fitValues(rest, n);
    if (!fitted.ok) return undefined;
    if (def.singleRow) {
      if (labels.length > 0 || out.values.size > 0) return undefined;
      out.values.set(def.rows[0]!.id, fitted.values);
      out.score += 1;
      continue;
    }
    for (const l of labels.slice(0, -1)) {
      const g = matchLabel(rowIdx, l, context);
      if (g?.item.group) enter(g.item);
    }
    const last = labels[labels.length - 1] ?? '';
    let m = last === '' ? undefined : matchLabel(rowIdx, last, context);
    if ((!m || m.item.group) && labels.length > 1) {
      const joined = matchLabel(rowIdx, labels.join(''), context);
      if (joined && !joined.item.group) m = joined;
    }
    if (m) enter(m.item);
    if (m && !m.item.group && !out.values.has(m.item.id)) {
      out.values.set(m.item.id, fitted.values);
      if (m.quality === 'near') out.nearLabels.set(m.item.id, last);
      out.score += m.quality === 'exact' ? 1 : 0.5;
    } else if (hasValues(fitted.values)) {
      out.extra.push({ label: last, values: fitted.values });
      out.score -= 0.5;
    }
  }
  return out;
}

/** The smallest score for a block to be written as a template table. */
const MIN_SCORE = 2;

/** The best reading of a block among the tables of both versions, or undefined. */
export function recognise(block: RowBlock, prefer: FormatDef, sectionNo?: SectionNo): Recognised | undefined {
  const item = block.caption !== undefined ? captionItem(block.caption) : undefined;
  let best: Recognised | undefined;
  let bestRank = -Infinity;
  for (const format of FORMATS) {
    for (const def of format.tables) {
      const defItem = def.caption !== undefined ? captionItem(def.caption) : undefined;
      if (item !== undefined && defItem !== item) continue;
      const r = readAs(block, def);
      if (!r) continue;
      const score = r.score + (item !== undefined ? 1 : 0);
      const rank = score + (format === prefer ? 0.01 : 0) + (def.section === sectionNo ? 0.001 : 0);
      if (score >= MIN_SCORE && rank > bestRank) {
        best = r;
        bestRank = rank;
      }
    }
  }
  return best;
}
