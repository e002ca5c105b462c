// Recursive folder walk for Markdown files, skipping node_modules, dot-folders and dot-files. The
// calls are synchronous: the walk comes before any lint starts, and a thread-pool round trip per
// folder and per symlink costs more than the calls themselves.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';

const MARKDOWN = /\.(md|markdown)$/i;

export interface WalkError {
  path: string;
  reason: string;
}

/** Every *.md / *.markdown under `root`, sorted; folders that cannot be read are reported, not thrown. */
export function walkMarkdown(root: string, errors: WalkError[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  visit(root);
  return found;

  function visit(dir: string): void {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      errors.push({ path: dir, reason: reasonOf(err) });
      return;
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    // `dir` is normalized (resolved, then built here): joining a name needs no normalizing.
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const name = entry.name;
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = prefix + name;
      // The folder listing tells files and folders apart; only a symlink (or an unknown type) needs a stat.
      let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (kind === 'other' && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice()) {
        try {
          const info = statSync(full);
          kind = info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
        } catch {
          continue; // a dangling symlink: nothing to lint
        }
      }
      if (kind === 'dir') visit(full);
      else if (kind === 'file' && MARKDOWN.test(name)) found.push(full);
    }
  }
}

/** The short reason of a file-system error (its code), for messages. */
export function reasonOf(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e.code ?? e.message ?? String(err);
}
