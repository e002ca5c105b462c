// Ignore rules: .disclosure-lintignore files (gitignore-style lines, relative to their folder)
// from the file's folder upward, and the `ignores` globs of the config (relative to the config).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

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
  const globs = anchored ? [p, `${p}/**`] : [`**/${p}`, `**/${p}/**`];
  const m = picomatch(dirOnly ? globs.filter((g) => g.endsWith('/**')) : globs, { dot: true });
  return { match: (rel) => m(rel), negate };
}

/** Compiled ignore files, owned by the caller (a ConfigCache), never module-global. */
export type IgnoreCache = Map<string, Rule[]>;

function rulesOf(file: string, cache: IgnoreCache): Rule[] {
  let r = cache.get(file);
  if (!r) {
    r = readFileSync(file, 'utf8').split(/\r?\n/u).map(compile).filter((x): x is Rule => x !== undefined);
    cache.set(file, r);
  }
  return r;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Is `abs` excluded? Deeper ignore files are applied after (and so override) shallower ones. */
export function ignoredBy(abs: string, configDir: string | undefined, globs: readonly string[], cache: IgnoreCache): boolean {
  if (configDir && globs.length > 0) {
    const rel = toPosix(relative(configDir, abs));
    if (!rel.startsWith('..') && picomatch(globs as string[], { dot: true })(rel)) return true;
  }
  const files: string[] = [];
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    const f = join(dir, IGNORE_NAME);
    if (existsSync(f)) files.unshift(f);
    if (dirname(dir) === dir) break;
  }
  let ignored = false;
  for (const f of files) {
    const rel = toPosix(relative(dirname(f), abs));
    for (const rule of rulesOf(f, cache)) if (rule.match(rel)) ignored = !rule.negate;
  }
  return ignored;
}
