// Items (lines and tables read from any source) written as the standard Markdown of a report: the
// title as "# ", section titles as "## " (the engine's classifier), sub-items （一）… as "### ",
// paragraphs joined where the PDF broke them, tables in the template's layout. Pure.
import { formatForYear, getFormat } from '../engine/formats/index.js';
import type { SectionNo } from '../engine/formats/types.js';
import { REPORT_TITLE, YEAR } from '../engine/model/report.js';
import { classifyTitle } from '../engine/model/sections.js';
import type { FormatVersion } from '../engine/types.js';
import type { Item } from './items.js';
import { continues, escapeMarkdown, isCaptionLine, joinLines, lineKind } from './prose.js';
import { tableMarkdown } from './tableMarkdown.js';

export interface ImportResult {
  markdown: string;
  title?: string;
  year?: number;
  /** The format version tables were preferably read as (from the year in the title). */
  format: FormatVersion;
  /** Template tables written in the standard layout, and other tables written as they stand. */
  tables: { recognised: number; other: number };
}

export interface AssembleOptions {
  /** Join paragraphs that a PDF broke (at line and page ends). */
  joinBroken: boolean;
}

interface Title {
  text: string;
  start: number;
  end: number;
}

/** The report title: among the first lines, possibly broken over two or three of them, or an <h1>. */
function findTitle(items: readonly Item[]): Title | undefined {
  const firstTable = items.findIndex((x) => x.kind === 'table');
  const head = items.slice(0, Math.min(8, firstTable < 0 ? items.length : firstTable));
  const fits = (t: string): boolean => REPORT_TITLE.test(t) && t.length <= 80;
  for (let i = 0; i < head.length; i++) {
    const item = head[i]!;
    if (item.kind !== 'text') continue;
    let text = item.text;
    if (fits(text)) return { text, start: i, end: i + 1 };
    for (let j = i + 1; j < Math.min(i + 3, head.length); j++) {
      const next = head[j]!;
      if (next.kind !== 'text' || next.gap) break;
      text = joinLines(text, next.text);
      if (fits(text)) return { text, start: i, end: j + 1 };
    }
  }
  const h1 = head.findIndex((x) => x.kind === 'text' && x.heading === 1);
  return h1 >= 0 ? { text: (head[h1] as { text: string }).text, start: h1, end: h1 + 1 } : undefined;
}

export function assemble(items: readonly Item[], options: AssembleOptions): ImportResult {
  const title = findTitle(items);
  const yearMatch = title ? YEAR.exec(title.text.normalize('NFKC')) : null;
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const format = getFormat((year !== undefined ? formatForYear(year) : undefined) ?? '2021');
  const blocks: string[] = [];
  const tables = { recognised: 0, other: 0 };
  let para: string | undefined;
  let sectionNo: SectionNo | undefined;
  const flush = (): void => {
    if (para !== undefined) blocks.push(escapeMarkdown(para));
    para = undefined;
  };
  items.forEach((item, i) => {
    if (title && i >= title.start && i < title.end) {
      if (i === title.start) {
        flush();
        blocks.push(`# ${escapeMarkdown(title.text)}`);
      }
      return;
    }
    if (item.kind === 'table') {
      const caption = para !== undefined && isCaptionLine(para) ? para : undefined;
      if (caption !== undefined) para = undefined;
      flush();
      const out = tableMarkdown(item, format, sectionNo, caption);
      blocks.push(...out.parts);
      tables.recognised += out.recognised;
      tables.other += out.other;
      return;
    }
    const kind = lineKind(item.text);
    if (kind === 'section' || kind === 'subitem') {
      flush();
      blocks.push(`${kind === 'section' ? '##' : '###'} ${escapeMarkdown(item.text)}`);
      if (kind === 'section') sectionNo = classifyTitle(item.text).def?.no;
    } else if (para !== undefined && options.joinBroken && item.heading === undefined && continues(para, item.gap)) {
      para = joinLines(para, item.text);
    } else {
      flush();
      para = item.text;
    }
  });
  flush();
  return {
    markdown: blocks.join('\n\n') + '\n',
    ...(title ? { title: title.text } : {}),
    ...(year !== undefined ? { year } : {}),
    format: format.version,
    tables,
  };
}
