// A shopper who asks not to be tracked is not tracked: Do Not Track and Global Privacy
// Control (which California treats as a legal opt-out) both switch analytics off.

const optedOut = (value: string | null) => value !== null && value.trim() === '1';

/** Whether this request may be recorded: false when it carries `DNT: 1` or `Sec-GPC: 1`. */
export function trackingAllowed(headers: Headers): boolean {
  return !optedOut(headers.get('dnt')) && !optedOut(headers.get('sec-gpc'));
}
