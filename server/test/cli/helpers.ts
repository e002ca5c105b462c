// Shared by the CLI tests: fake streams, temp folders and a stand-in engine with predictable findings.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { applyFixes, type Finding, type LintOptions, type LintResult, type Severity } from '../../src/engine/index.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIo, Engine } from '../../src/cli/types.js';

/** A Writable that keeps what it was given. */
export class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    done();
  }
  get buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.buffer.toString('utf8');
  }
}

export interface FakeIo {
  io: CliIo;
  stdout: Collector;
  stderr: Collector;
}

export function fakeIo(cwd: string, stdin: string | Buffer = '', env: NodeJS.ProcessEnv = {}): FakeIo {
  const input = new PassThrough();
  input.end(stdin);
  const stdout = new Collector();
  const stderr = new Collector();
  return { io: { stdin: input, stdout, stderr, cwd, env }, stdout, stderr };
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'disclosure-lint-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The stand-in engine: a text is a report when a line starts with `# ` and contains 年度报告 (or with
 * force). Each `ERR` is an error, each `WARN` a warning, each `NOTE` an info, each `FIXME` a fixable
 * warning whose fix writes `FIXED`, each `SPLIT` one whose fix inserts a line break
 * (CRLF, as the real engine writes in a CRLF document).
 */
const WORDS: Record<string, { severity: Severity; ruleId: string; ruleName: string; fix?: string }> = {
  ERR: { severity: 'error', ruleId: 'T001', ruleName: 'test-error' },
  WARN: { severity: 'warning', ruleId: 'T002', ruleName: 'test-warning' },
  NOTE: { severity: 'info', ruleId: 'T003', ruleName: 'test-info' },
  FIXME: { severity: 'warning', ruleId: 'T004', ruleName: 'test-fixable', fix: 'FIXED' },
  SPLIT: { severity: 'warning', ruleId: 'T005', ruleName: 'test-split', fix: 'SP\r\nLIT' },
};

function fakeLint(text: string, options: LintOptions = {}): LintResult {
  if (!options.force && !/^# .*年度报告/m.test(text)) return { isReport: false, findings: [], meta: {} };
  const findings: Finding[] = [];
  for (const match of text.matchAll(/ERR|WARN|NOTE|FIXME|SPLIT/g)) {
    const word = WORDS[match[0]]!;
    const setting = options.rules?.[word.ruleId];
    if (setting === 'off') continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const message = options.lang === 'en' ? `found ${match[0]}` : `发现 ${match[0]}`;
    findings.push({
      start, end, ruleId: word.ruleId, ruleName: word.ruleName, severity: setting ?? word.severity,
      messageId: 'found', data: { word: match[0] }, message,
      ...(word.fix ? { fix: { description: 'fix', edits: [{ start, end, text: word.fix }] } } : {}),
    });
  }
  return { isReport: true, findings, meta: {} };
}

export const fakeEngine: Engine = {
  lint: fakeLint,
  fixAll(text, options) {
    let output = text;
    let result = fakeLint(output, options);
    let passes = 0;
    while (passes < 10 && result.findings.some((f) => f.fix)) {
      output = applyFixes(output, result.findings).output;
      result = fakeLint(output, options);
      passes++;
    }
    return { output, passes, result };
  },
  findRuleMeta(idOrName) {
    const word = Object.values(WORDS).find((w) => w.ruleId === idOrName || w.ruleName === idOrName);
    if (!word) return undefined;
    const text = { 'zh-CN': word.ruleName, en: word.ruleName };
    return { id: word.ruleId, name: word.ruleName, description: text, defaultSeverity: word.severity, fixable: !!word.fix, basis: text, docs: text };
  },
};

/** Runs the CLI in-process against the stand-in engine. */
export async function runFake(argv: string[], cwd: string, stdin?: string | Buffer, env?: NodeJS.ProcessEnv): Promise<FakeIo & { code: number }> {
  const f = fakeIo(cwd, stdin, env);
  const code = await runCli(argv, f.io, fakeEngine, '9.9.9');
  return { ...f, code };
}

export const REPORT_TITLE = '# 某某县某某局2023年政府信息公开工作年度报告';
