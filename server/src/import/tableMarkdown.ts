// An imported table as Markdown: each part recognised as a template table is written in the
// standard layout of the template (formats/render.ts) with the cell values exactly as written;
// a part that is no template table is written as it stands. Pure.
import type { FormatDef, SectionNo } from '../engine/formats/types.js';
import { standardTable } from '../engine/formats/render.js';
import type { TableItem } from './items.js';
import { escapeMarkdown } from './prose.js';
import { recognise, splitAtCaptions, type Recognised, type RowBlock } from './recognise.js';

/** Markdown inline syntax escaped; table pipes are escaped by the table writer. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/gu, (c) => `\\${c}`);
}

function templateTable(r: Recognised): string {
  const columns = r.def.columns.filter((c) => !c.group).map((c) => c.id);
  return standardTable(r.def, {
    value: (rowId, colId) => inline(r.values.get(rowId)?.[columns.indexOf(colId)] ?? ''),
    rows: new Set(r.values.keys()),
    label: (item) => {
      const near = r.nearLabels.get(item.id);
      return near !== undefined ? inline(near) : item.label;
    },
    extraRows: r.extra.map((x) => ({ label: inline(x.label), values: x.values.map(inline) })),
  });
}

function plainTable(block: RowBlock): string {
  const width = Math.max(1, ...block.rows.map((r) => r.length));
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(cells[i] ?? '') || ' ').join(' | ')} |`;
  const [head = [], ...body] = block.rows;
  const lines = [line(head), line(Array<string>(width).fill('---')), ...body.map(line)];
  return (block.caption !== undefined ? `${escapeMarkdown(block.caption)}\n\n` : '') + lines.join('\n');
}

export interface TableOutput {
  parts: string[];
  recognised: number;
  other: number;
}

export function tableMarkdown(item: TableItem, prefer: FormatDef, sectionNo: SectionNo | undefined, captionBefore?: string): TableOutput {
  const out: TableOutput = { parts: [], recognised: 0, other: 0 };
  for (const block of splitAtCaptions(item.rows, item.caption ?? captionBefore)) {
    const r = recognise(block, prefer, sectionNo);
    if (r) {
      out.parts.push(templateTable(r));
      out.recognised++;
    } else {
      out.parts.push(plainTable(block));
      out.other++;
    }
  }
  return out;
}
