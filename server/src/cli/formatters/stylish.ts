// --format stylish: findings grouped per file as ESLint's stylish does, streamed file by file.
import type { Severity } from '../../engine/index.js';
import { palette, type Palette } from '../color.js';
import { countFindings } from '../counts.js';
import { messages } from '../messages.js';
import type { FileResult, FormatContext } from '../types.js';
import { displayWidth, padEnd, padStart } from '../width.js';
import { locatedFindings } from './locate.js';

function paint(p: Palette, severity: Severity, text: string): string {
  switch (severity) {
    case 'error': return p.red(text);
    case 'warning': return p.yellow(text);
    case 'info': return p.cyan(text);
    case 'hint': return p.dim(text);
  }
}

/** One file's block: the path underlined, then `line:col  severity  message  ruleId(ruleName)`. */
export function formatStylishFile(result: FileResult, ctx: FormatContext): string {
  if (result.findings.length === 0) return '';
  const p = palette(ctx.color);
  const labels = messages(ctx.lang).severity;
  const rows = locatedFindings(result).map(({ finding: f, region: r }) => ({
    line: String(r.line),
    column: String(r.column),
    severity: f.severity,
    label: labels[f.severity],
    message: f.message.replace(/\s*[\r\n]+\s*/g, ' '),
    rule: `${f.ruleId}(${f.ruleName})`,
  }));
  const width = (pick: (row: (typeof rows)[number]) => string): number => Math.max(...rows.map((row) => displayWidth(pick(row))));
  const wLine = width((r) => r.line);
  const wColumn = width((r) => r.column);
  const wLabel = width((r) => r.label);
  const wMessage = width((r) => r.message);
  const lines = rows.map((r) => {
    const at = p.dim(`${padStart(r.line, wLine)}:${padEnd(r.column, wColumn)}`);
    const label = paint(p, r.severity, padEnd(r.label, wLabel));
    return `  ${at}  ${label}  ${padEnd(r.message, wMessage)}  ${p.dim(r.rule)}`.trimEnd();
  });
  return `\n${p.underline(result.path)}\n${lines.join('\n')}\n`;
}

/** The closing summary: `✖ N problems (E errors, W warnings, I infos)` and how many --fix can fix. */
export function formatStylishSummary(results: readonly FileResult[], ctx: FormatContext): string {
  const c = countFindings(results);
  const total = c.errors + c.warnings + c.infos;
  if (total === 0) return '';
  const p = palette(ctx.color);
  const m = messages(ctx.lang);
  const tone = c.errors > 0 ? p.red : c.warnings > 0 ? p.yellow : p.cyan;
  let out = `\n${p.bold(tone(`✖ ${m.summary(total, c.errors, c.warnings, c.infos)}`))}\n`;
  if (c.fixable > 0) out += `  ${p.bold(tone(m.fixable(c.fixable)))}\n`;
  return `${out}\n`;
}
