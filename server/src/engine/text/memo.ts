// A bounded memo keyed by short strings, kept across calls and documents: the same labels, numbers
// and titles come back in every table and every report, so normalising or fuzzy-matching them once
// is enough. Emptied when full, so that a long-running language server does not grow with it.

/** Keys longer than this are computed every time: long texts rarely repeat, and they would hold memory. */
const MAX_KEY_LENGTH = 200;

export class BoundedMemo<V> {
  readonly #map = new Map<string, V>();
  readonly #size: number;

  constructor(size = 20_000) {
    this.#size = size;
  }

  get(key: string, compute: (key: string) => V): V {
    if (key.length > MAX_KEY_LENGTH) return compute(key);
    let v = this.#map.get(key);
    if (v === undefined) {
      v = compute(key);
      if (this.#map.size >= this.#size) this.#map.clear();
      this.#map.set(key, v);
    }
    return v;
  }
}
