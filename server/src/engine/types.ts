// Plain data shared by the engine, its adapters and its tests. Nothing here depends on an editor.

/** How loudly a finding is shown. `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type Lang = 'zh-CN' | 'en';

/** Which unified format a report follows. */
export type FormatVersion = '2019' | '2021';

/** A half-open range of UTF-16 code units in the document text. */
export interface Span {
  start: number;
  end: number;
}

/** One text replacement. Insertions have start === end. */
export interface Edit extends Span {
  text: string;
}

/** A fix: one or more edits that together repair one finding. */
export interface Fix {
  /** What the fix does, in the finding's language ("将总计改为 767"). */
  description: string;
  edits: Edit[];
}

/** A secondary location: a cell that feeds a wrong total, the heading a table belongs to … */
export interface RelatedSpan extends Span {
  message: string;
}

export interface Finding extends Span {
  /** Stable id, e.g. `DL401`. */
  ruleId: string;
  /** Kebab-case name, e.g. `sum-mismatch`. */
  ruleName: string;
  severity: Severity;
  /** The message key in the catalogue and its parameters, so a host can re-render in another language. */
  messageId: string;
  data: Record<string, string | number>;
  /** The rendered message in the requested language. */
  message: string;
  /** For value findings: what the template or the arithmetic expects, and what the report says. */
  expected?: string;
  actual?: string;
  related?: RelatedSpan[];
  fix?: Fix;
}

export interface LintOptions {
  /** Language of messages. Default `zh-CN`. */
  lang?: Lang;
  /** Force a format version; otherwise front matter `format:` or the report year decides. */
  format?: FormatVersion;
  /** Per-rule severity override, keyed by id (`DL401`) or name (`sum-mismatch`). */
  rules?: Record<string, SeveritySetting>;
  /**
   * Lint even when the text does not look like an annual report. By default a Markdown file
   * without a report title and without front matter is not a report and gets no findings.
   */
  force?: boolean;
  /**
   * The same agency's report for the year before, as text (the host reads it). Used by the
   * cross-report rules only when its agency matches and its year is this report's year − 1.
   */
  previous?: { text: string; name?: string };
  /**
   * Whether the report is a people's government's own (DL603) or a department's, when the front
   * matter's `level:` does not say (a project configuration sets it). Without either, the agency
   * in the title decides (…人民政府 is a government).
   */
  level?: 'government' | 'department';
}

export interface LintResult {
  /** False when the text is not recognised as a report (and `force` was not set). */
  isReport: boolean;
  findings: Finding[];
  /** What the engine decided about the document, for hosts and hovers. */
  meta: ReportMeta;
  /** Rules that threw on this document: their findings were dropped; hosts log these. */
  ruleErrors?: Array<{ ruleId: string; error: string }>;
}

export interface ReportMeta {
  title?: string;
  agency?: string;
  year?: number;
  format?: FormatVersion;
  /** How the format was decided. */
  formatSource?: 'option' | 'front-matter' | 'year' | 'tables' | 'default';
}

/** Metadata of a rule: data, not code. */
export interface RuleMeta {
  id: string;
  name: string;
  /** One line, in both languages. */
  description: { 'zh-CN': string; en: string };
  defaultSeverity: Severity;
  fixable: boolean;
  /** The article of the regulation or the template line behind the rule. */
  basis: { 'zh-CN': string; en: string };
  /** Longer explanation for the generated documentation. */
  docs: { 'zh-CN': string; en: string };
}
