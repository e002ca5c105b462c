// Display width of terminal text: East-Asian wide characters take two columns, ANSI codes none.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const MARK = /^\p{M}$/u;

/** The width of a character past the common cases (printable ASCII and the CJK ideographs). */
function otherWidth(cp: number): number {
  if (cp < 0x20) return 0;
  // Before the combining marks (U+0300 on), and a report's punctuation: no mark among them.
  if (cp < 0x300 || (cp >= 0x2010 && cp <= 0x206f)) return 1;
  if ((cp >= 0x3000 && cp <= 0x3029) || (cp >= 0xff00 && cp <= 0xff60)) return 2;
  if ((cp >= 0x200b && cp <= 0x200f) || MARK.test(String.fromCodePoint(cp))) return 0;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

/** How many terminal columns the text takes (a loop over code units: most of a report's are common). */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  let w = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) w += 1;
    else if (c >= 0x4e00 && c <= 0x9fff) w += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < plain.length) {
      const low = plain.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        w += otherWidth(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        i++;
      } else {
        w += otherWidth(c);
      }
    } else {
      w += otherWidth(c);
    }
  }
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
