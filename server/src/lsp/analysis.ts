// One analysis per document version: the report model and its findings, computed once and shared
// by diagnostics, code actions, hovers, completions and the outline. Never a module-global cache:
// the store belongs to the server instance.
import { URI } from 'vscode-uri';
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ParseCache, buildReport, lintReport, type LintOptions, type LintResult, type Report } from '../engine/index.js';
import type { Settings } from './protocol.js';

/** A document version's findings; the model too when it was linted here (not on the worker). */
export interface Findings {
  uri: string;
  version: number;
  report?: Report;
  result: LintResult;
  options: LintOptions;
}

export interface Analysis extends Findings {
  report: Report;
}

export function included(uri: string, s: Settings): boolean {
  if (s.include.length === 0) return false;
  const path = URI.parse(uri).fsPath.replace(/\\/gu, '/');
  return s.include.some((glob) => picomatch(glob, { dot: true, matchBase: !glob.includes('/') })(path));
}

export class AnalysisStore {
  readonly #byUri = new Map<string, Analysis>();
  /** Each document's parsed pieces: an edit re-parses only the piece it falls in. */
  readonly #parses = new Map<string, ParseCache>();

  get(doc: TextDocument): Analysis | undefined {
    const a = this.#byUri.get(doc.uri);
    return a && a.version === doc.version ? a : undefined;
  }

  /** The last analysis, even of an older version (for requests that tolerate staleness). */
  latest(uri: string): Analysis | undefined {
    return this.#byUri.get(uri);
  }

  analyze(doc: TextDocument, options: LintOptions): Analysis {
    const text = doc.getText();
    let cache = this.#parses.get(doc.uri);
    if (!cache) this.#parses.set(doc.uri, (cache = new ParseCache()));
    const report = buildReport(text, options, cache);
    const result = lintReport(report, options);
    const a = { uri: doc.uri, version: doc.version, report, result, options };
    this.#byUri.set(doc.uri, a);
    return a;
  }

  delete(uri: string): void {
    this.#byUri.delete(uri);
    this.#parses.delete(uri);
  }

  /** Everything may lint differently now (a configuration file changed). */
  clear(): void {
    this.#byUri.clear();
  }
}
