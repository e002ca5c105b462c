// The command-line options for adopting the linter in a project: --config, --no-config, --baseline,
// --write-baseline. Parsed with the rest in args.ts; checked here.
import type { Lang } from '../engine/index.js';
import { adoptMessages } from './adopt-messages.js';
import type { CliOptions } from './types.js';

export const ADOPT_OPTIONS = {
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
} as const;

export interface AdoptValues {
  config?: string;
  'no-config'?: boolean;
  baseline?: string;
  'write-baseline'?: string;
  lang?: string;
}

export type AdoptOptions = Pick<CliOptions, 'config' | 'noConfig' | 'baseline' | 'writeBaseline' | 'langGiven'>;

/** The options, or the usage error to report. */
export function adoptOptions(v: AdoptValues, lang: Lang): AdoptOptions | string {
  const m = adoptMessages(lang);
  if (v.config !== undefined && v['no-config']) return m.configConflict;
  if (v.baseline !== undefined && v['write-baseline'] !== undefined) return m.baselineConflict;
  return {
    ...(v.config !== undefined ? { config: v.config } : {}),
    ...(v['no-config'] ? { noConfig: true } : {}),
    ...(v.baseline !== undefined ? { baseline: v.baseline } : {}),
    ...(v['write-baseline'] !== undefined ? { writeBaseline: v['write-baseline'] } : {}),
    ...(v.lang !== undefined ? { langGiven: true } : {}),
  };
}
