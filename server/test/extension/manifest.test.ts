// The extension manifest agrees with itself, with the client and with the protocol: localized
// titles and settings, registered commands, translated client strings, settings = Settings.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleMetas } from '../../src/engine/index.js';
import { ClientCommands, DEFAULT_SETTINGS, SECTION } from '../../src/lsp/protocol.js';
import { ROOT } from './textmate.js';

type Json = Record<string, unknown>;
interface Manifest extends Json {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command: string }>>;
    configuration: { properties: Record<string, Json> };
    grammars: Array<{ scopeName: string; path: string; injectTo: string[] }>;
    snippets: Array<{ language: string; path: string }>;
    jsonValidation: Array<{ fileMatch: string[]; url: string }>;
    yamlValidation: Array<{ fileMatch: string[]; url: string }>;
  };
}
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const pkgText = read('package.json');
const pkg = JSON.parse(pkgText) as Manifest;
const nls = { en: JSON.parse(read('package.nls.json')) as Record<string, string>, zh: JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string> };
const contributes = pkg.contributes;

function clientSources(dir = join(ROOT, 'client', 'src')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? clientSources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}
const client = clientSources();

test('every %key% of package.json is in both nls files, and no nls key is unused', () => {
  const used = new Set([...pkgText.matchAll(/"%([^"%]+)%"/gu)].map((m) => m[1]!));
  assert.ok(used.size > 0);
  for (const key of used) {
    assert.ok(nls.en[key]?.trim(), `package.nls.json: ${key}`);
    assert.ok(nls.zh[key]?.trim(), `package.nls.zh-cn.json: ${key}`);
  }
  assert.deepEqual(Object.keys(nls.en).sort(), [...used].sort(), 'package.nls.json has exactly the keys package.json uses');
  assert.deepEqual(Object.keys(nls.zh).sort(), [...used].sort(), 'package.nls.zh-cn.json has exactly the keys package.json uses');
});

test('contributed commands are the protocol’s client commands, localized and registered by the client', () => {
  const ids: string[] = contributes.commands.map((c) => c.command).sort();
  const protocolIds: string[] = Object.values(ClientCommands);
  assert.deepEqual(ids, [...protocolIds].sort());
  for (const c of contributes.commands) {
    assert.match(c.title, /^%[^%]+%$/u, `${c.command} has a localized title`);
    assert.match(c.category ?? '', /^%[^%]+%$/u, `${c.command} has a localized category`);
  }
  const keyOf = new Map(Object.entries(ClientCommands).map(([k, v]) => [k, v as string]));
  const registered = new Set(
    [...client.matchAll(/\b(?:registerCommand|command)\(\s*(?:ClientCommands\.(\w+)|'([^']+)')/gu)].map((m) => (m[1] ? keyOf.get(m[1]) : m[2])),
  );
  assert.deepEqual([...registered].sort(), ids, 'client/src registers exactly the contributed commands');
  for (const [menu, items] of Object.entries(contributes.menus)) for (const i of items) assert.ok(ids.includes(i.command), `${menu}: ${i.command}`);
});

test('every vscode.l10n.t string of the client has a Chinese translation with the same placeholders', () => {
  const calls = [...client.matchAll(/\bl10n\.t\(/gu)].length;
  const strings = [...client.matchAll(/\bl10n\.t\(\s*'((?:[^'\\]|\\.)*)'/gu)].map((m) => m[1]!.replace(/\\(.)/gu, '$1'));
  assert.ok(calls > 0);
  assert.equal(strings.length, calls, 'every l10n.t call has a string literal as its message');
  const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
  const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/gu)].map((m) => m[0]).sort();
  for (const s of strings) {
    assert.ok(bundle[s]?.trim(), `l10n/bundle.l10n.zh-cn.json: "${s}"`);
    assert.deepEqual(placeholders(bundle[s]!), placeholders(s), `placeholders of "${s}"`);
  }
  assert.deepEqual(Object.keys(bundle).filter((k) => !strings.includes(k)), [], 'the bundle has no stale strings');
  assert.equal(pkg.l10n, './l10n');
});

/** The string-literal unions of the Settings interface in protocol.ts, by key. */
function settingUnions(): Map<string, string[]> {
  const src = read('server/src/lsp/protocol.ts');
  const body = /export interface Settings \{([\s\S]*?)\n\}/u.exec(src)?.[1] ?? '';
  const aliases = new Map([...src.matchAll(/export type (\w+) = ((?:'[^']*'\s*\|?\s*)+);/gu)].map((m) => [m[1]!, m[2]!]));
  const out = new Map<string, string[]>();
  for (const m of body.matchAll(/^\s*(\w+): ([^;]+);/gmu)) {
    const type = m[2]!.replace(/\w+/gu, (w) => aliases.get(w) ?? w);
    const literals = [...type.matchAll(/'([^']*)'/gu)].map((x) => x[1]!);
    if (literals.length > 0) out.set(m[1]!, literals);
  }
  return out;
}

test('contributed settings are exactly the protocol’s Settings, with the same defaults and values', () => {
  const props = pkg.contributes.configuration.properties;
  const keys = Object.keys(props).map((k) => k.replace(`${SECTION}.`, ''));
  assert.deepEqual(keys.sort(), Object.keys(DEFAULT_SETTINGS).sort());
  const unions = settingUnions();
  assert.ok(unions.size >= 4, 'protocol.ts Settings was parsed');
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const p = props[`${SECTION}.${key}`]!;
    assert.deepEqual(p.default, value, `${key}: default`);
    assert.equal(p.type, Array.isArray(value) ? 'array' : typeof value, `${key}: type`);
    assert.equal(p.scope, 'resource', `${key}: scope`);
    assert.match(String(p.description), /^%[^%]+%$/u, `${key}: localized description`);
    const union = unions.get(key);
    if (union && key !== 'rules') assert.deepEqual(p.enum, union, `${key}: values`);
  }
  const rules = props[`${SECTION}.rules`] as { additionalProperties: { enum: string[] }; properties: Record<string, { enum: string[] }> };
  assert.deepEqual(rules.additionalProperties.enum, unions.get('rules'), 'rules: severities');
  assert.deepEqual(Object.keys(rules.properties), ruleMetas.map((m) => m.id), 'rules: one property per rule');
});

test('capabilities, activation and entry point', () => {
  const caps = pkg.capabilities as { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] }; virtualWorkspaces: unknown };
  assert.equal(caps.untrustedWorkspaces.supported, 'limited');
  assert.deepEqual(caps.untrustedWorkspaces.restrictedConfigurations, [`${SECTION}.include`, `${SECTION}.rules`]);
  for (const s of caps.untrustedWorkspaces.restrictedConfigurations) assert.ok(pkg.contributes.configuration.properties[s], s);
  assert.ok(caps.virtualWorkspaces);
  assert.ok((pkg.activationEvents as string[]).includes('onLanguage:markdown'));
  assert.equal(pkg.main, './dist/extension.js');
  assert.match(read('esbuild.mjs'), /in: 'client\/src\/extension\.ts', out: 'extension'/u);
  assert.match(client, /context\.asAbsolutePath\(path\.join\('dist', 'server\.js'\)\)/u);
});

test('contributed grammar, snippets and icon exist and fit', () => {
  const grammars = contributes.grammars;
  assert.equal(grammars.length, 1);
  const g = JSON.parse(read(grammars[0]!.path)) as { scopeName: string; injectionSelector: string };
  assert.equal(g.scopeName, grammars[0]!.scopeName);
  assert.deepEqual(grammars[0]!.injectTo, ['text.html.markdown']);
  assert.match(g.injectionSelector, /^L:text\.html\.markdown /u);
  const snippets = contributes.snippets;
  assert.deepEqual(snippets.map((s) => s.language), ['markdown']);
  assert.ok(Object.keys(JSON.parse(read(snippets[0]!.path)) as Json).length > 0);
  const icon = readFileSync(join(ROOT, String(pkg.icon)));
  assert.equal(icon.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md', '.vscodeignore', 'bin/disclosure-lint.js']) assert.ok(existsSync(join(ROOT, f)), f);
});

test('the configuration file schema exists, is contributed for every config file name and knows every rule', () => {
  const { jsonValidation, yamlValidation } = contributes;
  assert.deepEqual(jsonValidation.flatMap((v) => v.fileMatch).sort(), ['.disclosure-lint.json', '.disclosure-lint.jsonc']);
  assert.deepEqual(yamlValidation.flatMap((v) => v.fileMatch).sort(), ['.disclosure-lint.yaml', '.disclosure-lint.yml']);
  const urls = new Set([...jsonValidation, ...yamlValidation].map((v) => v.url));
  assert.deepEqual([...urls], ['./schemas/disclosure-lint.schema.json']);
  const schema = JSON.parse(read('schemas/disclosure-lint.schema.json')) as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
  const rules = schema.properties.rules.properties;
  for (const m of ruleMetas) {
    assert.deepEqual(rules[m.id]?.enum, ['off', 'hint', 'info', 'warning', 'error'], m.id);
    assert.ok(rules[m.name], m.name);
  }
  assert.doesNotMatch(read('.vscodeignore'), /^schemas/mu, 'schemas/ ships in the VSIX');
});
