// Finding and reading the configuration of a file, the way markdownlint and ESLint users expect:
// the nearest .disclosure-lint.json / .jsonc / .yaml / .yml from the file's folder upward, with
// `extends` of other config files, and .disclosure-lintignore files on the way.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { yaml } from '../lazy.js';
import { IGNORE_NAME, ignoredBy, type IgnoreCache } from './ignore.js';
import { ConfigError, validateConfig, type ConfigData, type FindRule } from './validate.js';

export const CONFIG_NAMES = ['.disclosure-lint.json', '.disclosure-lint.jsonc', '.disclosure-lint.yaml', '.disclosure-lint.yml'];
export { IGNORE_NAME };

export interface ResolvedConfig {
  /** The config file in force, if any. */
  file?: string;
  data: ConfigData;
  /** The file is excluded by an ignore file or the config's `ignores`. */
  ignored: boolean;
}

function reason(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return err.code ?? (err.message ?? String(e)).split('\n')[0]!;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

function parseFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/u, '');
  } catch (e) {
    throw new ConfigError(file, '', { code: 'unreadable', detail: reason(e) });
  }
  if (/\.ya?ml$/u.test(file)) {
    try {
      return yaml().parse(text);
    } catch (e) {
      throw new ConfigError(file, '', { code: 'syntax', format: 'YAML', detail: reason(e) });
    }
  }
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) throw new ConfigError(file, '', { code: 'syntax', format: 'JSON', detail: `${printParseErrorCode(first.error)}, ${lineCol(text, first.offset)}` });
  return data;
}

/** Reads a config file and everything it extends (later files override earlier ones, rules merge). */
export function readConfig(file: string, findRule?: FindRule, seen: string[] = []): ConfigData {
  const abs = resolve(file);
  if (seen.includes(abs)) throw new ConfigError(seen[seen.length - 1]!, 'extends', { code: 'circular', chain: [...seen, abs].join(' → ') });
  if (!existsSync(abs)) {
    const from = seen[seen.length - 1];
    throw from ? new ConfigError(from, 'extends', { code: 'notFound', target: abs }) : new ConfigError(abs, '', { code: 'unreadable', detail: 'ENOENT' });
  }
  const own = validateConfig(abs, parseFile(abs), findRule);
  let merged: ConfigData = {};
  for (const base of [own.extends ?? []].flat()) merged = merge(merged, readConfig(resolve(dirname(abs), base), findRule, [...seen, abs]));
  const { extends: _extends, ...rest } = own;
  void _extends;
  return merge(merged, rest);
}

function merge(a: ConfigData, b: ConfigData): ConfigData {
  const out: ConfigData = { ...a, ...b };
  if (a.rules || b.rules) out.rules = { ...(a.rules ?? {}), ...(b.rules ?? {}) };
  if (a.ignores || b.ignores) out.ignores = [...(a.ignores ?? []), ...(b.ignores ?? [])];
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export interface ConfigCacheOptions {
  /** Checks rule ids and names (default: the engine's rules). */
  findRule?: FindRule;
  /** Use this config file for every file instead of looking for one (--config). */
  file?: string;
  /** Use no config file at all (--no-config); ignore files still apply. */
  none?: boolean;
}

/** The configuration for one file. Results are cached per folder by the caller's ConfigCache. */
export class ConfigCache {
  readonly #byDir = new Map<string, { file?: string; data: ConfigData }>();
  readonly #ignores: IgnoreCache = new Map();
  readonly #options: ConfigCacheOptions;
  #fixed: { file?: string; data: ConfigData } | undefined;

  constructor(options: ConfigCacheOptions = {}) {
    this.#options = options;
    if (options.none) this.#fixed = { data: {} };
  }

  /** Throws ConfigError for an invalid config file. */
  forFile(path: string): ResolvedConfig {
    // Callers pass absolute paths (the CLI's resolved targets, the editor's files): resolving each
    // again was the most of a run's configuration lookup.
    const abs = isAbsolute(path) ? path : resolve(path);
    const found = this.forFolder(dirname(abs));
    const ignored = ignoredBy(abs, found.file ? dirname(found.file) : undefined, found.data.ignores ?? [], this.#ignores);
    return { ...(found.file ? { file: found.file } : {}), data: found.data, ignored };
  }

  /** The config in force for files in `dir` (throws ConfigError). */
  forFolder(dir: string): { file?: string; data: ConfigData } {
    if (this.#options.file !== undefined) {
      const file = resolve(this.#options.file);
      this.#fixed ??= { file, data: readConfig(file, this.#options.findRule) };
    }
    if (this.#fixed) return this.#fixed;
    const cached = this.#byDir.get(dir);
    if (cached) return cached;
    let result: { file?: string; data: ConfigData };
    const file = CONFIG_NAMES.map((n) => join(dir, n)).find(isFile);
    if (file) result = { file, data: readConfig(file, this.#options.findRule) };
    else {
      const parent = dirname(dir);
      result = parent === dir ? { data: {} } : this.forFolder(parent);
    }
    this.#byDir.set(dir, result);
    return result;
  }
}
