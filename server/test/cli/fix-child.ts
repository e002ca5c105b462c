// A CLI process for fix-safety.test.ts: the real CLI over the stand-in engine, a few milliseconds
// per file (as a real engine takes), so that the test can kill it while it is rewriting files, or
// run it under a file size limit.
import { runCli } from '../../src/cli/run.js';
import type { Engine } from '../../src/cli/types.js';
import { fakeEngine } from './helpers.js';

const slow: Engine = {
  ...fakeEngine,
  fixAll(text, options) {
    const until = Date.now() + 5;
    while (Date.now() < until); // busy: the work of a real lint
    return fakeEngine.fixAll(text, options);
  },
};

void runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }, slow, '0').then((code) => {
  process.exitCode = code;
});
