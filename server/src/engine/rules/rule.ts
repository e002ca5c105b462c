// What a rule is: metadata as data plus a check over the report model. A rule reports plain
// findings; lint() stamps id, name, severity and the rendered message onto each (as
// unified-lint-rule does), so no rule repeats them.
import type { MessageId } from '../i18n/messages.js';
import type { Report } from '../model/report.js';
import type { Edit, Lang, RuleMeta, Span } from '../types.js';

export interface RuleFix {
  messageId: MessageId;
  data?: Record<string, string | number>;
  edits: Edit[];
}

export interface RuleRelated extends Span {
  messageId: MessageId;
  data: Record<string, string | number>;
}

export interface RuleFinding extends Span {
  messageId: MessageId;
  data?: Record<string, string | number>;
  expected?: string | number;
  actual?: string | number;
  related?: RuleRelated[];
  fix?: RuleFix;
}

export interface RuleContext {
  report: Report;
  lang: Lang;
  emit(finding: RuleFinding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
