// MongoDB ObjectId layout (24 hex chars): 4-byte seconds timestamp, 5-byte random value
// fixed per process, 3-byte counter starting at a random point. The random parts come from the
// platform CSPRNG (Web Crypto), not Math.random, which is neither unique across processes nor
// unpredictable (docs/database.md).

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const processRandom = hex(crypto.getRandomValues(new Uint8Array(5)));
let counter = crypto.getRandomValues(new Uint32Array(1))[0]! & 0xffffff;

/** A new 24-hex ObjectId; `now` is injectable so tests can pin the timestamp. */
export function newObjectId(now: Date = new Date()): string {
  const seconds = Math.floor(now.getTime() / 1000);
  if (seconds < 0 || seconds > 0xffffffff)
    throw new RangeError(`timestamp out of ObjectId range: ${now.toISOString()}`);
  counter = (counter + 1) & 0xffffff;
  return seconds.toString(16).padStart(8, '0') + processRandom + counter.toString(16).padStart(6, '0');
}

/** Whether a string is a 24-hex ObjectId (the plan id format). */
export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}

/** The creation time encoded in an ObjectId's first four bytes. */
export function objectIdTime(id: string): Date {
  if (!isObjectId(id)) throw new TypeError(`not an ObjectId: ${id}`);
  return new Date(Number.parseInt(id.slice(0, 8), 16) * 1000);
}
