// Statistics, and running a child process with its wall time, CPU time and peak memory: through GNU
// time (`/usr/bin/time -f`, when it is GNU's) or, failing that, by polling /proc/<pid>/status (VmHWM)
// and /proc/<pid>/stat (utime, stime) while it runs. A child past its time budget is killed.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = values.slice().sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
}

export const median = (v: readonly number[]): number => quantile(v, 0.5);

export const GNU_TIME = ((): boolean => {
  if (!existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' });
  return /GNU/u.test(`${r.stdout}${r.stderr}`);
})();

export const MEMORY_METHOD = GNU_TIME
  ? 'GNU time (/usr/bin/time -f "%e %U %S %M": CPU time and maximum resident set size); for a process killed at its time limit, /proc/<pid>/status VmHWM polled every 20 ms'
  : 'polling /proc/<pid>/status VmHWM and /proc/<pid>/stat utime+stime every 20 ms (GNU time not found)';

export interface ChildFigures {
  wallMs: number;
  cpuMs: number;
  peakMB: number;
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Peak memory and CPU time of a process and its children (GNU time runs node as its child). */
function procStat(pid: number): { hwmKB: number; cpuMs: number } {
  let hwmKB = 0;
  let cpuMs = 0;
  try {
    const hwm = /VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
    hwmKB = Number(hwm?.[1] ?? 0);
    cpuMs = ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * 10;
    for (const c of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean)) {
      const sub = procStat(Number(c));
      hwmKB = Math.max(hwmKB, sub.hwmKB);
      cpuMs += sub.cpuMs;
    }
  } catch {
    // gone
  }
  return { hwmKB, cpuMs };
}

export interface ChildOptions {
  cwd?: string;
  timeoutMs?: number;
  /** Where GNU time writes its line (a scratch folder). */
  scratch: string;
  input?: string;
  /** Keep stdout (default: dropped, counted only); `pipe`: the caller reads and writes the pipes. */
  output?: 'keep' | 'count' | 'pipe';
}

export interface Measured {
  child: ChildProcessWithoutNullStreams;
  done: Promise<ChildFigures>;
}

/** Starts `node args…`, measured: wall time from here to its exit, CPU time and peak memory. */
export function startNode(args: readonly string[], o: ChildOptions): Measured {
  const timeFile = join(o.scratch, `time-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const [cmd, argv] = GNU_TIME ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: o.cwd, detached: true, env: { ...process.env, NO_COLOR: '1' } });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outBytes = 0;
  if (o.output !== 'pipe') {
    child.stdout.on('data', (d: Buffer) => (o.output === 'keep' ? out.push(d) : (outBytes += d.length)));
    child.stdin.end(o.input ?? '');
  }
  child.stderr.on('data', (d: Buffer) => err.push(d));
  let polled = { hwmKB: 0, cpuMs: 0 };
  const poll = setInterval(() => {
    const now = procStat(child.pid ?? 0);
    if (now.hwmKB > 0) polled = { hwmKB: Math.max(polled.hwmKB, now.hwmKB), cpuMs: Math.max(polled.cpuMs, now.cpuMs) };
  }, 20);
  let timedOut = false;
  const kill = (): void => {
    timedOut = true;
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL'); // the process group: GNU time and node
    } catch {
      child.kill('SIGKILL');
    }
  };
  const timer = o.timeoutMs ? setTimeout(kill, o.timeoutMs) : undefined;
  const done = new Promise<ChildFigures>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      let cpuMs = polled.cpuMs;
      let peakMB = polled.hwmKB / 1024;
      if (GNU_TIME && existsSync(timeFile)) {
        const [, user, sys, rss] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        if (user !== undefined && sys !== undefined && rss !== undefined && !Number.isNaN(rss)) {
          cpuMs = (user + sys) * 1000;
          peakMB = rss / 1024;
        }
      }
      rmSync(timeFile, { force: true });
      const stdout = o.output === 'keep' ? Buffer.concat(out).toString('utf8') : `${outBytes} bytes`;
      resolve({ wallMs, cpuMs, peakMB, code, timedOut, stdout, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
  return { child, done };
}

export function runNode(args: readonly string[], o: ChildOptions): Promise<ChildFigures> {
  return startNode(args, o).done;
}

/** The machine, for the README. */
export function machine(): Record<string, string | number> {
  const cpu = /model name\s*:\s*(.+)/u.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  const mem = Number(/MemTotal:\s+(\d+)/u.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return { nproc: Number(nproc), cpu, memoryGB: Math.round(mem / 1024 / 1024 * 10) / 10, node: process.version, loadAverageAtStart: load, memoryMethod: MEMORY_METHOD };
}
