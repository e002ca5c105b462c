// --shard i/n: a deterministic split of a file set across CI machines. A file's shard depends only on
// its path relative to the working folder (a stable hash), never on its position in the list, so that
// adding or removing a file moves no other file, and every file is in exactly one shard.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; undefined when malformed. */
export function parseShard(value: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(value);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/** FNV-1a (32 bits) over the UTF-8 bytes of the path with forward slashes: the same on every OS. */
export function stableHash(path: string): number {
  const bytes = new TextEncoder().encode(path.replace(/\\/gu, '/'));
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard (1-based) a relative path belongs to. */
export function shardOf(path: string, count: number): number {
  return (stableHash(path) % count) + 1;
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(path, shard.count) === shard.index;
}
