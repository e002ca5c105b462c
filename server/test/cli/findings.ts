// Hand-made findings for the formatter tests (the formatters are tested without the engine).
import type { Finding } from '../../src/engine/index.js';
import type { FileResult } from '../../src/cli/types.js';

export function finding(over: Partial<Finding> & Pick<Finding, 'start' | 'end'>): Finding {
  return {
    ruleId: 'DL301',
    ruleName: 'sum-mismatch',
    severity: 'error',
    messageId: 'sum',
    data: {},
    message: '总计应为 2，实为 1',
    ...over,
  };
}

/** Line 1 is the title; line 3 (CRLF line breaks) holds "总计 1 𝟘x", with an astral character. */
export const TEXT = '# 报告\r\n\r\n总计 1 𝟘x\r\n';
export const AT_ONE = TEXT.indexOf('1');
export const AT_X = TEXT.indexOf('x');

export function sampleResults(): FileResult[] {
  return [
    {
      path: 'reports/b.md',
      text: TEXT,
      findings: [
        finding({ start: AT_X, end: AT_X + 1, severity: 'warning', ruleId: 'DL102', ruleName: 'heading-order', message: '标题顺序不对' }),
        finding({
          start: AT_ONE, end: AT_ONE + 1, expected: '2', actual: '1',
          fix: { description: '将总计改为 2', edits: [{ start: AT_ONE, end: AT_ONE + 1, text: '2' }] },
        }),
      ],
    },
    {
      path: 'a 报告.md',
      text: 'x\ny',
      findings: [finding({ start: 2, end: 3, severity: 'info', ruleId: 'DL900', ruleName: 'note', message: 'a, b: 100%\nnext' })],
    },
  ];
}
