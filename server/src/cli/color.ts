// Minimal ANSI styling, and the rule for when to use it: a TTY, NO_COLOR unset, no --no-color.

export type Style = (text: string) => string;

export interface Palette {
  red: Style;
  yellow: Style;
  cyan: Style;
  dim: Style;
  bold: Style;
  underline: Style;
}

const wrap = (open: number, close: number): Style => (t) => `\u001b[${open}m${t}\u001b[${close}m`;
const plain: Style = (t) => t;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, cyan: plain, dim: plain, bold: plain, underline: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value. */
export function useColor(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv, noColor: boolean): boolean {
  if (noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return (stream as { isTTY?: boolean }).isTTY === true;
}
