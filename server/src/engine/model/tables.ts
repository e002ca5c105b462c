// Every table of the report mapped onto the template: each written table is split into blocks,
// and each block is matched against the tables of both format versions, so that a table from the
// wrong version is recognised as such instead of as a pile of unknown rows.
import type { Root, RootContent } from 'mdast';
import { FORMATS } from '../formats/index.js';
import type { FormatDef, SectionNo, TableDef } from '../formats/types.js';
import { captionItem, splitBlocks, type Block, type Caption } from './blocks.js';
import { gridFromGfm, type Grid } from './grid.js';
import { htmlTableRuns } from './htmlTable.js';
import { fillCells, mapLabels, type TableModel } from './mapTable.js';
import { endOf, plainText, startOf } from './parse.js';
import type { SectionModel } from './sections.js';

export interface PlacedTable extends TableModel {
  /** The section the table stands in, if any. */
  sectionNo?: SectionNo;
  /** The table belongs to the other format version than the report's. */
  wrongVersion: boolean;
}

/** The smallest score for a block to count as a template table at all. */
const MIN_SCORE = 2;

/** The labels (leaf rows and columns) a template table has, the most a block can match. */
const labelCounts = new WeakMap<TableDef, number>();
function labelCount(def: TableDef): number {
  let n = labelCounts.get(def);
  if (n === undefined) {
    n = def.columns.filter((c) => !c.group).length + (def.singleRow ? 0 : def.rows.filter((r) => !r.group).length);
    labelCounts.set(def, n);
  }
  return n;
}

/**
 * A block is a template table when its labels, less its unknown ones, say so; or when it holds at
 * least half of the template's labels (and a few of them): then it is that table whatever it adds,
 * and what it adds is reported row by row and column by column. Without the second way a section 三
 * table with 50,000 rows added would be "missing". A small template (section 二's tables have two or
 * three labels) is not matched by a wide table of one's own that happens to repeat them.
 */
function qualifies(t: TableModel, captionBonus: number, sectionNo: SectionNo | undefined): boolean {
  if (byPositionOnly(t) && sectionNo !== undefined && sectionNo !== t.def.section) return false;
  return t.score + captionBonus >= MIN_SCORE || (t.matched >= 2 * MIN_SCORE && t.matched * 2 >= labelCount(t.def));
}

/**
 * No label of the block matched: its columns were taken by position and it has no labelled row
 * (section 四's one row has none). Such a block is a template table only in that table's own
 * section (or where there are no sections): a table of numbers in section 五 that happens to be
 * fifteen columns wide is not section 四's.
 */
function byPositionOnly(t: TableModel): boolean {
  return t.positional && (t.def.singleRow === true || t.rows.length === 0);
}

function captionBefore(prev: RootContent | undefined, tableStart: number, text: string): Caption | undefined {
  if (!prev || (prev.type !== 'paragraph' && prev.type !== 'heading')) return undefined;
  const between = text.slice(endOf(prev), tableStart);
  if (between.split('\n').length > 3) return undefined;
  const t = plainText(prev).trim();
  if (t.length > 30 || captionItem(t) === undefined) return undefined;
  return { text: t, span: { start: startOf(prev), end: endOf(prev) } };
}

function candidates(block: Block): Array<{ def: TableDef; format: FormatDef }> {
  const out: Array<{ def: TableDef; format: FormatDef }> = [];
  const item = block.caption ? captionItem(block.caption.text) : undefined;
  for (const format of FORMATS) {
    for (const def of format.tables) {
      if (item !== undefined && def.caption !== undefined && captionItem(def.caption) !== item) continue;
      out.push({ def, format });
    }
  }
  return out;
}

interface Ranked {
  /** The winner's mapping (without its cells), made with or without near misses as `near` says. */
  t: TableModel;
  near: boolean;
  format: FormatDef;
  rank: number;
}

/** Ranks the candidates; ties go to the report's own version, then to a table of the section it stands in. */
function rank(block: Block, report: FormatDef, sectionNo: SectionNo | undefined, near: boolean, memo: Map<string, string>): Ranked | undefined {
  let best: Ranked | undefined;
  const item = block.caption ? captionItem(block.caption.text) : undefined;
  // A table both versions share (section 四's) is mapped once: the mapping does not depend on the version.
  const mapped = new Map<TableDef, TableModel>();
  for (const { def, format } of candidates(block)) {
    let t = mapped.get(def);
    if (!t) mapped.set(def, (t = mapLabels(block, def, format.version, { near, memo })));
    const captionBonus = item !== undefined && def.caption && item === captionItem(def.caption) ? 1 : 0;
    if (!qualifies(t, captionBonus, sectionNo)) continue;
    const r = t.score + captionBonus + (format === report ? 0.01 : 0) + (def.section === sectionNo ? 0.001 : 0);
    if (!best || r > best.rank) best = { t, near, format, rank: r };
  }
  return best;
}

function bestMapping(block: Block, report: FormatDef, sectionNo: SectionNo | undefined): PlacedTable | undefined {
  const memo = new Map<string, string>();
  // Candidates are compared on exact labels (cheap); near misses are looked for only in the winner,
  // or in all of them when no candidate qualifies on exact labels alone.
  const best = rank(block, report, sectionNo, false, memo) ?? rank(block, report, sectionNo, true, memo);
  if (!best) return undefined;
  const { def } = best.t;
  const t = best.near ? best.t : mapLabels(block, def, best.format.version, { near: true, memo });
  t.version = best.format.version;
  fillCells(t);
  return { ...t, wrongVersion: best.format !== report && !sameDef(def, report), ...(sectionNo !== undefined ? { sectionNo } : {}) };
}

/** The report's format has this very table too (section 四 is the same in both). */
function sameDef(def: TableDef, report: FormatDef): boolean {
  return report.tables.includes(def);
}

/** The template tables one written grid (GFM or HTML) holds, each mapped. */
export function placeGrid(grid: Grid, before: Caption | undefined, report: FormatDef, sectionNo: SectionNo | undefined): PlacedTable[] {
  const out: PlacedTable[] = [];
  for (const block of splitBlocks(grid, before)) {
    const placed = bestMapping(block, report, sectionNo);
    if (placed) out.push(placed);
  }
  return out;
}

/** GFM tables and HTML <table> blocks, in document order. */
export function findTables(root: Root, text: string, sections: readonly SectionModel[], report: FormatDef): PlacedTable[] {
  const out: PlacedTable[] = [];
  const sectionAt = (at: number): SectionNo | undefined => sections.filter((s) => s.span.start <= at).pop()?.no;
  const html = htmlTableRuns(root, text);
  root.children.forEach((node, i) => {
    const before = (): Caption | undefined => captionBefore(root.children[i - 1], startOf(node), text);
    if (node.type === 'table') out.push(...placeGrid(gridFromGfm(node, text), before(), report, sectionAt(startOf(node))));
    html.get(i)?.tables.forEach((t, k) => {
      out.push(...placeGrid(t.grid, t.caption ?? (k === 0 ? before() : undefined), report, sectionAt(t.grid.span.start)));
    });
  });
  return out;
}
