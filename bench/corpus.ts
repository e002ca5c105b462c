// The benchmark's inputs, written into its temporary folder: 1,000 generated reports, the 16 KB report
// the language server is edited in, and the stress files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport, hugeTable, repeated, sizedReport } from './generate.js';

export interface Stress {
  name: string;
  file: string;
  bytes: number;
  chars: number;
}

export interface Corpus {
  dir: string;
  texts: string[];
  bytes: { min: number; median: number; max: number; total: number };
  defects: number;
  versions: Record<string, number>;
  doc16k: string;
  stress: Stress[];
}

export const STRESS = [
  { name: 'report ×1 MB', make: () => repeated(1_000_000) },
  { name: 'report ×2 MB', make: () => repeated(2_000_000) },
  { name: 'report ×5 MB', make: () => repeated(5_000_000) },
  { name: 'table 10,000 rows', make: () => hugeTable(10_000) },
  { name: 'table 50,000 rows', make: () => hugeTable(50_000) },
] as const;

export function writeCorpus(root: string, count: number): Corpus {
  const dir = join(root, 'reports');
  mkdirSync(dir, { recursive: true });
  const texts: string[] = [];
  const sizes: number[] = [];
  const versions: Record<string, number> = {};
  let defects = 0;
  for (let seed = 1; seed <= count; seed++) {
    const g = generateReport(seed);
    writeFileSync(join(dir, g.name), g.text);
    texts.push(g.text);
    sizes.push(Buffer.byteLength(g.text));
    if (g.defect) defects++;
    const v = Number(/(\d{4})年政府/u.exec(g.text)?.[1]) <= 2020 ? '2019' : '2021';
    versions[v] = (versions[v] ?? 0) + 1;
  }
  sizes.sort((a, b) => a - b);
  const stressDir = join(root, 'stress');
  mkdirSync(stressDir, { recursive: true });
  const stress = STRESS.map((s, i) => {
    const text = s.make();
    const file = join(stressDir, `stress-${i + 1}.md`);
    writeFileSync(file, text);
    return { name: s.name, file, bytes: Buffer.byteLength(text), chars: text.length };
  });
  return {
    dir,
    texts,
    bytes: { min: sizes[0]!, median: sizes[Math.floor(sizes.length / 2)]!, max: sizes[sizes.length - 1]!, total: sizes.reduce((a, b) => a + b, 0) },
    defects,
    versions,
    doc16k: sizedReport(16_016, 16_000).text,
    stress,
  };
}
