// An Atom 1.0 document (RFC 4287) of a city's market changes. Every value is escaped, and
// every date is the export date a change appeared in, never the time it was imported.
import { describeNew, describePriceChange, type FeedEntry } from '../market';

// XML 1.0 forbids most control characters even escaped; an export's text could carry one.

const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const escapeXml = (s: string) =>
  s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** An export date as an Atom timestamp: midnight in Texas (06:00 UTC, as CST). */
export const exportInstant = (date: string) => `${date}T06:00:00Z`;

/** What a feed is about and where it lives. */
export interface AtomFeedInput {
  /** The feed's own absolute URL (its permanent id). */
  selfUrl: string;
  /** The page it is a feed of. */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** The newest export date: the feed's <updated> when it has no entry. */
  newestExport: string | null;
  entries: readonly FeedEntry[];
  /** The absolute URL of a plan's page. */
  planUrl: (planId: string) => string;
}

const centsText = (dollars: string | null) =>
  dollars === null ? 'no posted price' : `${(Number(dollars) * 100).toFixed(1)}¢/kWh`;

function entryXml(e: FeedEntry, input: AtomFeedInput): string {
  const title =
    e.kind === 'new'
      ? `New: ${e.name} by ${e.provider}, ${centsText(e.rate1000Kwh)} at 1,000 kWh`
      : `Price cut: ${e.name} by ${e.provider}, ${centsText(e.from)} → ${centsText(e.to)} at 1,000 kWh`;
  const summary =
    e.kind === 'new'
      ? `${e.name} (${e.provider}) is ${describeNew(e.date)} in the Power to Choose export.`
      : `${e.name} (${e.provider}): ${describePriceChange({ ...e, previousDate: e.date, direction: 'cut' })}.`;
  const url = input.planUrl(e.planId);
  return (
    `<entry><id>${escapeXml(`${url}#${e.kind}-${e.date}`)}</id><title>${escapeXml(title)}</title>` +
    `<updated>${exportInstant(e.date)}</updated><link rel="alternate" type="text/html" href="${escapeXml(url)}"/>` +
    `<summary>${escapeXml(summary)}</summary></entry>`
  );
}

/** The feed document. */
export function atomFeed(input: AtomFeedInput): string {
  const newest = input.entries[0]?.date ?? input.newestExport;
  const updated = newest ? exportInstant(newest) : '1970-01-01T00:00:00Z';
  return (
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">` +
    `<id>${escapeXml(input.selfUrl)}</id><title>${escapeXml(input.title)}</title>` +
    `<subtitle>${escapeXml(input.subtitle)}</subtitle><updated>${updated}</updated>` +
    `<author><name>ChooseMyPower</name></author>` +
    `<link rel="self" type="application/atom+xml" href="${escapeXml(input.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>` +
    input.entries.map((e) => entryXml(e, input)).join('') +
    `</feed>`
  );
}
