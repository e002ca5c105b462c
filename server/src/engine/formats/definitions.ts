// What each standard row and column counts, for hovers. Keyed by the template's item ids (the
// labels themselves live only in the format modules). Based on the Regulation's articles.
import type { Bilingual } from './types.js';

const d = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

/** Section 三 rows and columns. */
export const SECTION3_DEFINITIONS: Record<string, Bilingual> = {
  new: d('本年度内新收到的政府信息公开申请件数（第二十七条）。', 'Requests for disclosure received during the year (Art. 27).'),
  carried: d('上一年度未办结、结转到本年度办理的申请件数，应等于上年报告的“结转下年度继续办理”。', 'Requests carried over from last year; equals last year’s "carried forward".'),
  r1: d('全部予以公开的申请（第三十六条第（二）项）。', 'Requests granted in full (Art. 36 (2)).'),
  r2: d('区分处理、部分公开的申请（第三十七条）；只计这一情形，不计其他情形。', 'Requests granted in part after redaction (Art. 37); counted here only.'),
  'r3.1': d('属于国家秘密而不予公开（第十四条）。', 'Refused: state secret (Art. 14).'),
  'r3.2': d('其他法律、行政法规禁止公开（第十四条）。', 'Refused: barred by other laws or regulations (Art. 14).'),
  'r3.3': d('公开后可能危及国家安全、公共安全、经济安全、社会稳定（第十四条）。', 'Refused: would endanger national, public or economic security or social stability (Art. 14).'),
  'r3.4': d('涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（第十五条）。', 'Refused: would harm a third party’s lawful rights (Art. 15).'),
  'r3.5': d('人事管理、后勤管理、内部工作流程等内部事务信息（第十六条第一款）。', 'Refused: internal affairs (personnel, logistics, internal procedure) (Art. 16 para. 1).'),
  'r3.6': d('讨论记录、过程稿、磋商信函、请示报告等过程性信息（第十六条第二款）。', 'Refused: process information (drafts, minutes, consultations) (Art. 16 para. 2).'),
  'r3.7': d('行政执法案卷信息（第十六条第二款）。', 'Refused: administrative enforcement case files (Art. 16 para. 2).'),
  'r3.8': d('属于行政查询事项，告知按查询途径办理。', 'Refused: an administrative inquiry matter, to be handled through its own channel.'),
  'r4.1': d('本机关不掌握相关政府信息（第三十六条第（四）项）。', 'Cannot provide: the agency does not hold the information (Art. 36 (4)).'),
  'r4.2': d('需要另行制作、加工、分析（第三十八条）。', 'Cannot provide: would have to be created or compiled (Art. 38).'),
  'r4.3': d('经补正后申请内容仍不明确（第二十九条、第三十条）。', 'Cannot provide: still unclear after the applicant was asked to amend (Arts. 29–30).'),
  'r5.1': d('以政府信息公开申请形式进行信访、投诉、举报（第三十九条第一款）。', 'Not handled: petitions, complaints or reports filed as requests (Art. 39 para. 1).'),
  'r5.2': d('重复申请相同政府信息（第三十六条第（六）项）。', 'Not handled: repeated request for the same information (Art. 36 (6)).'),
  'r5.3': d('要求提供公开出版物（第三十九条第二款）。', 'Not handled: asked for published material (Art. 39 para. 2).'),
  'r5.4': d('无正当理由大量、反复申请（第三十五条）。', 'Not handled: many or repeated requests without good reason (Art. 35).'),
  'r5.5': d('要求行政机关确认或重新出具已获取的信息（第三十九条第二款）。', 'Not handled: asked to confirm or reissue information already obtained (Art. 39 para. 2).'),
  r6: d('其他处理情形（2019年版为一行；2021年版分为三项）。', 'Other handling (one row in 2019; three rows in 2021).'),
  'r6.1': d('申请人无正当理由逾期不补正，行政机关不再处理（第三十条）。', 'Applicant did not amend in time without good reason; not handled further (Art. 30).'),
  'r6.2': d('申请人逾期未按收费通知缴纳信息处理费，不再处理（《政府信息公开信息处理费管理办法》）。', 'Applicant did not pay the processing fee in time; not handled further (fee measures).'),
  'r6.3': d('以上情形以外的其他处理。', 'Any other handling.'),
  r7: d('本年度办理结果的总计：（一）至（六）各项之和。', 'Total handled this year: the sum of (1) to (6).'),
  next: d('本年度未办结、结转到下一年度继续办理的申请件数。', 'Requests still open at year end, carried forward.'),
  natural: d('以自然人名义提出的申请。', 'Requests by natural persons.'),
  business: d('商业企业提出的申请。', 'Requests by businesses.'),
  research: d('科研机构提出的申请。', 'Requests by research institutions.'),
  nonprofit: d('社会公益组织提出的申请。', 'Requests by non-profit organisations.'),
  lawService: d('律师事务所等法律服务机构提出的申请。', 'Requests by law firms and other legal service providers.'),
  otherOrg: d('其他法人或其他组织提出的申请。', 'Requests by other legal persons or organisations.'),
  total: d('本行各类申请人之和。', 'The sum over all kinds of applicant on this row.'),
};

/** Section 二 rows and section 四 groups. */
export const OTHER_DEFINITIONS: Record<string, Bilingual> = {
  rules: d('本机关制定的规章（第二十条第（一）项）。', 'Rules made by the agency (Art. 20 (1)).'),
  normative: d('行政规范性文件（第二十条第（一）项）。', 'Administrative normative documents (Art. 20 (1)).'),
  licensing: d('行政许可的办理结果（第二十条第（五）项）。', 'Administrative licensing decisions (Art. 20 (5)).'),
  otherServices: d('其他对外管理服务事项（2019年版）。', 'Other external management and service matters (2019 format).'),
  penalty: d('行政处罚的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定（第二十条第（六）项）。', 'Administrative penalties (Art. 20 (6)).'),
  enforcement: d('行政强制的依据、条件、程序（第二十条第（六）项）。', 'Administrative enforcement (Art. 20 (6)).'),
  fees: d('行政事业性收费项目及其依据、标准（第二十条第（八）项）。', 'Administrative fees (Art. 20 (8)).'),
  procurement: d('政府集中采购项目的目录、标准及实施情况（2019年版第二十条第（九）项）。', 'Centralised government procurement (Art. 20 (9), 2019 format).'),
  review: d('因政府信息公开工作被申请行政复议的案件。', 'Administrative reconsiderations brought over disclosure work.'),
  direct: d('未经行政复议直接提起行政诉讼的案件。', 'Lawsuits brought without prior reconsideration.'),
  after: d('经行政复议后提起行政诉讼的案件。', 'Lawsuits brought after reconsideration.'),
};
