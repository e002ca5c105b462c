// Random damage to the real reports: lines deleted, duplicated and swapped, digits changed,
// characters inserted (pipes, CR, tabs, zero-width and no-break spaces) and deleted, truncation.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/fixtures.js';

const sources = ['reports', 'examples'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(FIXTURES, dir, f), 'utf8') })),
);

export const reports = sources;

type Op = { kind: 'deleteLine' | 'duplicateLine' | 'swapLines' | 'changeDigit' | 'insert' | 'deleteChars' | 'truncate' | 'crlf' | 'bom'; a: number; b: number; ch: string };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('deleteLine', 'duplicateLine', 'swapLines', 'changeDigit', 'changeDigit', 'insert', 'insert', 'deleteChars', 'truncate', 'crlf', 'bom'),
  a: fc.nat(),
  b: fc.nat(),
  ch: fc.constantFrom('|', '\r', '\n', '\t', '\u200b', '\u00a0', '\ufeff', '\u3000', ' ', '0', '９', '一', '<td>', '</tr>', '---', '> ', '- ', '\ud800', '𠀀'),
});

function apply(text: string, o: Op): string {
  if (text.length === 0) return text;
  const lines = text.split('\n');
  const i = o.a % lines.length;
  const j = o.b % lines.length;
  const at = o.a % (text.length + 1);
  switch (o.kind) {
    case 'deleteLine':
      return lines.filter((_, k) => k !== i).join('\n');
    case 'duplicateLine':
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n');
    case 'swapLines':
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    case 'changeDigit': {
      const digits = [...text.matchAll(/\d/gu)].map((m) => m.index);
      if (digits.length === 0) return text;
      const d = digits[o.a % digits.length]!;
      return text.slice(0, d) + String(o.b % 10) + text.slice(d + 1);
    }
    case 'insert':
      return text.slice(0, at) + o.ch + text.slice(at);
    case 'deleteChars':
      return text.slice(0, at) + text.slice(at + (o.b % 4) + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'bom':
      return text.startsWith('\ufeff') ? text.slice(1) : `\ufeff${text}`;
    case 'crlf':
      return o.b % 2 === 0 ? text.replace(/\n/gu, '\r\n') : text.replace(/\n/gu, (m, k: number) => ((k + o.a) % 3 === 0 ? '\r\n' : m));
  }
}

/** A real report (by index) and a few operations applied to it in turn. */
export const mutated = fc
  .tuple(fc.nat({ max: sources.length - 1 }), fc.array(op, { minLength: 1, maxLength: 6 }))
  .map(([k, ops]) => ({ name: sources[k]!.name, text: ops.reduce(apply, sources[k]!.text) }));
