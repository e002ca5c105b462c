// Atomic rewrite: a temporary file in the same folder, then a rename over the original. The
// temporary name starts with a dot and ends in .tmp, so no walk or glob mistakes it for a report.
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The file is a symbolic link (or under one) that leads outside the tree being linted. */
export class OutsideTreeError extends Error {
  readonly code = 'EOUTSIDE';
}

/** Is `path` the folder `root` itself or inside it? Both are real paths. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Replaces the file's content, keeping its mode; a symlink's target is rewritten, not the link.
 * With `within` (the folder given on the command line), a file whose real path is outside it is
 * not written: OutsideTreeError.
 */
export async function writeAtomic(file: string, content: Uint8Array, within?: string): Promise<void> {
  const target = await realpath(file);
  if (within !== undefined && !isInside(target, await realpath(within))) throw new OutsideTreeError(target);
  const { mode } = await stat(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { mode: mode & 0o7777, flag: 'wx' });
    await chmod(temp, mode & 0o7777); // the umask may have narrowed the mode given to writeFile
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
