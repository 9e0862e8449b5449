// What one analytics event may contain. Free text is cut to size rather than refused (a long
// URL is still a page view); structured fields that are wrong make the event invalid, and an
// invalid event is ignored. Values PostgreSQL would refuse (a NUL character in text or JSON)
// are removed or refused here, because one bad row would fail the whole batch it is written in.
import { z } from 'zod';
import { isSlug } from '~/lib/slug';
import { EVENT_TYPES } from '~/server/context/request-context';

/** Largest `event_data`, in bytes of JSON: details of one interaction, never a payload. */
export const MAX_EVENT_DATA_BYTES = 2048;

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair, dropping NULs. */
function clip(text: string, max: number): string {
  const clean = text.replace(/\0/g, '');
  if (clean.length <= max) return clean;
  const end = /[\uD800-\uDBFF]/.test(clean.charAt(max - 1)) ? max - 1 : max;
  return clean.slice(0, end);
}

const clippedText = (max: number) => z.string().transform((text) => clip(text, max));

/** The JSON text PostgreSQL will receive, or null when the value cannot be stored as jsonb. */
function storableJson(value: unknown): string | null {
  try {
    const json = JSON.stringify(value);
    return json !== undefined && !json.includes('\\u0000') ? json : null;
  } catch {
    return null; // a cycle or a BigInt
  }
}

const eventData = z.record(z.string(), z.unknown()).transform((data, ctx) => {
  const json = storableJson(data);
  if (json === null || Buffer.byteLength(json) > MAX_EVENT_DATA_BYTES) {
    ctx.addIssue({ code: 'custom', message: `must be JSON of at most ${MAX_EVENT_DATA_BYTES} bytes without NUL` });
    return z.NEVER;
  }
  // Exactly what was measured is what gets stored (undefined members and functions are gone).
  return JSON.parse(json) as Record<string, unknown>;
});

/** One event as the recorder stores it (without the client network, which is derived). */
export const analyticsEventSchema = z.object({
  eventType: z.enum(EVENT_TYPES),
  eventData: eventData.optional(),
  pageUrl: clippedText(2000).optional(),
  referrerUrl: clippedText(2000).optional(),
  userAgent: clippedText(512).optional(),
  zipCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  citySlug: z.string().max(100).refine(isSlug, 'must be a city slug').optional(),
  sessionId: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters')
    .optional(),
});

/** What a caller may pass in (before clipping). */
export type AnalyticsEventInput = z.input<typeof analyticsEventSchema>;
/** A validated event, every field within its column's limits. */
export type AnalyticsEvent = z.output<typeof analyticsEventSchema>;
