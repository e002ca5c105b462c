import type { Rule } from './rule.js';

export const sectionHeading: Rule = {
  meta: {
    id: 'DL105',
    name: 'section-heading',
    description: { 'zh-CN': '部分标题使用 Markdown 标题，而非普通段落', en: 'Section titles are Markdown headings, not plain paragraphs' },
    defaultSeverity: 'warning',
    fixable: true,
    basis: { 'zh-CN': '文档结构', en: 'document structure' },
    docs: {
      'zh-CN': '从 PDF 或 Word 转来的报告常把部分标题变成普通段落。写成标题后，大纲、目录和网页发布才能正确识别各部分。修复会在段落前加上与其他部分相同级别的“#”。',
      en: 'Reports converted from PDF or Word often turn section titles into plain paragraphs. As headings, the outline, the table of contents and the published page recognise the sections. The fix prefixes the paragraph with "#" marks at the level the other sections use.',
    },
  },
  check({ report, emit }) {
    for (const s of report.sections) {
      if (s.kind !== 'paragraph') continue;
      emit({
        ...s.titleSpan,
        messageId: 'section.notHeading',
        data: { title: s.text },
        fix: { messageId: 'fix.makeHeading', edits: [{ start: s.span.start, end: s.span.start, text: `${'#'.repeat(report.depth)} ` }] },
      });
    }
  },
};
