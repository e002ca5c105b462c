// A project configuration file as data: what keys it may hold and what each means. Validation
// names the file and the key of the first problem; a config never runs code and an invalid one
// never silently turns rules off.
import { findRuleMeta, type FormatVersion, type Lang, type SeveritySetting } from '../engine/index.js';

export interface ConfigData {
  extends?: string | string[];
  formatVersion?: FormatVersion | 'auto';
  level?: 'government' | 'department';
  language?: Lang;
  rules?: Record<string, SeveritySetting>;
  ignores?: string[];
}

export class ConfigError extends Error {
  readonly file: string;
  readonly key: string;
  constructor(file: string, key: string, message: string) {
    super(`${file}: ${key ? `"${key}": ` : ''}${message}`);
    this.file = file;
    this.key = key;
  }
}

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];
const KEYS = ['$schema', 'extends', 'formatVersion', 'level', 'language', 'rules', 'ignores'];

function stringList(file: string, key: string, v: unknown): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) throw new ConfigError(file, key, 'must be a string or a list of strings');
  return list as string[];
}

/** Checks parsed data against the config's shape; returns it typed, or throws a ConfigError. */
export function validateConfig(file: string, data: unknown): ConfigData {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, '', 'the configuration must be an object');
  const d = data as Record<string, unknown>;
  for (const k of Object.keys(d)) if (!KEYS.includes(k)) throw new ConfigError(file, k, `unknown key (allowed: ${KEYS.slice(1).join(', ')})`);
  const out: ConfigData = {};
  if (d['extends'] !== undefined) out.extends = stringList(file, 'extends', d['extends']);
  if (d['formatVersion'] !== undefined) {
    const v = String(d['formatVersion']);
    if (!['auto', '2019', '2021'].includes(v)) throw new ConfigError(file, 'formatVersion', 'must be "auto", "2019" or "2021"');
    out.formatVersion = v as ConfigData['formatVersion'] & string;
  }
  if (d['level'] !== undefined) {
    if (d['level'] !== 'government' && d['level'] !== 'department') throw new ConfigError(file, 'level', 'must be "government" or "department"');
    out.level = d['level'];
  }
  if (d['language'] !== undefined) {
    if (d['language'] !== 'zh-CN' && d['language'] !== 'en') throw new ConfigError(file, 'language', 'must be "zh-CN" or "en"');
    out.language = d['language'];
  }
  if (d['rules'] !== undefined) {
    const rules = d['rules'];
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigError(file, 'rules', 'must be an object of rule → severity');
    out.rules = {};
    for (const [rule, sev] of Object.entries(rules)) {
      if (!findRuleMeta(rule)) throw new ConfigError(file, `rules.${rule}`, 'no such rule (use an id such as DL401 or a name such as sum-mismatch)');
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) throw new ConfigError(file, `rules.${rule}`, `severity must be one of ${SEVERITIES.join(', ')}`);
      out.rules[rule] = sev as SeveritySetting;
    }
  }
  if (d['ignores'] !== undefined) out.ignores = stringList(file, 'ignores', d['ignores']);
  return out;
}
