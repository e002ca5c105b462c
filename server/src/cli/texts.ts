// Texts read once, and decoded only when needed. Pairing reports with last year's reads every file
// before the first lint; the lint of a file then takes the text read for it (here, or sent to its
// worker thread) instead of reading the file again. A plain UTF-8 file is kept as its bytes and
// decoded the first time its text is read: a run answered from the cache (--cache, keyed by a hash
// of the bytes) decodes only the files it has findings to show for. What is kept is bounded: past
// the budget, files are read again when they are linted. Nothing is kept with --fix, where files
// change during the run.
import { isUtf8 } from 'node:buffer';
import { hash } from 'node:crypto';
import { decode, type Decoded } from './read.js';

/**
 * A text to lint. `key`, when set, stands for the text in cache keys: a hash of the bytes it was
 * decoded from (the same bytes always decode to the same text).
 */
export type DecodedText = Extract<Decoded, { ok: true }> & { readonly key?: string };

/** Valid UTF-8 without a BOM only: what decode() would give. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A text known to be plain UTF-8 (no BOM, no NUL): decoded and hashed on first use. */
class LazyText {
  readonly ok = true;
  readonly encoding = 'utf8';
  readonly bom = false;
  #text: string | undefined;
  #key: string | undefined;

  constructor(readonly bytes: Uint8Array) {}

  get text(): string {
    return (this.#text ??= UTF8.decode(this.bytes));
  }

  get key(): string {
    return (this.#key ??= `b${hash('sha256', this.bytes, 'base64url')}`);
  }

  get byteLength(): number {
    return this.bytes.byteLength;
  }
}

/** decode(), with the decoding of plain UTF-8 left until its text is read (the same text, the same outcome). */
export function decodeLazily(bytes: Uint8Array): DecodedText | Extract<Decoded, { ok: false }> {
  const [a, b] = bytes;
  const marked = (a === 0xef && b === 0xbb) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  if (!marked && isUtf8(bytes) && !bytes.includes(0)) return new LazyText(bytes) as DecodedText;
  return decode(bytes);
}

/**
 * The text's length at most, without decoding (or reading) it: a text known by its UTF-8 bytes has
 * a `byteLength` (a UTF-8 byte is at most one UTF-16 code unit).
 */
export function lengthAtMost(d: DecodedText): number {
  return (d as { byteLength?: number }).byteLength ?? d.text.length;
}

/**
 * A copy that can be sent to a worker thread: the text read now, and the key with `keyed` (only
 * --cache needs it: hashing the bytes is work a plain run does not do).
 */
export function portable(d: DecodedText, keyed = true): DecodedText {
  const key = keyed ? d.key : undefined;
  return { ok: true, text: d.text, encoding: d.encoding, bom: d.bom, ...(key !== undefined ? { key } : {}) };
}

/** Characters kept at most (UTF-16 code units: about twice as many bytes). */
const BUDGET = 32 * 1024 * 1024;

export class TextStore {
  readonly #texts = new Map<string, DecodedText>();
  #chars = 0;

  constructor(readonly budget = BUDGET) {}

  /** Keeps the text read from `abs`, when it fits. */
  keep(abs: string, d: DecodedText): void {
    const size = lengthAtMost(d);
    if (this.#texts.has(abs) || this.#chars + size > this.budget) return;
    this.#texts.set(abs, d);
    this.#chars += size;
  }

  /** The text kept for `abs`, given up by the store (each is taken once). */
  take(abs: string): DecodedText | undefined {
    const d = this.#texts.get(abs);
    if (d) {
      this.#texts.delete(abs);
      this.#chars -= lengthAtMost(d);
    }
    return d;
  }

  get size(): number {
    return this.#texts.size;
  }
}
