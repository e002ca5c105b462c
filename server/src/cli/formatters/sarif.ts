// --format sarif: one SARIF 2.1.0 log with one run, written when every file is done.
import type { Finding } from '../../engine/index.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { PROJECT_URL } from '../links.js';
import type { FileResult, FormatContext } from '../types.js';
import { locatedFindings, locator, type Locate, type Region } from './locate.js';
import { sarifLevel, sarifRules } from './sarif-rules.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const BASE = '%SRCROOT%';

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

function region(r: Region): Record<string, number> {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function location(uri: string, r: Region, message?: string): Record<string, unknown> {
  return {
    physicalLocation: { artifactLocation: { uri, uriBaseId: BASE }, region: region(r) },
    ...(message !== undefined ? { message: { text: message } } : {}),
  };
}

function result(f: Finding, r: Region, uri: string, ruleIndex: number, locate: Locate): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [location(uri, r)],
  };
  if (f.related && f.related.length > 0) {
    out.relatedLocations = f.related.map((rel, i) => ({ id: i + 1, ...location(uri, locate(rel), rel.message) }));
  }
  if (f.fix && f.fix.edits.length > 0) {
    out.fixes = [{
      description: { text: f.fix.description },
      artifactChanges: [{
        artifactLocation: { uri, uriBaseId: BASE },
        replacements: f.fix.edits.map((e) => ({ deletedRegion: region(locate(e)), insertedContent: { text: e.text } })),
      }],
    }];
  }
  if (f.expected !== undefined || f.actual !== undefined) {
    out.properties = { ...(f.expected !== undefined ? { expected: f.expected } : {}), ...(f.actual !== undefined ? { actual: f.actual } : {}) };
  }
  return out;
}

export function toSarif(results: readonly FileResult[], ctx: Pick<FormatContext, 'lang'>): Record<string, unknown> {
  const { rules, indexOf } = sarifRules(results.flatMap((r) => r.findings), ctx.lang);
  const sarifResults = results.flatMap((file) => {
    if (file.findings.length === 0) return [];
    const uri = toUri(file.path);
    const locate = locator(file);
    return locatedFindings(file, locate).map(({ finding, region: r }) => result(finding, r, uri, indexOf.get(finding.ruleId) ?? 0, locate));
  });
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'disclosure-lint', version: ENGINE_VERSION, informationUri: PROJECT_URL, rules } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
}

export function formatSarif(results: readonly FileResult[], ctx: Pick<FormatContext, 'lang'>): string {
  return `${JSON.stringify(toSarif(results, ctx), null, 2)}\n`;
}
