// Atomic rewrite: a temporary file in the same folder, then a rename over the original.
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Replaces the file's content, keeping its mode; a symlink's target is rewritten, not the link. */
export async function writeAtomic(file: string, content: Uint8Array): Promise<void> {
  const target = await realpath(file);
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
