// Code actions over the engine's fixes: a quick fix per finding, fix all of a rule, fix all
// (source.fixAll.disclosureLint), disable a rule for a line (or, inside a table, for the table),
// and open the rule's documentation.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, type Finding } from '../engine/index.js';
import type { Analysis, Findings } from './analysis.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';
import { minimalEdit, toTextEdits } from './edits.js';
import { ClientCommands } from './protocol.js';
import { serverText } from './text.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.disclosureLint`;

function findingOf(a: Findings, d: Diagnostic): Finding | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (!data || data.version !== a.version) return undefined;
  const f = a.result.findings[data.index];
  return f && f.ruleId === d.code ? f : undefined;
}

export function fixAllAction(doc: TextDocument, a: Analysis, title: string, kind: string, onlyRule?: string): CodeAction | undefined {
  const before = doc.getText();
  const { output } = fixAll(before, a.options, onlyRule);
  const edit = minimalEdit(doc, before, output);
  if (!edit) return undefined;
  return { title, kind, edit: { changes: { [doc.uri]: [edit] } } };
}

/** `<!-- disclosure-lint-disable-next-line RULE -->` above the line; around the table inside a table. */
function disableAction(doc: TextDocument, a: Findings, f: Finding, d: Diagnostic): CodeAction {
  const lang = a.options.lang ?? 'zh-CN';
  const text = doc.getText();
  const eol = a.report?.eol ?? (text.includes('\r\n') ? '\r\n' : '\n');
  const table = a.report?.tables.find((t) => f.start >= t.block.grid.span.start && f.start <= t.block.grid.span.end);
  if (table) {
    const grid = table.block.grid.span;
    const start = doc.offsetAt({ line: doc.positionAt(grid.start).line, character: 0 });
    const edits = [
      { start, end: start, text: `<!-- disclosure-lint-disable ${f.ruleName} -->${eol}${eol}` },
      { start: grid.end, end: grid.end, text: `${eol}${eol}<!-- disclosure-lint-enable ${f.ruleName} -->` },
    ];
    return { title: serverText(lang, 'disableTable', { rule: f.ruleName }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } } };
  }
  const line = doc.positionAt(f.start).line;
  const lineStart = doc.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/u.exec(text.slice(lineStart))![0];
  const edit = { start: lineStart, end: lineStart, text: `${indent}<!-- disclosure-lint-disable-next-line ${f.ruleName} -->${eol}` };
  return { title: serverText(lang, 'disableLine', { rule: f.ruleName }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: toTextEdits(doc, [edit]) } } };
}

/** Without the model: does the finding's line look like a table row (where a comment would break the table)? */
function inTableRow(doc: TextDocument, f: Finding): boolean {
  const line = doc.positionAt(f.start).line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return /^\s*\|/u.test(text) || /<t[dhr][\s>]/iu.test(text);
}

/**
 * Without the model (a large document linted on the worker thread) the quick fixes of the findings,
 * the line comments and the docs are offered; fixing everything would mean a lint on this thread.
 */
export function codeActions(doc: TextDocument, a: Findings, params: CodeActionParams): CodeAction[] {
  const full = a.report ? (a as Analysis) : undefined;
  const lang = a.options.lang ?? 'zh-CN';
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const out: CodeAction[] = [];
  if (wants(FIX_ALL_KIND) && only) {
    const all = full && fixAllAction(doc, full, serverText(lang, 'fixAll'), FIX_ALL_KIND);
    return all ? [all] : [];
  }
  if (!wants(CodeActionKind.QuickFix)) return out;
  // Some clients (Neovim 0.7) do not send `source` back; our `data` identifies our diagnostics.
  const mine = params.context.diagnostics.filter((d) => d.source === SOURCE || (d.source === undefined && typeof (d.data as DiagnosticData | undefined)?.index === 'number'));
  const rulesDone = new Set<string>();
  for (const d of mine) {
    const f = findingOf(a, d);
    if (!f) continue;
    if (f.fix) {
      const fixes = mine.filter((x) => findingOf(a, x)?.fix && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
      out.push({ title: f.fix.description, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fixes.length === 1, edit: { changes: { [doc.uri]: toTextEdits(doc, f.fix.edits) } } });
      const sameRule = a.result.findings.filter((x) => x.ruleId === f.ruleId && x.fix).length;
      if (full && sameRule > 1 && !rulesDone.has(f.ruleId)) {
        rulesDone.add(f.ruleId);
        const all = fixAllAction(doc, full, serverText(lang, 'fixAllRule', { rule: f.ruleName, count: sameRule }), CodeActionKind.QuickFix, f.ruleId);
        if (all) out.push(all);
      }
    }
    if (a.report || !inTableRow(doc, f)) out.push(disableAction(doc, a, f, d));
    out.push({ title: serverText(lang, 'showDocs', { rule: `${f.ruleId} ${f.ruleName}` }), kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: serverText(lang, 'showDocs', { rule: f.ruleId }), command: ClientCommands.showRuleDocs, arguments: [f.ruleId] } });
  }
  return out;
}
