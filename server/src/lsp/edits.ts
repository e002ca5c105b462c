// Text edits for the editor: one minimal replacement between two versions of a text, so that a
// fix-all keeps the cursor and the undo stack where the user expects them.
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from '../engine/index.js';
import { toRange } from './diagnostics.js';

export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLow(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  while (endB < before.length && (isLow(before.charCodeAt(endB)) || (before[endB] === '\n' && before[endB - 1] === '\r'))) {
    endB++;
    endA++;
  }
  return { range: toRange(doc, { start, end: endB }), newText: after.slice(start, endA) };
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function toTextEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e), newText: e.text }));
}
