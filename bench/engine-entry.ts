// Bundled by the benchmark (esbuild, like dist/) into its temporary folder, so that the engine and the
// parse it is compared with are frozen at the start of the run and built the same way. Required, it
// gives lint() and parse(); run as `node engine.js <file> parse|lint`, it measures one stress file and
// prints {"ms", "peakMB", "findings"} (the peak read from VmHWM, reset after the file is read).
import { readFileSync, writeFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lint } from '../server/src/engine/index.js';
import { parseMarkdown } from '../server/src/engine/model/parseOnce.js';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** The parse floor: unified().use(remarkParse).use(remarkGfm).parse. */
export function parse(text: string): unknown {
  return processor.parse(text);
}

/** The engine's own parse: the same tree, plain tables built without the GFM tokenizer (fastTable.ts). */
export function ownParse(text: string): unknown {
  return parseMarkdown(text);
}

export { lint };

function peakMB(): number {
  return Number(/VmHWM:\s+(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
}

function measure(file: string, what: string): void {
  const text = readFileSync(file, 'utf8');
  try {
    writeFileSync('/proc/self/clear_refs', '5'); // the peak from here on
  } catch {
    // not Linux: the peak of the whole process
  }
  const t = performance.now();
  const findings = what === 'parse' ? (parse(text), 0) : lint(text).findings.length;
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ ms, peakMB: peakMB(), findings, chars: text.length })}\n`);
}

if (require.main === module && process.argv[2] !== undefined) measure(process.argv[2], process.argv[3] ?? 'lint');
