// One decoded text → its findings (and, with --fix / --fix-dry-run, its fixed text). No I/O here.
import type { Finding } from '../engine/index.js';
import type { CliOptions, Engine } from './types.js';

export interface Processed {
  isReport: boolean;
  /** The text the findings refer to: the fixed text when fixing, else the input. */
  text: string;
  changed: boolean;
  findings: Finding[];
  /** Rules that threw: their findings are missing, so the run is incomplete. */
  ruleErrors: Array<{ ruleId: string; error: string }>;
}

export function processText(text: string, o: Pick<CliOptions, 'fix' | 'fixDryRun' | 'quiet' | 'lint'>, engine: Engine): Processed {
  if (o.fix || o.fixDryRun) {
    // The engine's fixes keep the document's line endings, so the result refers to `output` as written.
    const { output, result } = engine.fixAll(text, o.lint);
    if (!result.isReport) return { isReport: false, text, changed: false, findings: [], ruleErrors: [] };
    return { isReport: true, text: output, changed: output !== text, findings: select(result.findings, o.quiet), ruleErrors: result.ruleErrors ?? [] };
  }
  const result = engine.lint(text, o.lint);
  if (!result.isReport) return { isReport: false, text, changed: false, findings: [], ruleErrors: [] };
  return { isReport: true, text, changed: false, findings: select(result.findings, o.quiet), ruleErrors: result.ruleErrors ?? [] };
}

/** Errors only with --quiet. (The formatters put findings in document order.) */
function select(findings: readonly Finding[], quiet: boolean): Finding[] {
  return findings.filter((f) => !quiet || f.severity === 'error');
}
