// Oniguruma patterns for template labels as people actually type them: spaces between any two
// characters (PDF extraction), full-width or half-width brackets, digits and punctuation, an
// enumerator ("（一）", "1.") that may be left out and a trailing note in brackets that may be left out.
import { ordinalText } from '../../server/src/engine/text/normalize.js';

/** Characters that stand for one another in reports. */
const CLASSES: string[] = ['（(', '）)', '、,，.．', '，,', '.．、', '：:', '；;', '/／', '"“”', '-－—', '+＋'];

/** Spaces of every kind, between any two characters of a label. */
export const SP = '\\s*';

function escape(ch: string): string {
  return /[\\^$.|?*+()[\]{}]/u.test(ch) ? `\\${ch}` : ch;
}

function charPattern(ch: string): string {
  if (/^[0-9]$/u.test(ch)) return `[${ch}${String.fromCharCode(0xff10 + Number(ch))}]`;
  const cls = CLASSES.find((c) => c[0] === ch) ?? CLASSES.find((c) => c.includes(ch));
  return cls ? `[${cls}]` : escape(ch);
}

/** The text, each character tolerant of its variants, spaces allowed between characters. */
export function tolerant(text: string): string {
  return [...text.replace(/\s+/gu, '')].map(charPattern).join(SP);
}

/** Ordinals 一 … 十 as the engine writes them. */
export const ORDINAL_CHARS = Array.from({ length: 10 }, (_, i) => ordinalText(i + 1)).join('');

const ENUMERATOR = new RegExp(`^(?:[（(][${ORDINAL_CHARS}\\d]+[）)]|[${ORDINAL_CHARS}]+、|\\d+[.．、])`, 'u');
const NOTE = /[（(][^（）()]*[）)]$/u;

export interface LabelParts {
  enumerator: string;
  body: string;
  note: string;
}

/** "（二）部分公开（区分处理的…）" → enumerator "（二）", body "部分公开", note "（区分处理的…）". */
export function splitLabel(label: string): LabelParts {
  const t = label.trim();
  const enumerator = ENUMERATOR.exec(t)?.[0] ?? '';
  let body = t.slice(enumerator.length);
  const note = body.length > 0 ? NOTE.exec(body)?.[0] ?? '' : '';
  if (note && note.length < body.length) body = body.slice(0, body.length - note.length);
  else if (note) return { enumerator, body, note: '' };
  return { enumerator, body, note };
}

/** A label with its enumerator and its note optional. */
export function labelPattern(label: string): string {
  const { enumerator, body, note } = splitLabel(label);
  const en = enumerator ? `(?:${tolerant(enumerator)}${SP})?` : '';
  const nt = note ? `(?:${SP}${tolerant(note)})?` : '';
  return `${en}${tolerant(body)}${nt}`;
}

/**
 * Longer labels first, by their body. Of equal bodies: the one with a note first (the note is
 * optional, and a shorter match would leave it unhighlighted), then the one without an enumerator
 * (the enumerator is optional too: "3.其他" would take a bare "其他" cell from the column "其他");
 * then in code-point order.
 */
export function compareLabels(a: string, b: string): number {
  const x = splitLabel(a);
  const y = splitLabel(b);
  return y.body.length - x.body.length || y.note.length - x.note.length || x.enumerator.length - y.enumerator.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** An alternation that tries longer labels first, so "法人或其他组织" wins over "其他". */
export function alternation(labels: Iterable<string>, toPattern: (label: string) => string = labelPattern): string {
  const unique = [...new Set([...labels].map((l) => l.trim()).filter((l) => l.length > 0))];
  unique.sort(compareLabels);
  return `(?:${[...new Set(unique.map(toPattern))].join('|')})`;
}

/** A section ordinal as written before a title: "二、", "（二）", "第二部分", "2.". */
export const ORDINAL = `(?:[（(]${SP}[${ORDINAL_CHARS}]${SP}[）)]|第${SP}[${ORDINAL_CHARS}]${SP}部${SP}分${SP}[、.．:：]?|[${ORDINAL_CHARS}]${SP}[、.．,，]|[1-9１-９]${SP}[、.．])`;
