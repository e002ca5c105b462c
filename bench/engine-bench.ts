// (1) The engine per report against the parse floor, on the same texts, interleaved (parse first on
// even reports, lint first on odd ones) after a warm-up, so that drift and JIT affect both alike.
import { median, quantile } from './measure.js';

export interface BenchEngine {
  lint(text: string): { findings: unknown[] };
  parse(text: string): unknown;
  /** The engine's own parse (the same tree as parse()), whose cost the rules add to. */
  ownParse(text: string): unknown;
}

export interface Timing {
  median: number;
  p90: number;
  p95?: number;
}

export interface EngineFigures {
  reports: number;
  findings: number;
  parseMs: Timing;
  /** The engine's own parse of the same texts (figures only: the target is against the parse floor). */
  ownParseMs: Timing;
  lintMs: Timing;
  /** median(lint) / median(parse), p90(lint) / p90(parse), and the median of per-report ratios. */
  ratio: { median: number; p90: number; perReportMedian: number };
  /** median(lint) / median(own parse): what the model and the rules add to the engine's parse. */
  ratioToOwnParse: number;
}

export const timing = (v: readonly number[]): Timing => ({ median: median(v), p90: quantile(v, 0.9), p95: quantile(v, 0.95) });

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export function benchEngine(engine: BenchEngine, texts: readonly string[]): EngineFigures {
  for (const t of texts.slice(0, 60)) {
    engine.parse(t);
    engine.ownParse(t);
    engine.lint(t);
  }
  const parse: number[] = [];
  const own: number[] = [];
  const lint: number[] = [];
  let findings = 0;
  texts.forEach((t, i) => {
    const p = (): number => time(() => engine.parse(t));
    const l = (): number => time(() => (findings += engine.lint(t).findings.length));
    const o = (): number => time(() => engine.ownParse(t));
    if (i % 2 === 0) {
      parse.push(p());
      own.push(o());
      lint.push(l());
    } else {
      lint.push(l());
      own.push(o());
      parse.push(p());
    }
  });
  const perReport = lint.map((l, i) => l / parse[i]!);
  return {
    reports: texts.length,
    findings,
    parseMs: timing(parse),
    ownParseMs: timing(own),
    lintMs: timing(lint),
    ratio: { median: median(lint) / median(parse), p90: quantile(lint, 0.9) / quantile(parse, 0.9), perReportMedian: median(perReport) },
    ratioToOwnParse: median(lint) / median(own),
  };
}
