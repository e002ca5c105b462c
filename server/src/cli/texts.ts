// Texts read once. Pairing reports with last year's reads and decodes every file before the first
// lint; the lint of a file then takes the text read for it (here, or sent to its worker thread)
// instead of reading and decoding the file again. What is kept is bounded: past the budget, files are
// read again when they are linted. Nothing is kept with --fix, where files change during the run.
import type { Decoded } from './read.js';

export type DecodedText = Extract<Decoded, { ok: true }>;

/** Characters kept at most (UTF-16 code units: about twice as many bytes). */
const BUDGET = 32 * 1024 * 1024;

export class TextStore {
  readonly #texts = new Map<string, DecodedText>();
  #chars = 0;

  constructor(readonly budget = BUDGET) {}

  /** Keeps the text read from `abs`, when it fits. */
  keep(abs: string, d: DecodedText): void {
    if (this.#texts.has(abs) || this.#chars + d.text.length > this.budget) return;
    this.#texts.set(abs, d);
    this.#chars += d.text.length;
  }

  /** The text kept for `abs`, given up by the store (each is taken once). */
  take(abs: string): DecodedText | undefined {
    const d = this.#texts.get(abs);
    if (d) {
      this.#texts.delete(abs);
      this.#chars -= d.text.length;
    }
    return d;
  }

  get size(): number {
    return this.#texts.size;
  }
}
