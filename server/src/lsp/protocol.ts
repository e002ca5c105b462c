// The contract between the extension client and the language server beyond standard LSP:
// setting names, custom requests and command ids. Strings and types only — no rules, no logic —
// so the client may import this one file.

export const SECTION = 'disclosureLint';

export type SeverityName = 'off' | 'hint' | 'info' | 'warning' | 'error';

/** The `disclosureLint.*` settings as the server receives them (workspace/configuration). */
export interface Settings {
  enable: boolean;
  /** Globs (matched against the file path) of Markdown files to lint even without a report title. */
  include: string[];
  /** Per-rule severity, by id (DL401) or name (sum-mismatch). */
  rules: Record<string, SeverityName>;
  formatVersion: 'auto' | '2019' | '2021';
  /** 'auto' follows the editor's display language. */
  language: 'auto' | 'zh-CN' | 'en';
  run: 'onType' | 'onSave';
  /**
   * Above this many characters a document is linted on save only; above twice as many, not at all in
   * the editor (a 2 MB document needs over 1 GB to parse; the CLI still lints it).
   */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  include: [],
  rules: {},
  formatVersion: 'auto',
  language: 'auto',
  run: 'onType',
  maxFileSize: 400_000,
};

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  /** Arguments: [uri: string]. Applies every fix of the document through workspace/applyEdit. */
  fixAll: 'disclosureLint.server.fixAll',
} as const;

/** Commands the client registers (also referenced by the server's code actions). */
export const ClientCommands = {
  newReport: 'disclosureLint.newReport',
  insertTable: 'disclosureLint.insertTable',
  fixAll: 'disclosureLint.fixAll',
  /** Arguments: [ruleId?: string]. */
  showRuleDocs: 'disclosureLint.showRuleDocumentation',
  /** Stops the language server cleanly and starts it again. */
  restartServer: 'disclosureLint.restartServer',
  /** Arguments: [file?: Uri | string]. Converts a Word, HTML or PDF-text report to a new Markdown document. */
  importReport: 'disclosureLint.importReport',
} as const;

export interface StandardBlock {
  /** "2.1", "3", "4", "report". */
  id: string;
  label: string;
  /** Markdown to insert. */
  text: string;
}

/** disclosureLint/newReport: a whole standard report skeleton for a year and an agency. */
export const NewReportRequest = 'disclosureLint/newReport';
export interface NewReportParams {
  year: number;
  agency: string;
}
export interface NewReportResult {
  format: '2019' | '2021';
  text: string;
}

/** disclosureLint/standardTables: the standard tables of the format version a document uses. */
export const StandardTablesRequest = 'disclosureLint/standardTables';
export interface StandardTablesParams {
  /** A document the server knows; without it, `format` decides. */
  uri?: string;
  format?: '2019' | '2021';
}
export interface StandardTablesResult {
  format: '2019' | '2021';
  tables: StandardBlock[];
}

/** disclosureLint/status (notification, server → client): why a document is or is not linted now. */
export const StatusNotification = 'disclosureLint/status';
export interface StatusParams {
  uri: string;
  state: 'ok' | 'notReport' | 'disabled' | 'tooLarge' | 'error';
  /** For tooLarge: linted on save only. */
  message?: string;
}

/** disclosureLint/import: a report file (.docx, .html/.htm, .txt from PDF) as standard Markdown. The file is only read. */
export const ImportRequest = 'disclosureLint/import';
export interface ImportParams {
  /** A file: URI. */
  uri: string;
}
export interface ImportReportResult {
  markdown: string;
  /** Template tables written in the standard layout, and other tables written as they stand. */
  tables: { recognised: number; other: number };
}
/** The file extensions the import understands. */
export const IMPORT_FILE_EXTENSIONS = ['docx', 'html', 'htm', 'xhtml', 'txt', 'text'];
