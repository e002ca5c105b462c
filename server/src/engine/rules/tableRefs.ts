// Cells named by template ids (text/claims.ts): a group row or column stands for the sum of its
// leaves. Resolved against one placed table; undefined when a cell is missing or not a number.
import type { AxisItem } from '../formats/types.js';
import { cellKey, type CellModel } from '../model/mapTable.js';
import type { Report } from '../model/report.js';
import type { PlacedTable } from '../model/tables.js';
import type { CellRef } from '../text/claims.js';
import { roundMoney } from '../text/numbers.js';
import { cellName, itemLabel } from './util.js';

export interface ResolvedRef {
  /** How the message names it: "（一）予以公开·总计", "行政复议·总计". */
  name: string;
  cells: Array<{ cell: CellModel; label: string; value: number }>;
  value: number;
}

/** The table of the report with this template id (the first, when written twice). */
export function tableById(report: Report, id: string): PlacedTable | undefined {
  return report.tables.find((t) => t.def.id === id);
}

function leaves(items: readonly AxisItem[], id: string): AxisItem[] {
  const item = items.find((i) => i.id === id);
  if (!item) return [];
  if (!item.group) return [item];
  return items.filter((i) => i.parent === id).flatMap((i) => leaves(items, i.id));
}

function resolveOne(t: PlacedTable, ref: CellRef): ResolvedRef | undefined {
  const rows = leaves(t.def.rows, ref.row);
  const cols = leaves(t.def.columns, ref.col);
  if (rows.length === 0 || cols.length === 0) return undefined;
  const cells: ResolvedRef['cells'] = [];
  for (const r of rows) {
    for (const c of cols) {
      const cell = t.cells.get(cellKey(r.id, c.id));
      if (!cell || cell.value.kind !== 'number') return undefined;
      cells.push({ cell, label: cellName(t, cell), value: cell.value.value });
    }
  }
  const row = t.def.rows.find((i) => i.id === ref.row)!;
  const col = t.def.columns.find((i) => i.id === ref.col)!;
  const name = cells.length === 1 ? cells[0]!.label : `${itemLabel(row)}·${itemLabel(col)}`;
  return { name, cells, value: roundMoney(cells.reduce((s, c) => s + c.value, 0)) };
}

/** The sum of the cells, its name for messages and its terms; undefined when any is not a number. */
export function resolveRefs(t: PlacedTable, refs: readonly CellRef[]): ResolvedRef | undefined {
  const parts: ResolvedRef[] = [];
  for (const ref of refs) {
    const r = resolveOne(t, ref);
    if (!r) return undefined;
    parts.push(r);
  }
  return {
    name: parts.map((p) => p.name).join(' + '),
    cells: parts.flatMap((p) => p.cells),
    value: roundMoney(parts.reduce((s, p) => s + p.value, 0)),
  };
}
