import { proseSpan, sentencesOf } from '../model/prose.js';
import { enumerations } from '../text/enumeration.js';
import { roundMoney } from '../text/numbers.js';
import type { Rule } from './rule.js';

export const textSumMismatch: Rule = {
  meta: {
    id: 'DL502',
    name: 'text-sum-mismatch',
    description: { 'zh-CN': '正文中列举各项后给出的总数等于各项之和', en: 'A total the text gives after listing its items equals their sum' },
    defaultSeverity: 'error',
    fixable: false,
    basis: { 'zh-CN': '统一格式通知：发布内容应准确（国办公开办函〔2021〕30号）', en: 'the 2021 notice: published content must be accurate' },
    docs: {
      'zh-CN':
        '同一句中先列举两项以上同一单位的数字，再用“总计/共计/合计/累计/总共/一共”给出总数时（如“外网发布信息1084条，内网124条，大屏369条，微信480条，总计发布信息2057条”），总数应等于各项之和。单位不同、约数（约、近、余、左右）、“第N”、列举中含“其中”（分项的细目）以及“截至……累计”（历年累计数）不检查。不提供修复：错的可能是总数，也可能是某一项。',
      en:
        'When a sentence lists two or more counts of the same unit and then gives a total with 总计/共计/合计/累计/总共/一共 ("1084 on the website, 124 on the intranet, 369 on screens, 480 on WeChat, 2057 in total"), the total equals the sum. Different units, approximations, ordinals, lists with a breakdown (其中) and running totals over the years (截至…累计) are not checked. No fix: the total or any item may be the wrong one.',
    },
  },
  check({ report, emit }) {
    for (const p of report.prose) {
      for (const s of sentencesOf(p)) {
        for (const e of enumerations(s.text)) {
          if (roundMoney(e.sum) === roundMoney(e.total.value)) continue;
          emit({
            ...proseSpan(p, s.at + e.total.start, s.at + e.total.end),
            messageId: 'text.sumMismatch',
            data: { expected: e.sum, actual: e.total.value, formula: `${e.items.map((x) => x.value).join(' + ')} = ${e.sum}` },
            expected: e.sum,
            actual: e.total.value,
            related: e.items.map((x) => ({
              ...proseSpan(p, s.at + x.start, s.at + x.end),
              messageId: 'related.textItem' as const,
              data: { value: x.value, unit: x.unit },
            })),
          });
        }
      }
    }
  },
};
