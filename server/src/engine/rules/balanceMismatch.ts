import { evaluate } from '../model/arithmetic.js';
import type { Rule } from './rule.js';
import { cellName, itemLabel } from './util.js';

export const balanceMismatch: Rule = {
  meta: {
    id: 'DL402',
    name: 'balance-mismatch',
    description: { 'zh-CN': '第三部分表格每一列满足勾稽关系', en: 'Every column of the section 3 table balances' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '统一格式第三部分表格注明：本列数据的勾稽关系为第一项加第二项之和，等于第三项加第四项之和', en: 'printed on the section 3 table: item 1 + item 2 = item 3 + item 4, in every column' },
    docs: {
      'zh-CN': '每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理。收到的申请要么办结，要么结转，不能凭空增减。不平衡时无法判断哪个数字错了，因此不提供自动修复。',
      en: 'In every column: 1 new + 2 carried over = 3 (7) total handled + 4 carried forward. Every request is either handled or carried forward. When a column does not balance, the wrong number cannot be known, so there is no automatic fix.',
    },
  },
  check({ report, emit }) {
    for (const t of report.tables) {
      for (const e of evaluate(t)) {
        if (e.holds || e.left.length === 1) continue;
        const anchor = e.right[e.right.length - 1]!.cell;
        emit({
          ...anchor.cell.span,
          messageId: 'balance.mismatch',
          data: { column: itemLabel(e.along), left: e.leftSum, right: e.rightSum },
          expected: e.leftSum,
          actual: e.rightSum,
          related: [...e.left, ...e.right].map((x) => ({ ...x.cell.cell.span, messageId: 'related.addend' as const, data: { label: cellName(t, x.cell), value: x.value } })),
        });
      }
    }
  },
};
