import { BlockList, isIP } from 'node:net';

/**
 * The proxies whose X-Forwarded-For we believe (TRUSTED_PROXIES: addresses and CIDR ranges).
 * Any client can send that header, so by default no proxy is trusted, loopback included.
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  /** Parses `10.0.0.0/8, 2001:db8::/32, 127.0.0.1`; throws on an entry that is not an address or range. */
  constructor(spec: string | undefined) {
    const entries = (spec ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    for (const entry of entries) {
      const [address, bits, ...rest] = entry.split('/') as [string, string | undefined, ...string[]];
      if (rest.length > 0) throw new RangeError(`not a CIDR range: "${entry}"`);
      const family = isIP(address);
      if (family === 0) throw new RangeError(`not an IP address or CIDR range: "${entry}"`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) this.list.addAddress(address, type);
      else {
        const prefix = Number(bits);
        if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128))
          throw new RangeError(`not a CIDR range: "${entry}"`);
        this.list.addSubnet(address, prefix, type);
      }
    }
    this.size = entries.length;
  }

  /** Whether an address (as a socket reports it) is one of the trusted proxies. */
  has(address: string | undefined): boolean {
    const plain = unmap(address);
    if (!plain || this.size === 0) return false;
    const family = isIP(plain);
    return family !== 0 && this.list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }
}

// A dual-stack socket reports IPv4 peers as ::ffff:1.2.3.4.
const unmap = (address: string | undefined) => address?.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The client's address: the connection's own peer, unless that peer is a trusted proxy, in
 * which case the nearest address in X-Forwarded-For that is not itself a trusted proxy (read
 * right to left: the left part is whatever the client chose to send). On Netlify the adapter's
 * clientAddress is already the platform's own client IP, so nothing is read from headers there.
 */
export function clientAddressOf(
  request: { headers: Pick<Headers, 'get'> },
  peer: string | undefined,
  trusted: TrustedProxies,
): string | undefined {
  let address = unmap(peer);
  if (!trusted.has(address)) return address;
  const hops = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => unmap(h)!)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    address = hops[i];
    if (!trusted.has(address)) return isIP(address ?? '') ? address : undefined;
  }
  return address;
}
