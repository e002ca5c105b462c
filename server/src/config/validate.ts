// A project configuration file as data: what keys it may hold and what each means. Validation
// names the file and the key of the first problem; a config never runs code and an invalid one
// never silently turns rules off.
import type { FormatVersion, Lang, RuleMeta, SeveritySetting } from '../engine/index.js';
import { engineModule } from '../lazy.js';
import { describeConfigError, type ConfigProblem } from './messages.js';

export interface ConfigData {
  extends?: string | string[];
  formatVersion?: FormatVersion | 'auto';
  level?: 'government' | 'department';
  language?: Lang;
  /** Severity by rule id (names in the file are turned into ids, so that merging is by rule). */
  rules?: Record<string, SeveritySetting>;
  ignores?: string[];
}

export class ConfigError extends Error {
  readonly file: string;
  readonly key: string;
  readonly problem: ConfigProblem;
  constructor(file: string, key: string, problem: ConfigProblem) {
    super(describeConfigError({ file, key, problem }, 'en'));
    this.file = file;
    this.key = key;
    this.problem = problem;
  }
}

export type FindRule = (idOrName: string) => Pick<RuleMeta, 'id'> | undefined;

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
/** Every key a config file may hold ($schema for editors). */
export const CONFIG_KEYS = ['$schema', 'extends', 'formatVersion', 'level', 'language', 'rules', 'ignores'] as const;
const CHOICES = { formatVersion: ['auto', '2019', '2021'], level: ['government', 'department'], language: ['zh-CN', 'en'] } as const;

function stringList(file: string, key: string, v: unknown): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) throw new ConfigError(file, key, { code: 'stringList' });
  return list as string[];
}

function choice<K extends keyof typeof CHOICES>(file: string, key: K, v: unknown): (typeof CHOICES)[K][number] {
  // YAML reads `formatVersion: 2021` as a number: accept it as the string it means.
  const s = typeof v === 'number' ? String(v) : v;
  const allowed: readonly string[] = CHOICES[key];
  if (typeof s !== 'string' || !allowed.includes(s)) throw new ConfigError(file, key, { code: 'oneOf', allowed: allowed.join(', ') });
  return s as (typeof CHOICES)[K][number];
}

function rulesOf(file: string, v: unknown, findRule: FindRule): Record<string, SeveritySetting> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ConfigError(file, 'rules', { code: 'rulesObject' });
  const out: Record<string, SeveritySetting> = {};
  for (const [rule, sev] of Object.entries(v)) {
    const meta = findRule(rule);
    if (!meta) throw new ConfigError(file, `rules.${rule}`, { code: 'unknownRule' });
    if (typeof sev !== 'string' || !(SEVERITIES as readonly string[]).includes(sev)) {
      throw new ConfigError(file, `rules.${rule}`, { code: 'severity', allowed: SEVERITIES.join(', ') });
    }
    out[meta.id] = sev as SeveritySetting;
  }
  return out;
}

/** Checks parsed data against the config's shape; returns it typed, or throws a ConfigError. */
export function validateConfig(file: string, data: unknown, findRule: FindRule = (id) => engineModule().findRuleMeta(id)): ConfigData {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, '', { code: 'notObject' });
  const d = data as Record<string, unknown>;
  for (const k of Object.keys(d)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(k)) throw new ConfigError(file, k, { code: 'unknownKey', allowed: CONFIG_KEYS.slice(1).join(', ') });
  }
  const out: ConfigData = {};
  if (d['extends'] !== undefined) out.extends = stringList(file, 'extends', d['extends']);
  if (d['formatVersion'] !== undefined) out.formatVersion = choice(file, 'formatVersion', d['formatVersion']);
  if (d['level'] !== undefined) out.level = choice(file, 'level', d['level']);
  if (d['language'] !== undefined) out.language = choice(file, 'language', d['language']);
  if (d['rules'] !== undefined) out.rules = rulesOf(file, d['rules'], findRule);
  if (d['ignores'] !== undefined) out.ignores = stringList(file, 'ignores', d['ignores']);
  return out;
}
