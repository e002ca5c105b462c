// Numbers and phrases in prose: the Chinese-numeral parser, the phrase matcher (text/claims.ts),
// enumerations with a total, statistics periods, and the prose model's offsets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildReport } from '../src/engine/model/report.js';
import { proseSpan, sentences } from '../src/engine/model/prose.js';
import { matchClaims } from '../src/engine/text/claimMatch.js';
import { parseChineseDigits, parseChineseNumber, parseProseNumber, toChineseNumeral } from '../src/engine/text/cnNumber.js';
import { periods, reportYears } from '../src/engine/text/dates.js';
import { enumerations } from '../src/engine/text/enumeration.js';

describe('Chinese numerals', () => {
  test('numerals with units', () => {
    const cases: Array<[string, number]> = [['零', 0], ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百零五', 105], ['一千零一十', 1010], ['三十万', 300000]];
    for (const [s, n] of cases) assert.equal(parseChineseNumber(s), n, s);
  });
  test('digit strings and malformed numerals are not numerals', () => {
    for (const s of ['二二', '十十', '百', '一是', '', '二〇二三']) assert.equal(parseChineseNumber(s), undefined, s);
    assert.equal(parseChineseDigits('二〇二三'), 2023);
  });
  test('prose numbers: grouped, full-width, Chinese', () => {
    assert.deepEqual(parseProseNumber('1,084'), { value: 1084, chinese: false });
    assert.deepEqual(parseProseNumber('１２'), { value: 12, chinese: false });
    assert.deepEqual(parseProseNumber('两'), { value: 2, chinese: true });
  });
  test('written back in Chinese for dates', () => {
    assert.deepEqual([1, 10, 12, 20, 31].map(toChineseNumeral), ['一', '十', '十二', '二十', '三十一']);
  });
});

const PARA = '2023年，本局共收到政府信息公开申请69件。';
const claims = (s: string, paragraph = s, sectionNo?: 4): Array<[string, number]> =>
  matchClaims(s, { paragraph, year: 2023, ...(sectionNo ? { sectionNo } : {}) }).map((m) => [m.claim.id, m.value]);

describe('phrases that restate a table cell', () => {
  test('request counts, in Arabic and Chinese numerals, point at the number', () => {
    const s = '2023年，本局共收到政府信息公开申请二十三件，另有上年结转4件。';
    const m = matchClaims(s, { paragraph: s, year: 2023 });
    assert.deepEqual(m.map((x) => [x.claim.id, x.value, s.slice(x.start, x.end), x.chinese]), [
      ['requests.received', 23, '二十三', true],
      ['requests.carried', 4, '4', false],
    ]);
  });
  test('"含上年结转" compares with items 1 + 2', () => {
    assert.equal(matchClaims('共受理政府信息公开申请73件（含上年结转4件）。', { paragraph: '' })[0]?.including, true);
    assert.equal(matchClaims('共受理政府信息公开申请73件，另有上年结转4件。', { paragraph: '' })[0]?.including, false);
  });
  test('results count when the paragraph is about requests', () => {
    assert.deepEqual(claims('全年办结70件，其中予以公开32件，部分公开7件。', PARA), [['requests.handled', 70], ['results.granted', 32], ['results.partial', 7]]);
    assert.deepEqual(claims('全年办结70件，其中予以公开32件。', '全年办结70件，其中予以公开32件。'), []);
  });
  test('"未接到信息公开申请" means 0', () => {
    assert.deepEqual(claims('2020 年度，我办未接到信息公开申请，未接到任何投诉举报。'), [['requests.none', 0]]);
    assert.deepEqual(claims('全年无政府信息公开申请。'), [['requests.none', 0]]);
  });
  test('reconsiderations and lawsuits', () => {
    assert.deepEqual(claims('本局因政府信息公开工作被申请行政复议4件，被提起行政诉讼三起。'), [['review', 4], ['lawsuit', 3]]);
    assert.deepEqual(claims('未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。'), [['review.none', 0], ['lawsuit.none', 0]]);
    assert.deepEqual(claims('被申请行政复议1件。', '', 4), [['review', 1]]);
    assert.deepEqual(claims('本年度收到政府信息公开申请数量为15件，被申请行政复议的案件0件。'), [['requests.received', 15], ['review', 0]]);
  });
  test('normative documents', () => {
    assert.deepEqual(claims('制发行政规范性文件3件，废止1件，现行有效行政规范性文件12件。'), [['normative.made', 3], ['normative.inForce', 12]]);
  });
  test('true negatives: other subjects, other years, units, approximations', () => {
    for (const s of [
      '全年主动公开政府信息1286条，组织培训2次。',
      '受理行政许可申请320件，办结率100%。',
      '收到行政复议申请2件。',
      '本局办理行政复议案件37件。',
      '2022年共收到政府信息公开申请60件。',
      '较上年收到政府信息公开申请60件增加9件。',
      '共收到政府信息公开申请约70件。',
      '共收到政府信息公开申请100余件。',
      '共收到申请5件。',
      '行政复议、行政诉讼各1件。',
      '2024年，本局将继续做好依申请公开工作。',
      '其中予以公开32件（含部分公开7件）。',
    ]) assert.deepEqual(claims(s), [], s);
  });
});

describe('enumerations with a total', () => {
  const sum = (s: string): Array<[number[], number, number]> => enumerations(s).map((e) => [e.items.map((x) => x.value), e.total.value, e.sum]);
  test('the seed’s list adds up', () => {
    assert.deepEqual(sum('省外办外网网站发布信息 1084 条，通过内网发布信息 124 条和大屏幕发布信息 369 条，微信公众号发布信息 480 条，总计发布信息 2057 条。'), [[[1084, 124, 369, 480], 2057, 2057]]);
  });
  test('a wrong total, Chinese numerals', () => {
    assert.deepEqual(sum('组织培训两次、专题研究一次，共计四次。'), [[[2, 1], 4, 3]]);
  });
  test('not enumerations: one item, other units, running totals, breakdowns', () => {
    for (const s of ['新制作规范性文件5件，对外公开规范性文件累计27件。', '培训2次、培训人员120人次，共计3场。', '新增解读15篇、图解8篇，截至年底累计发布解读材料126篇。', '发布信息600条，其中转载100条、原创500条，合计600条。']) {
      assert.deepEqual(sum(s).filter((e) => e[1] !== e[2]), [], s);
    }
    assert.deepEqual(sum('新制作规范性文件5件，对外公开规范性文件累计27件。'), []);
  });
});

describe('years and dates', () => {
  test('statistics periods in Arabic and Chinese numerals', () => {
    const [p] = periods('所列数据的统计期限自2023年1月1日起至2021年12月30日止。');
    assert.deepEqual([p!.start.year?.value, p!.end.year?.value, p!.end.month.value, p!.end.day.value, p!.end.text], [2023, 2021, 12, 30, '2021年12月30日']);
    const [c] = periods('统计期限自二〇二三年一月一日起至十二月三十一日止');
    assert.deepEqual([c!.start.year?.value, c!.end.year, c!.end.day.value], [2023, undefined, 31]);
  });
  test('the report’s own year, not titles in 《》', () => {
    assert.deepEqual(reportYears('现公布2023年度政府信息公开工作年度报告。').map((y) => y.value), [2023]);
    assert.deepEqual(reportYears('根据《某某县2022—2025年政务公开工作规划》编制。'), []);
    assert.deepEqual(reportYears('按照2024年政务公开工作要点，现将2023年度政府信息公开工作情况报告如下。').map((y) => y.value), [2023]);
  });
});

describe('prose model', () => {
  test('paragraphs keep exact offsets through markup and soft breaks', () => {
    const text = '# 某某县某某局2023年政府信息公开工作年度报告\n\n前言**共收到**政府信息公开申请\n  *12* 件。\n\n## 一、总体情况\n\n正文。\n';
    const r = buildReport(text, {});
    assert.deepEqual(r.prose.map((p) => [p.preamble, p.sectionNo]), [[true, undefined], [false, 1]]);
    const p = r.prose[0]!;
    const at = p.text.indexOf('12');
    const span = proseSpan(p, at, at + 2);
    assert.equal(text.slice(span.start, span.end), '12');
    assert.equal(sentences('一句。二句！三句').length, 3);
  });
});
