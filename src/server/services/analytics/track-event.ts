import { analyticsEventSchema } from '~/server/analytics/event';
import { truncateIp } from '~/lib/ip-network';
import { trackingAllowed } from '~/server/analytics/privacy';
import type { EventRecorder } from '~/server/analytics/recorder';
import { sharedRecorder, type NewInteraction } from '~/server/analytics/shared-recorder';
import { requestContext, type TrackedEvent } from '~/server/context/request-context';

export type { TrackedEvent };

/** Optional inputs: Astro's `clientAddress`, and a recorder for tests. */
export interface TrackEventDeps {
  /** The socket's peer address (`Astro.clientAddress`), used when no proxy header names one. */
  clientAddress?: string;
  recorder?: EventRecorder<NewInteraction>;
}

/** The first client address the request names that is a real IP, reduced to its network. */
function clientNetwork(headers: Headers, clientAddress: string | undefined): string | null {
  const candidates = [headers.get('x-forwarded-for')?.split(',')[0], headers.get('x-real-ip'), clientAddress];
  for (const candidate of candidates) {
    const network = truncateIp(candidate);
    if (network) return network;
  }
  return null;
}

/**
 * Records one shopper interaction without delaying the response: returns at once, never
 * throws, and does nothing when the shopper opted out (DNT or GPC) or the event is invalid.
 * Only the client's /24 (IPv4) or /48 (IPv6) network is kept, never its address.
 */
export function trackEvent(request: Request, event: TrackedEvent, deps: TrackEventDeps = {}): void {
  // Kept with a cached page, so a later request it answers records the same event (http/serve-page.ts).
  requestContext()?.events.push(event);
  try {
    const { headers } = request;
    if (!trackingAllowed(headers)) return;
    const parsed = analyticsEventSchema.safeParse({
      ...event,
      pageUrl: request.url,
      referrerUrl: headers.get('referer') ?? undefined,
      userAgent: headers.get('user-agent') ?? undefined,
    });
    if (!parsed.success) return;
    (deps.recorder ?? sharedRecorder()).record({
      ...parsed.data,
      ipAddress: clientNetwork(headers, deps.clientAddress),
      createdAt: new Date(), // when it happened, not when the batch reached the database
    });
  } catch (error) {
    console.warn(`[analytics] event not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
