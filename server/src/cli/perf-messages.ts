// The strings of the throughput options (--jobs, --cache, --cache-location, --shard, --max-file-size),
// in both languages; kept apart from messages.ts so that the two can change independently.
import type { Lang } from '../engine/index.js';

const zh = {
  options: [
    ['-j, --jobs <数量>', '并行检查的线程数：主线程加 N−1 个工作线程（默认为 CPU 核数；1 表示不用工作线程）'],
    ['    --cache', '只检查内容、配置或检查器版本有变化的文件，其余结果取自缓存文件'],
    ['    --cache-location <路径>', '缓存文件的位置（默认 ./.disclosure-lint-cache；给文件夹时放在其中）'],
    ['    --shard <i/n>', '只检查 n 份中的第 i 份（按相对路径的稳定哈希划分，用于 CI 并行）'],
    ['    --max-file-size <字符>', '超过此字符数的文件给出警告但仍然检查（默认 2000000；0 表示不警告）'],
  ] as ReadonlyArray<readonly [string, string]>,
  badJobs: (v: string) => `--jobs 需要正整数，收到“${v}”`,
  badShard: (v: string) => `--shard 的格式应为 i/n（1 ≤ i ≤ n，如 2/4），收到“${v}”`,
  shardStdin: '--shard 不能与标准输入（-）一起使用',
  badMaxFileSize: (v: string) => `--max-file-size 需要非负整数，收到“${v}”`,
  tooLarge: (p: string, size: number, max: number) => `${p}：文件有 ${size} 个字符，超过 --max-file-size（${max}），检查可能较慢并占用较多内存`,
  cacheNotWritten: (p: string, why: string) => `无法写入缓存文件 ${p}（${why}），本次结果未缓存`,
  workerFailed: (p: string, why: string) => `${p}：检查线程异常退出（${why}）`,
};

export type PerfCatalogue = typeof zh;

const en: PerfCatalogue = {
  options: [
    ['-j, --jobs <n>', 'lint on this many threads: the main one and N − 1 workers (default: the number of CPU cores; 1: no worker threads)'],
    ['    --cache', 'only lint files whose content, configuration or linter version changed; the rest comes from the cache file'],
    ['    --cache-location <path>', 'the cache file (default ./.disclosure-lint-cache; a folder: the file goes in it)'],
    ['    --shard <i/n>', 'lint only part i of n (split by a stable hash of the relative path, for CI matrices)'],
    ['    --max-file-size <chars>', 'warn about files longer than this, and still lint them (default 2000000; 0: never warn)'],
  ],
  badJobs: (v) => `--jobs needs a positive integer, got "${v}"`,
  badShard: (v) => `--shard expects i/n with 1 ≤ i ≤ n (such as 2/4), got "${v}"`,
  shardStdin: '--shard cannot be used with standard input (-)',
  badMaxFileSize: (v) => `--max-file-size needs a non-negative integer, got "${v}"`,
  tooLarge: (p, size, max) => `${p}: ${size} characters, more than --max-file-size (${max}); linting it may be slow and use much memory`,
  cacheNotWritten: (p, why) => `cannot write the cache file ${p} (${why}); this run's results are not cached`,
  workerFailed: (p, why) => `${p}: the lint thread failed (${why})`,
};

export function perfMessages(lang: Lang): PerfCatalogue {
  return lang === 'en' ? en : zh;
}
