// Ignore rules: .disclosure-lintignore files (gitignore-style lines, relative to their folder)
// from the file's folder upward, and the `ignores` globs of the config (relative to the config).
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { picomatch } from '../lazy.js';

export const IGNORE_NAME = '.disclosure-lintignore';

export interface Rule {
  match: (rel: string) => boolean;
  negate: boolean;
}

function compile(line: string): Rule | undefined {
  let p = line.trim();
  if (p === '' || p.startsWith('#')) return undefined;
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  p = p.replace(/\/+$/u, '');
  const anchored = p.startsWith('/') || p.includes('/');
  p = p.replace(/^\/+/u, '');
  if (p === '') return undefined;
  const globs = anchored ? [p, `${p}/**`] : [`**/${p}`, `**/${p}/**`];
  const m = picomatch()(dirOnly ? globs.filter((g) => g.endsWith('/**')) : globs, { dot: true });
  return { match: (rel) => m(rel), negate };
}

/** The ignore files that apply in a folder, shallowest first. */
type Chain = Array<{ file: string; rules: Rule[] }>;

/** Compiled ignore files (by path; undefined: there is none), config globs and each folder's chain, owned by the caller. */
export type IgnoreCache = Map<string, Rule[] | undefined | ((rel: string) => boolean) | Chain>;

function rulesOf(file: string, cache: IgnoreCache): Rule[] | undefined {
  if (cache.has(file)) return cache.get(file) as Rule[] | undefined;
  let r: Rule[] | undefined;
  try {
    if (statSync(file).isFile()) {
      const lines = readFileSync(file, 'utf8').replace(/^\ufeff/u, '').split(/\r?\n/u);
      r = lines.map(compile).filter((x): x is Rule => x !== undefined);
    }
  } catch {
    r = undefined; // no ignore file here (or one that cannot be read: nothing to apply)
  }
  cache.set(file, r);
  return r;
}

function globMatcher(globs: readonly string[], cache: IgnoreCache): (rel: string) => boolean {
  const key = `\u0000globs\u0000${globs.join('\u0000')}`;
  let m = cache.get(key) as ((rel: string) => boolean) | undefined;
  // A glob that names a folder ("drafts", "archive/2019") also covers what is in it.
  if (!m) cache.set(key, (m = picomatch()([...globs, ...globs.map((g) => `${g.replace(/\/+$/u, '')}/**`)], { dot: true })));
  return m;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The ignore files of `dir` and the folders above it, shallowest first (one lookup per folder per run). */
function chainOf(dir: string, cache: IgnoreCache): Chain {
  const key = `\u0000chain\u0000${dir}`;
  const known = cache.get(key) as Chain | undefined;
  if (known) return known;
  const parent = dirname(dir);
  const file = join(dir, IGNORE_NAME);
  const rules = rulesOf(file, cache);
  const above = parent === dir ? [] : chainOf(parent, cache);
  const chain = rules ? [...above, { file, rules }] : above;
  cache.set(key, chain);
  return chain;
}

/** Is `abs` excluded? Deeper ignore files are applied after (and so override) shallower ones. */
export function ignoredBy(abs: string, configDir: string | undefined, globs: readonly string[], cache: IgnoreCache): boolean {
  if (configDir && globs.length > 0) {
    const rel = relative(configDir, abs);
    const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    if (inside && globMatcher(globs, cache)(toPosix(rel))) return true;
  }
  let ignored = false;
  for (const { file, rules } of chainOf(dirname(abs), cache)) {
    const rel = toPosix(relative(dirname(file), abs));
    for (const rule of rules) if (rule.match(rel)) ignored = !rule.negate;
  }
  return ignored;
}
