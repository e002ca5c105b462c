// Data passed between the CLI's modules: what was asked for, and what one file produced.
import type { Finding, FixAllResult, Lang, LintOptions, LintResult, RuleMeta } from '../engine/index.js';
import type { PerfOptions } from './perf-args.js';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** Environment for NO_COLOR; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** The parsed command line (with the throughput options of perf-args.ts). */
export interface CliOptions extends PerfOptions {
  patterns: string[];
  format: OutputFormat;
  fix: boolean;
  fixDryRun: boolean;
  /** -1: unlimited. */
  maxWarnings: number;
  lang: Lang;
  lint: LintOptions;
  quiet: boolean;
  exitZero: boolean;
  outputFile?: string;
  stdinFilename?: string;
  /** --previous: last year's report of the same agency, for the cross-report rules. */
  previous?: string;
  /** --config FILE: this configuration for every file; --no-config: none (see server/src/config). */
  config?: string;
  noConfig?: boolean;
  /** --lang was given, so it overrides a configuration's `language`. */
  langGiven?: boolean;
  /** --baseline FILE: report only findings not in it; --write-baseline FILE: record today's findings. */
  baseline?: string;
  writeBaseline?: string;
  noColor: boolean;
  help: boolean;
  version: boolean;
}

/** What one linted file (or stdin) produced; `path` is shown to people (relative to cwd, forward slashes). */
export interface FileResult {
  path: string;
  /** The text the findings' offsets refer to (after fixing, without a BOM). */
  text: string;
  findings: Finding[];
  /**
   * Where the text's lines start (LineIndex.encoded), when known without the text: a result from
   * --cache is placed without reading its file again.
   */
  lines?: readonly number[];
}

/** What the formatters need besides the results. */
export interface FormatContext {
  lang: Lang;
  color: boolean;
}

/** The two engine entry points the CLI uses; injectable so the adapter can be tested on its own. */
export interface Engine {
  lint(text: string, options: LintOptions): LintResult;
  fixAll(text: string, options: LintOptions): FixAllResult;
  /** For checking --rule ids. */
  findRuleMeta(idOrName: string): RuleMeta | undefined;
  /** Agency and year of a report, to find last year's among the files linted (optional). */
  identify?(text: string): { agency?: string; year?: number };
  /** The program file a worker thread can start from to run this same engine (--jobs; see worker.ts). */
  workerFile?: string;
  /** The engine's version, part of every --cache key. */
  version?: string;
  /** The files the engine's code is in (the bundles), for the --cache identity. */
  programFiles?: readonly string[];
  /** What stands for their content in that identity (hashes of them), when known without reading them. */
  buildHash?: string;
}
