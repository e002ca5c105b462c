// Last year's report for each target (LintOptions.previous): the file named by --previous, or, without
// it, the same agency's report for the year before among the files being linted. The engine decides
// whether a report really is last year's; here we only find a candidate and read it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayPath, type Target } from './files.js';
import type { Catalogue } from './messages.js';
import { decode } from './read.js';
import type { CliIo, CliOptions, Engine } from './types.js';
import { reasonOf } from './walk.js';

export interface PreviousText {
  text: string;
  name: string;
}

export interface PreviousSource {
  /** Last year's report for a target, if there is one. */
  find(target: Target): Promise<PreviousText | undefined>;
  /** --previous named a file that could not be read (exit code 2). */
  failed: boolean;
}

async function readText(abs: string): Promise<string | undefined> {
  try {
    const d = decode(await readFile(abs));
    return d.ok ? d.text : undefined;
  } catch {
    return undefined; // reported when the file itself is linted
  }
}

const NONE: PreviousSource = { find: () => Promise.resolve(undefined), failed: false };

export async function previousSource(o: CliOptions, targets: readonly Target[], io: CliIo, engine: Engine, m: Catalogue, say: (line: string) => void): Promise<PreviousSource> {
  if (o.previous !== undefined) {
    const abs = resolve(io.cwd, o.previous);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(abs);
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
    return { find: () => Promise.resolve(found), failed: false };
  }
  const identify = engine.identify;
  const files = targets.filter((t) => t.kind === 'file');
  if (!identify || files.length < 2) return NONE;
  // Who wrote each file and for which year; the previous year's file is read again when needed.
  const byKey = new Map<string, string>();
  const keyOf = new Map<string, { agency: string; year: number }>();
  for (const t of files) {
    const text = await readText(t.abs);
    const id = text === undefined ? {} : identify(text);
    if (id.agency === undefined || id.year === undefined) continue;
    keyOf.set(t.abs, { agency: id.agency, year: id.year });
    byKey.set(`${id.agency}\u0000${id.year}`, t.abs);
  }
  return {
    failed: false,
    async find(target) {
      const id = target.kind === 'file' ? keyOf.get(target.abs) : undefined;
      const abs = id ? byKey.get(`${id.agency}\u0000${id.year - 1}`) : undefined;
      const text = abs ? await readText(abs) : undefined;
      return abs && text !== undefined ? { text, name: displayPath(abs, io.cwd) } : undefined;
    },
  };
}
