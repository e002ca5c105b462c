// Finding → LSP Diagnostic: the one place engine offsets become editor ranges.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span } from '../engine/index.js';

export const SOURCE = 'disclosure-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule documentation shipped inside the extension (dist/server.js → ../docs/rules/ID.md). */
export function ruleDocsUri(ruleId: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).toString();
}

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** What a diagnostic carries back to code actions: which finding of which version it is. */
export interface DiagnosticData {
  version: number;
  index: number;
}

export function toDiagnostic(doc: TextDocument, f: Finding, index: number): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUri(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data: { version: doc.version, index } satisfies DiagnosticData,
  };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message }));
  }
  return d;
}
