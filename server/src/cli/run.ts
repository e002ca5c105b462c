// The lint run: resolve the arguments, lint each target in turn, stream or collect the report, exit code.
import { resolve } from 'node:path';
import { helpText } from './help.js';
import { parseCli } from './args.js';
import { useColor } from './color.js';
import { countFindings } from './counts.js';
import { EXIT_FAILURE, EXIT_OK, exitCode } from './exit-code.js';
import { resolveTargets } from './files.js';
import { formatters } from './formatters/index.js';
import { lintEach } from './lint-each.js';
import { BaselineRun } from './baseline-run.js';
import { openProject, type Project } from './project.js';
import { messages } from './messages.js';
import { fileSink, streamSink } from './output.js';
import type { CliIo, CliOptions, Engine, FileResult } from './types.js';

const PREFIX = 'disclosure-lint: ';

/** main() with the engine as a parameter, so the adapter can be tested against a stand-in engine. */
export async function runCli(argv: readonly string[], io: CliIo, engine: Engine, version: string): Promise<number> {
  // `disclosure-lint import FILE`: a subcommand; every other command line is the lint (a file named
  // "import" is linted as ./import).
  // Loaded on demand: the bundle keeps the import subcommand (and its converters) in dist/import.js.
  if (argv[0] === 'import') return (await import('./import-command.js')).runImport(argv.slice(1), io);
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
  // The project configuration (.disclosure-lint.*, --config, --no-config) may set the language.
  const opened = openProject(o, io, engine);
  if (!opened.ok) {
    io.stderr.write(`${PREFIX}${opened.message}\n`);
    return EXIT_FAILURE;
  }
  return lintAll(opened.options, io, engine, opened.project);
}

async function lintAll(o: CliOptions, io: CliIo, engine: Engine, project: Project): Promise<number> {
  const m = messages(o.lang);
  const say = (line: string): void => {
    io.stderr.write(`${PREFIX}${line}\n`);
  };
  const { targets: found, failed: unresolved } = await resolveTargets(o.patterns, io.cwd, m, say, o.stdinFilename);
  // Each file's configuration, read before anything is linted; ignored files are left out here.
  const plan = project.plan(found, say);
  if (plan.error !== undefined) {
    say(plan.error);
    return EXIT_FAILURE;
  }
  const targets = plan.targets;
  const baseline = await BaselineRun.open(o, io, m, say);
  if (baseline === 'failed') return EXIT_FAILURE;
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
  // Paired with last year's reports, sharded, cached and on worker threads, in order: see lint-each.ts.
  const each = await lintEach(targets, { o, io, engine, m, say, optionsFor: (t) => project.optionsFor(t) });
  if (each.failed) failed = true;
  for await (const { target, outcome } of each.outcomes) {
    if (outcome.kind === 'failed' || (outcome.kind === 'linted' && outcome.incomplete)) failed = true;
    if (outcome.kind !== 'linted') continue;
    const result = baseline ? baseline.apply(target, outcome.result, o, io.cwd) : outcome.result;
    results.push(result);
    if (formatter.file) sink.write(formatter.file(result, ctx));
  }
  sink.write(formatter.end(results, ctx));
  try {
    await sink.close();
  } catch (err) {
    say(m.cannotWrite(o.outputFile ?? '', (err as { code?: string }).code ?? String(err)));
    failed = true;
  }
  if (baseline && !(await baseline.finish(o, m, say))) failed = true;
  const { code, note } = exitCode({ counts: countFindings(results), failed, maxWarnings: o.maxWarnings, exitZero: o.exitZero }, m);
  if (note !== undefined) say(note);
  return code;
}
