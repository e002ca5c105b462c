#!/usr/bin/env node
'use strict';
// Tiny shim: the CLI lives in the bundle; main() resolves to the exit code.
//
// The bundle is compiled with a V8 code cache (what Node 22's module.enableCompileCache does, which
// Node 20 lacks): compiling 1.6 MB of JavaScript is a third of a short run, such as one answered
// from --cache. The cache is one file per bundle content (a hash of the source, so a rebuilt bundle
// never meets old code) in the user's own folder under the system's temporary folder, written after
// the first run, atomically;
// anything wrong with it (unwritable folder, rejected data, another Node) just means a normal load.
// A file in use is touched once a day; writing one removes those untouched for 30 days (other builds).
// DISCLOSURE_LINT_NO_COMPILE_CACHE=1 turns it off.
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');

function load() {
  if (process.env.DISCLOSURE_LINT_NO_COMPILE_CACHE) return { exports: require(bundle) };
  const fs = require('node:fs');
  const vm = require('node:vm');
  const { createHash } = require('node:crypto');
  const Module = require('node:module');
  const bytes = fs.readFileSync(bundle);
  // The bundle is ASCII (esbuild escapes the rest): read as Latin-1, the cheapest decoding, when it is.
  const source = bytes.toString(require('node:buffer').isAscii(bytes) ? 'latin1' : 'utf8');
  const hash = createHash('sha256').update(bytes).digest('base64url');
  const id = createHash('sha256').update(`${process.version}\0${process.arch}\0${hash}`).digest('base64url').slice(0, 32);
  // One folder per user, readable by that user only: compiled code is never taken from another.
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(require('node:os').tmpdir(), `disclosure-lint-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  const file = path.join(dir, `${id}.bin`);
  let cachedData;
  try {
    const folder = fs.statSync(dir);
    if (uid === undefined || (folder.uid === uid && (folder.mode & 0o077) === 0)) cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  if (cachedData !== undefined) {
    try {
      touch(fs, file);
    } catch {
      // a read-only file is still good to use
    }
  }
  // The bundle has no import(): Node 20 gives a script compiled here no loader for it.
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  const save = cachedData === undefined || script.cachedDataRejected ? () => writeCache(fs, dir, file, script) : () => undefined;
  return { exports: mod.exports, hash, save };
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
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
loaded.exports.main(process.argv.slice(2), io, loaded.hash === undefined ? {} : { bundleHash: loaded.hash }).then(
  (code) => {
    loaded.save?.();
    exitWhenWritten(code);
  },
  (err) => {
    process.stderr.write(`disclosure-lint: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
