// The --help text, laid out from the catalogue's strings (CJK-aware column alignment).
import type { Lang } from '../engine/index.js';
import { importMessages } from './import-messages.js';
import { messages } from './messages.js';
import { perfMessages } from './perf-messages.js';
import { displayWidth, padEnd } from './width.js';

export function helpText(lang: Lang): string {
  const m = messages(lang);
  const all = [...m.options, ...perfMessages(lang).options];
  const width = Math.max(...all.map(([flags]) => displayWidth(flags))) + 2;
  const options = all.map(([flags, text]) => `  ${padEnd(flags, width)}${text}`);
  const im = importMessages(lang);
  return [m.usage, '', m.intro, '', m.argsTitle, `  ${m.args}`, '', im.commandsTitle, im.command, '', m.optionsTitle, ...options, '', m.exitCodes, ''].join('\n');
}
