// Offset ↔ line/character conversion (0-based, UTF-16 code units, as LSP counts them).
// The one place where engine offsets become positions; the CLI adds 1 for humans.

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  /** The index of a text, or one rebuilt from `encoded` (what a LineIndex `encoded` gave) without it. */
  constructor(text: string);
  constructor(text: undefined, encoded: readonly number[]);
  constructor(text: string | undefined, encoded?: readonly number[]) {
    if (text === undefined) {
      this.#length = encoded?.[0] ?? 0;
      this.#starts = encoded && encoded.length > 1 ? encoded.slice(1) : [0];
      return;
    }
    const starts = [0];
    if (!text.includes('\r')) {
      // Only \n line endings: the string search finds them far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#starts = starts;
      this.#length = text.length;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
    this.#length = text.length;
  }

  /** The index as plain data: the text's length, then where each line starts. */
  get encoded(): number[] {
    return [this.#length, ...this.#starts];
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** The position of an offset; offsets outside the text are clamped. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.#starts[lo] ?? 0) };
  }

  /** The offset of a position; positions outside the text are clamped. */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.#starts.length) return this.#length;
    const start = this.#starts[pos.line] ?? 0;
    const next = pos.line + 1 < this.#starts.length ? (this.#starts[pos.line + 1] ?? this.#length) : this.#length;
    return Math.max(start, Math.min(start + pos.character, next));
  }
}
