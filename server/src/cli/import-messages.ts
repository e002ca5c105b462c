// The strings of `disclosure-lint import`, in both languages (the lint command's are in messages.ts,
// whose generic ones — unknown option, cannot read, cannot write — the import command shares).
import type { Lang } from '../engine/index.js';

const zh = {
  usage: '用法：disclosure-lint import <文件> [-o <输出文件>] [--force]',
  intro:
    '把年度报告转换为标准 Markdown：从 PDF 提取的纯文本（.txt）、保存的网页（.html、.htm）或 Word 文档（.docx）。\n' +
    '识别报告标题、部分标题和统一格式表格，表格按模板的标准版式写出；数字和文字照原样保留，不作任何修正。',
  optionsTitle: '选项：',
  options: [
    ['-o, --output <文件>', '写入一个新文件（默认写到标准输出）；文件已存在时不覆盖'],
    ['    --force', '允许覆盖已存在的输出文件（源文件永远不会被改写）'],
    ['    --lang <语言>', '消息语言：zh-CN（默认）、en'],
    ['-h, --help', '显示本帮助'],
  ] as ReadonlyArray<readonly [string, string]>,
  exitCodes: '退出码：0 转换完成；2 用法错误，或文件无法读取、解码或写入。',
  command: '  disclosure-lint import <文件>  把 PDF 文本、网页或 Word 文档转换为标准 Markdown（disclosure-lint import --help）',
  commandsTitle: '命令：',
  noFile: '没有指定要导入的文件',
  oneFile: (n: number) => `一次只能导入一个文件，实际有 ${n} 个`,
  unsupported: (p: string, exts: string) => `${p}：不支持的文件类型，可导入：${exts}`,
  cannotDecode: (p: string) => `${p}：无法识别文本编码（支持 UTF-8、UTF-16、GB18030/GBK）`,
  badDocx: (p: string, why: string) => `${p}：无法读取 Word 文档（${why}）`,
  exists: (p: string) => `${p}：文件已存在，未覆盖（要覆盖请加 --force）`,
  sameAsSource: (p: string) => `${p}：输出文件不能是源文件本身`,
  done: (src: string, out: string, n: number) => `${src} → ${out}：识别出 ${n} 张统一格式表格`,
  unrecognised: (n: number) => `有 ${n} 张表格不是统一格式表格，已按原样写出`,
  noTitle: '没有找到报告标题（“……政府信息公开工作年度报告”），检查时可能不会被当作年度报告',
  stdout: '标准输出',
};

export type ImportCatalogue = typeof zh;

const en: ImportCatalogue = {
  usage: 'Usage: disclosure-lint import <file> [-o <output>] [--force]',
  intro:
    'Converts an annual report to standard Markdown: text extracted from a PDF (.txt), a saved web page\n' +
    '(.html, .htm) or a Word document (.docx). The title, the section titles and the tables of the unified\n' +
    'format are recognised and the tables written in the template\'s standard layout; numbers and words are\n' +
    'kept exactly as written, nothing is corrected.',
  optionsTitle: 'Options:',
  options: [
    ['-o, --output <file>', 'write a new file (default: standard output); an existing file is not overwritten'],
    ['    --force', 'allow overwriting an existing output file (the source is never written)'],
    ['    --lang <lang>', 'language of messages: zh-CN (default), en'],
    ['-h, --help', 'show this help'],
  ],
  exitCodes: 'Exit codes: 0 converted; 2 usage error, or a file could not be read, decoded or written.',
  command: '  disclosure-lint import <file>  convert PDF text, a web page or a Word document to standard Markdown (disclosure-lint import --help)',
  commandsTitle: 'Commands:',
  noFile: 'no file to import given',
  oneFile: (n) => `import takes one file at a time, got ${n}`,
  unsupported: (p, exts) => `${p}: unsupported file type; can import: ${exts}`,
  cannotDecode: (p) => `${p}: unknown text encoding (UTF-8, UTF-16 and GB18030/GBK are supported)`,
  badDocx: (p, why) => `${p}: cannot be read as a Word document (${why})`,
  exists: (p) => `${p}: already exists, not overwritten (use --force to overwrite it)`,
  sameAsSource: (p) => `${p}: the output cannot be the source file itself`,
  done: (src, out, n) => `${src} → ${out}: ${n} table${n === 1 ? '' : 's'} of the unified format recognised`,
  unrecognised: (n) => `${n} table${n === 1 ? ' is' : 's are'} not of the unified format and ${n === 1 ? 'was' : 'were'} written as ${n === 1 ? 'it stands' : 'they stand'}`,
  noTitle: 'no report title found ("…政府信息公开工作年度报告"); the linter may not take the result for an annual report',
  stdout: 'standard output',
};

export function importMessages(lang: Lang): ImportCatalogue {
  return lang === 'en' ? en : zh;
}
