// Inline configuration comments, as markdownlint and ESLint users expect:
//   <!-- disclosure-lint-disable RULE… -->   <!-- disclosure-lint-enable RULE… -->
//   <!-- disclosure-lint-disable-next-line RULE… -->   <!-- disclosure-lint-disable-line RULE… -->
//   <!-- disclosure-lint-disable-file RULE… -->
// No rule list means every rule. Rules are named by id (DL301) or name (sum-mismatch).
import type { Nodes, Root } from 'mdast';
import { LineIndex } from '../lines.js';
import type { Span } from '../types.js';
import { endOf, startOf } from './parse.js';

export interface DirectiveRule {
  name: string;
  span: Span;
}

interface Region {
  rules: Set<string> | 'all';
  from: number;
  to: number;
  disable: boolean;
}

export interface Directives {
  /** Every rule named in a comment, for checking that it exists. */
  named: DirectiveRule[];
  isDisabled(ruleId: string, ruleName: string, offset: number): boolean;
}

const COMMENT = /<!--\s*disclosure-lint-(disable-file|disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/gu;

function collectHtml(root: Nodes, out: Array<{ value: string; start: number; end: number }>): void {
  // An explicit stack, not recursion: 5,000 nested quotes or lists must not overflow the call stack.
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') out.push({ value: node.value, start: startOf(node), end: endOf(node) });
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

export function parseDirectives(root: Root, text: string): Directives {
  const html: Array<{ value: string; start: number; end: number }> = [];
  collectHtml(root, html);
  const named: DirectiveRule[] = [];
  const regions: Region[] = [];
  let lines: LineIndex | undefined;
  for (const h of html) {
    const raw = text.slice(h.start, h.end);
    for (const m of raw.matchAll(COMMENT)) {
      const kind = m[1]!;
      const listStart = h.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
      const names: string[] = [];
      for (const w of m[2]!.matchAll(/[A-Za-z0-9_-]+/gu)) {
        names.push(w[0]);
        named.push({ name: w[0], span: { start: listStart + w.index, end: listStart + w.index + w[0].length } });
      }
      const rules = names.length > 0 ? new Set(names) : 'all';
      const at = h.start + m.index;
      if (kind === 'disable-file') regions.push({ rules, from: 0, to: text.length, disable: true });
      else if (kind === 'disable') regions.push({ rules, from: at, to: text.length, disable: true });
      else if (kind === 'enable') regions.push({ rules, from: at, to: text.length, disable: false });
      else {
        lines ??= new LineIndex(text);
        const line = lines.positionAt(at).line + (kind === 'disable-next-line' ? 1 : 0);
        const from = lines.offsetAt({ line, character: 0 });
        const to = lines.offsetAt({ line: line + 1, character: 0 });
        regions.push({ rules, from, to: to > from ? to : text.length, disable: true });
      }
    }
  }
  return {
    named,
    isDisabled(ruleId, ruleName, offset) {
      let disabled = false;
      for (const r of regions) {
        if (offset < r.from || offset >= r.to) continue;
        if (r.rules !== 'all' && !r.rules.has(ruleId) && !r.rules.has(ruleName)) continue;
        disabled = r.disable;
      }
      return disabled;
    },
  };
}
