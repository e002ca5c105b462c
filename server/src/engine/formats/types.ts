// The shape of a unified-format version as data. Rules, fixes, snippets, completions and hovers
// are all derived from a FormatDef; no label is typed twice.
import type { FormatVersion } from '../types.js';

export type SectionNo = 1 | 2 | 3 | 4 | 5 | 6;

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

export interface SectionDef {
  no: SectionNo;
  /** The standard title without its ordinal: "总体情况". */
  title: string;
  /** Other titles accepted as the same section (without ordinal). */
  variants: string[];
  /** Titles that writers put here but that do not report what the section must report. */
  wrongTitles: string[];
  /** What the regulation requires of this section (hover text). */
  requirement: Bilingual;
  /** Article of the regulation behind the section. */
  article: string;
}

/** What may stand in a number cell of a column. */
export type ValueKind = 'count' | 'signed-count' | 'money';

/** A row or a column of a template table. */
export interface AxisItem {
  id: string;
  /** The label as printed in the template, enumerator included: "（一）予以公开". */
  label: string;
  /** Other wordings accepted for the same row or column. */
  variants?: string[];
  /** The id of the group this item belongs to. */
  parent?: string;
  /** A group label: no numbers of its own. */
  group?: boolean;
  /** What a cell in this column holds (columns only). Default: count. */
  value?: ValueKind;
  /** The unit printed in the template, if any (columns only). */
  unit?: string;
}

/**
 * An arithmetic identity among rows (checked in every column) or among columns (checked in every
 * row): sum(left) = sum(right). A sum relation has one cell on the left: the total.
 */
export interface Relation {
  id: string;
  axis: 'rows' | 'columns';
  left: string[];
  right: string[];
  /** Printed on the template itself (the 勾稽关系 of section 三) rather than implied by the labels. */
  official?: boolean;
  name: Bilingual;
}

export interface TableDef {
  /** Stable across versions for the same place in the report: "2.1", "3", "4". */
  id: string;
  section: SectionNo;
  /** Human name of the table. */
  name: Bilingual;
  /** The caption printed above the table (section 二): "第二十条第（一）项". */
  caption?: string;
  /** The label of the row-label column ("信息内容"), printed in the header row. */
  rowHeader?: string;
  /** Text printed in the top-left corner cell (section 三's 勾稽关系 note). */
  cornerNote?: string;
  rows: AxisItem[];
  columns: AxisItem[];
  /** The table has one data row without a label (section 四). */
  singleRow?: boolean;
  relations: Relation[];
}

export interface FormatDef {
  version: FormatVersion;
  /** The notice that issued it. */
  notice: string;
  /** Report years it applies to, inclusive; `to` undefined means "and later". */
  years: { from: number; to?: number };
  sections: SectionDef[];
  tables: TableDef[];
}
