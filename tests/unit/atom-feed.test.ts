import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { atomFeed, exportInstant } from '~/lib/feed/atom';
import type { FeedEntry } from '~/lib/market';

const base = { planId: '6b0f2528f54fb4758230cea3', provider: 'Chariot Energy', tdspDuns: '1039940674000' };
const input = (entries: FeedEntry[]) => ({
  selfUrl: 'https://example.test/texas/dallas/feed.xml',
  pageUrl: 'https://example.test/texas/dallas',
  title: 'Dallas: new plans & price cuts',
  subtitle: 'From the Power to Choose export',
  newestExport: '2026-01-29',
  entries,
  planUrl: (id: string) => `https://example.test/plans/${id}`,
});
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (n) => ['entry', 'link'].includes(n) }).parse(xml).feed;

describe('the Atom feed', () => {
  it('is well-formed even when a plan name carries markup, ampersands and control characters', () => {
    const xml = atomFeed(
      input([
        {
          kind: 'new',
          date: '2026-01-28',
          ...base,
          name: 'Bright <b>Nights</b> & "Days" ]]>\u0001',
          rate1000Kwh: '0.1330',
        },
      ]),
    );
    expect(SyntaxValidator.validate(xml, { invalidCharSequence: { tagValue: true, attrLt: true } })).toBe(true);
    const [entry] = parse(xml).entry;
    expect(entry.title).toBe('New: Bright <b>Nights</b> & "Days" ]]> by Chariot Energy, 13.3¢/kWh at 1,000 kWh');
  });

  it('dates each entry by its export, and the feed by its newest entry', () => {
    const xml = atomFeed(
      input([
        { kind: 'price-drop', date: '2026-01-22', ...base, name: 'A', from: '0.1430', to: '0.1350', deltaCents: -0.8 },
        { kind: 'new', date: '2026-01-16', ...base, name: 'B', rate1000Kwh: null },
      ]),
    );
    const feed = parse(xml);
    expect(feed.updated).toBe('2026-01-22T06:00:00Z');
    expect(feed.entry.map((e: { updated: string }) => e.updated)).toEqual([
      exportInstant('2026-01-22'),
      exportInstant('2026-01-16'),
    ]);
    expect(feed.entry[0].title).toBe('Price cut: A by Chariot Energy, 14.3¢/kWh → 13.5¢/kWh at 1,000 kWh');
    expect(feed.entry[1].title).toContain('no posted price');
    expect(feed.entry[0].id).not.toBe(feed.entry[1].id);
  });

  it('falls back to the newest export date when nothing changed, and to the epoch with no data', () => {
    expect(parse(atomFeed(input([]))).updated).toBe('2026-01-29T06:00:00Z');
    expect(parse(atomFeed({ ...input([]), newestExport: null })).updated).toBe('1970-01-01T00:00:00Z');
  });
});

describe('the Atom feed, field by field', () => {
  it('writes the header, the links and each entry’s id, link and summary', () => {
    const xml = atomFeed(
      input([
        { kind: 'new', date: '2026-01-28', ...base, name: "Joe's 12", rate1000Kwh: '0.1330' },
        { kind: 'price-drop', date: '2026-01-22', ...base, name: 'A', from: '0.1430', to: '0.1350', deltaCents: -0.8 },
      ]),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      true,
    );
    expect(xml.endsWith('</entry></feed>')).toBe(true);
    expect(xml).toContain('<title>New: Joe&apos;s 12 by Chariot Energy');
    const feed = parse(xml);
    expect(feed.id).toBe('https://example.test/texas/dallas/feed.xml');
    expect(feed.title).toBe('Dallas: new plans & price cuts');
    expect(feed.subtitle).toBe('From the Power to Choose export');
    expect(feed.author).toEqual({ name: 'ChooseMyPower' });
    expect(feed.link).toEqual([
      { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': 'https://example.test/texas/dallas/feed.xml' },
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://example.test/texas/dallas' },
    ]);
    const url = `https://example.test/plans/${base.planId}`;
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      `${url}#new-2026-01-28`,
      `${url}#price-drop-2026-01-22`,
    ]);
    expect(feed.entry[0].link).toEqual([{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': url }]);
    expect(feed.entry[0].summary).toMatch(/^Joe's 12 \(Chariot Energy\) is .+ in the Power to Choose export\.$/);
    expect(feed.entry[1].summary).toMatch(/^A \(Chariot Energy\): .+\.$/);
    expect(feed.entry[1].summary).not.toContain('Power to Choose export');
  });
});
