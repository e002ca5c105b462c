// `npm run bench` (after `node esbuild.mjs`): generates the inputs into a temporary folder, measures
// (1) the engine against the parse floor, (2) the CLI against markdownlint-cli2 and with --cache,
// (3) the language server's didChange → diagnostics, (4) the stress files; prints a table and writes
// bench/results.json. Options: --reports N (default 1000), --skip engine,cli,server,stress, --keep.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { benchCli } from './cli-bench.js';
import { writeCorpus } from './corpus.js';
import { benchEngine, type BenchEngine } from './engine-bench.js';
import { benchServer } from './lsp-bench.js';
import { machine } from './measure.js';
import { render, targets, type Results } from './report.js';
import { benchStress } from './stress-bench.js';

const ROOT = join(__dirname, '..');
/** The whole run, building included, stays under 10 minutes: the stress files get what is left. */
const BUDGET_MS = 9 * 60_000;

async function main(): Promise<void> {
  const started = Date.now();
  const { values } = parseArgs({ options: { reports: { type: 'string' }, skip: { type: 'string' }, keep: { type: 'boolean' } } });
  const count = Number(values.reports ?? 1000);
  const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
  const log = (s: string): void => console.log(s);
  if (!existsSync(join(ROOT, 'dist/cli.js')) || !existsSync(join(ROOT, 'dist/server.js'))) throw new Error('dist/ is not built: run `node esbuild.mjs` (npm run bench does)');
  const tmp = mkdtempSync(join(tmpdir(), 'disclosure-lint-bench-'));
  const results: Results = { date: new Date().toISOString(), machine: machine(), corpus: {} };
  try {
    // The programs, frozen now: others may rebuild dist/ while this runs.
    for (const f of ['dist/cli.js', 'dist/engine.js', 'dist/server.js', 'bin/disclosure-lint.js']) cpSync(join(ROOT, f), join(tmp, 'pkg', f));
    const bin = join(tmp, 'pkg/bin/disclosure-lint.js');
    const serverJs = join(tmp, 'pkg/dist/server.js');
    const engineJs = join(tmp, 'engine.js');
    await esbuild.build({
      entryPoints: [join(ROOT, 'bench/engine-entry.ts')], bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile: engineJs, logLevel: 'warning',
      banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" }, define: { 'import.meta.url': '__import_meta_url' },
    });
    const engine = require(engineJs) as BenchEngine; // eslint-disable-line @typescript-eslint/no-require-imports
    log(`Generating ${count} reports and the stress files in ${tmp} …`);
    const corpus = writeCorpus(tmp, count);
    const { texts, doc16k, stress, ...described } = corpus;
    results.corpus = { ...described, reports: texts.length, doc16kBytes: Buffer.byteLength(doc16k), stress: stress.map(({ name, bytes, chars }) => ({ name, bytes, chars })) };
    log(`  ${texts.length} reports, ${described.bytes.min}–${described.bytes.max} bytes (median ${described.bytes.median}), ${described.defects} with a planted defect, versions ${JSON.stringify(described.versions)}`);
    if (!skip.has('engine')) {
      log('(1) engine vs parse …');
      results.engine = benchEngine(engine, texts);
    }
    if (!skip.has('cli')) {
      log('(2) CLI vs markdownlint-cli2 …');
      const markdownlint = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
      const cacheFile = join(tmp, 'cache/.disclosure-lint-cache');
      mkdirSync(join(tmp, 'cache'), { recursive: true });
      const withJobs1 = Date.now() - started < BUDGET_MS * 0.1;
      results.cli = await benchCli({ bin, markdownlint, reportsDir: corpus.dir, cacheFile, scratch: tmp, files: count, withJobs1 }, log);
    }
    if (!skip.has('server')) {
      log('(3) server didChange → diagnostics …');
      results.server = await benchServer(serverJs, tmp, doc16k, engine);
    }
    if (!skip.has('stress')) {
      log('(4) stress files …');
      const files = stress.map((s) => ({ ...s, text: readFileSync(s.file, 'utf8') }));
      results.stress = await benchStress(files, { engineJs, bin, serverJs, scratch: tmp, deadline: started + BUDGET_MS - 10_000 }, log);
    }
    results.targets = targets(results);
    results.seconds = Math.round((Date.now() - started) / 1000);
    log('');
    log(render(results));
    log(`\n${results.seconds} s in all; results in bench/results.json`);
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    if (values.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
