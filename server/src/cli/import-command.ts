// `disclosure-lint import FILE [-o OUT] [--force]`: a report (PDF text, web page, Word document) as
// standard Markdown on stdout or in a NEW file. The source is only ever read; an existing output
// file is refused unless --force, and the source itself is refused always.
import { realpath, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { IMPORT_EXTENSIONS, ImportError, importFile, sourceKind } from '../import/file.js';
import type { ImportResult } from '../import/index.js';
import { parseImportArgs, type ImportOptions } from './import-args.js';
import { importMessages, type ImportCatalogue } from './import-messages.js';
import { messages, type Catalogue } from './messages.js';
import type { CliIo } from './types.js';
import { displayWidth, padEnd } from './width.js';

const PREFIX = 'disclosure-lint import: ';
const EXIT_OK = 0;
const EXIT_FAILURE = 2;

export function importHelpText(im: ImportCatalogue): string {
  const width = Math.max(...im.options.map(([flags]) => displayWidth(flags))) + 2;
  const options = im.options.map(([flags, text]) => `  ${padEnd(flags, width)}${text}`);
  return [im.usage, '', im.intro, '', im.optionsTitle, ...options, '', im.exitCodes, ''].join('\n');
}

const same = async (a: string, b: string): Promise<boolean> => a === b || (await realpath(a).catch(() => a)) === (await realpath(b).catch(() => b));

/** Why the conversion failed, in words; undefined for an unexpected failure (rethrown). */
function describeFailure(err: unknown, file: string, m: Catalogue, im: ImportCatalogue): string | undefined {
  if (err instanceof ImportError) {
    if (err.code === 'decode') return im.cannotDecode(file);
    if (err.code === 'docx') return im.badDocx(file, err.message);
    return im.unsupported(file, IMPORT_EXTENSIONS.join(' '));
  }
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return m.notFound(file);
  if (typeof code === 'string') return m.cannotRead(file, code);
  return undefined;
}

async function convert(o: ImportOptions, io: CliIo, say: (line: string) => void): Promise<number> {
  const m = messages(o.lang);
  const im = importMessages(o.lang);
  const source = resolve(io.cwd, o.file);
  if (!sourceKind(source)) {
    say(im.unsupported(o.file, IMPORT_EXTENSIONS.join(' ')));
    return EXIT_FAILURE;
  }
  let result: ImportResult;
  try {
    result = await importFile(source);
  } catch (err) {
    const why = describeFailure(err, o.file, m, im);
    if (why === undefined) throw err;
    say(why);
    return EXIT_FAILURE;
  }
  if (result.title === undefined) say(im.noTitle);
  if (result.tables.other > 0) say(im.unrecognised(result.tables.other));
  if (o.output === undefined) {
    io.stdout.write(result.markdown);
    return EXIT_OK;
  }
  const target = resolve(io.cwd, o.output);
  if (await same(source, target)) {
    say(im.sameAsSource(o.output));
    return EXIT_FAILURE;
  }
  try {
    await writeFile(target, result.markdown, { encoding: 'utf8', flag: o.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    say(code === 'EEXIST' ? im.exists(o.output) : m.cannotWrite(o.output, code));
    return EXIT_FAILURE;
  }
  say(im.done(o.file, relative(io.cwd, target) || o.output, result.tables.recognised));
  return EXIT_OK;
}

/** Runs `import` with the arguments after the word "import"; resolves to the exit code. */
export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string): void => {
    io.stderr.write(`${PREFIX}${line}\n`);
  };
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    say(parsed.message);
    io.stderr.write(`${importMessages(parsed.lang).usage}\n`);
    return EXIT_FAILURE;
  }
  if (parsed.options.help) {
    io.stdout.write(importHelpText(importMessages(parsed.options.lang)));
    return EXIT_OK;
  }
  return convert(parsed.options, io, say);
}
