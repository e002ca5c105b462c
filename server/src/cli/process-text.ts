// One decoded text → its findings (and, with --fix / --fix-dry-run, its fixed text). No I/O here.
import type { Finding } from '../engine/index.js';
import type { TextLinter } from './cached-engine.js';
import type { DecodedText } from './texts.js';
import type { CliOptions } from './types.js';

export interface Processed {
  isReport: boolean;
  /** When fixing, the fixed text, which the findings refer to; else they refer to the input. */
  output?: string;
  changed: boolean;
  findings: Finding[];
  /** Rules that threw: their findings are missing, so the run is incomplete. */
  ruleErrors: Array<{ ruleId: string; error: string }>;
  /** Where the lines of the text the findings refer to start, when the cache knew (FileResult.lines). */
  lines?: readonly number[];
}

export function processText(d: DecodedText, o: Pick<CliOptions, 'fix' | 'fixDryRun' | 'quiet' | 'lint'>, linter: TextLinter): Processed {
  if (o.fix || o.fixDryRun) {
    // The engine's fixes keep the document's line endings, so the result refers to `output` as written.
    const { output, result } = linter.fixAll(d, o.lint);
    if (!result.isReport) return { isReport: false, output: d.text, changed: false, findings: [], ruleErrors: [] };
    return { isReport: true, output, changed: output !== d.text, findings: select(result.findings, o.quiet), ruleErrors: result.ruleErrors ?? [], ...lines(result) };
  }
  const result = linter.lint(d, o.lint);
  if (!result.isReport) return { isReport: false, changed: false, findings: [], ruleErrors: [] };
  return { isReport: true, changed: false, findings: select(result.findings, o.quiet), ruleErrors: result.ruleErrors ?? [], ...lines(result) };
}

function lines(result: { lines?: readonly number[] | undefined }): { lines?: readonly number[] } {
  return result.lines ? { lines: result.lines } : {};
}

/** Errors only with --quiet. (The formatters put findings in document order.) */
function select(findings: readonly Finding[], quiet: boolean): Finding[] {
  return findings.filter((f) => !quiet || f.severity === 'error');
}
