// The JSON schema of the project configuration file (.disclosure-lint.json/.jsonc/.yaml/.yml), from
// the rule metadata: every rule id and name is a property of `rules`, with the severity enum and
// its description. The keys and values are those server/src/config/validate.ts accepts.
import { CONFIG_KEYS, SEVERITIES } from '../../server/src/config/validate.js';
import type { RuleMeta } from '../../server/src/engine/index.js';

export const SCHEMA_PATH = 'schemas/disclosure-lint.schema.json';

type Json = Record<string, unknown>;

const SEVERITY_TEXT: Record<string, string> = {
  off: 'off: not checked / 关闭',
  hint: 'hint / 提示',
  info: 'info / 信息',
  warning: 'warning / 警告',
  error: 'error / 错误',
};

function severity(description: string): Json {
  return { description, enum: [...SEVERITIES], enumDescriptions: SEVERITIES.map((s) => SEVERITY_TEXT[s]) };
}

function ruleDescription(m: RuleMeta): string {
  return `${m.id} ${m.name}: ${m.description.en} / ${m.description['zh-CN']} (default: ${m.defaultSeverity}${m.fixable ? ', fixable' : ''})`;
}

const stringOrList = (description: string): Json => ({
  description,
  anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
});

export function buildSchema(metas: readonly RuleMeta[]): Json {
  const rules: Json = {};
  for (const m of metas) {
    rules[m.id] = severity(ruleDescription(m));
    rules[m.name] = severity(ruleDescription(m));
  }
  const properties: Json = {
    $schema: { type: 'string', description: 'The schema of this file (for editors).' },
    extends: stringOrList('Configuration files this one builds on, relative to this file; this file overrides them, rules merge. / 继承的配置文件（相对于本文件），本文件的设置优先，规则合并。'),
    formatVersion: { description: 'Check against this version of the unified format; auto: the report year decides. / 按此版本的统一格式检查；auto：按报告年度。', enum: ['auto', '2019', '2021', 2019, 2021] },
    level: {
      description: 'Whether the reports are a people\'s government\'s own (DL603 applies) or a department\'s, when their front matter does not say. / 报告是人民政府本级的还是部门的（前置元数据 level: 未写明时）。',
      enum: ['government', 'department'],
    },
    language: { description: 'Language of messages. / 消息语言。', enum: ['zh-CN', 'en'] },
    rules: { description: 'Severity per rule, by id (DL401) or name (sum-mismatch). / 按规则编号或名称设置级别。', type: 'object', properties: rules, additionalProperties: false },
    ignores: stringOrList('Globs of files not to lint, relative to this file (a folder name covers its contents). / 不检查的文件（glob，相对于本文件）。'),
  };
  const keys = Object.keys(properties);
  if (keys.join() !== CONFIG_KEYS.join()) throw new Error(`schema keys ${keys.join()} differ from the config keys ${CONFIG_KEYS.join()}`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'disclosure-lint configuration (.disclosure-lint.json, .jsonc, .yaml, .yml)',
    type: 'object',
    // VS Code reads .disclosure-lint.json with comments and trailing commas, as the linter does.
    allowComments: true,
    allowTrailingCommas: true,
    properties,
    additionalProperties: false,
  };
}
