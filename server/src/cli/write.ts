// Atomic rewrite: a temporary file in the same folder, then a rename over the original. The
// temporary name starts with a dot and ends in .tmp, so no walk or glob mistakes it for a report.
// A run killed while it writes leaves its temporary file behind (nothing can remove it then); the
// next run that writes in that folder removes such leftovers, once their process is gone.
import { promises as fsp } from 'node:fs';
import { randomBytes } from 'node:crypto';
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

/** `.<name>.<pid>.<8 hex digits>.tmp`: the temporary file of `writeAtomic`, and nothing else. */
const TEMP_NAME = /^\.(.+)\.([1-9][0-9]{0,9})\.[0-9a-f]{8}\.tmp$/u;

/** The name of a temporary file for `name`, written by this process. */
export function tempName(name: string): string {
  return `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** The process id in a name of our temporary files; undefined for any other name. */
export function tempOwner(name: string): number | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? Number(match[2]) : undefined;
}

/** False only when the system says no such process (ESRCH); a process of another user (EPERM) is alive. */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code !== 'ESRCH';
  }
}

/**
 * Removes from `dir` the temporary files that a process of ours left when it was killed mid-write:
 * names of exactly our pattern, whose process is gone, regular files (not links, not folders) with
 * a single link and, where there are users, of this user. Returns the names removed; never throws.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === undefined || pid === process.pid || processAlive(pid)) continue;
    const full = join(dir, name);
    try {
      const info = await fsp.lstat(full);
      if (!info.isFile() || info.nlink !== 1 || (uid !== undefined && info.uid !== uid)) continue;
      await fsp.unlink(full);
      removed.push(name);
    } catch {
      // gone already (another thread or run removed it), or not ours to remove
    }
  }
  return removed;
}

/** The folders swept by this process: once each, before the first write there. */
const swept = new Map<string, Promise<unknown>>();

function sweepOnce(dir: string): Promise<unknown> {
  let done = swept.get(dir);
  if (!done) {
    done = removeStaleTemps(dir);
    swept.set(dir, done);
  }
  return done;
}

/**
 * Replaces the file's content, keeping its mode; a symlink's target is rewritten, not the link.
 * With `within` (the folder given on the command line), a file whose real path is outside it is
 * not written: OutsideTreeError. A failure leaves the file as it was and no temporary file.
 */
export async function writeAtomic(file: string, content: Uint8Array, within?: string): Promise<void> {
  const target = await fsp.realpath(file);
  if (within !== undefined && !isInside(target, await fsp.realpath(within))) throw new OutsideTreeError(target);
  const { mode } = await fsp.stat(target);
  const folder = dirname(target);
  await sweepOnce(folder);
  const temp = join(folder, tempName(basename(target)));
  try {
    await fsp.writeFile(temp, content, { mode: mode & 0o7777, flag: 'wx' });
    await fsp.chmod(temp, mode & 0o7777); // the umask may have narrowed the mode given to writeFile
    await fsp.rename(temp, target);
  } catch (err) {
    await fsp.unlink(temp).catch(() => undefined);
    throw err;
  }
}
