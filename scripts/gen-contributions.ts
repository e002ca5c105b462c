// Generates what the extension contributes from the engine's data, so no label is typed twice:
//   syntaxes/disclosure-report.tmLanguage.json   injection grammar (formats: titles, captions, labels)
//   snippets/disclosure-lint.json                standard tables, sections, report skeletons (render.ts)
//   docs/rules/<ID>.md, docs/rules/README.md     rule docs (ruleMetas + test-fixtures/rules)
//   package.json, package.nls*.json              the `disclosureLint.rules` properties and their descriptions
//   schemas/disclosure-lint.schema.json          the schema of the project configuration file (rules from ruleMetas)
//
//   npx tsx scripts/gen-contributions.ts          write the files (npm run gen)
//   npx tsx scripts/gen-contributions.ts --check  exit 1 and list the stale files, write nothing
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ruleMetas } from '../server/src/engine/index.js';
import { DOCS_DIR, ruleDoc, rulesIndex } from './gen/docs.js';
import { buildGrammar, GRAMMAR_PATH } from './gen/grammar.js';
import { json, withRuleProperties, withRuleStrings } from './gen/manifest.js';
import { buildSchema, SCHEMA_PATH } from './gen/schema.js';
import { buildSnippets, SNIPPETS_PATH } from './gen/snippets.js';

const ROOT = resolve(import.meta.dirname, '..');

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Every generated file: path relative to the repository → content. */
export function generate(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(GRAMMAR_PATH, json(buildGrammar()));
  files.set(SNIPPETS_PATH, json(buildSnippets()));
  for (const m of ruleMetas) files.set(`${DOCS_DIR}/${m.id}.md`, ruleDoc(ROOT, m));
  files.set(`${DOCS_DIR}/README.md`, rulesIndex(ruleMetas));
  files.set(SCHEMA_PATH, json(buildSchema(ruleMetas)));
  files.set('package.json', json(withRuleProperties(JSON.parse(read('package.json')) as Record<string, unknown>, ruleMetas)));
  files.set('package.nls.json', json(withRuleStrings(JSON.parse(read('package.nls.json')) as Record<string, string>, ruleMetas, 'en')));
  files.set('package.nls.zh-cn.json', json(withRuleStrings(JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>, ruleMetas, 'zh-CN')));
  return files;
}

/** Rule docs of rules that no longer exist. */
function orphans(files: Map<string, string>): string[] {
  const dir = join(ROOT, DOCS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `${DOCS_DIR}/${f}`)
    .filter((p) => !files.has(p));
}

/** Files people also edit by hand: compared as data, so their layout is theirs. */
const HAND_EDITED = new Set(['package.json', 'package.nls.json', 'package.nls.zh-cn.json']);

function same(path: string, current: string, generated: string): boolean {
  if (current === generated) return true;
  if (!HAND_EDITED.has(path)) return false;
  try {
    return JSON.stringify(JSON.parse(current)) === JSON.stringify(JSON.parse(generated));
  } catch {
    return false;
  }
}

function main(): number {
  const check = process.argv.includes('--check');
  const files = generate();
  const stale: string[] = [];
  for (const [path, content] of files) {
    const abs = join(ROOT, path);
    if (existsSync(abs) && same(path, readFileSync(abs, 'utf8'), content)) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  for (const path of orphans(files)) {
    stale.push(`${path} (no such rule)`);
    if (!check) rmSync(join(ROOT, path));
  }
  if (check) {
    if (stale.length === 0) return 0;
    console.error(`gen-contributions: stale generated files (run npm run gen):\n  ${stale.join('\n  ')}`);
    return 1;
  }
  console.log(stale.length === 0 ? 'gen-contributions: up to date' : `gen-contributions: wrote\n  ${stale.join('\n  ')}`);
  return 0;
}

process.exitCode = main();
