// The generated parts of the extension manifest: one `disclosureLint.rules` property per rule, with
// its description in package.nls.json (English) and package.nls.zh-cn.json (Chinese).
import { messages } from '../../server/src/cli/messages.js';
import type { RuleMeta } from '../../server/src/engine/index.js';

export const RULES_SETTING = 'disclosureLint.rules';
const NLS_PREFIX = 'config.rules.rule.';

type Json = Record<string, unknown>;

function obj(v: unknown, what: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`package.json: ${what} is not an object`);
  return v as Json;
}

/** package.json with `disclosureLint.rules`.properties regenerated (the severity enum is taken from its additionalProperties). */
export function withRuleProperties(pkg: Json, metas: readonly RuleMeta[]): Json {
  const copy = JSON.parse(JSON.stringify(pkg)) as Json;
  const props = obj(obj(obj(copy.contributes, 'contributes').configuration, 'contributes.configuration').properties, 'configuration.properties');
  const rules = obj(props[RULES_SETTING], RULES_SETTING);
  const { enum: severities, enumDescriptions } = obj(rules.additionalProperties, `${RULES_SETTING}.additionalProperties`);
  if (!Array.isArray(severities)) throw new Error(`${RULES_SETTING}.additionalProperties.enum is missing`);
  rules.properties = Object.fromEntries(
    metas.map((m) => [m.id, { type: 'string', enum: severities, ...(enumDescriptions ? { enumDescriptions } : {}), description: `%${NLS_PREFIX}${m.id}%` }]),
  );
  return copy;
}

/** An nls file with the rule descriptions regenerated; other keys keep their order and text. */
export function withRuleStrings(nls: Record<string, string>, metas: readonly RuleMeta[], lang: 'en' | 'zh-CN'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(nls)) if (!k.startsWith(NLS_PREFIX)) out[k] = v;
  const severity = messages(lang).severity;
  for (const m of metas) {
    out[`${NLS_PREFIX}${m.id}`] =
      lang === 'en'
        ? `${m.name}: ${m.description.en} (default: ${m.defaultSeverity})`
        : `${m.name}：${m.description['zh-CN']}（默认：${severity[m.defaultSeverity]}）`;
  }
  return out;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
