import { describe, expect, it } from 'vitest';
import { analyticsEventSchema, MAX_EVENT_DATA_BYTES } from '~/server/analytics/event';

const parse = (input: Record<string, unknown>) => analyticsEventSchema.safeParse({ eventType: 'plan_view', ...input });

describe('analyticsEventSchema', () => {
  it('accepts the four event types and nothing else', () => {
    for (const eventType of ['zip_lookup', 'plan_view', 'comparison', 'filter']) {
      expect(analyticsEventSchema.safeParse({ eventType }).success, eventType).toBe(true);
    }
    expect(analyticsEventSchema.safeParse({ eventType: 'page_view' }).success).toBe(false);
    expect(analyticsEventSchema.safeParse({}).success).toBe(false);
  });

  it('cuts long text to its column limit instead of refusing the event', () => {
    const result = parse({ pageUrl: `https://x.test/${'a'.repeat(3000)}`, userAgent: 'u'.repeat(600) });
    expect(result.success).toBe(true);
    expect(result.data?.pageUrl).toHaveLength(2000);
    expect(result.data?.userAgent).toHaveLength(512);
    expect(parse({ referrerUrl: 'r'.repeat(2001) }).data?.referrerUrl).toHaveLength(2000);
  });

  it('never leaves half a surrogate pair or a NUL, which PostgreSQL would refuse', () => {
    const cut = parse({ userAgent: `${'u'.repeat(511)}😀` }).data?.userAgent;
    expect(cut).toBe('u'.repeat(511));
    expect(parse({ pageUrl: 'https://x.test/a\0b' }).data?.pageUrl).toBe('https://x.test/ab');
  });

  it('refuses event data over the size limit or not storable as jsonb', () => {
    expect(parse({ eventData: { note: 'x'.repeat(MAX_EVENT_DATA_BYTES - 20) } }).success).toBe(true);
    expect(parse({ eventData: { note: 'x'.repeat(MAX_EVENT_DATA_BYTES) } }).success).toBe(false);
    expect(parse({ eventData: { note: 'é'.repeat(MAX_EVENT_DATA_BYTES / 2) } }).success).toBe(false);
    expect(parse({ eventData: { note: 'a\0b' } }).success).toBe(false);
    expect(parse({ eventData: { n: 10n } }).success).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parse({ eventData: cyclic }).success).toBe(false);
    expect(parse({ eventData: ['not', 'a', 'record'] }).success).toBe(false);
  });

  it('stores event data as the JSON it was measured as', () => {
    expect(parse({ eventData: { kept: 1, gone: undefined, nested: { a: [1, 'b'] } } }).data?.eventData).toEqual({
      kept: 1,
      nested: { a: [1, 'b'] },
    });
  });

  it('checks ZIP codes, city slugs and session ids', () => {
    expect(parse({ zipCode: '75201' }).success).toBe(true);
    for (const zipCode of ['7520', '752011', 'abcde', ' 75201'])
      expect(parse({ zipCode }).success, zipCode).toBe(false);
    expect(parse({ citySlug: 'fort-worth' }).success).toBe(true);
    for (const citySlug of ['Fort Worth', 'fort--worth', '-dallas', '', 'a'.repeat(101)]) {
      expect(parse({ citySlug }).success, citySlug).toBe(false);
    }
    expect(parse({ sessionId: 's'.repeat(255) }).success).toBe(true);
    expect(parse({ sessionId: 's'.repeat(256) }).success).toBe(false);
    expect(parse({ sessionId: 'a\nb' }).success).toBe(false);
    expect(parse({ sessionId: '' }).success).toBe(false);
  });
});
