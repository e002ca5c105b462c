// Pure helpers of the client (no editor API), so they can be unit-tested with node:test.

/** The first report year of the unified format. */
export const FIRST_REPORT_YEAR = 2019;

/** The agency a new report is written for until the user types a real one. */
export const DEFAULT_AGENCY = '某某县某某局';

/** The report year for an input, if it is a whole year from 2019 to the current year. */
export function parseYear(input: string, now: Date): number | undefined {
  const t = input.trim();
  if (!/^\d{4}$/u.test(t)) return undefined;
  const year = Number(t);
  return year >= FIRST_REPORT_YEAR && year <= now.getFullYear() ? year : undefined;
}

/** Reports are written early in the year after the one they cover. */
export function defaultReportYear(now: Date): number {
  return Math.max(FIRST_REPORT_YEAR, now.getFullYear() - 1);
}

/** Line breaks in the whitespace at the end (or, with atStart, the start) of a text. */
function breaks(text: string, atStart: boolean): number {
  const ws = atStart ? /^\s*/u.exec(text)![0] : /\s*$/u.exec(text)![0];
  return ws.split('\n').length - 1;
}

export interface Surroundings {
  /** Text before the insertion point: the current line and a line or two above. */
  before: string;
  /** Text after the insertion point: the rest of the line and a line or two below. */
  after: string;
  /** Nothing but whitespace between the start of the document and the insertion point. */
  atDocumentStart: boolean;
  /** Nothing but whitespace between the insertion point and the end of the document. */
  atDocumentEnd: boolean;
}

/**
 * A Markdown block as it should be inserted at a point: with a blank line before and after it,
 * unless the document already has them (or the block goes at its start or end).
 */
export function blockInsertion(block: string, s: Surroundings): string {
  const body = block.replace(/^\n+|\s+$/gu, '');
  const prefix = s.atDocumentStart ? '' : '\n'.repeat(Math.max(0, 2 - breaks(s.before, false)));
  const suffix = s.atDocumentEnd ? (breaks(s.after, true) > 0 ? '' : '\n') : '\n'.repeat(Math.max(0, 2 - breaks(s.after, true)));
  return prefix + body + suffix;
}

export interface RuleDocInfo {
  id: string;
  name: string;
  summary: string;
  summaryEn: string;
}

/** The front matter of a generated docs/rules/<ID>.md (id, name, summary, summary-en). */
export function parseRuleDoc(text: string): RuleDocInfo | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text);
  if (!m) return undefined;
  const fields = new Map<string, string>();
  for (const line of m[1]!.split(/\r?\n/u)) {
    const kv = /^([\w-]+):\s*(.*)$/u.exec(line);
    if (!kv) continue;
    const raw = kv[2]!.trim();
    let value = raw;
    if (raw.startsWith('"')) {
      try {
        value = String(JSON.parse(raw));
      } catch {
        value = raw;
      }
    }
    fields.set(kv[1]!, value);
  }
  const id = fields.get('id');
  const name = fields.get('name');
  if (!id || !name) return undefined;
  return { id, name, summary: fields.get('summary') ?? '', summaryEn: fields.get('summary-en') ?? '' };
}

/** Whether messages should be Chinese: the setting, else the editor's display language. */
export function prefersChinese(setting: string | undefined, displayLanguage: string): boolean {
  if (setting === 'zh-CN') return true;
  if (setting === 'en') return false;
  return displayLanguage.toLowerCase().startsWith('zh');
}
