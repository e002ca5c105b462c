// Plain text extracted from a PDF (as in shared/seed/*.txt) as lines and tables. A table row is a
// line of tab-separated cells; a table runs over blank lines inside it and over the underline rows
// ("-----\t----") that extraction leaves; its caption may be a row of its own. Pure.
import { collapse, type Item } from './items.js';
import { isCaptionLine } from './prose.js';

const UNDERLINE = /^[-_=─━]{4,}$/u;

function fields(line: string): string[] {
  return line.split('\t').map(collapse);
}

function filled(line: string): string[] {
  return fields(line).filter((f) => f !== '');
}

/** A line that starts a table: two cells or more, or a caption followed by tabs. */
function startsTable(line: string): boolean {
  if (!line.includes('\t')) return false;
  const cells = filled(line);
  return cells.length >= 2 || (cells.length === 1 && isCaptionLine(cells[0]!));
}

function isUnderline(row: string[]): boolean {
  const cells = row.filter((f) => f !== '');
  return cells.length > 0 && cells.every((f) => UNDERLINE.test(f.replace(/\s/gu, '')));
}

/** The index just past the table that starts at line `i`. */
function tableEnd(lines: readonly string[], i: number): number {
  let j = i;
  while (j < lines.length) {
    const line = lines[j]!;
    if (line.includes('\t')) {
      j++;
      continue;
    }
    if (line.trim() !== '') break;
    let k = j;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    if (k < lines.length && lines[k]!.includes('\t') && filled(lines[k]!).length > 0) j = k;
    else break;
  }
  return j;
}

export function textItems(text: string): Item[] {
  const lines = text.replace(/^\ufeff/u, '').split(/\r\n?|\n/u);
  const items: Item[] = [];
  let gap = true;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (startsTable(line)) {
      const end = tableEnd(lines, i);
      const rows = lines.slice(i, end).filter((l) => l.trim() !== '').map(fields).filter((r) => !isUnderline(r));
      items.push({ kind: 'table', rows });
      i = end;
      gap = true;
      continue;
    }
    const t = line.replace(/\t/gu, ' ').trim();
    if (t === '') gap = true;
    else {
      items.push({ kind: 'text', text: t, gap });
      gap = false;
    }
    i++;
  }
  return items;
}
