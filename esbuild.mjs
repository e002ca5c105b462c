// Bundles the extension client, the language server and the CLI into dist/.
// Type-checking is separate (`tsc -b`); this script only bundles.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** One entry per shipped program: each is a single self-contained CommonJS file. */
const entries = [
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [], plugins: () => [lazyImportCommand, engineApart] },
  // The engine (and its Markdown and HTML parsers), loaded by the CLI when it first lints (lazy.ts).
  { in: 'server/src/engine/index.ts', out: 'engine', external: [] },
  // The CLI's `import` subcommand (mammoth, jszip, parse5…: half the CLI's code), loaded on demand.
  { in: 'server/src/cli/import-command.ts', out: 'import', external: [] },
].filter((e) => existsSync(e.in));

/**
 * iconv-lite (the CLI's GB18030 codec) requires the tables of every East Asian encoding, each only
 * when that encoding is first used. The CLI uses GB18030 alone (the cp936 and gb* tables): the
 * others (about 300 KB) are left out of the bundle and fail loudly if ever loaded.
 * @type {esbuild.Plugin}
 */
const iconvTables = {
  name: 'iconv-lite-tables',
  setup(build) {
    build.onResolve({ filter: /^\.\/tables\/(?:cp949|cp950|eucjp|shiftjis|big5-added)\.json$/ }, (args) =>
      /iconv-lite[\\/]encodings$/.test(args.resolveDir) ? { path: args.path, namespace: 'iconv-unbundled' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'iconv-unbundled' }, (args) => ({
      contents: `throw new Error('iconv-lite: ${args.path} is not bundled with disclosure-lint');`,
      loader: 'js',
    }));
  },
};

/**
 * The CLI loads its `import` subcommand with a dynamic import: in the CLI bundle that import becomes
 * a require() of dist/import.js (its own entry above), so that linting never loads or compiles it.
 * A require, not an import(): bin/disclosure-lint.js compiles the bundle through a V8 code cache
 * (node:vm), where Node 20 has no loader for import().
 * @type {esbuild.Plugin}
 */
const lazyImportCommand = {
  name: 'lazy-import-command',
  setup(build) {
    build.onResolve({ filter: /^\.\/import-command\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'import-command', namespace: 'lazy-import' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-import' }, () => ({ contents: "module.exports = require('./import.js');", loader: 'js' }));
    build.onResolve({ filter: /^\.\/import\.js$/, namespace: 'lazy-import' }, () => ({ path: './import.js', external: true }));
  },
};

/**
 * The CLI requires the engine on first use (server/src/lazy.ts): in the CLI bundle that require is
 * of dist/engine.js (its own entry above), so that a run answered from --cache neither reads nor
 * deserializes the engine's code. Only lazy.ts's require is sent there; the CLI's few static
 * imports of small engine modules (lines, version) stay in the CLI bundle.
 * @type {esbuild.Plugin}
 */
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine\/index\.js$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]lazy\.ts$/.test(args.importer) ? { path: './engine.js', external: true } : undefined,
    );
  },
};

/**
 * fdir (under tinyglobby) looks for picomatch in node_modules when it is loaded, for its own glob()
 * API, which tinyglobby never calls: a file read and compiled at every start of the CLI for nothing
 * (and missing where the bundle ships alone). The lookup is left out; anything else stays as is.
 * @type {esbuild.Plugin}
 */
const fdirWithoutPicomatchLookup = {
  name: 'fdir-without-picomatch-lookup',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const lookup = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/u;
      if (!lookup.test(source)) return { contents: source, loader: 'js', warnings: [{ text: 'fdir: the picomatch lookup was not found; left as it is' }] };
      return { contents: source.replace(lookup, ''), loader: 'js' };
    });
  },
};

/** @type {esbuild.Plugin} */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/** Build options of an entry; `define`: identifiers replaced by values in its code. */
function options(entry, define = {}) {
  return {
    entryPoints: { [entry.out]: entry.in },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    external: entry.external,
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
    // ESM dependencies (fdir, under tinyglobby) call createRequire(import.meta.url) at load time;
    // in a CommonJS bundle import.meta is empty, so give it the bundle's own URL (worked out when read).
    banner: { js: "const __import_meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
    define: { 'import.meta.url': '__import_meta.url', ...define },
    // jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    plugins: [iconvTables, fdirWithoutPicomatchLookup, ...(entry.plugins?.() ?? []), ...(watch ? [problemMatcher] : [])],
  };
}

if (watch) {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context(options(entry))));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  // The CLI bundle carries a hash of the engine's (see cli/main.ts): the engine is built first.
  const [cli, others] = [entries.filter((e) => e.out === 'cli'), entries.filter((e) => e.out !== 'cli')];
  await Promise.all(others.map((entry) => esbuild.build(options(entry))));
  const engineHash = createHash('sha256').update(await readFile('dist/engine.js')).digest('base64url');
  await Promise.all(cli.map((entry) => esbuild.build(options(entry, { DISCLOSURE_LINT_ENGINE_BUNDLE_HASH: JSON.stringify(engineHash) }))));
}
