// Why: a .cpuprofile is a call tree with samples; the question "what costs the most" wants self time per function.
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  /** function (file:line), or a V8 pseudo-frame such as "(garbage collector)". */
  name: string;
  file: string;
  ms: number;
  /** Share of all sampled time, idle included. */
  percent: number;
  /** Share of the time the process was not idle. */
  busyPercent: number;
}

const IDLE = new Set(['(idle)', '(program)']);

/** Shortens a file URL to the part a reader recognises: the package, or the path under dist/ or src/. */
export function shortFile(url: string): string {
  if (!url) return '';
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]}`;
  const inBuild = /.*\/(dist\/.*|src\/.*|scripts\/.*)$/.exec(path);
  return inBuild ? inBuild[1]! : path;
}

/** Monotonic microseconds, the clock V8 stamps profiles with (CLOCK_MONOTONIC on Linux, shared across processes). */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Self time per function (summed over every node with the same name, file and line), largest first;
 * only samples inside `window` (monotonic µs, e.g. the load run without start-up) when given.
 */
export function selfTimes(
  profile: CpuProfile,
  by: 'function' | 'file' = 'function',
  window?: { fromUs: number; toUs: number },
): SelfTime[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { name: string; file: string; us: number }>();
  let all = 0;
  let idle = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = Math.max(0, profile.timeDeltas[i] ?? 0);
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    all += us;
    if (IDLE.has(frame.functionName)) idle += frame.functionName === '(idle)' ? us : 0;
    const file = shortFile(frame.url);
    const fn = frame.functionName || '(anonymous)';
    const name = by === 'file' ? file || fn : file ? `${fn} (${file}:${frame.lineNumber + 1})` : fn;
    const entry = totals.get(name) ?? { name, file, us: 0 };
    entry.us += us;
    totals.set(name, entry);
  });
  const busy = all - idle;
  return [...totals.values()]
    .filter((t) => t.name !== '(idle)')
    .sort((a, b) => b.us - a.us)
    .map((t) => ({
      name: t.name,
      file: t.file,
      ms: t.us / 1000,
      percent: all ? (100 * t.us) / all : 0,
      busyPercent: busy ? (100 * t.us) / busy : 0,
    }));
}
