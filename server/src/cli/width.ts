// Display width of terminal text: East-Asian wide characters take two columns, ANSI codes none.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const MARK = /^\p{M}$/u;

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  // The common cases first: printable ASCII, then the CJK ideographs of a report.
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp < 0x20 || (cp >= 0x200b && cp <= 0x200f) || MARK.test(ch)) return 0;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

/** How many terminal columns the text takes. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) w += charWidth(ch);
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
