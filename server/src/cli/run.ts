// The lint run: resolve the arguments, lint each target in turn, stream or collect the report, exit code.
import { resolve } from 'node:path';
import { helpText } from './help.js';
import { runImport } from './import-command.js';
import { parseCli } from './args.js';
import { useColor } from './color.js';
import { countFindings } from './counts.js';
import { EXIT_FAILURE, EXIT_OK, exitCode } from './exit-code.js';
import { resolveTargets } from './files.js';
import { formatters } from './formatters/index.js';
import { lintTarget } from './lint-target.js';
import { previousSource } from './previous.js';
import { messages } from './messages.js';
import { fileSink, streamSink } from './output.js';
import type { CliIo, CliOptions, Engine, FileResult } from './types.js';

const PREFIX = 'disclosure-lint: ';

/** main() with the engine as a parameter, so the adapter can be tested against a stand-in engine. */
export async function runCli(argv: readonly string[], io: CliIo, engine: Engine, version: string): Promise<number> {
  // `disclosure-lint import FILE`: a subcommand; every other command line is the lint (a file named
  // "import" is linted as ./import).
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  const parsed = parseCli(argv, (id) => engine.findRuleMeta(id));
  if (!parsed.ok) {
    io.stderr.write(`${PREFIX}${parsed.message}\n${messages(parsed.lang).seeHelp}\n`);
    return EXIT_FAILURE;
  }
  const o = parsed.options;
  if (o.help) {
    io.stdout.write(helpText(o.lang));
    return EXIT_OK;
  }
  if (o.version) {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  return lintAll(o, io, engine);
}

async function lintAll(o: CliOptions, io: CliIo, engine: Engine): Promise<number> {
  const m = messages(o.lang);
  const say = (line: string): void => {
    io.stderr.write(`${PREFIX}${line}\n`);
  };
  const { targets, failed: unresolved } = await resolveTargets(o.patterns, io.cwd, m, say, o.stdinFilename);
  let failed = unresolved;
  if (o.fixDryRun && targets.length !== 1) {
    if (!failed) say(m.dryRunSingle(targets.length));
    return EXIT_FAILURE;
  }
  // When stdout carries fixed text, the report moves to stderr (or to --output-file).
  const textOnStdout = o.fixDryRun || (o.fix && targets.some((t) => t.kind === 'stdin'));
  const reportStream = textOnStdout ? io.stderr : io.stdout;
  const outputFile = o.outputFile === undefined ? undefined : resolve(io.cwd, o.outputFile);
  const sink = outputFile ? fileSink(outputFile) : streamSink(reportStream);
  const ctx = { lang: o.lang, color: !outputFile && useColor(reportStream, io.env ?? process.env, o.noColor) };
  const formatter = formatters[o.format];
  const results: FileResult[] = [];
  const previous = await previousSource(o, targets, io, engine, m, say);
  if (previous.failed) failed = true;
  for (const target of targets) {
    const prev = await previous.find(target);
    const outcome = await lintTarget(target, { o, io, engine, m, say, ...(prev ? { previous: prev } : {}) });
    if (outcome.kind === 'failed' || (outcome.kind === 'linted' && outcome.incomplete)) failed = true;
    if (outcome.kind !== 'linted') continue;
    results.push(outcome.result);
    if (formatter.file) sink.write(formatter.file(outcome.result, ctx));
  }
  sink.write(formatter.end(results, ctx));
  try {
    await sink.close();
  } catch (err) {
    say(m.cannotWrite(o.outputFile ?? '', (err as { code?: string }).code ?? String(err)));
    failed = true;
  }
  const { code, note } = exitCode({ counts: countFindings(results), failed, maxWarnings: o.maxWarnings, exitZero: o.exitZero }, m);
  if (note !== undefined) say(note);
  return code;
}
