// Finding and reading the configuration of a file, the way markdownlint and ESLint users expect:
// the nearest .disclosure-lint.json / .jsonc / .yaml / .yml from the file's folder upward, with
// `extends` of other config files, and .disclosure-lintignore files on the way.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { IGNORE_NAME, ignoredBy, type IgnoreCache } from './ignore.js';
import { ConfigError, validateConfig, type ConfigData } from './validate.js';

export const CONFIG_NAMES = ['.disclosure-lint.json', '.disclosure-lint.jsonc', '.disclosure-lint.yaml', '.disclosure-lint.yml'];
export { IGNORE_NAME };

export interface ResolvedConfig {
  /** The config file in force, if any. */
  file?: string;
  data: ConfigData;
  /** The file is excluded by an ignore file or the config's `ignores`. */
  ignored: boolean;
}

function parseFile(file: string): unknown {
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/u, '');
  if (/\.ya?ml$/u.test(file)) {
    try {
      return parseYaml(text);
    } catch (e) {
      throw new ConfigError(file, '', `not valid YAML: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
  }
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) throw new ConfigError(file, '', `not valid JSON: ${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset}`);
  return data;
}

/** Reads a config file and everything it extends (later files override earlier ones, rules merge). */
export function readConfig(file: string, seen: string[] = []): ConfigData {
  const abs = resolve(file);
  if (seen.includes(abs)) throw new ConfigError(abs, 'extends', `circular: ${[...seen, abs].join(' → ')}`);
  if (!existsSync(abs)) throw new ConfigError(seen[seen.length - 1] ?? abs, 'extends', `file not found: ${abs}`);
  const own = validateConfig(abs, parseFile(abs));
  let merged: ConfigData = {};
  for (const base of [own.extends ?? []].flat()) merged = merge(merged, readConfig(resolve(dirname(abs), base), [...seen, abs]));
  const { extends: _ignored, ...rest } = own;
  void _ignored;
  return merge(merged, rest);
}

function merge(a: ConfigData, b: ConfigData): ConfigData {
  return { ...a, ...b, rules: { ...(a.rules ?? {}), ...(b.rules ?? {}) }, ignores: [...(a.ignores ?? []), ...(b.ignores ?? [])] };
}

/** The configuration for one file. Results are cached per folder by the caller's ConfigCache. */
export class ConfigCache {
  readonly #byDir = new Map<string, { file?: string; data: ConfigData }>();
  readonly #ignores: IgnoreCache = new Map();

  /** Throws ConfigError for an invalid config file. */
  forFile(path: string): ResolvedConfig {
    const abs = resolve(path);
    const found = this.#forDir(dirname(abs));
    const ignored = ignoredBy(abs, found.file ? dirname(found.file) : undefined, found.data.ignores ?? [], this.#ignores);
    return { ...(found.file ? { file: found.file } : {}), data: found.data, ignored };
  }

  #forDir(dir: string): { file?: string; data: ConfigData } {
    const cached = this.#byDir.get(dir);
    if (cached) return cached;
    let result: { file?: string; data: ConfigData } | undefined;
    const file = CONFIG_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    if (file) result = { file, data: readConfig(file) };
    else {
      const parent = dirname(dir);
      result = parent === dir ? { data: {} } : this.#forDir(parent);
    }
    this.#byDir.set(dir, result);
    return result;
  }
}
