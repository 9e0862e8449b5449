import type { TimingEntry } from '~/server/context/request-context';

const sanitise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'cache';

/** Formats timing entries as a Server-Timing value: `cache;desc="plans-hit";dur=0.4, …` ('' when none). */
export function serverTimingHeader(entries: readonly TimingEntry[]): string {
  return entries
    .map((entry) => {
      const dur = Number.isFinite(entry.durMs) ? Math.max(0, entry.durMs) : 0;
      return `cache;desc="${sanitise(`${entry.kind}-${entry.result}`)}";dur=${dur.toFixed(1)}`;
    })
    .join(', ');
}
