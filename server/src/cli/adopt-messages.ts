// The CLI's strings for adopting the linter in a project: configuration files, ignore files,
// baselines and --fix refusals, in both languages (the rest of the catalogue is messages.ts).
import type { Lang } from '../engine/index.js';

const zh = {
  configInvalid: (detail: string) => `配置文件无效：${detail}`,
  configConflict: '--config 与 --no-config 不能同时使用',
  baselineConflict: '--baseline 与 --write-baseline 不能同时使用',
  ignored: (p: string) => `${p}：被 .disclosure-lintignore 或配置中的 ignores 排除，未检查`,
  baselineInvalid: (p: string, why: string) => `基线文件 ${p} 无效（${why}）`,
  baselineWritten: (p: string, n: number, files: number) => `已把 ${files} 个文件中的 ${n} 个问题写入基线 ${p}`,
  baselineUnused: (n: number, p: string) => `基线 ${p} 中有 ${n} 个问题已不再出现；可用 --write-baseline 重新生成`,
  baselineSuppressed: (n: number) => `另有 ${n} 个问题已记入基线，未显示`,
  outsideTree: (p: string) => `${p}：是指向所检查的文件夹之外的符号链接，未写入修复`,
};

export type AdoptCatalogue = typeof zh;

const en: AdoptCatalogue = {
  configInvalid: (detail) => `invalid configuration: ${detail}`,
  configConflict: '--config and --no-config cannot be used together',
  baselineConflict: '--baseline and --write-baseline cannot be used together',
  ignored: (p) => `${p}: excluded by .disclosure-lintignore or the configuration's ignores, not linted`,
  baselineInvalid: (p, why) => `the baseline ${p} is not valid (${why})`,
  baselineWritten: (p, n, files) => `wrote ${n} ${n === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'} to the baseline ${p}`,
  baselineUnused: (n, p) => `${n} ${n === 1 ? 'problem' : 'problems'} in the baseline ${p} no longer occur; --write-baseline rewrites it`,
  baselineSuppressed: (n) => `${n} more ${n === 1 ? 'problem is' : 'problems are'} in the baseline and not shown`,
  outsideTree: (p) => `${p}: a symbolic link to outside the folder being linted; the fix was not written`,
};

export function adoptMessages(lang: Lang): AdoptCatalogue {
  return lang === 'en' ? en : zh;
}
