// What stands at an offset of the report: a cell, a row or column label, a caption, a section
// title or the report title. Hovers and completions start here.
import type { CellModel, MappedColumn, MappedRow } from '../model/mapTable.js';
import type { Report } from '../model/report.js';
import type { SectionModel } from '../model/sections.js';
import type { PlacedTable } from '../model/tables.js';
import type { Span } from '../types.js';

export type Located =
  | { kind: 'cell'; table: PlacedTable; cell: CellModel; span: Span }
  | { kind: 'row'; table: PlacedTable; row: MappedRow; span: Span }
  | { kind: 'column'; table: PlacedTable; column: MappedColumn; span: Span }
  | { kind: 'caption'; table: PlacedTable; span: Span }
  | { kind: 'section'; section: SectionModel; span: Span }
  | { kind: 'title'; span: Span };

function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function tableAt(report: Report, offset: number): PlacedTable | undefined {
  return report.tables.find((t) => within(t.block.grid.span, offset) && within({ start: t.block.caption?.span.start ?? t.span.start, end: t.span.end }, offset));
}

export function locate(report: Report, offset: number): Located | undefined {
  for (const table of report.tables) {
    if (table.block.caption && within(table.block.caption.span, offset)) return { kind: 'caption', table, span: table.block.caption.span };
    if (!within(table.span, offset)) continue;
    for (const cell of table.cells.values()) {
      if (within(cell.cell.inner, offset)) return { kind: 'cell', table, cell, span: cell.cell.span };
    }
    for (const row of table.rows) if (within(row.span, offset)) return { kind: 'row', table, row, span: row.span };
    for (const column of table.columns) if (!table.positional && within(column.span, offset)) return { kind: 'column', table, column, span: column.span };
  }
  for (const section of report.sections) if (within(section.span, offset)) return { kind: 'section', section, span: section.titleSpan };
  if (report.title && within(report.title.span, offset)) return { kind: 'title', span: report.title.span };
  return undefined;
}
