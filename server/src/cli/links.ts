// Where the project and its rule documentation live. The one place to change when it is published.
export const PROJECT_URL = 'https://example.invalid/disclosure-lint';
/** `<id>.md` is appended: the rule pages are docs/rules/<id>.md in the repository. */
export const RULE_DOCS_BASE_URL = 'https://example.invalid/disclosure-lint/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
}
