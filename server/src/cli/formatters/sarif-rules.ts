// SARIF reportingDescriptors for the rules: every rule in the registry, plus any id a finding names
// that the registry does not know, so that every result's ruleIndex points somewhere.
import type { Finding, Lang, RuleMeta, Severity } from '../../engine/index.js';
import { engineModule } from '../../lazy.js';
import { ruleDocsUrl } from '../links.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties?: { fixable: boolean };
}

function fromMeta(meta: RuleMeta, lang: Lang): SarifRule {
  const basis = meta.basis[lang];
  const full = [meta.docs[lang] || meta.description[lang], basis].filter((s) => s).join('\n\n');
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: meta.description[lang] },
    fullDescription: { text: full },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: { fixable: meta.fixable },
  };
}

function fromFinding(f: Finding): SarifRule {
  return {
    id: f.ruleId,
    name: f.ruleName,
    shortDescription: { text: f.ruleName },
    fullDescription: { text: f.ruleName },
    helpUri: ruleDocsUrl(f.ruleId),
    defaultConfiguration: { level: sarifLevel(f.severity) },
  };
}

/** The descriptors and a lookup from rule id to its index among them. */
export function sarifRules(findings: readonly Finding[], lang: Lang, metas: readonly RuleMeta[] = engineModule().ruleMetas): { rules: SarifRule[]; indexOf: Map<string, number> } {
  const rules = metas.map((meta) => fromMeta(meta, lang));
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (indexOf.has(f.ruleId)) continue;
    indexOf.set(f.ruleId, rules.length);
    rules.push(fromFinding(f));
  }
  return { rules, indexOf };
}
