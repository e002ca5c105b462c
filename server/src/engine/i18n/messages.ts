// The one message catalogue: every message and fix description, in Chinese and English.
// Placeholders are {name}; a finding keeps its messageId and data so a host can re-render it.
import type { Lang } from '../types.js';

type Entry = { 'zh-CN': string; en: string };

export const MESSAGES = {
  // report
  'title.missing': { 'zh-CN': '未找到报告标题（如“某某县某某局2023年政府信息公开工作年度报告”）', en: 'No report title found (e.g. "某某县某某局2023年政府信息公开工作年度报告")' },
  'title.noYear': { 'zh-CN': '报告标题中没有年度，无法判断应使用的格式版本', en: 'The title names no report year, so the format version cannot be decided' },
  'format.preFormat': { 'zh-CN': '报告年度 {year} 早于统一格式（2019年起施行），本工具按2019年版检查', en: 'Report year {year} predates the unified format (in force from 2019); checked against the 2019 version' },
  'format.frontMatterMismatch': { 'zh-CN': '前置元数据 format: {format} 与报告年度 {year} 不符：{year} 年度报告应使用 {expected} 年版格式', en: 'Front matter format: {format} does not fit report year {year}: a {year} report uses the {expected} format' },
  'format.frontMatterInvalid': { 'zh-CN': '前置元数据不是有效的 YAML：{error}', en: 'The front matter is not valid YAML: {error}' },
  'directive.unknownRule': { 'zh-CN': '注释中的规则“{name}”不存在', en: 'Unknown rule "{name}" in a disclosure-lint comment' },
  // sections
  'section.missing': { 'zh-CN': '缺少第{ordinal}部分“{title}”', en: 'Section {ordinal} "{title}" is missing' },
  'section.duplicate': { 'zh-CN': '第{ordinal}部分“{title}”重复出现', en: 'Section {ordinal} "{title}" appears more than once' },
  'section.order': { 'zh-CN': '第{ordinal}部分“{title}”应在第{after}部分之后', en: 'Section {ordinal} "{title}" should come after section {after}' },
  'section.wrongTitle': { 'zh-CN': '第{ordinal}部分标题“{actual}”不符合统一格式，应为“{expected}”；{hint}', en: 'Section {ordinal} is titled "{actual}", the unified format requires "{expected}"; {hint}' },
  'section.wrongTitle.hint5': { 'zh-CN': '本部分应报告存在的主要问题及改进情况，不能只写下一步工作打算', en: 'this section must report the main problems and how they were addressed, not only next year’s plans' },
  'section.wrongTitle.hint': { 'zh-CN': '标题与本部分应报告的内容不符', en: 'the title does not say what this section must report' },
  'section.variantTitle': { 'zh-CN': '第{ordinal}部分标题“{actual}”与统一格式不一致，应为“{expected}”', en: 'Section {ordinal} title "{actual}" differs from the unified format: "{expected}"' },
  'section.numbering': { 'zh-CN': '“{title}”是第{ordinal}部分，标题中的序号却是“{written}”', en: '"{title}" is section {ordinal}, but its title is numbered "{written}"' },
  'section.notHeading': { 'zh-CN': '部分标题“{title}”写成了普通段落，应使用 Markdown 标题', en: 'The section title "{title}" is a plain paragraph; make it a Markdown heading' },
  'section.empty': { 'zh-CN': '第{ordinal}部分“{title}”没有内容', en: 'Section {ordinal} "{title}" has no content' },
  // tables
  'table.missing': { 'zh-CN': '第{ordinal}部分缺少“{table}”表', en: 'Section {ordinal} lacks the table "{table}"' },
  'table.wrongTemplate': { 'zh-CN': '“{table}”表使用的是{actual}年版格式，{year}年度报告应使用{expected}年版格式', en: 'The table "{table}" follows the {actual} format; a {year} report uses the {expected} format' },
  'table.wrongTemplateNoYear': { 'zh-CN': '“{table}”表使用的是{actual}年版格式，本报告按{expected}年版格式检查', en: 'The table "{table}" follows the {actual} format; this report is checked against the {expected} format' },
  'row.missing': { 'zh-CN': '“{table}”表缺少“{label}”行', en: 'The table "{table}" lacks the row "{label}"' },
  'row.unknown': { 'zh-CN': '“{table}”表中没有“{label}”这一行', en: 'The table "{table}" has no row "{label}"' },
  'row.unknownSuggest': { 'zh-CN': '“{table}”表中没有“{label}”这一行，是否应为“{suggestion}”？', en: 'The table "{table}" has no row "{label}"; did you mean "{suggestion}"?' },
  'row.unlabeled': { 'zh-CN': '“{table}”表中有一行数据没有行标签', en: 'A row of the table "{table}" holds numbers but has no label' },
  'row.duplicate': { 'zh-CN': '“{table}”表中“{label}”行重复出现', en: 'The row "{label}" appears twice in the table "{table}"' },
  'row.nearLabel': { 'zh-CN': '行标签“{actual}”与统一格式不一致，应为“{expected}”', en: 'Row label "{actual}" differs from the unified format: "{expected}"' },
  'column.missing': { 'zh-CN': '“{table}”表缺少“{label}”列', en: 'The table "{table}" lacks the column "{label}"' },
  'column.unknown': { 'zh-CN': '“{table}”表中没有“{label}”这一列', en: 'The table "{table}" has no column "{label}"' },
  'column.unknownSuggest': { 'zh-CN': '“{table}”表中没有“{label}”这一列，是否应为“{suggestion}”？', en: 'The table "{table}" has no column "{label}"; did you mean "{suggestion}"?' },
  'column.duplicate': { 'zh-CN': '“{table}”表中“{label}”列重复出现', en: 'The column "{label}" appears twice in the table "{table}"' },
  'column.nearLabel': { 'zh-CN': '列标题“{actual}”与统一格式不一致，应为“{expected}”', en: 'Column heading "{actual}" differs from the unified format: "{expected}"' },
  'column.positional': { 'zh-CN': '“{table}”表没有列标题，已按位置识别各列', en: 'The table "{table}" has no column headings; columns were taken by position' },
  // cells
  'cell.blank': { 'zh-CN': '“{cell}”为空，应填写数字（没有则填 0）', en: 'The cell "{cell}" is blank; write a number (0 when there is none)' },
  'cell.placeholder': { 'zh-CN': '“{cell}”填的是“{text}”，应填写数字（没有则填 0）', en: 'The cell "{cell}" holds "{text}"; write a number (0 when there is none)' },
  'cell.notNumber': { 'zh-CN': '“{cell}”填的是“{text}”，不是数字', en: 'The cell "{cell}" holds "{text}", which is not a number' },
  'cell.negative': { 'zh-CN': '“{cell}”为负数 {value}，件数不能为负', en: 'The cell "{cell}" is negative ({value}); a count cannot be negative' },
  'cell.decimal': { 'zh-CN': '“{cell}”为小数 {value}，件数应为整数', en: 'The cell "{cell}" is a decimal ({value}); a count is a whole number' },
  'cell.fullWidth': { 'zh-CN': '“{cell}”使用了全角数字“{text}”，应为“{expected}”', en: 'The cell "{cell}" uses full-width digits "{text}"; write "{expected}"' },
  'cell.countUnit': { 'zh-CN': '“{cell}”带有单位“{unit}”，件数单元格只填数字', en: 'The cell "{cell}" carries the unit "{unit}"; a count cell holds only the number' },
  'cell.moneyUnit': { 'zh-CN': '“{cell}”单位为“{unit}”，表头单位为“{expected}”（折合 {value} {expected}）', en: 'The cell "{cell}" is in {unit}, the column is in {expected} ({value} {expected})' },
  // arithmetic
  'sum.mismatch': { 'zh-CN': '{relation}：应为 {expected}，表中为 {actual}（{formula}）', en: '{relation}: expected {expected}, the table says {actual} ({formula})' },
  'balance.mismatch': { 'zh-CN': '“{column}”列不满足勾稽关系：第一项 + 第二项 = {left}，第三项（七）总计 + 第四项 = {right}', en: 'Column "{column}" does not balance: item 1 + item 2 = {left}, item 3 (7) total + item 4 = {right}' },
  'related.addend': { 'zh-CN': '计入：{label} = {value}', en: 'counted: {label} = {value}' },
  'related.total': { 'zh-CN': '总计：{label} = {value}', en: 'total: {label} = {value}' },
  // text against tables, enumerations, years, parts of the report
  'text.tableMismatch': { 'zh-CN': '正文中的数字 {actual} 与表中“{cell}”的 {expected} 不一致', en: 'The text says {actual}; the table ({cell}) says {expected}' },
  'text.tableNone': { 'zh-CN': '正文称“{phrase}”，但表中“{cell}”为 {expected}', en: 'The text says "{phrase}" (none), but the table ({cell}) says {expected}' },
  'related.tableCell': { 'zh-CN': '表中：{label} = {value}', en: 'in the table: {label} = {value}' },
  'text.sumMismatch': { 'zh-CN': '列举的各项之和为 {expected}，正文写的总数为 {actual}（{formula}）', en: 'The items listed add up to {expected}; the text gives the total as {actual} ({formula})' },
  'related.textItem': { 'zh-CN': '计入：{value}{unit}', en: 'counted: {value} {unit}' },
  'year.periodStart': { 'zh-CN': '统计期限应自{expected}起（报告年度为{year}年），正文为“{actual}”', en: 'The statistics period should start on {expected} (report year {year}); the text says "{actual}"' },
  'year.periodEnd': { 'zh-CN': '统计期限应至{expected}止（报告年度为{year}年），正文为“{actual}”', en: 'The statistics period should end on {expected} (report year {year}); the text says "{actual}"' },
  'year.preamble': { 'zh-CN': '“{phrase}”中的年度 {actual} 与报告年度 {expected} 不符', en: 'The year {actual} in "{phrase}" differs from the report year {expected}' },
  'parts.count': { 'zh-CN': '报告开头称共{count}个部分，正文有{actual}个部分', en: 'The preamble says the report has {count} parts; it has {actual}' },
  'parts.absent': { 'zh-CN': '报告开头列出了“{part}”，正文中没有第{ordinal}部分', en: 'The preamble lists "{part}", but the report has no section {ordinal}' },
  'parts.unlisted': { 'zh-CN': '报告开头列出的组成部分中没有第{ordinal}部分“{title}”', en: 'The preamble’s list of parts leaves out section {ordinal} "{title}"' },
  // last year's report
  'previous.carried': { 'zh-CN': '“{cell}”为 {actual}，应等于{source}中的“{prevCell}” {expected}', en: '"{cell}" is {actual}; it should equal "{prevCell}" in {source}: {expected}' },
  'previous.inForce': {
    'zh-CN': '“{cell}”为 {actual}；按{source}的现行有效件数 {previous} + 本年制发 {made} − 本年废止 {repealed}，应为 {expected}（文件修订等情况可能造成差异）',
    en: '"{cell}" is {actual}; {source} had {previous} in force, + {made} made − {repealed} repealed this year = {expected} (revisions can explain a difference)',
  },
  'previous.source': { 'zh-CN': '上年报告', en: 'last year’s report' },
  'previous.sourceNamed': { 'zh-CN': '上年报告（{name}）', en: 'last year’s report ({name})' },
  // content required by the Regulation
  'content.assessment': { 'zh-CN': '人民政府的年度报告应报告工作考核、社会评议和责任追究结果情况，未找到：{missing}', en: 'A people’s government reports its assessment, public review and accountability results; not found: {missing}' },
  'content.assessment2021': {
    'zh-CN': '人民政府的年度报告应在“一、总体情况”中报告工作考核、社会评议和责任追究结果情况，未找到：{missing}',
    en: 'A people’s government reports its assessment, public review and accountability results in section 1; not found: {missing}',
  },
  'content.problems': { 'zh-CN': '第五部分只写了下一步工作打算，没有说明存在的主要问题（如“存在……问题”“不足”“短板”）', en: 'Section 5 gives plans only; it does not say what the problems are (e.g. 存在…问题, 不足, 短板)' },
  'content.fee': { 'zh-CN': '第六部分应说明是否收取信息处理费（如“本年度未收取信息处理费”）', en: 'Section 6 should state whether information processing fees were charged (e.g. 本年度未收取信息处理费)' },
  // fixes
  'fix.setTotal': { 'zh-CN': '将总计改为 {value}', en: 'Set the total to {value}' },
  'fix.fillZero': { 'zh-CN': '填入 0', en: 'Fill in 0' },
  'fix.halfWidth': { 'zh-CN': '改为半角数字“{value}”', en: 'Use half-width digits "{value}"' },
  'fix.removeUnit': { 'zh-CN': '去掉单位，改为“{value}”', en: 'Remove the unit: "{value}"' },
  'fix.renameSection': { 'zh-CN': '将标题改为“{value}”', en: 'Rename the heading to "{value}"' },
  'fix.makeHeading': { 'zh-CN': '改为 Markdown 标题', en: 'Make it a Markdown heading' },
  'fix.insertSection': { 'zh-CN': '插入第{ordinal}部分“{title}”', en: 'Insert section {ordinal} "{title}"' },
  'fix.insertTable': { 'zh-CN': '插入标准“{table}”表', en: 'Insert the standard table "{table}"' },
  'fix.renameLabel': { 'zh-CN': '改为“{value}”', en: 'Change to "{value}"' },
  'fix.useTableValue': { 'zh-CN': '改为表中数值 {value}', en: 'Use the table’s value {value}' },
  'fix.periodDate': { 'zh-CN': '改为{value}', en: 'Change to {value}' },
  // hovers and completions
  'hover.holds': { 'zh-CN': '✓ 相符', en: '✓ holds' },
  'hover.fails': { 'zh-CN': '✗ 不符', en: '✗ does not hold' },
  'hover.tableSays': { 'zh-CN': '表中为', en: 'the table says' },
  'hover.item': { 'zh-CN': '项', en: 'item' },
  'hover.value': { 'zh-CN': '数值', en: 'value' },
  'hover.basis': { 'zh-CN': '依据：', en: 'Basis: ' },
  'hover.agency': { 'zh-CN': '机关：', en: 'Agency: ' },
  'hover.year': { 'zh-CN': '报告年度：', en: 'Report year: ' },
  'hover.formatVersion': { 'zh-CN': '{version}年版格式', en: '{version} format' },
  'hover.formatLine': { 'zh-CN': '适用{version}年版统一格式（{notice}）', en: 'The {version} unified format applies ({notice})' },
  'hover.deadline': {
    'zh-CN': '公布期限（条例第四十九条）：县级以上人民政府部门于{next}年1月31日前；地方人民政府于{next}年3月31日前',
    en: 'Publication deadline (Art. 49): departments by 31 January {next}; local people’s governments by 31 March {next}',
  },
  'completion.section': { 'zh-CN': '标准部分标题', en: 'standard section title' },
  'completion.sectionMissing': { 'zh-CN': '本报告缺少的部分', en: 'missing from this report' },
  'completion.row': { 'zh-CN': '本表缺少的行', en: 'row missing from this table' },
  'completion.table': { 'zh-CN': '{version}年版标准表格', en: '{version} standard table' },
  'completion.report': { 'zh-CN': '{version}年版年度报告框架', en: '{version} annual report skeleton' },
  'symbol.findings': { 'zh-CN': '{count} 个问题', en: '{count} problems' },
  // editor actions (language server)
  'action.fixAll': { 'zh-CN': '修复本文件中所有可自动修复的问题（disclosure-lint）', en: 'Fix all auto-fixable problems (disclosure-lint)' },
  'action.fixAllRule': { 'zh-CN': '修复本文件中所有 {rule} 问题（{count} 处）', en: 'Fix all {rule} problems in this file ({count})' },
  'action.disableLine': { 'zh-CN': '对下一行停用规则 {rule}', en: 'Disable {rule} for this line' },
  'action.disableTable': { 'zh-CN': '对此表格停用规则 {rule}', en: 'Disable {rule} for this table' },
  'action.showDocs': { 'zh-CN': '查看规则 {rule} 的说明', en: 'Show documentation for {rule}' },
  'status.notLinted': { 'zh-CN': '文件过大（{size} 字符），超出编辑器的内存限制，未检查；请用命令行工具 disclosure-lint', en: 'File too large ({size} characters) to check within the editor\'s memory limit; use the disclosure-lint CLI' },
  'status.tooLarge': { 'zh-CN': '文件较大（{size} 字符），仅在保存时检查', en: 'Large file ({size} characters): linted on save only' },
  'status.largeLinting': { 'zh-CN': '文件较大（{size} 字符），正在后台检查…', en: 'Large file ({size} characters): linting in the background…' },
  'status.largeFailed': { 'zh-CN': '文件较大（{size} 字符），检查失败，详见输出面板', en: 'Large file ({size} characters): the lint failed, see the Output panel' },
} satisfies Record<string, Entry>;

export type MessageId = keyof typeof MESSAGES;

export function render(id: MessageId, data: Record<string, string | number>, lang: Lang): string {
  const template = MESSAGES[id][lang];
  return template.replace(/\{(\w+)\}/gu, (m, k: string) => (k in data ? String(data[k]) : m));
}
