// One target (a file or stdin): read, decode, lint or fix, write back or print the fixed text.
import { FileChanged, readPlain, type FileReader } from './file-memo.js';
import type { Catalogue } from './messages.js';
import type { PreviousText } from './previous.js';
import { decodeLazily, type DecodedText } from './texts.js';
import { CacheMiss, type TextLinter } from './cached-engine.js';
import { processText, type Processed } from './process-text.js';
import { encode, readAll } from './read.js';
import type { Target } from './files.js';
import type { CliIo, CliOptions, FileResult } from './types.js';
import { reasonOf } from './walk.js';
import { adoptMessages } from './adopt-messages.js';
import { OutsideTreeError, writeAtomic } from './write.js';

/** `failed`: the target could not be read, decoded or written (exit code 2). `skipped`: not a report. */
export type TargetOutcome = { kind: 'linted'; result: FileResult; incomplete?: true } | { kind: 'skipped' } | { kind: 'failed' };

export interface TargetEnv {
  o: CliOptions;
  io: CliIo;
  engine: TextLinter;
  m: Catalogue;
  say: (line: string) => void;
  /** Last year's report of the same agency, for the cross-report rules. */
  previous?: PreviousText;
  /** The file's text, when it was read and decoded already (texts.ts). */
  decoded?: DecodedText;
  /** How files are read (with --cache, through the memo of file-memo.ts). */
  reader?: FileReader;
}

export async function lintTarget(target: Target, env: TargetEnv): Promise<TargetOutcome> {
  const { o, io, m, say } = env;
  const decoded = env.decoded ?? (await readTarget(target, env));
  if (!decoded) return { kind: 'failed' };
  let done: Processed;
  try {
    done = processText(decoded, withPrevious(o, env.previous), env.engine);
  } catch (err) {
    if (err instanceof CacheMiss) throw err; // not in the cache: the run sends the file to a worker thread
    say(err instanceof FileChanged ? changedMessage(m, target.path, err) : m.engineFailed(target.path, firstLine(err)));
    return { kind: 'failed' };
  }
  for (const e of done.ruleErrors) say(m.ruleFailed(target.path, e.ruleId, firstLine(e.error)));
  // The fixed text goes to stdout with --fix-dry-run, and with --fix on stdin; unchanged text too, so pipes work.
  if (o.fixDryRun || (o.fix && target.kind === 'stdin')) io.stdout.write(encode(done.output ?? decoded.text, decoded));
  if (!done.isReport) {
    say(m.notReport(target.path));
    return { kind: 'skipped' };
  }
  if (o.fix && target.kind === 'file' && done.changed && done.output !== undefined) {
    try {
      await writeAtomic(target.abs, encode(done.output, decoded), target.root);
    } catch (err) {
      say(err instanceof OutsideTreeError ? adoptMessages(o.lang).outsideTree(target.path) : m.cannotWrite(target.path, reasonOf(err)));
      return { kind: 'failed' };
    }
  }
  const result = resultOf(target.path, done.output ?? decoded, done.findings, done.lines);
  // A rule that threw leaves the result incomplete: report what there is, but exit with 2.
  return { kind: 'linted', result, ...(done.ruleErrors.length > 0 ? { incomplete: true } : {}) };
}

/** The target's text, or undefined (said why) when it cannot be read or decoded. */
async function readTarget(target: Target, { io, m, say, reader = readPlain }: TargetEnv): Promise<DecodedText | undefined> {
  let decoded: ReturnType<FileReader['read']>;
  try {
    // A file is read synchronously: through the thread pool it costs several times the CPU, for no gain.
    decoded = target.kind === 'stdin' ? decodeLazily(await readAll(io.stdin)) : reader.read(target.abs);
  } catch (err) {
    say(m.cannotRead(target.path, reasonOf(err)));
    return undefined;
  }
  if (!decoded.ok) say(decoded.reason === 'nul' ? m.hasNul(target.path) : m.notUtf8(target.path));
  return decoded.ok ? decoded : undefined;
}

/** The options a target is linted with: the run's, and last year's report when there is one. */
export function withPrevious(o: CliOptions, previous: PreviousText | undefined): CliOptions {
  return previous ? { ...o, lint: { ...o.lint, previous } } : o;
}

/**
 * The file's result; its text, when it comes from a decoded file or another result, is read only when
 * read (by a formatter, for line numbers, unless they are known).
 */
export function resultOf(path: string, text: string | { readonly text: string }, findings: FileResult['findings'], lines: readonly number[] | undefined): FileResult {
  const known = lines ? { lines } : {};
  if (typeof text === 'string') return { path, text, findings, ...known };
  return {
    path,
    get text() {
      return text.text;
    },
    findings,
    ...known,
  };
}

/** A file remembered by --cache that changed during the run into one that cannot be read or decoded. */
function changedMessage(m: Catalogue, path: string, err: FileChanged): string {
  if (err.reason === 'unreadable') return m.cannotRead(path, reasonOf(err.detail));
  return err.reason === 'nul' ? m.hasNul(path) : m.notUtf8(path);
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n', 1)[0] ?? text;
}
