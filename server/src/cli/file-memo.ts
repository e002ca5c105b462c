// --cache: a file's key (the hash of its bytes, texts.ts) remembered with what stat() says of the file,
// so that a run over unchanged files reads and hashes none of them, as git's index does. The cache
// stays keyed by content: the memo only answers "these are still the bytes hashed before".
// - A memo is kept only for a file whose change time (ctime, which every write and every change of
//   times or permissions sets to the clock, and which no program can set back) was over RACY_MS old
//   when the file was stat()ed: a write in the same clock tick as the one seen could not be told
//   apart. A file changed since has another ctime (or size, mtime, inode), and is read and hashed.
// - The memo is per user (a file another user cannot read is read and reported, never assumed).
// - A fresh clone has new inodes and times: every file is read and hashed, and the results hit.
// A remembered file is not read for results from the cache: their findings come with where the lines
// start (cached-engine.ts), so each file is reported as stat() saw it. A lint to run (a miss) reads
// the file as it is now, and keys the result by what it read.
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { Decoded } from './read.js';
import { decodeLazily, type DecodedText } from './texts.js';

export type Read = DecodedText | Extract<Decoded, { ok: false }>;

/** How the run reads a file (throws what readFileSync throws). */
export interface FileReader {
  read(abs: string): Read;
}

export const readPlain: FileReader = { read: (abs) => decodeLazily(readFileSync(abs)) };

/** What the memo needs of a cache (cache.ts's LintCache). */
export interface MemoStore {
  get(key: string): unknown;
  put(key: string, value: unknown): void;
}

/** A change this close to the clock (ms) might be followed by another with the same times. */
export const RACY_MS = 2000;

/** Why a remembered file could not be read again: it changed (or went) during the run. */
export class FileChanged extends Error {
  constructor(
    readonly reason: 'unreadable' | 'nul' | 'not-utf8',
    readonly detail?: unknown,
  ) {
    super(`the file changed during the run (${reason})`);
  }
}

/** A file's text known by its key; the file is read (once) only when its text is needed. */
class RememberedText {
  readonly ok = true;
  readonly encoding = 'utf8';
  readonly bom = false;
  #read: Read | FileChanged | undefined;

  constructor(
    readonly abs: string,
    readonly key: string,
    /** The file's size in bytes (at most the text's length). */
    readonly byteLength: number,
  ) {}

  /** What the file holds now (read once), or why it cannot be had. */
  now(): DecodedText | FileChanged {
    if (this.#read === undefined) {
      try {
        this.#read = decodeLazily(readFileSync(this.abs));
      } catch (err) {
        this.#read = new FileChanged('unreadable', err);
      }
    }
    const r = this.#read;
    if (r instanceof FileChanged) return r;
    return r.ok ? r : new FileChanged(r.reason === 'nul' ? 'nul' : 'not-utf8');
  }

  /**
   * The text. Shown findings are checked against it first (see `settled`); a file that cannot be
   * read any more gives an empty text, for it is then only read for a result without findings.
   */
  get text(): string {
    const r = this.now();
    return r instanceof FileChanged ? '' : r.text;
  }
}

/** Whether `d` is the text its key was made from (a remembered file's bytes are hashed again). */
export function isCurrent(d: DecodedText): boolean {
  if (!(d instanceof RememberedText)) return true;
  const r = d.now();
  return !(r instanceof FileChanged) && r.key === d.key;
}

/** The text as the file holds it now: `d` itself unless it was remembered (throws FileChanged). */
export function settled(d: DecodedText): DecodedText {
  if (!(d instanceof RememberedText)) return d;
  const r = d.now();
  if (r instanceof FileChanged) throw r;
  return r;
}

type Memo = [size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number, key: string];

function same(m: unknown, st: Stats): m is Memo {
  if (!Array.isArray(m) || m.length !== 6 || typeof m[5] !== 'string') return false;
  return m[0] === st.size && m[1] === st.mtimeMs && m[2] === st.ctimeMs && m[3] === st.ino && m[4] === st.dev;
}

/** A reader that answers unchanged files from the memo in `store` and remembers the files it reads. */
export function memoReader(store: MemoStore, clock: () => number = Date.now, racyMs = RACY_MS): FileReader {
  const user = typeof process.getuid === 'function' ? process.getuid() : '';
  return {
    read(abs) {
      const st = statSync(abs);
      const name = `f${user}|${abs}`;
      const m = store.get(name);
      if (st.isFile() && same(m, st)) return new RememberedText(abs, m[5], st.size) as DecodedText;
      const d = decodeLazily(readFileSync(abs));
      const settledBefore = clock() - racyMs;
      // Only texts keyed by their bytes; stat() was taken before the read, so a write in between is seen next time.
      if (d.ok && d.key?.startsWith('b') && st.isFile() && st.ctimeMs < settledBefore && st.mtimeMs < settledBefore) {
        store.put(name, [st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev, d.key] satisfies Memo);
      }
      return d;
    },
  };
}
