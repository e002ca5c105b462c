import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSarif, toUri } from '../../src/cli/formatters/sarif.js';
import { sarifRules } from '../../src/cli/formatters/sarif-rules.js';
import { RULE_DOCS_BASE_URL } from '../../src/cli/links.js';
import { ENGINE_VERSION, type RuleMeta } from '../../src/engine/index.js';
import { finding, sampleResults } from './findings.js';

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface Location { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }
interface Result {
  ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Location[];
  fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ replacements: Array<{ deletedRegion: Region; insertedContent: { text: string } }> }> }>;
}
interface Rule { id: string; name: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string } }
interface Log {
  $schema: string; version: string;
  runs: Array<{ tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } }; results: Result[] }>;
}

const META: RuleMeta = {
  id: 'DL301', name: 'sum-mismatch', defaultSeverity: 'error', fixable: true,
  description: { 'zh-CN': '总计与各项之和不符', en: 'Total does not match the sum' },
  basis: { 'zh-CN': '统一格式第四部分', en: 'Section 4 of the unified format' },
  docs: { 'zh-CN': '详细说明', en: 'Details' },
};

describe('sarif formatter', () => {
  const log = JSON.parse(formatSarif(sampleResults(), { lang: 'zh-CN' })) as Log;
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log with one run and a described driver', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(log.runs.length, 1);
    assert.equal(run.tool.driver.name, 'disclosure-lint');
    assert.equal(run.tool.driver.version, ENGINE_VERSION);
    assert.match(run.tool.driver.informationUri, /^https:\/\//);
  });

  it('gives every result a valid ruleIndex, a level and a location', () => {
    assert.equal(run.results.length, 3);
    for (const r of run.results) {
      const rule = run.tool.driver.rules[r.ruleIndex];
      assert.equal(rule?.id, r.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(r.level));
      assert.ok(r.message.text.length > 0);
      assert.equal(r.locations.length, 1);
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      assert.doesNotMatch(artifactLocation.uri, /^[a-z]+:|^\/|\\/i, 'relative URI with forward slashes');
      for (const n of [region.startLine, region.startColumn, region.endLine, region.endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
      assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
    }
    const levels = run.results.map((r) => [r.ruleId, r.level]);
    assert.deepEqual(levels, [['DL301', 'error'], ['DL102', 'warning'], ['DL900', 'note']]);
  });

  it('locates in 1-based lines and UTF-16 columns, with encoded URIs', () => {
    const [sum, , note] = run.results;
    assert.deepEqual(sum!.locations[0]!.physicalLocation.region, { startLine: 3, startColumn: 4, endLine: 3, endColumn: 5 });
    assert.equal(sum!.locations[0]!.physicalLocation.artifactLocation.uri, 'reports/b.md');
    assert.equal(note!.locations[0]!.physicalLocation.artifactLocation.uri, 'a%20%E6%8A%A5%E5%91%8A.md');
    assert.equal(toUri('dir #1/a?.md'), 'dir%20%231/a%3F.md');
  });

  it('carries fixes as replacements', () => {
    const fix = run.results[0]!.fixes?.[0];
    assert.equal(fix?.description.text, '将总计改为 2');
    assert.deepEqual(fix?.artifactChanges[0]?.replacements, [{ deletedRegion: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 5 }, insertedContent: { text: '2' } }]);
    assert.equal(run.results[1]!.fixes, undefined);
  });

  it('describes registry rules with help links and default levels', () => {
    const { rules, indexOf } = sarifRules([finding({ start: 0, end: 1 }), finding({ start: 0, end: 1, ruleId: 'X1', ruleName: 'x' })], 'en', [META]);
    assert.equal(rules.length, 2);
    assert.deepEqual([indexOf.get('DL301'), indexOf.get('X1')], [0, 1]);
    assert.equal(rules[0]!.helpUri, `${RULE_DOCS_BASE_URL}DL301.md`);
    assert.equal(rules[0]!.shortDescription.text, 'Total does not match the sum');
    assert.match(rules[0]!.fullDescription.text, /Details[\s\S]*Section 4/);
    assert.equal(rules[0]!.defaultConfiguration.level, 'error');
    assert.equal(rules[1]!.helpUri, `${RULE_DOCS_BASE_URL}X1.md`);
  });

  it('is valid with no results', () => {
    const empty = JSON.parse(formatSarif([], { lang: 'en' })) as Log;
    assert.equal(empty.version, '2.1.0');
    assert.deepEqual(empty.runs[0]!.results, []);
  });
});
