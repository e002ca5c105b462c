// Command line → CliOptions, with node:util parseArgs (strict). Bad input becomes a message, not a throw.
import { parseArgs } from 'node:util';
import type { Lang, RuleMeta, SeveritySetting } from '../engine/index.js';
import { engineModule } from '../lazy.js';
import { adoptOptions, ADOPT_OPTIONS } from './adopt-args.js';
import { perfOptions, PERF_OPTIONS } from './perf-args.js';
import { messages, type Catalogue } from './messages.js';
import type { CliOptions, OutputFormat } from './types.js';

export type ParseOutcome = { ok: true; options: CliOptions } | { ok: false; lang: Lang; message: string };

const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'github'];
const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const VERSIONS = ['2019', '2021'] as const;
const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  lang: { type: 'string' },
  'format-version': { type: 'string' },
  rule: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  quiet: { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  previous: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...ADOPT_OPTIONS,
  ...PERF_OPTIONS,
} as const;

class UsageError extends Error {}

type FindRule = (idOrName: string) => RuleMeta | undefined;

export function parseCli(argv: readonly string[], findRule: FindRule = (id) => engineModule().findRuleMeta(id)): ParseOutcome {
  const lang = guessLang(argv);
  const m = messages(lang);
  try {
    return { ok: true, options: toOptions(argv, m, findRule) };
  } catch (err) {
    if (err instanceof UsageError) return { ok: false, lang, message: err.message };
    const e = err as { code?: string; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS_')) return { ok: false, lang, message: describe(e.code, e.message ?? '', m) };
    throw err;
  }
}

function toOptions(argv: readonly string[], m: Catalogue, findRule: FindRule): CliOptions {
  const { values: v, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  const format = oneOf('--format', v.format ?? 'stylish', FORMATS, m);
  const lang = oneOf('--lang', v.lang ?? 'zh-CN', LANGS, m);
  const formatVersion = v['format-version'] === undefined ? undefined : oneOf('--format-version', v['format-version'], VERSIONS, m);
  const rules = parseRules(v.rule ?? [], m, findRule);
  const adopt = adoptOptions(v, lang);
  if (typeof adopt === 'string') throw new UsageError(adopt);
  const perf = perfOptions(v, positionals, lang);
  if (typeof perf === 'string') throw new UsageError(perf);
  const options: CliOptions = {
    patterns: positionals,
    format,
    fix: v.fix === true,
    fixDryRun: v['fix-dry-run'] === true,
    maxWarnings: parseMaxWarnings(v['max-warnings'], m),
    lang,
    lint: { lang, ...(formatVersion ? { format: formatVersion } : {}), ...(rules ? { rules } : {}), ...(v.force ? { force: true } : {}) },
    quiet: v.quiet === true,
    exitZero: v['exit-zero'] === true,
    ...(v['output-file'] !== undefined ? { outputFile: v['output-file'] } : {}),
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    ...(v.previous !== undefined ? { previous: v.previous } : {}),
    ...adopt,
    ...perf,
    noColor: v['no-color'] === true,
    help: v.help === true,
    version: v.version === true,
  };
  if (options.help || options.version) return options;
  checkCombinations(options, m);
  return options;
}

function checkCombinations(o: CliOptions, m: Catalogue): void {
  if (o.fix && o.fixDryRun) throw new UsageError(m.fixConflict);
  const stdin = o.patterns.filter((p) => p === '-').length;
  if (stdin > 0 && o.patterns.length > 1) throw new UsageError(m.stdinAlone);
  if (o.stdinFilename !== undefined && stdin === 0) throw new UsageError(m.stdinFilenameAlone);
  if (o.patterns.length === 0) throw new UsageError(m.noInput);
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], m: Catalogue): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(m.badValue(option, value, allowed.join(', ')));
}

function parseMaxWarnings(value: string | undefined, m: Catalogue): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(m.badMaxWarnings(value));
  return Number(value.trim());
}

function parseRules(values: readonly string[], m: Catalogue, findRule: FindRule): Record<string, SeveritySetting> | undefined {
  if (values.length === 0) return undefined;
  const rules: Record<string, SeveritySetting> = {};
  for (const item of values.flatMap((s) => s.split(','))) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(item);
    if (!match) throw new UsageError(m.badRule(item));
    const [, id = '', severity = ''] = match;
    const level = oneOf('--rule', severity, SEVERITIES, m);
    if (!findRule(id)) throw new UsageError(m.unknownRule(id));
    rules[id] = level;
  }
  return rules;
}

/** parseArgs' errors are English and wordy; say the same thing in the user's language. */
function describe(code: string, message: string, m: Catalogue): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? message;
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-[\w]/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return m.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(message) ? m.noValueAllowed(option) : m.missingValue(option);
  }
  return message;
}

/** The language for messages about the command line itself, read before the line is parsed. */
function guessLang(argv: readonly string[]): Lang {
  let lang: Lang = 'zh-CN';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a?.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'zh-CN') lang = value;
  }
  return lang;
}
