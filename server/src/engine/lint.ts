// lint(text, options) → findings. Parse once, build the model once, run every rule over it.
import { render } from './i18n/messages.js';
import { buildReport, type Report } from './model/report.js';
import { RULES } from './rules/index.js';
import type { RuleFinding } from './rules/rule.js';
import type { Finding, Lang, LintOptions, LintResult, Severity, SeveritySetting } from './types.js';

function severityFor(options: LintOptions, id: string, name: string, fallback: Severity): SeveritySetting {
  return options.rules?.[id] ?? options.rules?.[name] ?? fallback;
}

function toFinding(f: RuleFinding, id: string, name: string, severity: Severity, lang: Lang): Finding {
  const data = f.data ?? {};
  const out: Finding = {
    ruleId: id,
    ruleName: name,
    severity,
    start: f.start,
    end: f.end,
    messageId: f.messageId,
    data,
    message: render(f.messageId, data, lang),
  };
  if (f.expected !== undefined) out.expected = String(f.expected);
  if (f.actual !== undefined) out.actual = String(f.actual);
  if (f.related) out.related = f.related.map((r) => ({ start: r.start, end: r.end, message: render(r.messageId, r.data, lang) }));
  if (f.fix) out.fix = { description: render(f.fix.messageId, f.fix.data ?? {}, lang), edits: f.fix.edits };
  return out;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintReport(buildReport(text, options), options);
}

/** Lints a report model already built (hosts that keep the model for hovers call this). */
export function lintReport(report: Report, options: LintOptions = {}): LintResult {
  const lang = options.lang ?? 'zh-CN';
  if (!report.isReport) return { isReport: false, findings: [], meta: report.meta };
  const findings: Finding[] = [];
  const ruleErrors: Array<{ ruleId: string; error: string }> = [];
  for (const rule of RULES) {
    const { id, name, defaultSeverity } = rule.meta;
    const severity = severityFor(options, id, name, defaultSeverity);
    if (severity === 'off') continue;
    const mine: Finding[] = [];
    try {
      rule.check({
        report,
        lang,
        emit(f) {
          if (report.directives.isDisabled(id, name, f.start)) return;
          mine.push(toFinding(f, id, name, severity, lang));
        },
      });
    } catch (e) {
      // A broken rule loses its own findings for this document, never the others'.
      ruleErrors.push({ ruleId: id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      continue;
    }
    findings.push(...mine);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { isReport: true, findings, meta: report.meta, ...(ruleErrors.length > 0 ? { ruleErrors } : {}) };
}
