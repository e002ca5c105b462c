// What a table cell says, as a number. Cells hold what writers type: "0", "1,084", "１２",
// "+12", "−3", "197.5万", "251000元", "/", "—", "无", or nothing at all.

export type CellValue =
  | { kind: 'blank' }
  | {
      kind: 'number';
      /** The value in the cell's own unit (for money, converted to 万元 when a unit is written). */
      value: number;
      /** The value as written, before unit conversion. */
      raw: number;
      /** Full-width digits, signs or points were used. */
      fullWidth: boolean;
      /** A thousands separator was used ("1,084"). */
      grouped: boolean;
      signed: boolean;
      decimal: boolean;
      /** A unit written in the cell: 元, 万元, 万, 亿元, or a count unit such as 件. */
      unit?: string;
    }
  /** A dash or slash standing for "none": "/", "—", "-", "无", "——". */
  | { kind: 'placeholder'; text: string }
  | { kind: 'text'; text: string };

const FULL_WIDTH = /[０-９＋－．，]/u;
const PLACEHOLDER = /^(?:[/／\\、]|[-—–－―−‐─]+|无|空|暂无|不适用|n\/?a)$/iu;
const UNIT_SCALE: Record<string, number> = { 元: 1e-4, 万元: 1, 万: 1, 亿元: 1e4, 亿: 1e4 };

/** Units writers put after a count: "3件". */
export const COUNT_UNITS = ['件', '个', '项', '条', '起', '次', '宗', '人'];

/** Spaces of every kind, including zero-width ones pasted from Word. */
const SPACES = /[\s\u00a0\u200b-\u200d\u2060\u3000\ufeff]+/gu;

/** Parses a cell's text (its Markdown emphasis already removed). */
export function parseCell(text: string): CellValue {
  // Most cells are plain digits: read without the regexes below (the same result).
  if (plainDigits(text)) return { kind: 'number', value: Number(text), raw: Number(text), fullWidth: false, grouped: false, signed: false, decimal: false };
  const t = text.replace(SPACES, '');
  if (t === '') return { kind: 'blank' };
  if (PLACEHOLDER.test(t)) return { kind: 'placeholder', text: t };
  const fullWidth = FULL_WIDTH.test(t);
  const n = t.normalize('NFKC').replace(/[−–—]/gu, '-');
  const m = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(元|万元|万|亿元|亿|件|个|项|条|起|次|宗|人)?$/u.exec(n);
  if (!m) return { kind: 'text', text: t };
  const grouped = m[2]!.includes(',');
  const raw = Number((m[1] === '-' ? '-' : '') + m[2]!.replace(/,/g, '') + (m[3] ? '.' + m[3] : ''));
  const unit = m[4];
  const scale = unit ? UNIT_SCALE[unit] : undefined;
  const value = scale !== undefined ? roundMoney(raw * scale) : raw;
  return {
    kind: 'number',
    value,
    raw,
    fullWidth,
    grouped,
    signed: m[1] !== undefined,
    decimal: m[3] !== undefined,
    ...(unit ? { unit } : {}),
  };
}

function plainDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Money sums compare at 1/10000 万元 (one yuan); counts are exact integers anyway. */
export function roundMoney(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

/** The value a cell contributes to arithmetic: blanks and placeholders count as 0, text as nothing. */
export function numericValue(v: CellValue): number | undefined {
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'blank':
    case 'placeholder':
      return 0;
    case 'text':
      return undefined;
  }
}

/** Half-width form of a number as written: "１２" → "12", "１，０８４" → "1,084". */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}
