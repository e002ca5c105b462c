// The relations of a table evaluated on its cells: every sum and the 勾稽 balance, in every column
// (or row) where all their cells are present and numeric. Rules, fixes and hovers share this.
import type { AxisItem, Relation } from '../formats/types.js';
import { numericValue, roundMoney } from '../text/numbers.js';
import { cellKey, type CellModel } from './mapTable.js';
import { axisIndex } from './match.js';
import type { PlacedTable } from './tables.js';

export interface Term {
  /** The row (for a relation among rows) or column (among columns) the cell stands in. */
  item: AxisItem;
  cell: CellModel;
  value: number;
}

export interface Evaluation {
  relation: Relation;
  /** The column (relation among rows) or row (among columns) it is evaluated in. */
  along: AxisItem;
  left: Term[];
  right: Term[];
  leftSum: number;
  rightSum: number;
  holds: boolean;
}

export function same(a: number, b: number): boolean {
  return Math.abs(roundMoney(a) - roundMoney(b)) < 1e-9;
}

function sum(terms: Term[], override?: { cell: CellModel; value: number }): number {
  return roundMoney(terms.reduce((s, t) => s + (override && t.cell === override.cell ? override.value : t.value), 0));
}

function terms(t: PlacedTable, ids: string[], along: AxisItem, axis: Relation['axis']): Term[] | undefined {
  const out: Term[] = [];
  const items = axisIndex(axis === 'rows' ? t.def.rows : t.def.columns).byId;
  for (const id of ids) {
    const item = items.get(id);
    const cell = t.cells.get(axis === 'rows' ? cellKey(id, along.id) : cellKey(along.id, id));
    if (!item || !cell) return undefined;
    const value = numericValue(cell.value);
    if (value === undefined) return undefined;
    out.push({ item, cell, value });
  }
  return out;
}

/** Evaluations by table: several rules and the hovers ask for the same table's. */
const evaluated = new WeakMap<PlacedTable, readonly Evaluation[]>();

/** Every relation of the table in every column (or row) where its cells are numbers. Computed once per table. */
export function evaluate(t: PlacedTable): readonly Evaluation[] {
  let out = evaluated.get(t);
  if (!out) evaluated.set(t, (out = evaluateUncached(t)));
  return out;
}

function evaluateUncached(t: PlacedTable): Evaluation[] {
  const out: Evaluation[] = [];
  const mappedRows = t.rows.map((r) => r.item);
  const mappedCols = t.columns.map((c) => c.item);
  for (const relation of t.def.relations) {
    const alongs = relation.axis === 'rows' ? mappedCols : mappedRows;
    for (const along of alongs) {
      const left = terms(t, relation.left, along, relation.axis);
      const right = terms(t, relation.right, along, relation.axis);
      if (!left || !right) continue;
      const leftSum = sum(left);
      const rightSum = sum(right);
      out.push({ relation, along, left, right, leftSum, rightSum, holds: same(leftSum, rightSum) });
    }
  }
  return out;
}

/** Would every relation through this cell hold if it said `value`? */
export function safeToSet(evaluations: readonly Evaluation[], cell: CellModel, value: number): boolean {
  for (const e of evaluations) {
    const involved = e.left.some((x) => x.cell === cell) || e.right.some((x) => x.cell === cell);
    if (!involved) continue;
    if (!same(sum(e.left, { cell, value }), sum(e.right, { cell, value }))) return false;
  }
  return true;
}

/** "258 + 3 + 0 = 261" */
export function formula(terms: readonly Term[]): string {
  const total = roundMoney(terms.reduce((s, t) => s + t.value, 0));
  return `${terms.map((t) => String(t.value)).join(' + ')} = ${total}`;
}
