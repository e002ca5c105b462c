// A seeded, deterministic generator of realistic annual reports for the benchmark: both format
// versions, a title, six sections, 3–9 KB of Chinese prose, the standard tables with numbers that
// balance, and about one report in ten with one planted defect. Fictitious agencies only.
import { getFormat, standardTable, type FormatVersion } from '../server/src/engine/index.js';

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['某某县', '某某市', '某某区', '某某州', '某某旗'];
const OFFICES = ['某某局', '某某委员会', '某某办公室', '某某中心', '某某管理局'];
const PHRASES = [
  '坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作',
  '围绕群众关切，持续加大重点领域信息公开力度',
  '严格落实公开前保密审查制度，确保公开内容合法合规',
  '优化政府网站栏目设置，及时更新各类政务信息',
  '依托政务新媒体平台，拓宽信息发布渠道',
  '加强政策解读，通过图解、问答等形式增强解读效果',
  '规范依申请公开办理流程，严格按照法定时限答复',
  '组织开展政务公开业务培训，提升工作人员业务能力',
  '将政府信息公开工作纳入年度绩效考核',
  '健全信息发布协调机制，做好舆情回应工作',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function int(r: () => number, max: number): number {
  return Math.floor(r() * (max + 1));
}

function prose(r: () => number, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences = Array.from({ length: 3 + int(r, 3) }, () => `${pick(r, PHRASES)}，全年累计办理相关事项${1 + int(r, 300)}件`);
    const p = `${sentences.join('；')}。`;
    out.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n');
}

/** Section 三 numbers that balance: per column, new + carried = (七) + next, (七) = Σ leaves. */
function section3Values(r: () => number, version: FormatVersion): Map<string, number> {
  const def = getFormat(version).tables.find((t) => t.id === '3')!;
  const leaves = def.rows.filter((x) => !x.group && !['new', 'carried', 'r7', 'next'].includes(x.id)).map((x) => x.id);
  const columns = ['natural', 'business', 'research', 'nonprofit', 'lawService', 'otherOrg'];
  const v = new Map<string, number>();
  const set = (row: string, col: string, n: number): void => void v.set(`${row}|${col}`, n);
  for (const col of columns) {
    const scale = col === 'natural' ? 40 : 6;
    const handled = leaves.map(() => (r() < 0.5 ? 0 : int(r, scale)));
    const total = handled.reduce((a, b) => a + b, 0);
    const next = int(r, 3);
    const carried = Math.min(int(r, 3), total + next);
    leaves.forEach((id, i) => set(id, col, handled[i]!));
    set('r7', col, total);
    set('next', col, next);
    set('carried', col, carried);
    set('new', col, total + next - carried);
  }
  for (const row of [...leaves, 'new', 'carried', 'r7', 'next']) set(row, 'total', columns.reduce((s, c) => s + v.get(`${row}|${c}`)!, 0));
  return v;
}

function section4Values(r: () => number): Map<string, number> {
  const v = new Map<string, number>();
  for (const g of ['review', 'direct', 'after']) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((p) => [p, int(r, 3)] as const);
    for (const [p, n] of parts) v.set(`cases|${g}.${p}`, n);
    v.set(`cases|${g}.total`, parts.reduce((s, [, n]) => s + n, 0));
  }
  return v;
}

export interface Generated {
  name: string;
  text: string;
  /** The planted defect, if any. */
  defect?: string;
}

/** One report: deterministic for a seed; 3–9 KB of prose over the six sections unless `proseBytes` says. */
export function generateReport(seed: number, opts: { proseBytes?: number } = {}): Generated {
  const r = rng(seed);
  const year = 2019 + int(r, 6);
  const version: FormatVersion = year <= 2020 ? '2019' : '2021';
  const format = getFormat(version);
  const agency = `${pick(r, PLACES)}${pick(r, OFFICES)}${seed}`;
  const s3 = section3Values(r, version);
  const s4 = section4Values(r);
  const drawn = 2000 + int(r, 4300);
  const proseBytes = opts.proseBytes ?? drawn;
  const defects = ['blank', 'total', 'title', 'missing'];
  const defect = r() < 0.1 ? pick(r, defects) : undefined;
  if (defect === 'total') s3.set('r7|natural', s3.get('r7|natural')! + 1 + int(r, 5));
  const value = (table: string) => (row: string, col: string): string => {
    if (defect === 'blank' && table === '4' && col === 'review.upheld') return '';
    if (table === '3') return String(s3.get(`${row}|${col}`) ?? 0);
    if (table === '4') return String(s4.get(`${row}|${col}`) ?? 0);
    return col === 'amount' ? (int(r, 5000) / 100).toFixed(2) : String(int(r, 200));
  };
  const parts = [`# ${agency}${year}年政府信息公开工作年度报告`, `本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自${year}年1月1日起至${year}年12月31日止。`];
  for (const s of format.sections) {
    if (defect === 'missing' && s.no === 6) continue;
    const title = defect === 'title' && s.no === 5 ? '五、下一步工作打算' : `${'一二三四五六'[s.no - 1]}、${s.title}`;
    parts.push(`## ${title}`, prose(r, Math.floor(proseBytes / 6)));
    if (s.no === 5) parts.push('本年度工作仍存在政策解读形式较为单一、部分栏目更新不够及时等问题，下一步将加强培训、完善巡查机制，切实加以改进。');
    if (s.no === 6) parts.push('本年度未收取信息处理费。');
    for (const t of format.tables.filter((x) => x.section === s.no)) parts.push(standardTable(t, { value: value(t.id) }));
  }
  return { name: `report-${String(seed).padStart(5, '0')}.md`, text: `${parts.join('\n\n')}\n`, ...(defect ? { defect } : {}) };
}

/** A report of about `bytes` bytes (the language server's 16 KB document): more prose, same tables. */
export function sizedReport(seed: number, bytes: number): Generated {
  let prose = Math.max(0, bytes - 4000);
  let g = generateReport(seed, { proseBytes: prose });
  for (let i = 0; i < 4; i++) {
    prose = Math.max(0, prose + bytes - Buffer.byteLength(g.text));
    g = generateReport(seed, { proseBytes: prose });
  }
  return g;
}

/** One report's text repeated until it is about `bytes` long (the stress files). */
export function repeated(bytes: number): string {
  const base = generateReport(7).text;
  const body = base.slice(base.indexOf('\n## '));
  let out = base;
  while (Buffer.byteLength(out) < bytes) out += body;
  return out;
}

/** A report whose section 三 table has `rows` extra rows (a single huge table). */
export function hugeTable(rows: number): string {
  const base = generateReport(11).text;
  const lines = Array.from({ length: rows }, (_, i) => `| | 行${i} | | ${i % 7} | 0 | 0 | 0 | 0 | 0 | ${i % 7} |`);
  return base.replace('| 四、结转下年度继续办理 |', `${lines.join('\n')}\n| 四、结转下年度继续办理 |`);
}
