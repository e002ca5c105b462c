// --cache: engine results keyed by what determines them, in one JSON file that is safe to keep between
// CI runs. A key hashes the engine's identity (version + a hash of the bundle), the operation, the
// options the engine is given (rules, severities, language, format, last year's report: the config
// hash) and the text itself (the content hash); file times are never used, so a fresh clone hits.
import { isAscii } from 'node:buffer';
import { createHash, hash } from 'node:crypto';
import { readFileSync, statSync, promises as fsp } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CACHE_NAME = '.disclosure-lint-cache';
const TOOL = 'disclosure-lint-cache';
/**
 * 6: one entry per line (`key TAB run TAB value`), after a JSON head line; values are parsed only
 * when used, and the file is ASCII. (5: one JSON object.)
 */
const FORMAT = 6;
/** Entries not used in this many runs are dropped when the file is written. */
const KEEP_RUNS = 10;
/**
 * An entry used again is marked with this run; the file is rewritten for that only when the mark it
 * has is this old, so that a run answered wholly from the cache seldom writes it. (Runs are counted
 * when the file is written.)
 */
const REFRESH_RUNS = KEEP_RUNS / 2;

interface Head {
  tool: string;
  format: number;
  engine: string;
  run: number;
}

/** JSON with object keys sorted, so that equal options give equal keys whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** stableJson of the options objects seen (last year's report left out): most files of a run share one. */
const optionsJson = new WeakMap<object, string>();

interface Previous {
  name?: string;
  key?: string;
  text: string;
}

function previousOf(options: unknown): Previous | undefined {
  return options && typeof options === 'object' ? (options as { previous?: Previous }).previous : undefined;
}

function optionsKey(options: unknown): string {
  if (!options || typeof options !== 'object') return stableJson(options);
  let json = optionsJson.get(options);
  if (json === undefined) {
    const { previous: _previous, ...rest } = options as Record<string, unknown>;
    void _previous;
    optionsJson.set(options, (json = stableJson(rest)));
  }
  return json;
}

/** The digest of each engine, operation and options seen: the head of every key. */
const heads = new Map<string, string>();

/** A text, or what stands for it: `key` (a hash of the bytes it was decoded from) when set. */
export interface Keyed {
  readonly text: string;
  readonly key?: string | undefined;
}

/**
 * The cache key of an operation of an engine, with options, on a text (and last year's report, in
 * the options). Texts read from plain UTF-8 files stand in by their keys (hashes of their bytes):
 * then the key is the digest of the engine, the operation and the options, and the text's key,
 * hashed once more only with last year's report. Any other text is hashed whole.
 */
export function cacheKey(engine: string, op: string, options: unknown, content: Keyed): string {
  const head = `${engine}\0${op}\0${optionsKey(options)}`;
  const previous = previousOf(options);
  const key = content.key;
  if (key !== undefined && (previous === undefined || previous.key !== undefined)) {
    let digest = heads.get(head);
    // One-shot hashing (crypto.hash) costs a fraction of a Hash object's for inputs this short.
    if (digest === undefined) heads.set(head, (digest = hash('sha256', head, 'base64url')));
    const own = `${digest}.${key}`;
    return previous === undefined ? own : hash('sha256', `${own}\0${previous.name ?? ''}\0${previous.key}`, 'base64url');
  }
  const h = createHash('sha256').update(`${head}\0`);
  if (previous !== undefined) h.update(`p${previous.name ?? ''}\0`).update(previous.key ?? previous.text, previous.key === undefined ? 'utf16le' : 'utf8');
  return (key !== undefined ? h.update(`k${key}`) : h.update('t').update(content.text, 'utf16le')).digest('base64url');
}

/** Where --cache-location points: a folder (existing, or written with a trailing slash) holds CACHE_NAME. */
export async function cacheFile(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return join(cwd, CACHE_NAME);
  const abs = resolve(cwd, location);
  if (/[\\/]$/u.test(location)) return join(abs, CACHE_NAME);
  try {
    if (statSync(abs).isDirectory()) return join(abs, CACHE_NAME);
  } catch {
    // not there yet: a file name
  }
  return abs;
}

/** JSON with every character past ASCII escaped: the file reads as Latin-1, the cheapest decoding. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u{10ffff}]/gu, (c) => {
    let escaped = '';
    for (let i = 0; i < c.length; i++) escaped += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/** A key as written: as it is when plain printable ASCII (hashes, most paths), else as a JSON string. */
function writtenKey(key: string): string {
  return /^[\x21\x23-\x7e][\x20-\x7e]*$/u.test(key) ? key : asciiJson(key);
}

