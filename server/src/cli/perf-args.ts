// The throughput options on the command line: --jobs, --cache, --cache-location, --shard, --max-file-size.
// args.ts declares them (PERF_OPTIONS) and calls perfOptions(); a bad value becomes a usage message.
import type { Lang } from '../engine/index.js';
import { perfMessages } from './perf-messages.js';
import { parseShard, type Shard } from './shard.js';

export const PERF_OPTIONS = {
  jobs: { type: 'string', short: 'j' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  'max-file-size': { type: 'string' },
} as const;

/** Default of --max-file-size, in characters. */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export interface PerfOptions {
  /** --jobs: threads to lint on; undefined: as many as cores. */
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  shard?: Shard;
  /** Characters; 0: no warning. */
  maxFileSize?: number;
}

export interface PerfValues {
  jobs?: string;
  cache?: boolean;
  'cache-location'?: string;
  shard?: string;
  'max-file-size'?: string;
}

/** The parsed options, or the usage message for a bad value. */
export function perfOptions(v: PerfValues, positionals: readonly string[], lang: Lang): PerfOptions | string {
  const m = perfMessages(lang);
  const out: PerfOptions = {};
  if (v.jobs !== undefined) {
    if (!/^\s*\d+\s*$/u.test(v.jobs) || Number(v.jobs) < 1) return m.badJobs(v.jobs);
    out.jobs = Number(v.jobs);
  }
  if (v.cache === true) out.cache = true;
  if (v['cache-location'] !== undefined) out.cacheLocation = v['cache-location'];
  if (v.shard !== undefined) {
    const shard = parseShard(v.shard);
    if (!shard) return m.badShard(v.shard);
    if (positionals.includes('-')) return m.shardStdin;
    out.shard = shard;
  }
  const max = v['max-file-size'];
  if (max !== undefined) {
    if (!/^\s*\d+\s*$/u.test(max)) return m.badMaxFileSize(max);
    out.maxFileSize = Number(max);
  }
  return out;
}
