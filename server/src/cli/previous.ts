// Last year's report for each target (LintOptions.previous): the file named by --previous, or, without
// it, the same agency's report for the year before among the files being linted. The engine decides
// whether a report really is last year's; here we only find a candidate and read it. Every file's
// identity is needed before the first lint: the engine reads it from the head of the text as text (a
// few microseconds; with --cache, from the cache), and the files are read synchronously, which is
// several times cheaper than through the thread pool and holds nothing up (no lint has started yet);
// the texts the run will lint are kept for it (texts.ts). Last year's text is decoded only when read.
import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath, type Target } from './files.js';
import type { Catalogue } from './messages.js';
import { decode } from './read.js';
import { readPlain, type FileReader, type Read } from './file-memo.js';
import { TextStore, type DecodedText } from './texts.js';
import type { CliIo, CliOptions } from './types.js';
import { reasonOf } from './walk.js';

export interface PreviousText {
  readonly text: string;
  readonly name: string;
  /** Stands for the text in cache keys (see texts.ts). */
  readonly key?: string;
}

/** Last year's text as read from its file (decoded when read). */
function previousText(d: DecodedText, name: string): PreviousText {
  return {
    get text() {
      return d.text;
    },
    name,
    ...(d.key !== undefined ? { key: d.key } : {}),
  };
}

/** A copy that can be sent to a worker thread (the text decoded now). */
export function portablePrevious(p: PreviousText): PreviousText {
  return { text: p.text, name: p.name, ...(p.key !== undefined ? { key: p.key } : {}) };
}

export interface PreviousSource {
  /** Last year's report for a target, if there is one. */
  find(target: Target): PreviousText | undefined;
  /** --previous named a file that could not be read (exit code 2). */
  failed: boolean;
}

function readDecoded(reader: FileReader, abs: string): Read | undefined {
  try {
    return reader.read(abs);
  } catch {
    return undefined; // reported when the file itself is linted
  }
}

/** Where pairing keeps the texts it reads: `texts`, for the targets `wanted` says (the run's own). */
export interface Keep {
  texts: TextStore;
  wanted(target: Target): boolean;
}

/** How pairing reads: `identify` is the engine's reading of who wrote a text and for which year (none: no pairing). */
export interface Pairing {
  identify: ((d: DecodedText) => { agency?: string; year?: number }) | undefined;
  keep?: Keep | undefined;
  reader?: FileReader;
}

const NONE: PreviousSource = { find: () => undefined, failed: false };

export async function previousSource(
  o: CliOptions,
  targets: readonly Target[],
  io: CliIo,
  m: Catalogue,
  say: (line: string) => void,
  { identify, keep, reader = readPlain }: Pairing,
): Promise<PreviousSource> {
  if (o.previous !== undefined) {
    const abs = resolve(io.cwd, o.previous);
    let bytes: Uint8Array;
    try {
      bytes = await fsp.readFile(abs);
    } catch (err) {
      say(m.cannotRead(o.previous, reasonOf(err)));
      return { ...NONE, failed: true };
    }
    const d = decode(bytes);
    if (!d.ok) {
      say(d.reason === 'nul' ? m.hasNul(o.previous) : m.notUtf8(o.previous));
      return { ...NONE, failed: true };
    }
    const found = { text: d.text, name: displayPath(abs, io.cwd) };
    return { find: () => found, failed: false };
  }
  const files = targets.filter((t) => t.kind === 'file');
  if (!identify || files.length < 2) return NONE;
  // Who wrote each file and for which year; last year's file is read again only with --fix or past the budget.
  const byKey = new Map<string, string>();
  const keyOf = new Map<string, { agency: string; year: number }>();
  // The texts read here, for last year's reports (not with --fix, where they change): within a budget.
  const read = keep ? new TextStore(keep.texts.budget) : undefined;
  for (const t of files) {
    const d = readDecoded(reader, t.abs);
    if (d?.ok && keep?.wanted(t)) keep.texts.keep(t.abs, d);
    if (d?.ok) read?.keep(t.abs, d);
    const id = d?.ok ? identify(d) : {};
    if (id.agency === undefined || id.year === undefined) continue;
    keyOf.set(t.abs, { agency: id.agency, year: id.year });
    byKey.set(`${id.agency}\u0000${id.year}`, t.abs);
  }
  const lastYears = new Map<string, DecodedText | undefined>();
  for (const { agency, year } of keyOf.values()) {
    const abs = byKey.get(`${agency}\u0000${year - 1}`);
    if (abs !== undefined) lastYears.set(abs, read?.take(abs));
  }
  return {
    failed: false,
    find(target) {
      const id = target.kind === 'file' ? keyOf.get(target.abs) : undefined;
      const abs = id ? byKey.get(`${id.agency}\u0000${id.year - 1}`) : undefined;
      const d = abs ? (lastYears.get(abs) ?? readDecoded(reader, abs)) : undefined;
      return abs && d?.ok ? previousText(d, displayPath(abs, io.cwd)) : undefined;
    },
  };
}