function readKey(written: string): string | undefined {
  if (!written.startsWith('"')) return written;
  try {
    const key: unknown = JSON.parse(written);
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

interface Entry {
  t: number;
  v: unknown;
}

/**
 * The cache: in memory only (`file` undefined), or loaded from and saved to a file. Entries read from
 * the file stay text (their line) until used: a run reads a few of them at most per file linted.
 */
export class LintCache {
  /** Each entry: used or put in this run, or, as read from the file, the rest of its line (`run TAB value`). */
  readonly #entries = new Map<string, Entry | string>();
  #run = 1;
  #dirty = false;

  constructor(
    readonly engine: string,
    readonly file?: string,
  ) {}

  /** Reads the file; a missing, unreadable, corrupt or other-engine file is an empty cache (a bad line, no entry). */
  async load(): Promise<this> {
    if (this.file === undefined) return this;
    let text: string;
    try {
      // Read synchronously: nothing else runs yet, and it leaves no file handle to close at exit.
      const bytes = readFileSync(this.file);
      text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    } catch {
      return this;
    }
    const first = text.indexOf('\n');
    let head: Partial<Head>;
    try {
      head = JSON.parse(first < 0 ? text : text.slice(0, first)) as Partial<Head>;
    } catch {
      return this;
    }
    if (head.tool !== TOOL || head.format !== FORMAT || head.engine !== this.engine) return this;
    this.#run = (Number(head.run) || 0) + 1;
    for (let at = first + 1; at > 0 && at < text.length; ) {
      const end = text.indexOf('\n', at);
      const line = end < 0 ? text.slice(at) : text.slice(at, end);
      at = end + 1;
      const tab = line.indexOf('\t');
      const key = tab > 0 ? readKey(line.slice(0, tab)) : undefined;
      if (key !== undefined) this.#entries.set(key, line.slice(tab + 1));
    }
    return this;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The value stored for `key` (undefined when there is none, or its line is damaged). */
  get(key: string): unknown {
    let e = this.#entries.get(key);
    if (typeof e === 'string') {
      e = parseEntry(e);
      if (!e) {
        this.#entries.delete(key);
        return undefined;
      }
      this.#entries.set(key, e);
    }
    if (!e) return undefined;
    if (this.#run - e.t >= REFRESH_RUNS) this.#dirty = true;
    e.t = this.#run;
    return e.v;
  }

  put(key: string, value: unknown): void {
    this.#entries.set(key, { t: this.#run, v: value });
    this.#dirty = true;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Writes the file atomically (temp file + rename), when anything changed. */
  async save(): Promise<void> {
    if (this.file === undefined || !this.#dirty) return;
    const head: Head = { tool: TOOL, format: FORMAT, engine: this.engine, run: this.#run };
    const out = [JSON.stringify(head)];
    for (const [k, e] of this.#entries) {
      // Entries not used in this run are written back as they were read.
      if (typeof e === 'string') {
        if (this.#run - parseInt(e, 10) < KEEP_RUNS) out.push(`${writtenKey(k)}\t${e}`);
      } else if (this.#run - e.t < KEEP_RUNS) {
        out.push(`${writtenKey(k)}\t${e.t}\t${asciiJson(e.v)}`);
      }
    }
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fsp.mkdir(dirname(this.file), { recursive: true });
      await fsp.writeFile(tmp, `${out.join('\n')}\n`);
      await fsp.rename(tmp, this.file);
    } catch (err) {
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
  }
}

/** `run TAB value` → the entry, or undefined when the line is damaged. */
function parseEntry(line: string): Entry | undefined {
  const tab = line.indexOf('\t');
  const t = tab > 0 ? Number(line.slice(0, tab)) : NaN;
  if (!Number.isInteger(t)) return undefined;
  try {
    return { t, v: JSON.parse(line.slice(tab + 1)) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The engine's identity for the cache: its version and a hash of the program files that hold it,
 * made of their SHA-256 hashes (base64url) joined by dots. `known`: those hashes, computed already
 * (bin/disclosure-lint.js hashes the CLI's bundle; the build writes the engine's into it): the same
 * identity as reading the files, without reading them.
 */
export async function engineIdentity(version: string | undefined, programFiles: readonly string[], known?: string): Promise<string> {
  let hashes = known;
  if (hashes === undefined && programFiles.length > 0) {
    try {
      const each = await Promise.all(programFiles.map(async (file) => createHash('sha256').update(await fsp.readFile(file)).digest('base64url')));
      hashes = each.join('.');
    } catch {
      hashes = undefined;
    }
  }
  const build = hashes === undefined ? '' : hash('sha256', hashes, 'base64url').slice(0, 16);
  return `${version ?? '0'}+${build}`;
}
