import { analyticsEventSchema } from '~/server/analytics/event';
import { truncateIp } from '~/lib/ip-network';
import { trackingAllowed } from '~/server/analytics/privacy';
import type { EventRecorder } from '~/server/analytics/recorder';
import { sharedRecorder, type NewInteraction } from '~/server/analytics/shared-recorder';
import { pathWithKnownParams } from '~/lib/known-params';
import { requestContext, type TrackedEvent } from '~/server/context/request-context';

export type { TrackedEvent };

/** Optional inputs, for tests: the client's address when there is no request context, and a recorder. */
export interface TrackEventDeps {
  clientAddress?: string;
  recorder?: EventRecorder<NewInteraction>;
}

const HOUR_MS = 3_600_000;

/** Only where a visit came from, never the page: `https://www.google.com/search?q=…` → `https://www.google.com`. */
function referrerOrigin(referer: string | null): string | undefined {
  if (!referer) return undefined;
  try {
    const { origin, protocol } = new URL(referer);
    return protocol === 'https:' || protocol === 'http:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records one shopper interaction without delaying the response: returns at once, never
 * throws, and does nothing when the shopper opted out (DNT or GPC) or the event is invalid.
 * It keeps as little as answers the site's questions (docs/security.md#analytics): the client's /24 or /48
 * network, never its address; the page's path with the parameters the site reads, never other
 * query values; the referrer's origin, never its path; no User-Agent; and the hour, not the instant.
 */
export function trackEvent(request: Request, event: TrackedEvent, deps: TrackEventDeps = {}): void {
  // Kept with a cached page, so a later request it answers records the same event (http/serve-page.ts).
  const context = requestContext();
  context?.events.push(event);
  try {
    const { headers } = request;
    if (!trackingAllowed(headers)) return;
    const parsed = analyticsEventSchema.safeParse({
      ...event,
      pageUrl: pathWithKnownParams(new URL(request.url)),
      referrerUrl: referrerOrigin(headers.get('referer')),
    });
    if (!parsed.success) return;
    (deps.recorder ?? sharedRecorder()).record({
      ...parsed.data,
      ipAddress: truncateIp(context?.clientAddress ?? deps.clientAddress),
      // The hour it happened (not when the batch reached the database): enough for daily figures.
      createdAt: new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS),
    });
  } catch (error) {
    console.warn(`[analytics] event not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
