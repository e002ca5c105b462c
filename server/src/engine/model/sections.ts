// Finding the six sections: Markdown headings of any level, and paragraphs that are nothing but a
// standard section title. A title is recognised by its words first and its ordinal second, so
// "五、其他需要报告的事项" (numbered wrongly) is still section 六.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { SectionDef, SectionNo } from '../formats/types.js';
import { SECTIONS } from '../formats/common.js';
import { chineseOrdinal, labelKey, normalizeLabel, similarity } from '../text/normalize.js';
import type { Span } from '../types.js';
import { endOf, plainText, startOf } from './parse.js';

export type TitleMatch = 'standard' | 'variant' | 'near' | 'wrong' | 'ordinal';

export interface SectionModel {
  /** Undefined for a top-level part that is none of the six ("七、…"). */
  no?: SectionNo;
  def?: SectionDef;
  match: TitleMatch;
  kind: 'heading' | 'paragraph';
  depth: number;
  /** The title as written. */
  text: string;
  /** The ordinal as written ("五"), if any. */
  ordinal?: number;
  /** The whole heading or paragraph. */
  span: Span;
  /** The title text inside it (after the "#" marks). */
  titleSpan: Span;
  /** From the end of the title to the start of the next section (or the end of the document). */
  body: Span;
}

interface Classified {
  ordinal?: number;
  def?: SectionDef;
  match?: TitleMatch;
}

const ORDINAL = /^(?:第)?([一二三四五六七八九十]+)(?:部分)?[,.:]/u;

/** Keys of the standard section titles (without ordinal). */
const STANDARD_KEYS = new Set(SECTIONS.map((d) => labelKey(d.title)));

export function classifyTitle(text: string): Classified {
  const norm = normalizeLabel(text);
  const om = ORDINAL.exec(norm);
  const ordinal = om ? chineseOrdinal(om[1]!) : undefined;
  const key = labelKey(om ? norm.slice(om[0].length) : norm);
  if (key === '') return ordinal !== undefined ? { ordinal } : {};
  const base = ordinal !== undefined ? { ordinal } : {};
  for (const def of SECTIONS) {
    if (key === labelKey(def.title)) return { ...base, def, match: 'standard' };
    if (def.variants.some((v) => labelKey(v) === key)) return { ...base, def, match: 'variant' };
    if (def.wrongTitles.some((v) => labelKey(v) === key)) return { ...base, def, match: 'wrong' };
  }
  let best: SectionDef | undefined;
  let bestScore = 0;
  for (const def of SECTIONS) {
    for (const t of [def.title, ...def.variants]) {
      const k = labelKey(t);
      const s = key.includes(k) ? 0.9 : similarity(key, k);
      if (s > bestScore) {
        best = def;
        bestScore = s;
      }
    }
  }
  if (best && bestScore >= 0.75) return { ...base, def: best, match: 'near' };
  for (const def of SECTIONS) {
    if (def.wrongTitles.some((v) => key.includes(labelKey(v)))) return { ...base, def, match: 'wrong' };
  }
  if (ordinal !== undefined && ordinal >= 1 && ordinal <= 6) return { ...base, def: SECTIONS[ordinal - 1]!, match: 'ordinal' };
  return base;
}

interface Candidate {
  node: Heading | Paragraph;
  text: string;
  c: Classified;
}

function titleSpanOf(node: Heading | Paragraph): Span {
  const kids = node.children;
  if (kids.length === 0) return { start: endOf(node), end: endOf(node) };
  return { start: startOf(kids[0]!), end: endOf(kids[kids.length - 1]!) };
}

/** Sections in document order. `skip` is the title node, which is never a section. */
export function findSections(root: Root, text: string, skip?: RootContent): SectionModel[] {
  const candidates: Candidate[] = [];
  for (const node of root.children) {
    if (node === skip) continue;
    if (node.type === 'heading') {
      const t = plainText(node).trim();
      const c = classifyTitle(t);
      if (c.match || c.ordinal !== undefined) candidates.push({ node, text: t, c });
    } else if (node.type === 'paragraph') {
      const t = plainText(node).trim();
      if (t.length > 40 || /[。；;]/u.test(t) || t.includes('\n')) continue;
      // Only a title with a top-level ordinal, or a standard title word for word, can be one.
      if (!ORDINAL.test(normalizeLabel(t)) && !STANDARD_KEYS.has(labelKey(t))) continue;
      const c = classifyTitle(t);
      if (c.match && c.match !== 'ordinal' && (c.ordinal !== undefined || c.match === 'standard')) candidates.push({ node, text: t, c });
    }
  }
  const matchedDepths = candidates.filter((x) => x.node.type === 'heading' && x.c.match && x.c.match !== 'ordinal').map((x) => (x.node as Heading).depth);
  const depth = matchedDepths.length > 0 ? Math.min(...matchedDepths) : 2;
  const kept = candidates.filter((x) => {
    if (x.node.type === 'paragraph') return true;
    const d = (x.node as Heading).depth;
    if (x.c.match && x.c.match !== 'ordinal') return d <= depth + 1;
    return d <= depth;
  });
  const out: SectionModel[] = kept.map((x) => {
    const isHeading = x.node.type === 'heading';
    const s: SectionModel = {
      match: x.c.match ?? 'ordinal',
      kind: isHeading ? 'heading' : 'paragraph',
      depth: isHeading ? (x.node as Heading).depth : 0,
      text: x.text,
      span: { start: startOf(x.node), end: endOf(x.node) },
      titleSpan: titleSpanOf(x.node),
      body: { start: endOf(x.node), end: text.length },
    };
    if (x.c.def) {
      s.def = x.c.def;
      s.no = x.c.def.no;
    }
    if (x.c.ordinal !== undefined) s.ordinal = x.c.ordinal;
    return s;
  });
  for (let i = 0; i + 1 < out.length; i++) out[i]!.body.end = out[i + 1]!.span.start;
  return out;
}

/** The heading depth sections use in this report (2 when none is a heading). */
export function sectionDepth(sections: readonly SectionModel[]): number {
  const depths = sections.filter((s) => s.kind === 'heading').map((s) => s.depth);
  return depths.length > 0 ? Math.min(...depths) : 2;
}
