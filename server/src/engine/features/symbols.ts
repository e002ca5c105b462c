// The outline: sections, and under each the standard tables with their count of findings.
import { render } from '../i18n/messages.js';
import type { Report } from '../model/report.js';
import type { Finding, Lang, Span } from '../types.js';

export interface SymbolData {
  kind: 'section' | 'table';
  name: string;
  detail: string;
  span: Span;
  selection: Span;
  children: SymbolData[];
}

export function symbols(report: Report, findings: readonly Finding[], lang: Lang): SymbolData[] {
  const tables: SymbolData[] = report.tables.map((t) => {
    const span = { start: t.block.caption?.span.start ?? t.span.start, end: t.span.end };
    const count = findings.filter((f) => f.start >= span.start && f.start <= span.end).length;
    return { kind: 'table', name: t.def.name[lang], detail: count > 0 ? render('symbol.findings', { count }, lang) : '', span, selection: t.block.caption?.span ?? t.block.rows[0]?.span ?? t.span, children: [] };
  });
  const out: SymbolData[] = [];
  for (const s of report.sections) {
    const span = { start: s.span.start, end: Math.max(s.span.end, s.body.end) };
    const children = tables.filter((t) => t.span.start >= span.start && t.span.end <= span.end);
    const count = findings.filter((f) => f.start >= span.start && f.start < span.end).length;
    out.push({ kind: 'section', name: s.text, detail: count > 0 ? render('symbol.findings', { count }, lang) : '', span, selection: s.titleSpan, children });
  }
  const placed = new Set(out.flatMap((s) => s.children));
  return [...out, ...tables.filter((t) => !placed.has(t))].sort((a, b) => a.span.start - b.span.start);
}

/** Foldable regions: each section and each table. */
export function foldingSpans(report: Report): Span[] {
  const out: Span[] = report.sections.map((s) => ({ start: s.span.start, end: Math.max(s.span.end, s.body.end) }));
  for (const t of report.tables) out.push({ start: t.block.caption?.span.start ?? t.span.start, end: t.span.end });
  return out;
}
