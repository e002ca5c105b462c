// One target (a file or stdin): read, decode, lint or fix, write back or print the fixed text.
import { readFileSync } from 'node:fs';
import type { Catalogue } from './messages.js';
import type { PreviousText } from './previous.js';
import type { DecodedText } from './texts.js';
import { processText, type Processed } from './process-text.js';
import { decode, encode, readAll } from './read.js';
import type { Target } from './files.js';
import type { CliIo, CliOptions, Engine, FileResult } from './types.js';
import { reasonOf } from './walk.js';
import { adoptMessages } from './adopt-messages.js';
import { OutsideTreeError, writeAtomic } from './write.js';

/** `failed`: the target could not be read, decoded or written (exit code 2). `skipped`: not a report. */
export type TargetOutcome = { kind: 'linted'; result: FileResult; incomplete?: true } | { kind: 'skipped' } | { kind: 'failed' };

export interface TargetEnv {
  o: CliOptions;
  io: CliIo;
  engine: Engine;
  m: Catalogue;
  say: (line: string) => void;
  /** Last year's report of the same agency, for the cross-report rules. */
  previous?: PreviousText;
  /** The file's text, when it was read and decoded already (texts.ts). */
  decoded?: DecodedText;
}

export async function lintTarget(target: Target, env: TargetEnv): Promise<TargetOutcome> {
  const { o, io, m, say } = env;
  const decoded = env.decoded ?? (await readTarget(target, env));
  if (!decoded) return { kind: 'failed' };
  let done: Processed;
  try {
    done = processText(decoded.text, env.previous ? { ...o, lint: { ...o.lint, previous: env.previous } } : o, env.engine);
  } catch (err) {
    say(m.engineFailed(target.path, firstLine(err)));
    return { kind: 'failed' };
  }
  for (const e of done.ruleErrors) say(m.ruleFailed(target.path, e.ruleId, firstLine(e.error)));
  // The fixed text goes to stdout with --fix-dry-run, and with --fix on stdin; unchanged text too, so pipes work.
  if (o.fixDryRun || (o.fix && target.kind === 'stdin')) io.stdout.write(encode(done.text, decoded));
  if (!done.isReport) {
    say(m.notReport(target.path));
    return { kind: 'skipped' };
  }
  if (o.fix && target.kind === 'file' && done.changed) {
    try {
      await writeAtomic(target.abs, encode(done.text, decoded), target.root);
    } catch (err) {
      say(err instanceof OutsideTreeError ? adoptMessages(o.lang).outsideTree(target.path) : m.cannotWrite(target.path, reasonOf(err)));
      return { kind: 'failed' };
    }
  }
  const result = { path: target.path, text: done.text, findings: done.findings };
  // A rule that threw leaves the result incomplete: report what there is, but exit with 2.
  return { kind: 'linted', result, ...(done.ruleErrors.length > 0 ? { incomplete: true } : {}) };
}

/** The target's text, or undefined (said why) when it cannot be read or decoded. */
async function readTarget(target: Target, { io, m, say }: TargetEnv): Promise<DecodedText | undefined> {
  let bytes: Uint8Array;
  try {
    // A file is read synchronously: through the thread pool it costs several times the CPU, for no gain.
    bytes = target.kind === 'stdin' ? await readAll(io.stdin) : readFileSync(target.abs);
  } catch (err) {
    say(m.cannotRead(target.path, reasonOf(err)));
    return undefined;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) say(decoded.reason === 'nul' ? m.hasNul(target.path) : m.notUtf8(target.path));
  return decoded.ok ? decoded : undefined;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n', 1)[0] ?? text;
}
