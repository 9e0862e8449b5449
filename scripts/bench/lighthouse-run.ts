// Why: Lighthouse scores come from one place for the bench (performance) and the test (the three deterministic categories).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Debian's chromium; CI installs it with apt-get. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  /** What Lighthouse says is wrong, e.g. the first offending selectors. */
  detail: string;
}

export interface PageAudit {
  name: string;
  path: string;
  scores: Partial<Record<Category, number>>;
  failing: Partial<Record<Category, FailingAudit[]>>;
  metrics: Record<string, string>;
  /** Every run's performance score, in run order, when a page was audited more than once. */
  performanceRuns?: number[];
  /** Lighthouse's error codes for the runs that failed to record and were run again. */
  retried?: string[];
}

/**
 * Lighthouse's runtime errors that say the browser's trace or protocol went wrong ("Please run Lighthouse
 * again"), not the page: Debian's chromium 156 loses the navigation start now and then (NO_NAVSTART).
 * A failed document request (the server's fault) is never retried.
 */
const RETRYABLE = new Set([
  'NO_NAVSTART',
  'NO_TRACING_STARTED',
  'NO_RESOURCE_REQUEST',
  'NO_FCP',
  'NO_LCP',
  'NO_DCL',
  'PROTOCOL_TIMEOUT',
]);
/** Attempts a run gets in all, so a page that never records still stops the bench with Lighthouse's error. */
export const MAX_ATTEMPTS = 3;

/** Whether a run that ended in Lighthouse's runtime error `code` on its `attempt`th try (from 1) is tried again. */
export function shouldRetry(code: string, attempt: number): boolean {
  return RETRYABLE.has(code) && attempt < MAX_ATTEMPTS;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'server-response-time',
  'dom-size',
  'mainthread-work-breakdown',
];

/**
 * Runs Lighthouse (mobile defaults: simulated slow 4G and CPU slowdown) on each page in one headless
 * chromium, `runs` times a page, and keeps each page's median run by performance score (Lighthouse's
 * own advice for variable hosts), with every run's score in `performanceRuns`.
 */
export async function auditPages(
  baseUrl: string,
  pages: { name: string; path: string }[],
  categories: readonly Category[] = CATEGORIES,
  runs = 1,
): Promise<PageAudit[]> {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a whole number from 1, got ${runs}`);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const audits: PageAudit[] = [];
  try {
    for (const page of pages) {
      const tries: PageAudit[] = [];
      const retried: string[] = [];
      for (let i = 0; i < runs; i++)
        tries.push(await auditWithRetries(chrome.port, baseUrl, page, categories, retried));
      audits.push({ ...medianRun(tries), ...(retried.length ? { retried } : {}) });
    }
  } finally {
    chrome.kill();
  }
  return audits;
}

/** The run whose performance score is the median (the lower middle one for an even count). */
export function medianRun(tries: PageAudit[]): PageAudit {
  const byScore = [...tries].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = byScore[Math.floor((byScore.length - 1) / 2)]!;
  return { ...median, performanceRuns: tries.map((t) => t.scores.performance ?? 0) };
}

class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function auditWithRetries(
  port: number,
  baseUrl: string,
  page: { name: string; path: string },
  categories: readonly Category[],
  retried: string[],
): Promise<PageAudit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(port, baseUrl, page, categories);
    } catch (error) {
      if (!(error instanceof RuntimeError) || !shouldRetry(error.code, attempt)) throw error;
      retried.push(error.code);
    }
  }
}

async function auditOnce(
  port: number,
  baseUrl: string,
  page: { name: string; path: string },
  categories: readonly Category[],
): Promise<PageAudit> {
  const result = await lighthouse(baseUrl + page.path, {
    port,
    output: 'json',
    logLevel: 'silent',
    onlyCategories: [...categories],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  const lhr = result.lhr;
  if (lhr.runtimeError)
    throw new RuntimeError(lhr.runtimeError.code, `Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
  const audit: PageAudit = { ...page, scores: {}, failing: {}, metrics: {} };
  for (const category of categories) {
    const c = lhr.categories[category];
    if (!c) continue;
    audit.scores[category] = Math.round((c.score ?? 0) * 100);
    audit.failing[category] = c.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => ({ id: a.id, title: a.title, score: a.score!, detail: describe(a.details) }));
  }
  for (const id of METRICS) if (lhr.audits[id]) audit.metrics[id] = lhr.audits[id].displayValue ?? '';
  // The machine's speed as Lighthouse measured it just before the run: its scores fall as this does.
  audit.metrics['cpu benchmark index'] = String(Math.round(lhr.environment.benchmarkIndex));
  const work = (
    lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel?: string; duration: number }[] }
  )?.items;
  if (work)
    audit.metrics['main-thread top'] = work
      .slice(0, 3)
      .map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`)
      .join(', ');
  return audit;
}

/** The first few offending nodes or URLs of an audit's details table. */
function describe(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      return node?.selector ?? node?.snippet ?? (typeof item.url === 'string' ? item.url : JSON.stringify(item));
    })
    .join('; ')
    .slice(0, 300);
}
