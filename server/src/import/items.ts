// What every import source (PDF text, a web page, a Word document) is read into before it is
// written as Markdown: lines of text and tables as rows of cell texts. Pure.

export interface TextItem {
  kind: 'text';
  /** The text as written (trimmed). */
  text: string;
  /** A blank line (PDF text) or a block boundary (HTML) stands before it. */
  gap: boolean;
  /** An HTML heading's level. */
  heading?: number;
}

export interface TableItem {
  kind: 'table';
  /** Cell texts, white space collapsed; places covered by a merged cell are ''. */
  rows: string[][];
  /** A caption the source attached to the table (<caption>). */
  caption?: string;
}

export type Item = TextItem | TableItem;

/** Plain text with runs of white space made one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
