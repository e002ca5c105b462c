import { PART_WORDS, PARTS_LEAD, PARTS_TAIL } from '../formats/content.js';
import { SECTIONS } from '../formats/common.js';
import type { SectionNo } from '../formats/types.js';
import { proseSpan, sentencesOf } from '../model/prose.js';
import { parseSmall } from '../text/cnNumber.js';
import type { Rule } from './rule.js';
import { ordinal } from './util.js';

const LEAD = new RegExp(PARTS_LEAD, 'u');
const TAIL = new RegExp(PARTS_TAIL, 'gdu');

interface Listed {
  no: SectionNo;
  /** The item of the list that names it, and where (offsets in the sentence). */
  text: string;
  start: number;
  end: number;
}

/** Where the list first names a section: the earliest of its words, the longest there. */
function firstMention(sentence: string, words: readonly string[], from: number, to: number): { at: number; len: number } | undefined {
  let best: { at: number; len: number } | undefined;
  for (const w of words) {
    const at = sentence.indexOf(w, from);
    if (at < 0 || at + w.length > to) continue;
    if (!best || at < best.at || (at === best.at && w.length > best.len)) best = { at, len: w.length };
  }
  return best;
}

/** The parts a list names, each once, in the order written, each with the item of the list that names it. */
function listedParts(sentence: string, from: number, to: number): Listed[] {
  const found = SECTIONS.flatMap((def) => {
    const m = firstMention(sentence, [def.title, ...def.variants, ...PART_WORDS[def.no]], from, to);
    return m ? [{ no: def.no, ...m }] : [];
  }).sort((a, b) => a.at - b.at);
  return found.map((f, i) => {
    // An item runs from the last separator (or the end of the part before) to the next one (or the next part).
    const head = sentence.slice(from, f.at);
    const sep = from + Math.max(head.lastIndexOf('、'), head.lastIndexOf('，'), head.lastIndexOf(',')) + 1;
    const prev = found[i - 1];
    const start = Math.max(sep, prev ? prev.at + prev.len : from);
    const rest = sentence.slice(f.at + f.len, to).search(/[、，,]/u);
    const end = Math.min(rest < 0 ? to : f.at + f.len + rest, found[i + 1]?.at ?? to);
    const raw = sentence.slice(start, end);
    const lead = /^(?:以及|和|及|与)/u.exec(raw)?.[0].length ?? 0;
    const tail = /(?:以及|和|及|与|等)$/u.exec(raw)?.[0].length ?? 0;
    return { no: f.no, text: raw.slice(lead, raw.length - tail), start: start + lead, end: end - tail };
  });
}

export const preambleParts: Rule = {
  meta: {
    id: 'DL504',
    name: 'preamble-parts',
    description: { 'zh-CN': '报告开头列出的组成部分与正文一致', en: 'The parts the preamble lists are the report’s sections' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '《政府信息公开条例》第五十条；统一格式的六个部分', en: 'Art. 50 of the Regulation; the six sections of the unified format' },
    docs: {
      'zh-CN': '报告开头常写“本报告由总体情况、主动公开政府信息情况……和其他需要报告的事项等部分组成”或“包括……六个部分”。列出的部分应都在正文中，正文的部分应都列出（列出三个以上部分时检查），写明的部分数应等于正文的部分数。',
      en: 'Preambles often say "this report consists of the overview, proactive disclosure, … and other matters" or "six parts". Every part listed must be in the report, every section must be listed (checked when three or more are listed), and a stated number of parts must equal the number of sections.',
    },
  },
  check({ report, emit, lang }) {
    const present = new Set(report.sections.map((s) => s.no ?? `#${s.ordinal ?? s.text}`));
    for (const p of report.prose) {
      if (!p.preamble) continue;
      for (const s of sentencesOf(p)) {
        const lead = LEAD.exec(s.text);
        if (!lead) continue;
        const from = lead.index + lead[0].length;
        const tails = [...s.text.slice(from).matchAll(TAIL)];
        const tail = tails[tails.length - 1];
        const to = tail ? from + tail.index : s.text.length;
        const listed = listedParts(s.text, from, to);
        const at = (a: number, b: number): { start: number; end: number } => proseSpan(p, s.at + a, s.at + b);
        const count = tail?.[1] !== undefined ? parseSmall(tail[1]) : undefined;
        if (count === undefined && listed.length < 2) continue;
        if (count !== undefined && count !== present.size) {
          const [cs, ce] = tail!.indices![1]!;
          emit({ ...at(from + cs, from + ce), messageId: 'parts.count', data: { count, actual: present.size }, expected: present.size, actual: count });
        }
        for (const l of listed) {
          if (!present.has(l.no)) emit({ ...at(l.start, l.end), messageId: 'parts.absent', data: { part: l.text, ordinal: ordinal(l.no, lang) } });
        }
        if (listed.length < 3) continue;
        for (const def of SECTIONS) {
          if (!present.has(def.no) || listed.some((l) => l.no === def.no)) continue;
          emit({ ...at(lead.index, to), messageId: 'parts.unlisted', data: { ordinal: ordinal(def.no, lang), title: def.title } });
        }
      }
    }
  },
};
