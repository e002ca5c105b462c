// Inputs that are not what we hoped, for hostile.test.ts: built from the real report and the clean
// example, deterministic (a seeded generator for the garbage), and a measure of time and memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures.js';

export const seed = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');
export const clean = readFileSync(join(FIXTURES, 'examples', '2021-clean.md'), 'utf8');
export const TITLE = '# 某某县某某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n';

/** The real report repeated to about `bytes` UTF-16 units. */
export function repeated(bytes: number): string {
  return Array(Math.ceil(bytes / (seed.length + 1))).fill(seed).join('\n');
}

/** The clean example with `n` rows added to its section 三 table, before 四、结转下年度继续办理. */
export function tallTable(n: number, row: (i: number) => string): string {
  const at = clean.indexOf('| 四、结转下年度继续办理');
  return clean.slice(0, at) + Array.from({ length: n }, (_, i) => row(i)).join('') + clean.slice(at);
}

/** The clean example with a table of `width` columns in section 五 (a 行政许可 row and its numbers). */
export function wideTable(width: number): string {
  const head = Array.from({ length: width }, (_, i) => (i === 0 ? '信息内容' : i === 1 ? '本年处理决定数量' : `列${i}`));
  const table = [head, head.map(() => '---'), ['行政许可', ...head.slice(1).map((_, i) => String(i))]].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return clean.replace('## 六、', `${table}\n\n## 六、`);
}

/** `n` random bytes (mulberry32, seeded) decoded as UTF-8 with replacement characters. */
export function garbage(n: number, s = 0x5eed): string {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
