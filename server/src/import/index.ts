// Importing a report into standard Markdown, without the linter and without Node: plain text
// extracted from a PDF, or HTML (a saved web page, or a Word document already turned into HTML).
// Reading files and .docx is in file.ts and docx.ts; the CLI's `import` and, later, an editor
// command call these.
import { assemble, type ImportResult } from './assemble.js';
import { htmlItems, type HtmlOptions } from './htmlSource.js';
import { textItems } from './textSource.js';

export type { ImportResult } from './assemble.js';
export type { HtmlOptions } from './htmlSource.js';

/** Plain text extracted from a PDF: tab-separated table rows, titles on lines of their own. */
export function importText(text: string): ImportResult {
  return assemble(textItems(text), { joinBroken: true });
}

/** HTML: the main content of a web page (or, with `whole`, all of the body), its headings, paragraphs and tables. */
export function importHtml(html: string, options: HtmlOptions = {}): ImportResult {
  return assemble(htmlItems(html, options), { joinBroken: false });
}
