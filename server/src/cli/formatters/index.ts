// The output formats. A format that can stream writes each file as soon as it is linted (`file`);
// the others write everything at the end (`end`).
import type { FileResult, FormatContext, OutputFormat } from '../types.js';
import { formatGithubFile } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylishFile, formatStylishSummary } from './stylish.js';

export interface Formatter {
  file?(result: FileResult, ctx: FormatContext): string;
  end(results: readonly FileResult[], ctx: FormatContext): string;
}

export const formatters: Record<OutputFormat, Formatter> = {
  stylish: { file: formatStylishFile, end: formatStylishSummary },
  github: { file: formatGithubFile, end: () => '' },
  json: { end: formatJson },
  sarif: { end: formatSarif },
};
