// Random lint options for the property tests: language, forced format version, force, rule overrides.
import fc from 'fast-check';
import type { LintOptions } from '../../src/engine/index.js';

/**
 * The seed of every property: fixed, so CI is reproducible; FC_SEED=<n> replays a failure (fast-check
 * prints the seed and the path of a failing case), FC_SEED=random explores.
 */
const env = process.env.FC_SEED;
export const seed = env === 'random' ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(env ?? 20_240_601);

/** numRuns scaled by FC_SCALE (e.g. FC_SCALE=10 for a long local run). */
export const runs = (n: number): number => Math.max(1, Math.round(n * Number(process.env.FC_SCALE ?? 1)));

export const params = (numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns: runs(numRuns), includeErrorInReport: true });

export const lintOptions: fc.Arbitrary<LintOptions> = fc.record(
  {
    lang: fc.constantFrom('zh-CN' as const, 'en' as const),
    format: fc.constantFrom('2019' as const, '2021' as const),
    force: fc.boolean(),
    rules: fc.dictionary(fc.constantFrom('DL301', 'cell-blank', 'DL401', 'section-missing', 'DL999'), fc.constantFrom('off' as const, 'hint' as const, 'error' as const), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/**
 * The same options without the two fixes that insert whole sections and tables (section-missing,
 * table-missing): a fixed document then stays small, so thousands of fixAll runs fit in the budget.
 * One property keeps them on.
 */
export const noInserts = (o: LintOptions): LintOptions => ({ ...o, rules: { ...o.rules, DL101: 'off', DL201: 'off' } });
