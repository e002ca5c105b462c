// Writes mouxian-2022.docx from mouxian-2022.md, the way a Word user lays a report out: the title
// and section titles as bold paragraphs (no heading styles), tables with merged cells as in the
// printed template (a parent label merged down its rows, header groups merged across their
// columns). The .docx is committed; this script documents how it was made. To run it again:
//   mkdir /tmp/docxgen && cd /tmp/docxgen && npm init -y && npm install docx@9.15.2
//   NODE_PATH=/tmp/docxgen/node_modules node <repo>/test-fixtures/import/make-docx.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.env.NODE_PATH ?? here, 'x.js'));
const { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require('docx');

const isNumber = (s) => /^[+-]?[\d０-９.,]+(万|元)?$/u.test(s) || s === '/';

function cellsOf(line) {
  return line.replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((c) => c.trim());
}

/** Merges: header cells across the blanks to their right and down the blanks below; labels likewise. */
function layout(grid) {
  const width = Math.max(...grid.map((r) => r.length));
  const firstData = grid.findIndex((r) => r.some((c) => c !== '' && isNumber(c)));
  const labelCols = firstData < 0 ? 0 : Math.max(0, grid[firstData].findIndex((c) => c !== '' && isNumber(c)));
  const covered = new Set();
  const rows = grid.map(() => []);
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const text = grid[r][c] ?? '';
      const header = r < firstData;
      const mergeable = text !== '' && (header || c < labelCols);
      let cs = 1;
      if (mergeable) while (c + cs < width && (grid[r][c + cs] ?? '') === '' && !covered.has(`${r},${c + cs}`) && (header || c + cs < labelCols)) cs++;
      let rs = 1;
      const zoneOk = (rr) => (header ? rr < firstData : rr >= firstData);
      const blank = (rr) => Array.from({ length: cs }, (_, k) => grid[rr][c + k] ?? '').every((x) => x === '');
      if (mergeable) while (r + rs < grid.length && zoneOk(r + rs) && blank(r + rs)) rs++;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
      rows[r].push({ text, cs, merge: rs > 1 ? 'restart' : undefined, at: c });
      // Word writes a cell merged down as a "continue" cell in each row below (docx's own rowSpan
      // places those by child index, not by grid column, and so misplaces them after a merged row).
      for (let dr = 1; dr < rs; dr++) rows[r + dr].push({ text: '', cs, merge: 'continue', at: c });
    }
  }
  return rows.map((cells) => cells.sort((x, y) => x.at - y.at));
}

function table(lines) {
  const grid = lines.filter((l) => !/^\|\s*-/u.test(l)).map(cellsOf);
  const rows = layout(grid).map((cells) => new TableRow({
    children: cells.map(({ text, cs, merge }) => new TableCell({
      ...(cs > 1 ? { columnSpan: cs } : {}),
      ...(merge ? { verticalMerge: merge } : {}),
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] })],
    })),
  }));
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

const md = readFileSync(join(here, 'mouxian-2022.md'), 'utf8').split('\n');
const children = [];
for (let i = 0; i < md.length; i++) {
  const line = md[i];
  if (line.startsWith('|')) {
    const block = [];
    while (i < md.length && md[i].startsWith('|')) block.push(md[i++]);
    i--;
    children.push(table(block));
  } else if (line.startsWith('# ')) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(2), bold: true, size: 36 })] }));
  } else if (/^#{2,3} /u.test(line)) {
    children.push(new Paragraph({ children: [new TextRun({ text: line.replace(/^#+ /u, ''), bold: true })] }));
  } else if (line.trim() !== '') {
    children.push(new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(line)] }));
  }
}
const doc = new Document({ creator: '某某县某某局', title: '某某县某某局2022年政府信息公开工作年度报告', sections: [{ children }] });
writeFileSync(join(here, 'mouxian-2022.docx'), await Packer.toBuffer(doc));
