// What every real-editor run needs: the suite bundled for the extension host, and a workspace
// made of copies of the project's fixtures (so tests never touch test-fixtures/).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './host.mjs';

export async function bundleSuite(outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'index.js');
  await build({
    entryPoints: [join(ROOT, 'test', 'e2e', 'suite', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile,
    logLevel: 'warning',
    define: { 'process.env.DL_E2E_GREP': JSON.stringify(process.env.DL_E2E_GREP ?? ''), 'process.env.DL_FIXTURES': JSON.stringify(join(ROOT, 'test-fixtures')) },
  });
  return outfile;
}

export function prepareWorkspace(dir) {
  const fx = join(ROOT, 'test-fixtures');
  copyFileSync(join(fx, 'reports', 'heilongjiang-waiban-2020.md'), join(dir, 'seed.md'));
  copyFileSync(join(fx, 'examples', '2021-clean.md'), join(dir, 'clean.md'));
  copyFileSync(join(fx, 'examples', '2019-defects.md'), join(dir, 'defects.md'));
  copyFileSync(join(fx, 'import', 'heilongjiang-waiban-2020.txt'), join(dir, 'seed-from-pdf.txt'));
  writeFileSync(join(dir, 'notes.md'), '# 会议纪要\n\n| 事项 | 数量 |\n|---|---|\n| 培训 | |\n');
  mkdirSync(join(dir, 'drafts'), { recursive: true });
}
