// Hover, completion, outline and folding: engine features turned into LSP shapes.
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completions, foldingSpans, hover, symbols, type CompletionData, type SymbolData } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './diagnostics.js';

export function hoverAt(doc: TextDocument, a: Analysis, offset: number): Hover | null {
  const h = hover(a.report, a.result.findings, offset, a.options.lang ?? 'zh-CN');
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(doc, h.span) };
}

const KIND: Record<CompletionData['kind'], CompletionItemKind> = {
  section: CompletionItemKind.Keyword,
  row: CompletionItemKind.EnumMember,
  table: CompletionItemKind.Snippet,
  report: CompletionItemKind.Snippet,
};

/** Snippet syntax: `$`, `}` and `\` are literal in our Markdown. */
function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/gu, (c) => `\\${c}`);
}

export function completionsAt(doc: TextDocument, a: Analysis, offset: number): CompletionItem[] {
  return completions(a.report, offset, a.options.lang ?? 'zh-CN').map((c) => {
    const snippet = c.kind === 'table' || c.kind === 'report';
    const newText = snippet ? `${escapeSnippet(c.insertText)}$0` : c.insertText;
    return {
      label: c.label,
      kind: KIND[c.kind],
      detail: c.detail,
      sortText: c.sortText,
      filterText: c.label,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toRange(doc, c.replace), newText },
      ...(snippet ? { documentation: { kind: MarkupKind.Markdown, value: c.insertText } } : {}),
    };
  });
}

const SYMBOL_KIND: Record<SymbolData['kind'], SymbolKind> = { section: SymbolKind.Namespace, table: SymbolKind.Struct };

function toSymbol(doc: TextDocument, s: SymbolData): DocumentSymbol {
  return {
    name: s.name || ' ',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: toRange(doc, s.span),
    selectionRange: toRange(doc, s.selection),
    children: s.children.map((c) => toSymbol(doc, c)),
  };
}

export function documentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  return symbols(a.report, a.result.findings, a.options.lang ?? 'zh-CN').map((s) => toSymbol(doc, s));
}

export function foldingRanges(doc: TextDocument, a: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const span of foldingSpans(a.report)) {
    const startLine = doc.positionAt(span.start).line;
    let endLine = doc.positionAt(span.end).line;
    if (endLine > startLine && doc.positionAt(span.end).character === 0) endLine--;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}
