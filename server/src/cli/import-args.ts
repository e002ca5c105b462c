// `disclosure-lint import` arguments → options, with node:util parseArgs (strict). Bad input becomes
// a message in the user's language, never a throw.
import { parseArgs } from 'node:util';
import type { Lang } from '../engine/index.js';
import { importMessages } from './import-messages.js';
import { messages } from './messages.js';

export interface ImportOptions {
  file: string;
  output?: string;
  force: boolean;
  lang: Lang;
  help: boolean;
}

export type ImportParse = { ok: true; options: ImportOptions } | { ok: false; lang: Lang; message: string };

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function guessLang(argv: readonly string[]): Lang {
  let lang: Lang = 'zh-CN';
  argv.forEach((a, i) => {
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'zh-CN') lang = value;
  });
  return lang;
}

export function parseImportArgs(argv: readonly string[]): ImportParse {
  const lang = guessLang(argv);
  const m = messages(lang);
  const im = importMessages(lang);
  const fail = (message: string): ImportParse => ({ ok: false, lang, message });
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const option = /'(-[-\w]*)/.exec(e.message ?? '')?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return fail(m.unknownOption(option));
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return fail(/does not take/.test(e.message ?? '') ? m.noValueAllowed(option) : m.missingValue(option));
    throw err;
  }
  const { values: v, positionals } = parsed;
  if (v.lang !== undefined && v.lang !== 'en' && v.lang !== 'zh-CN') return fail(m.badValue('--lang', v.lang, 'zh-CN, en'));
  const help = v.help === true;
  if (!help && positionals.length === 0) return fail(im.noFile);
  if (!help && positionals.length > 1) return fail(im.oneFile(positionals.length));
  return {
    ok: true,
    options: { file: positionals[0] ?? '', ...(v.output !== undefined ? { output: v.output } : {}), force: v.force === true, lang, help },
  };
}
