// The baseline file: the findings a project has accepted for now, per file, so that later runs report
// only new ones (like ESLint's bulk suppressions). A finding is known by a fingerprint that does not
// depend on its line: its rule, its message (id and values, so not the language) and the text it
// points at. Counts matter: a second identical finding in a file is a new one.
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/index.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Rule id (DL401) and name, for people reading the file. */
  rule: string;
  name?: string;
  fingerprint: string;
  /** How many findings with this fingerprint the file had. */
  count: number;
  /** The message when the baseline was written, for people reading the file. */
  message?: string;
  /** Why the finding is accepted: for the project to fill in; kept when the baseline is rewritten. */
  reason?: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** By path relative to the baseline file's folder, with forward slashes. */
  files: Record<string, BaselineEntry[]>;
}

/** A finding's fingerprint: stable when lines move, CRLF becomes LF or the language changes. */
export function fingerprint(f: Finding, text: string): string {
  const data = Object.keys(f.data).sort().map((k) => `${k}=${String(f.data[k])}`);
  const span = text.slice(f.start, f.end).replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update([f.ruleId, f.messageId, ...data, span].join('\u0000')).digest('hex').slice(0, 16);
}

/** The entries of one file's findings: one per fingerprint, with its count, in a stable order. */
export function entriesOf(findings: readonly Finding[], text: string, reasons: ReadonlyMap<string, string>): BaselineEntry[] {
  const byPrint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const print = fingerprint(f, text);
    const e = byPrint.get(print);
    if (e) e.count++;
    else byPrint.set(print, { rule: f.ruleId, name: f.ruleName, fingerprint: print, count: 1, message: f.message, reason: reasons.get(print) ?? '' });
  }
  return [...byPrint.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
}

/** Splits a file's findings into the new ones and the number the baseline covers; `unused` is what it covered no more. */
export function subtract(findings: readonly Finding[], text: string, entries: readonly BaselineEntry[]): { kept: Finding[]; suppressed: number; unused: number } {
  const left = new Map<string, number>();
  for (const e of entries) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + e.count);
  const kept: Finding[] = [];
  for (const f of findings) {
    const print = fingerprint(f, text);
    const n = left.get(print) ?? 0;
    if (n > 0) left.set(print, n - 1);
    else kept.push(f);
  }
  const unused = [...left.values()].reduce((s, n) => s + n, 0);
  return { kept, suppressed: findings.length - kept.length, unused };
}

function isEntry(e: unknown): e is BaselineEntry {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  const optional = (v: unknown): boolean => v === undefined || typeof v === 'string';
  return typeof x['rule'] === 'string' && typeof x['fingerprint'] === 'string' && Number.isInteger(x['count']) && (x['count'] as number) > 0
    && optional(x['name']) && optional(x['message']) && optional(x['reason']);
}

/** Parses a baseline file's text; throws an Error whose message says what is wrong. */
export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text.replace(/^\ufeff/u, '')) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
  const d = data as Record<string, unknown>;
  if (d['version'] !== BASELINE_VERSION) throw new Error(`"version" must be ${BASELINE_VERSION}`);
  const files = d['files'];
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new Error('"files" must be an object');
  for (const [path, entries] of Object.entries(files)) {
    if (!Array.isArray(entries)) throw new Error(`"files"."${path}" must be a list`);
    const bad = entries.findIndex((e) => !isEntry(e));
    if (bad >= 0) throw new Error(`"files"."${path}"[${bad}] needs "rule", "fingerprint" and a positive whole "count"`);
  }
  return { version: BASELINE_VERSION, files: files as Record<string, BaselineEntry[]> };
}

/** The file's text: paths sorted, two-space JSON, a final newline (stable in version control). */
export function serializeBaseline(files: ReadonlyMap<string, BaselineEntry[]>): string {
  const sorted = [...files].filter(([, e]) => e.length > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify({ version: BASELINE_VERSION, files: Object.fromEntries(sorted) }, null, 2)}\n`;
}
