// The list every rule lookup goes through; filled by rules/index.ts (kept apart to avoid a cycle
// with rules that look other rules up).
import type { RuleMeta } from '../types.js';
import type { Rule } from './rule.js';

export const registry: Rule[] = [];

export function findRuleMeta(idOrName: string): RuleMeta | undefined {
  return registry.find((r) => r.meta.id === idOrName || r.meta.name === idOrName)?.meta;
}
