// Tokenizes Markdown the way VS Code does: vscode-textmate + vscode-oniguruma, VS Code's own
// Markdown grammar (from the tm-grammars package) and the extension's injection grammar, found
// through package.json as VS Code finds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as onig from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const MARKDOWN_GRAMMAR = join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

export function contributedGrammars(): GrammarContribution[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
  return pkg.contributes.grammars;
}

export interface Token {
  start: number;
  end: number;
  scopes: string[];
}

let loaded: Promise<tm.IGrammar> | undefined;

async function load(): Promise<tm.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const ours = contributedGrammars();
  const files = new Map<string, string>([['text.html.markdown', MARKDOWN_GRAMMAR], ...ours.map((g): [string, string] => [g.scopeName, join(ROOT, g.path)])]);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (scope) => {
      const file = files.get(scope);
      return file ? tm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope) => ours.filter((g) => g.injectTo?.includes(scope)).map((g) => g.scopeName),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('the Markdown grammar did not load');
  return grammar;
}

/** The tokens of every line of a Markdown text. */
export async function tokenize(text: string): Promise<Token[][]> {
  loaded ??= load();
  const grammar = await loaded;
  let stack = tm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

/** The scopes at every non-space character of line[from, to). */
export function scopesAt(tokens: Token[], line: string, from: number, to: number): Array<{ ch: string; scopes: string[] }> {
  const out: Array<{ ch: string; scopes: string[] }> = [];
  for (let i = from; i < to; i++) {
    if (/\s/u.test(line[i]!)) continue;
    out.push({ ch: line[i]!, scopes: tokens.find((t) => t.start <= i && i < t.end)?.scopes ?? [] });
  }
  return out;
}
