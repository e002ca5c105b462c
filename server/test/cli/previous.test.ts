// Last year's report: --previous FILE, and last year's report found among the files linted.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { main } from '../../src/cli/main.js';
import { parseCli } from '../../src/cli/args.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { fakeIo, tempDir } from './helpers.js';

async function run(argv: string[], cwd: string): Promise<{ code: number; found: JsonFinding[]; err: string }> {
  const f = fakeIo(cwd);
  const code = await main([...argv, '-f', 'json'], f.io);
  return { code, found: JSON.parse(f.stdout.text || '[]') as JsonFinding[], err: f.stderr.text };
}

const carried = (found: JsonFinding[], file: string): JsonFinding[] => found.filter((f) => f.file === file && f.ruleName === 'carried-over-mismatch');

describe('last year’s report', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    const rules = join(FIXTURES, 'rules', 'carried-over-mismatch');
    // This year's carried-over row says 3 … 4; last year's carried-forward row says 2 … 3.
    await writeFile(join(dir, 'report-2023.md'), await readFile(join(rules, 'not-ok.md')));
    await writeFile(join(dir, 'report-2022.md'), await readFile(join(rules, 'not-ok.previous.md')));
    await writeFile(join(dir, 'other-2022.md'), await readFile(join(rules, 'ok-other-agency.previous.md')));
  });
  after(() => cleanup());

  it('parses --previous', () => {
    const r = parseCli(['a.md', '--previous', 'b.md']);
    assert.ok(r.ok && r.options.previous === 'b.md');
  });

  it('--previous FILE is compared with', async () => {
    const r = await run(['report-2023.md', '--previous', 'report-2022.md'], dir);
    const found = carried(r.found, 'report-2023.md');
    assert.deepEqual(found.map((f) => [f.expected, f.actual]), [['2', '3'], ['3', '4']]);
    assert.match(found[0]!.message, /report-2022\.md/u);
  });

  it('without --previous, one file alone is not compared', async () => {
    const r = await run(['report-2023.md'], dir);
    assert.deepEqual(carried(r.found, 'report-2023.md'), []);
  });

  it('finds last year’s report of the same agency among the files linted', async () => {
    const r = await run(['.'], dir);
    assert.equal(carried(r.found, 'report-2023.md').length, 2);
    assert.deepEqual(carried(r.found, 'report-2022.md'), [], 'nothing for the year before 2022');
  });

  it('another agency’s report is not last year’s', async () => {
    const r = await run(['report-2023.md', '--previous', 'other-2022.md'], dir);
    assert.deepEqual(carried(r.found, 'report-2023.md'), []);
  });

  it('exit 2 when --previous cannot be read', async () => {
    const r = await run(['report-2023.md', '--previous', 'missing.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.md：无法读取/u);
  });
});
