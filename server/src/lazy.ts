// Modules loaded on first use. A CLI run answered from --cache needs no parse and no rule, reads no
// YAML configuration, expands no glob, decodes no GB18030 and starts no worker thread: setting all
// of that up at start (the engine's label tables and rules, the Markdown and HTML parsers, yaml,
// tinyglobby and picomatch, iconv-lite, node:worker_threads) was a tenth of such a run. Each is a
// require() inside a function, not an import: the bundles (esbuild, CommonJS) then run a module's
// code on the first call, and callers stay synchronous. (The engine itself loads nothing: it stays
// pure.)
/* eslint-disable @typescript-eslint/no-require-imports -- the point of this file, see above */
import type * as IconvLite from 'iconv-lite';
import type * as WorkerThreads from 'node:worker_threads';
import type Picomatch from 'picomatch';
import type * as Tinyglobby from 'tinyglobby';
import type * as Yaml from 'yaml';
import type * as EngineModule from './engine/index.js';

function once<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

/** How the engine is loaded when the program knows a better way than require() (the CLI: a code cache). */
let engineLoader: (() => unknown) | undefined;

export function loadEngineWith(load: () => unknown): void {
  engineLoader = load;
}

function loadEngine(): typeof EngineModule {
  try {
    const loaded = engineLoader?.() as typeof EngineModule | undefined;
    if (loaded) return loaded;
  } catch {
    // a plain load below
  }
  return require('./engine/index.js') as typeof EngineModule;
}

export const engineModule = once(loadEngine);
export const yaml = once(() => require('yaml') as typeof Yaml);
export const picomatch = once(() => require('picomatch') as typeof Picomatch);
export const iconv = once(() => require('iconv-lite') as typeof IconvLite);
export const tinyglobby = once(() => require('tinyglobby') as typeof Tinyglobby);
export const workerThreads = once(() => require('node:worker_threads') as typeof WorkerThreads);
