// Command-line arguments → the files to lint: files as given, folders walked, globs expanded.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { picomatch, tinyglobby } from '../lazy.js';
import type { Catalogue } from './messages.js';
import { reasonOf, walkMarkdown, type WalkError } from './walk.js';

/**
 * `explicit`: named on the command line (not found by walking a folder or expanding a glob).
 * `root`: the folder given on the command line (or a glob's fixed part) that the file was found in;
 * --fix does not write through a symbolic link that leads outside it.
 */
export type Target = { kind: 'file'; abs: string; path: string; explicit?: true; root?: string } | { kind: 'stdin'; path: string };

export interface Resolved {
  targets: Target[];
  /** True when an argument could not be resolved (missing file, unreadable folder, glob without matches). */
  failed: boolean;
}

/** A path as shown to people: relative to cwd when inside it, always with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  // Inside cwd (both normalized, as resolve() and join() give them), the relative path is the rest.
  const inside = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = abs.startsWith(inside) && abs.length > inside.length ? abs.slice(inside.length) : relative(cwd, abs);
  return (rel === '' ? abs : rel).split(sep).join('/');
}

export async function resolveTargets(
  patterns: readonly string[],
  cwd: string,
  m: Catalogue,
  say: (line: string) => void,
  stdinName?: string,
): Promise<Resolved> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  let failed = false;
  const add = (abs: string, from: { explicit?: true; root?: string } = {}): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ kind: 'file', abs, path: displayPath(abs, cwd), ...from });
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      targets.push({ kind: 'stdin', path: stdinName ?? '<stdin>' });
      continue;
    }
    const abs = resolve(cwd, pattern);
    let info;
    try {
      info = statSync(abs); // a few patterns, before anything else runs: the sync call is the cheapest
    } catch (err) {
      const code = reasonOf(err);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && tinyglobby().isDynamicPattern(pattern)) {
        const matches = await expandGlob(pattern, cwd);
        if (matches.length === 0) {
          say(m.noMatch(pattern));
          failed = true;
        }
        const root = resolve(cwd, picomatch().scan(pattern).base || '.');
        for (const match of matches) add(match, { root });
      } else {
        say(code === 'ENOENT' || code === 'ENOTDIR' ? m.notFound(pattern) : m.cannotRead(pattern, code));
        failed = true;
      }
      continue;
    }
    if (!info.isDirectory()) {
      add(abs, { explicit: true });
      continue;
    }
    const errors: WalkError[] = [];
    const files = walkMarkdown(abs, errors);
    for (const e of errors) say(m.cannotReadFolder(displayPath(e.path, cwd), e.reason));
    if (errors.length > 0) failed = true;
    else if (files.length === 0) say(m.emptyFolder(pattern));
    for (const file of files) add(file, { root: abs });
  }
  return { targets, failed };
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  try {
    const found = await tinyglobby().glob(pattern, { cwd, absolute: true, dot: false, expandDirectories: false, ignore: ['**/node_modules/**'] });
    return found.map((p) => resolve(p)).sort();
  } catch {
    return []; // a malformed pattern matches nothing
  }
}
