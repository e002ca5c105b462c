#!/usr/bin/env node
'use strict';
// Tiny shim: the CLI lives in the bundle; main() resolves to the exit code.
//
// The bundles are compiled with a V8 code cache (what Node 22's module.enableCompileCache does, which
// Node 20 lacks): compiling JavaScript is a large part of a short run, such as one answered from
// --cache. dist/cli.js is always loaded; dist/engine.js when the CLI first lints (main() is given
// `load` for it). Each cache is one file per bundle content (a hash of the source, so a rebuilt
// bundle never meets old code) in the user's own folder under the system's temporary folder,
// written after the first run that loaded the bundle, atomically; anything wrong with it
// (unwritable folder, rejected data, another Node) just means a normal load.
// A file in use is touched once a day; writing one removes those untouched for 30 days (other builds).
// DISCLOSURE_LINT_NO_COMPILE_CACHE=1 turns it off.
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'cli.js');
/** The bundles main() may ask for, by name. */
const LOADABLE = new Set(['engine']);

/** Compiled bundles whose code cache is to be written at exit. */
const toSave = [];

/** Loads a bundle (CommonJS) through its code cache; { exports, hash }. */
function compile(file) {
  const fs = require('node:fs');
  const vm = require('node:vm');
  const { createHash } = require('node:crypto');
  const Module = require('node:module');
  const bytes = fs.readFileSync(file);
  // A bundle is ASCII (esbuild escapes the rest): read as Latin-1, the cheapest decoding, when it is.
  const source = bytes.toString(require('node:buffer').isAscii(bytes) ? 'latin1' : 'utf8');
  const hash = createHash('sha256').update(bytes).digest('base64url');
  const id = createHash('sha256').update(`${process.version}\0${process.arch}\0${hash}`).digest('base64url').slice(0, 32);
  // One folder per user, readable by that user only: compiled code is never taken from another.
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(require('node:os').tmpdir(), `disclosure-lint-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  const cacheFile = path.join(dir, `${id}.bin`);
  let cachedData;
  try {
    const folder = fs.statSync(dir);
    if (uid === undefined || (folder.uid === uid && (folder.mode & 0o077) === 0)) cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  if (cachedData !== undefined) {
    try {
      touch(fs, cacheFile);
    } catch {
      // a read-only file is still good to use
    }
  }
  // A bundle has no import(): Node 20 gives a script compiled here no loader for it.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) toSave.push(() => writeCache(fs, dir, cacheFile, script));
  return { exports: mod.exports, hash };
}

function load() {
  if (process.env.DISCLOSURE_LINT_NO_COMPILE_CACHE) return { exports: require(bundle) };
  const { exports, hash } = compile(bundle);
  return { exports, hash, load: (name) => (LOADABLE.has(name) ? compile(path.join(dist, `${name}.js`)).exports : undefined) };
}

const DAY = 24 * 60 * 60 * 1000;

function touch(fs, file) {
  const now = Date.now();
  if (fs.statSync(file).mtimeMs < now - DAY) fs.utimesSync(file, new Date(now), new Date(now));
}

function writeCache(fs, dir, file, script) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file);
    for (const name of fs.readdirSync(dir)) {
      const other = path.join(dir, name);
      if (/^[\w-]{32}\.bin$/.test(name) && other !== file && fs.statSync(other).mtimeMs < Date.now() - 30 * DAY) fs.rmSync(other, { force: true });
    }
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
  }
}

let loaded;
try {
  loaded = load();
} catch {
  loaded = { exports: require(bundle) };
}
/**
 * Exits as soon as what was written to stdout and stderr is out (a write's callback comes after it is
 * flushed, on every platform). main() resolves only when all its work is done; without this, the
 * process would also wait for V8's background tasks (a concurrent garbage collection started near the
 * end), a tenth of a short run.
 */
function exitWhenWritten(code) {
  process.exitCode = code;
  const exit = () => process.exit(code);
  process.stdout.write('', stderrUsed ? () => process.stderr.write('', exit) : exit);
}

// stdin is opened only when read (a file named "-"), stderr when written to: opening one costs a few
// milliseconds (streams a run over files often never uses).
let stderrUsed = false;
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  get stderr() {
    stderrUsed = true;
    return process.stderr;
  },
  cwd: process.cwd(),
};
const known = { ...(loaded.hash === undefined ? {} : { bundleHash: loaded.hash }), ...(loaded.load ? { load: loaded.load } : {}) };
loaded.exports.main(process.argv.slice(2), io, known).then(
  (code) => {
    for (const save of toSave) save();
    exitWhenWritten(code);
  },
  (err) => {
    io.stderr.write(`disclosure-lint: internal error: ${err && err.stack ? err.stack : err}\n`);
    // Exit now: worker threads started for the run would otherwise keep the process alive.
    exitWhenWritten(2);
  },
);
