// The registry of format versions and the helpers every consumer derives from them.
import type { FormatVersion } from '../types.js';
import { FORMAT_2019 } from './v2019.js';
import { FORMAT_2021 } from './v2021.js';
import type { FormatDef, SectionDef, SectionNo, TableDef } from './types.js';

export type * from './types.js';

export const FORMATS: readonly FormatDef[] = [FORMAT_2019, FORMAT_2021];

export function getFormat(version: FormatVersion): FormatDef {
  return version === '2019' ? FORMAT_2019 : FORMAT_2021;
}

/** The format a report year must use; years before 2019 get undefined (no unified format). */
export function formatForYear(year: number): FormatVersion | undefined {
  for (const f of FORMATS) if (year >= f.years.from && (f.years.to === undefined || year <= f.years.to)) return f.version;
  return undefined;
}

export function otherFormat(version: FormatVersion): FormatDef {
  return getFormat(version === '2019' ? '2021' : '2019');
}

export function tablesOfSection(format: FormatDef, no: SectionNo): TableDef[] {
  return format.tables.filter((t) => t.section === no);
}

export function sectionDef(format: FormatDef, no: SectionNo): SectionDef {
  return format.sections.find((s) => s.no === no)!;
}

export function tableDef(format: FormatDef, id: string): TableDef | undefined {
  return format.tables.find((t) => t.id === id);
}
