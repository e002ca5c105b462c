// Every table of the report mapped onto the template: each written table is split into blocks,
// and each block is matched against the tables of both format versions, so that a table from the
// wrong version is recognised as such instead of as a pile of unknown rows.
import type { Root, RootContent } from 'mdast';
import { FORMATS } from '../formats/index.js';
import type { FormatDef, SectionNo, TableDef } from '../formats/types.js';
import { captionItem, splitBlocks, type Block, type Caption } from './blocks.js';
import { gridFromGfm, type Grid } from './grid.js';
import { htmlTableRuns } from './htmlTable.js';
import { mapTable, type TableModel } from './mapTable.js';
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
  def: TableDef;
  format: FormatDef;
  rank: number;
}

/** Ranks the candidates; ties go to the report's own version, then to a table of the section it stands in. */
function rank(block: Block, report: FormatDef, sectionNo: SectionNo | undefined, near: boolean, memo: Map<string, string>): Ranked | undefined {
  let best: Ranked | undefined;
  for (const { def, format } of candidates(block)) {
    const t = mapTable(block, def, format.version, { near, memo });
    const captionBonus = block.caption && def.caption && captionItem(block.caption.text) === captionItem(def.caption) ? 1 : 0;
    if (t.score + captionBonus < MIN_SCORE) continue;
    const r = t.score + captionBonus + (format === report ? 0.01 : 0) + (def.section === sectionNo ? 0.001 : 0);
    if (!best || r > best.rank) best = { def, format, rank: r };
  }
  return best;
}

function bestMapping(block: Block, report: FormatDef, sectionNo: SectionNo | undefined): PlacedTable | undefined {
  const memo = new Map<string, string>();
  // Candidates are compared on exact labels (cheap); near misses are looked for only in the winner,
  // or in all of them when no candidate qualifies on exact labels alone.
  const best = rank(block, report, sectionNo, false, memo) ?? rank(block, report, sectionNo, true, memo);
  if (!best) return undefined;
  const t = mapTable(block, best.def, best.format.version, { near: true, memo });
  return { ...t, wrongVersion: best.format !== report && !sameDef(best.def, report), ...(sectionNo !== undefined ? { sectionNo } : {}) };
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
