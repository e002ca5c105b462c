// Who wrote a report and for which year, read from its head only: hosts call this on many files to
// pair each report with last year's (LintOptions.previous) before linting any of them.
import { identityOf, type ReportIdentity } from './previous.js';
import { buildReport } from './report.js';

/** The title and front matter stand within the first lines; the rest of the text is not read. */
const HEAD = 4000;

export function reportIdentity(text: string): ReportIdentity {
  const cut = text.length <= HEAD ? text.length : text.lastIndexOf('\n', HEAD);
  return identityOf(buildReport(text.slice(0, cut > 0 ? cut : HEAD), {}).meta);
}
