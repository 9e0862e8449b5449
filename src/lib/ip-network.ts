// Client addresses are reduced to their network before anything stores them: an IPv4
// address to its /24 and an IPv6 address to its /48, which is what the database's CHECK
// on user_interactions.ip_address admits. Enough for rough geography, never one household.
import { isIP } from 'node:net';

/** IPv6 `::ffff:0:0/96`: an IPv4 address carried in IPv6, as dual-stack sockets report it. */
const isV4Mapped = (g: number[]) => g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;

/**
 * The client's network, ready for an `inet` column: `203.0.113.77` → `203.0.113.0/24`,
 * `2001:db8:85a3::8a2e:370:7334` → `2001:db8:85a3::/48`, `::ffff:1.2.3.4` → `1.2.3.0/24`.
 * Accepts brackets (`[2001:db8::1]`, `[2001:db8::1]:443`), a port on IPv4 (`1.2.3.4:80`) and a
 * zone (`fe80::1%eth0`). Anything that is not an address gives null, never an error.
 */
export function truncateIp(ip: string | null | undefined): string | null {
  if (typeof ip !== 'string' || ip.length > 100) return null;
  let address = ip.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else address = address.replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/, '$1');
  if (address.includes(':')) address = address.replace(/%[^%]+$/, '');

  const family = isIP(address);
  if (family === 4) return ipv4Network(address);
  if (family !== 6) return null;
  const groups = ipv6Groups(address);
  if (!groups) return null;
  if (isV4Mapped(groups)) {
    const [hi, lo] = [groups[6]!, groups[7]!];
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.0/24`;
  }
  // RFC 5952 form, as PostgreSQL prints it: the zero run always includes the five zeroed groups.
  const head = groups.slice(0, 3).map((g) => g.toString(16));
  while (head.length > 0 && head[head.length - 1] === '0') head.pop();
  return `${head.join(':')}::/48`;
}

const ipv4Network = (address: string) => `${address.split('.').slice(0, 3).join('.')}.0/24`;

/** The eight 16-bit groups of an address that isIP() already accepted as IPv6. */
function ipv6Groups(address: string): number[] | null {
  const parseSide = (side: string): number[] => {
    if (side === '') return [];
    const parts = side.split(':');
    const last = parts[parts.length - 1]!;
    const groups = parts.slice(0, last.includes('.') ? -1 : undefined).map((p) => parseInt(p, 16));
    if (last.includes('.')) {
      const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number];
      groups.push((a << 8) | b, (c << 8) | d);
    }
    return groups;
  };
  const sides = address.toLowerCase().split('::');
  const head = parseSide(sides[0]!);
  const tail = sides.length > 1 ? parseSide(sides[1]!) : [];
  const zeros = 8 - head.length - tail.length;
  if (sides.length > 2 || zeros < 0 || (sides.length === 1 && zeros !== 0)) return null;
  const groups = [...head, ...new Array<number>(zeros).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
