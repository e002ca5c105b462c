// The report model: built once per lint from one parse, read by every rule.
import type { Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { formatForYear, getFormat } from '../formats/index.js';
import type { FormatDef } from '../formats/types.js';
import type { FormatVersion, LintOptions, ReportMeta, Span } from '../types.js';
import { parseDirectives, type Directives } from './directives.js';
import { linkPrevious, type PreviousReport } from './previous.js';
import { buildProse, type ProseParagraph } from './prose.js';
import { endOf, plainText, startOf } from './parse.js';
import { parseMarkdown } from './parseOnce.js';
import { ParseCache } from './parseCache.js';
import { findSections, sectionDepth, type SectionModel } from './sections.js';
import { findTables, type PlacedTable } from './tables.js';

export interface Report {
  text: string;
  root: Root;
  frontMatter?: { data: Record<string, unknown>; span: Span; error?: string };
  title?: { text: string; span: Span; node: RootContent };
  /** Where the year was read from, for findings about it. */
  yearSpan?: Span;
  meta: ReportMeta;
  isReport: boolean;
  format: FormatDef;
  /** Report year before 2019: no unified format applies. */
  preFormat: boolean;
  sections: SectionModel[];
  /** The heading depth of sections in this report. */
  depth: number;
  tables: PlacedTable[];
  /** The running text: paragraphs outside tables and headings, with exact offsets. */
  prose: ProseParagraph[];
  /** Last year's report of the same agency, when the host supplied it (LintOptions.previous). */
  previous?: PreviousReport<Report>;
  directives: Directives;
  /** The document's line ending, used by every fix that inserts lines. */
  eol: '\n' | '\r\n';
  /** LintOptions.level: government or department, when the host's configuration says. */
  level?: 'government' | 'department';
}

export const REPORT_TITLE = /(?:政府信息公开|政务公开|信息公开).*(?:年度报告|工作报告|年报)/u;
export const YEAR = /((?:19|20)\d{2})\s*年/u;
const FM_KEYS = ['format', 'year', 'agency', 'level', 'disclosure-lint', 'disclosureLint'];

function readFrontMatter(root: Root): Report['frontMatter'] {
  const node = root.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const span = { start: startOf(node), end: endOf(node) };
  try {
    const data: unknown = parseYaml(node.value);
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, span };
    return { data: {}, span };
  } catch (e) {
    return { data: {}, span, error: (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)).replace(/[:：]\s*$/u, '') };
  }
}

function findTitle(root: Root): Report['title'] {
  for (const node of root.children.slice(0, 8)) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const t = plainText(node).replace(/\s+/gu, ' ').trim();
    if ((node.type === 'heading' && node.depth === 1) || (REPORT_TITLE.test(t) && t.length <= 80)) {
      return { text: t, span: { start: startOf(node), end: endOf(node) }, node };
    }
  }
  return undefined;
}

function fmString(fm: Report['frontMatter'], key: string): string | undefined {
  const v = fm?.data[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined;
}

const LARGE_TEXT = 200_000;

/** `cache`: the document's ParseCache, so that an editor re-parses only the pieces that changed. */
export function buildReport(text: string, options: LintOptions, cache?: ParseCache): Report {
  // A very large text is parsed piece by piece even without an editor's cache: the same tree, with
  // the parser's memory bounded by a piece (a 50,000-row table by groups of rows).
  const root = parseMarkdown(text, cache ?? (text.length > LARGE_TEXT ? new ParseCache() : undefined));
  const frontMatter = readFrontMatter(root);
  const title = findTitle(root);
  const meta: ReportMeta = {};
  let yearSpan: Span | undefined;
  if (title) meta.title = title.text;

  const fmYear = Number(fmString(frontMatter, 'year'));
  const titleYear = title ? YEAR.exec(title.text.normalize('NFKC')) : null;
  if (Number.isInteger(fmYear) && fmYear > 1900) {
    meta.year = fmYear;
    yearSpan = frontMatter!.span;
  } else if (titleYear) {
    meta.year = Number(titleYear[1]);
    yearSpan = title!.span;
  }
  const agency = fmString(frontMatter, 'agency') ?? (title && titleYear ? title.text.normalize('NFKC').slice(0, titleYear.index).trim() : undefined);
  if (agency) meta.agency = agency;

  const fmFormat = fmString(frontMatter, 'format');
  let version: FormatVersion | undefined;
  if (options.format) {
    version = options.format;
    meta.formatSource = 'option';
  } else if (fmFormat === '2019' || fmFormat === '2021') {
    version = fmFormat;
    meta.formatSource = 'front-matter';
  } else if (meta.year !== undefined && formatForYear(meta.year)) {
    version = formatForYear(meta.year);
    meta.formatSource = 'year';
  }
  const preFormat = meta.year !== undefined && meta.year < 2019;

  const hasFmKeys = frontMatter !== undefined && FM_KEYS.some((k) => k in frontMatter.data);
  const isReport = options.force === true || hasFmKeys || (title !== undefined && REPORT_TITLE.test(title.text));

  const sections = findSections(root, text, title?.node);
  let format = getFormat(version ?? '2021');
  let tables = findTables(root, text, sections, format);
  if (!version) {
    // No year to go by: the tables tell which template the writer used.
    const wrong = tables.filter((t) => t.wrongVersion).length;
    if (wrong > 0 && wrong * 2 >= tables.filter((t) => t.def.section === 2).length) {
      format = getFormat('2019');
      tables = findTables(root, text, sections, format);
      meta.formatSource = 'tables';
    } else {
      meta.formatSource = 'default';
    }
  }
  meta.format = format.version;
  const previous = options.previous ? linkPrevious(meta, buildReport(options.previous.text, { force: true }), options.previous.name) : undefined;

  return {
    text,
    root,
    ...(frontMatter ? { frontMatter } : {}),
    ...(title ? { title } : {}),
    ...(yearSpan ? { yearSpan } : {}),
    meta,
    isReport,
    format,
    preFormat,
    sections,
    depth: sectionDepth(sections),
    tables,
    prose: buildProse(root, text, sections, title?.node),
    ...(previous ? { previous } : {}),
    ...(options.level ? { level: options.level } : {}),
    directives: parseDirectives(root, text),
    eol: /\r\n/u.exec(text.slice(0, 10000)) && !/(^|[^\r])\n/u.test(text.slice(0, 10000)) ? '\r\n' : '\n',
  };
}
