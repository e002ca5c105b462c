// Last year's report of the same agency, for the cross-report checks. The host supplies its text
// (LintOptions.previous); the engine builds its model and keeps it only when it is the same agency's
// report for the year before. Hosts use reportIdentity() and isPreviousOf() to find it.
import { normalizeLabel } from '../text/normalize.js';
import type { ReportMeta } from '../types.js';

export interface PreviousReport<R = unknown> {
  /** The model of last year's report. */
  report: R;
  /** What the host called it (a path), for messages. */
  name?: string;
}

/** Who wrote a report and for which year: what hosts compare to pair reports. */
export interface ReportIdentity {
  /** The agency, normalised (agencyKey). */
  agency?: string;
  year?: number;
}

/** The comparison form of an agency's name: no spaces, one form of punctuation, no quotes or brackets. */
export function agencyKey(agency: string): string {
  return normalizeLabel(agency)
    .replace(/\([^()]*\)/gu, '')
    .replace(/["'《》<>()]/gu, '')
    .replace(/关于$/u, '');
}

export function identityOf(meta: ReportMeta): ReportIdentity {
  return { ...(meta.agency ? { agency: agencyKey(meta.agency) } : {}), ...(meta.year !== undefined ? { year: meta.year } : {}) };
}

/** `prev` is the same agency's report for the year before `cur`. */
export function isPreviousOf(prev: ReportIdentity, cur: ReportIdentity): boolean {
  return prev.agency !== undefined && prev.agency !== '' && prev.agency === cur.agency && prev.year !== undefined && cur.year !== undefined && prev.year === cur.year - 1;
}

/** The previous report as the model keeps it, or undefined when it is not this agency's last year. */
export function linkPrevious<R extends { meta: ReportMeta; isReport: boolean }>(cur: ReportMeta, prev: R, name?: string): PreviousReport<R> | undefined {
  if (!isPreviousOf(identityOf(prev.meta), identityOf(cur))) return undefined;
  return { report: prev, ...(name !== undefined ? { name } : {}) };
}
