// --baseline FILE and --write-baseline FILE in a run: read the baseline before linting, take its
// findings out of each file's result, and at the end write the new baseline or say what it no
// longer needs. The file format is in baseline.ts.
import { promises as fsp } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { adoptMessages } from './adopt-messages.js';
import { entriesOf, parseBaseline, serializeBaseline, subtract, type BaselineEntry } from './baseline.js';
import type { Target } from './files.js';
import { resultOf } from './lint-target.js';
import type { Catalogue } from './messages.js';
import type { CliIo, CliOptions, FileResult } from './types.js';
import { reasonOf } from './walk.js';

export class BaselineRun {
  readonly #files: Map<string, BaselineEntry[]>;
  #suppressed = 0;
  #unused = 0;
  #written = 0;
  #writtenFiles = 0;

  private constructor(
    private readonly abs: string,
    private readonly shown: string,
    private readonly writing: boolean,
    files: Map<string, BaselineEntry[]>,
  ) {
    this.#files = files;
  }

  /** undefined: no baseline asked for; 'failed': it could not be read (already said; exit 2). */
  static async open(o: CliOptions, io: CliIo, m: Catalogue, say: (line: string) => void): Promise<BaselineRun | 'failed' | undefined> {
    const shown = o.writeBaseline ?? o.baseline;
    if (shown === undefined) return undefined;
    const abs = resolve(io.cwd, shown);
    const writing = o.writeBaseline !== undefined;
    let text: string;
    try {
      text = await fsp.readFile(abs, 'utf8');
    } catch (err) {
      if (writing) return new BaselineRun(abs, shown, true, new Map());
      say(m.cannotRead(shown, reasonOf(err)));
      return 'failed';
    }
    try {
      return new BaselineRun(abs, shown, writing, new Map(Object.entries(parseBaseline(text).files)));
    } catch (err) {
      if (writing) return new BaselineRun(abs, shown, true, new Map()); // rewritten whole
      say(adoptMessages(o.lang).baselineInvalid(shown, err instanceof Error ? err.message : String(err)));
      return 'failed';
    }
  }

  #key(target: Target, stdinName: string | undefined, cwd: string): string | undefined {
    const abs = target.kind === 'file' ? target.abs : stdinName !== undefined ? resolve(cwd, stdinName) : undefined;
    return abs === undefined ? undefined : relative(dirname(this.abs), abs).split(sep).join('/');
  }

  /** The result without the findings the baseline covers (with --write-baseline: all of them, recorded). */
  apply(target: Target, result: FileResult, o: CliOptions, cwd: string): FileResult {
    const key = this.#key(target, o.stdinFilename, cwd);
    if (key === undefined) return result;
    if (this.writing) {
      const reasons = new Map((this.#files.get(key) ?? []).filter((e) => e.reason).map((e) => [e.fingerprint, e.reason!]));
      // The text is read only for findings (one from --cache is otherwise never read).
      const entries = entriesOf(result.findings, result.findings.length > 0 ? result.text : '', reasons);
      this.#files.set(key, entries);
      this.#written += result.findings.length;
      if (result.findings.length > 0) this.#writtenFiles++;
      return resultOf(result.path, result, [], result.lines);
    }
    const { kept, suppressed, unused } = subtract(result.findings, result.findings.length > 0 ? result.text : '', this.#files.get(key) ?? []);
    this.#suppressed += suppressed;
    this.#unused += unused;
    return resultOf(result.path, result, kept, result.lines);
  }

  /** Writes the baseline (--write-baseline) or notes what it covered; false when it could not be written. */
  async finish(o: CliOptions, m: Catalogue, say: (line: string) => void): Promise<boolean> {
    const am = adoptMessages(o.lang);
    if (!this.writing) {
      if (this.#suppressed > 0) say(am.baselineSuppressed(this.#suppressed));
      if (this.#unused > 0) say(am.baselineUnused(this.#unused, this.shown));
      return true;
    }
    try {
      await fsp.mkdir(dirname(this.abs), { recursive: true });
      await fsp.writeFile(this.abs, serializeBaseline(this.#files), 'utf8');
    } catch (err) {
      say(m.cannotWrite(this.shown, reasonOf(err)));
      return false;
    }
    say(am.baselineWritten(this.shown, this.#written, this.#writtenFiles));
    return true;
  }
}
