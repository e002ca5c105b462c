// The prose of the report: every paragraph outside tables and headings, with its plain text and the
// source offset of each of its characters, so that a number found in the text gets its exact span.
// Built once from the same mdast tree as everything else.
import type { Nodes, Root, RootContent } from 'mdast';
import type { SectionNo } from '../formats/types.js';
import type { Span } from '../types.js';
import { endOf, startOf } from './parse.js';
import type { SectionModel } from './sections.js';

export interface ProseParagraph {
  /** Plain text: inline markup dropped, escapes resolved, soft line breaks kept as "\n". */
  text: string;
  span: Span;
  /** Source offset of each UTF-16 unit of `text`. */
  offsets: number[];
  /** The section whose body holds the paragraph (undefined before section 一 and in unknown parts). */
  sectionNo?: SectionNo;
  /** Before the first section: the preamble. */
  preamble: boolean;
}

/** A piece of a paragraph: a sentence, with offsets into the paragraph's text. */
export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph's text. */
  at: number;
}

/** Walks `value` against its source and records where each of its characters stands. */
function align(value: string, source: string, base: number, out: number[]): void {
  // Most text is written as it reads (no escapes, entities or dropped markers): one for one.
  if (value === source) {
    for (let i = 0; i < value.length; i++) out.push(base + i);
    return;
  }
  let j = 0;
  for (const ch of value) {
    let k = j;
    // Indentation and quote markers the text drops (a lazy continuation line) do not count.
    while (k < source.length && (k - j < 12 || /[\s>]/u.test(source[k]!)) && !source.startsWith(ch, k)) k++;
    const found = k < source.length && source.startsWith(ch, k);
    // A character that is not in the source as such (a decoded entity) points where the source stands.
    const at = found ? k : Math.min(j, Math.max(source.length - 1, 0));
    for (let u = 0; u < ch.length; u++) out.push(base + at + u);
    if (found) j = k + ch.length;
  }
}

function collect(node: Nodes, text: string, acc: { text: string; offsets: number[] }): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const s = startOf(node);
    acc.text += node.value;
    align(node.value, text.slice(s, endOf(node)), s, acc.offsets);
    return;
  }
  if (node.type === 'break') {
    acc.text += '\n';
    acc.offsets.push(startOf(node));
    return;
  }
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return;
  if ('children' in node) for (const c of node.children as Nodes[]) collect(c, text, acc);
}

/** Every paragraph of running text, in document order: not the title, not a section title written as a paragraph. */
export function buildProse(root: Root, text: string, sections: readonly SectionModel[], title?: RootContent): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  const titles = new Set(sections.filter((s) => s.kind === 'paragraph').map((s) => s.span.start));
  const first = sections[0]?.span.start ?? text.length;
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      if (node === title || titles.has(startOf(node))) return;
      const acc = { text: '', offsets: [] as number[] };
      for (const c of node.children) collect(c, text, acc);
      const start = startOf(node);
      if (acc.text.trim() === '') return;
      const section = sections.filter((s) => s.span.start <= start).pop();
      // Without any section there is no telling the preamble from the body.
      const p: ProseParagraph = { text: acc.text, span: { start, end: endOf(node) }, offsets: acc.offsets, preamble: sections.length > 0 && start < first };
      if (section?.no !== undefined && start >= section.body.start) p.sectionNo = section.no;
      out.push(p);
      return;
    }
    if (node.type === 'table' || node.type === 'heading' || node.type === 'code' || node.type === 'yaml') return;
    // Children go on an explicit stack, not the call stack: 5,000 nested quotes or lists must not overflow it.
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  };
  const stack: Nodes[] = [root];
  while (stack.length > 0) visit(stack.pop()!);
  return out;
}

/** The source span of characters [from, to) of a paragraph's text. */
export function proseSpan(p: ProseParagraph, from: number, to: number): Span {
  const start = p.offsets[from] ?? p.span.start;
  const last = p.offsets[Math.max(from, to - 1)] ?? start;
  return { start, end: Math.max(last + 1, start) };
}

const paragraphSentences = new WeakMap<ProseParagraph, readonly Sentence[]>();

/** The sentences of a paragraph, split once however many rules read them. */
export function sentencesOf(p: ProseParagraph): readonly Sentence[] {
  let out = paragraphSentences.get(p);
  if (!out) paragraphSentences.set(p, (out = sentences(p.text)));
  return out;
}

/** Sentences end at 。！？ (a semicolon does not end one: lists run across it). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?]+[。！？!?]*/gu;
  for (const m of text.matchAll(re)) if (m[0].trim() !== '') out.push({ text: m[0], at: m.index });
  return out;
}
