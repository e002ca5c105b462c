// Recursive folder walk for Markdown files, skipping node_modules, dot-folders and dot-files.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

const MARKDOWN = /\.(md|markdown)$/i;

export interface WalkError {
  path: string;
  reason: string;
}

/** Every *.md / *.markdown under `root`, sorted; folders that cannot be read are reported, not thrown. */
export async function walkMarkdown(root: string, errors: WalkError[]): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  await visit(root);
  return found;

  async function visit(dir: string): Promise<void> {
    let real: string;
    let names: string[];
    try {
      real = await realpath(dir);
      names = (await readdir(dir)).sort();
    } catch (err) {
      errors.push({ path: dir, reason: reasonOf(err) });
      return;
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    for (const name of names) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      let info;
      try {
        info = await stat(full);
      } catch {
        continue; // a dangling symlink: nothing to lint
      }
      if (info.isDirectory()) await visit(full);
      else if (info.isFile() && MARKDOWN.test(name)) found.push(full);
    }
  }
}

/** The short reason of a file-system error (its code), for messages. */
export function reasonOf(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e.code ?? e.message ?? String(err);
}
