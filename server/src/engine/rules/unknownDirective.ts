import { findRuleMeta } from './registry.js';
import type { Rule } from './rule.js';

export const unknownDirective: Rule = {
  meta: {
    id: 'DL003',
    name: 'unknown-directive-rule',
    description: { 'zh-CN': '行内配置注释中的规则名称必须存在', en: 'Rules named in disclosure-lint comments exist' },
    defaultSeverity: 'warning',
    fixable: false,
    basis: { 'zh-CN': '工具配置', en: 'tool configuration' },
    docs: {
      'zh-CN': '`<!-- disclosure-lint-disable 规则 -->` 等注释中的规则以编号（DL301）或名称（sum-mismatch）指定；写错的名称不会关闭任何规则，因此会被报告。',
      en: 'Rules in `<!-- disclosure-lint-disable RULE -->` comments are named by id (DL301) or name (sum-mismatch); a misspelt name turns nothing off, so it is reported.',
    },
  },
  check({ report, emit }) {
    for (const n of report.directives.named) {
      if (!findRuleMeta(n.name)) emit({ ...n.span, messageId: 'directive.unknownRule', data: { name: n.name } });
    }
  },
};
