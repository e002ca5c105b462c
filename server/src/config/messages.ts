// What is wrong with a configuration file, as data (ConfigProblem) and as words in both languages,
// so that the CLI and the language server say the same thing.
import type { Lang } from '../engine/index.js';

export type ConfigProblem =
  | { code: 'syntax'; format: 'JSON' | 'YAML'; detail: string }
  | { code: 'unreadable'; detail: string }
  | { code: 'notObject' }
  | { code: 'unknownKey'; allowed: string }
  | { code: 'stringList' }
  | { code: 'oneOf'; allowed: string }
  | { code: 'rulesObject' }
  | { code: 'unknownRule' }
  | { code: 'severity'; allowed: string }
  | { code: 'circular'; chain: string }
  | { code: 'notFound'; target: string };

type Describe = { [C in ConfigProblem['code']]: (p: Extract<ConfigProblem, { code: C }>) => string };

const zh: Describe = {
  syntax: (p) => `不是有效的 ${p.format}（${p.detail}）`,
  unreadable: (p) => `无法读取（${p.detail}）`,
  notObject: () => '配置应为一个对象（键值对）',
  unknownKey: (p) => `未知的键，可用的键：${p.allowed}`,
  stringList: () => '应为字符串或字符串列表',
  oneOf: (p) => `取值无效，可选：${p.allowed}`,
  rulesObject: () => '应为“规则: 级别”形式的对象',
  unknownRule: () => '没有这条规则（请写规则编号如 DL401，或规则名如 sum-mismatch）',
  severity: (p) => `级别无效，可选：${p.allowed}`,
  circular: (p) => `extends 形成循环：${p.chain}`,
  notFound: (p) => `找不到文件 ${p.target}`,
};

const en: Describe = {
  syntax: (p) => `not valid ${p.format} (${p.detail})`,
  unreadable: (p) => `cannot be read (${p.detail})`,
  notObject: () => 'the configuration must be an object of keys and values',
  unknownKey: (p) => `unknown key; allowed keys: ${p.allowed}`,
  stringList: () => 'must be a string or a list of strings',
  oneOf: (p) => `invalid value; expected one of: ${p.allowed}`,
  rulesObject: () => 'must be an object of rule: severity',
  unknownRule: () => 'no such rule (use an id such as DL401 or a name such as sum-mismatch)',
  severity: (p) => `invalid severity; expected one of: ${p.allowed}`,
  circular: (p) => `circular extends: ${p.chain}`,
  notFound: (p) => `file not found: ${p.target}`,
};

/** The problem in words, without the file and the key. */
export function describeProblem(p: ConfigProblem, lang: Lang): string {
  const table = lang === 'en' ? en : zh;
  return (table[p.code] as (x: ConfigProblem) => string)(p);
}

/** "file: key: problem" — the whole message, in one line. */
export function describeConfigError(e: { file: string; key: string; problem: ConfigProblem }, lang: Lang): string {
  const key = e.key ? (lang === 'en' ? `key "${e.key}": ` : `键“${e.key}”：`) : '';
  return `${e.file}: ${key}${describeProblem(e.problem, lang)}`;
}
