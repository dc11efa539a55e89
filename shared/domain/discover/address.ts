/**
 * Classifies IP addresses so the fetcher can refuse to be steered at internal services (SSRF):
 * loopback, private networks, link-local, cloud metadata endpoints and the like. Pure.
 */

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'carrier-nat'
  | 'link-local'
  | 'metadata'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'invalid';

/** Cloud instance-metadata endpoints (AWS, ECS task, AWS DNS/NTP, Alibaba, AWS IPv6 IMDS). */
const METADATA_V4 = new Set(['169.254.169.254', '169.254.170.2', '169.254.169.253', '169.254.169.123', '100.100.100.200']);
const METADATA_V6 = new Set(['fd00:ec2:0:0:0:0:0:254', 'fd00:ec2:0:0:0:0:0:23']);

export function parseIpv4(text: string): [number, number, number, number] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    out.push(n);
  }
  return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0];
}

/** Eight 16-bit groups, or null. Accepts `::` compression, an IPv4 tail and a `%zone` suffix. */
export function parseIpv6(text: string): number[] | null {
  let s = text.trim().toLowerCase();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return null;
  // An IPv4 tail (::ffff:1.2.3.4) becomes two hex groups, so one parser handles both forms.
  const lastColon = s.lastIndexOf(':');
  const maybeV4 = s.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    const v4 = parseIpv4(maybeV4);
    if (v4 === null) return null;
    s = `${s.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
      groups.push(parseInt(g, 16));
    }
    return groups;
  };
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === null || rest === null) return null;
  const explicit = head.length + rest.length;
  if (halves.length === 1) return explicit === 8 ? head : null;
  if (explicit > 7) return null;
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest];
}

function classifyV4([a, b, c, d]: [number, number, number, number]): AddressClass {
  if (METADATA_V4.has(`${a}.${b}.${c}.${d}`)) return 'metadata';
  if (a === 0) return 'unspecified'; // 0.0.0.0/8 "this network" reaches the local host on Linux.
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'carrier-nat';
  if (a === 169 && b === 254) return 'link-local';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved'; // Includes 255.255.255.255 broadcast.
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'reserved'; // IETF protocol assignments, TEST-NET-1.
  if (a === 198 && (b === 18 || b === 19)) return 'reserved'; // Benchmarking.
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'reserved'; // TEST-NET-2/3.
  return 'public';
}

function embeddedV4(groups: readonly number[]): [number, number, number, number] {
  const hi = groups[6] ?? 0;
  const lo = groups[7] ?? 0;
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
}

function classifyV6(groups: readonly number[]): AddressClass {
  const key = groups.map((g) => g.toString(16)).join(':');
  if (METADATA_V6.has(key)) return 'metadata';
  const first = groups[0] ?? 0;
  const zeroPrefix = (n: number): boolean => groups.slice(0, n).every((g) => g === 0);
  if (zeroPrefix(8)) return 'unspecified';
  if (zeroPrefix(7) && groups[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms.
  if (zeroPrefix(5) && (groups[5] === 0xffff || groups[5] === 0)) return classifyV4(embeddedV4(groups));
  // NAT64 (64:ff9b::/96) reaches whatever IPv4 address it embeds.
  if (first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return classifyV4(embeddedV4(groups));
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if ((first & 0xffc0) === 0xfec0) return 'private'; // Deprecated site-local.
  if (first === 0x2001 && groups[1] === 0x0db8) return 'reserved'; // Documentation.
  if (first === 0x2002) {
    // 6to4 (2002:AABB:CCDD::/48) tunnels to the IPv4 address in groups 1–2.
    const g1 = groups[1] ?? 0;
    const g2 = groups[2] ?? 0;
    return classifyV4([g1 >> 8, g1 & 0xff, g2 >> 8, g2 & 0xff]);
  }
  if (first === 0x0100 && groups.slice(1, 4).every((g) => g === 0)) return 'reserved'; // Discard-only.
  return 'public';
}

export function classifyAddress(ip: string): AddressClass {
  const v4 = parseIpv4(ip.trim());
  if (v4 !== null) return classifyV4(v4);
  const v6 = parseIpv6(ip);
  if (v6 !== null) return classifyV6(v6);
  return 'invalid';
}

/** True for strings that are IP literals (a host name in a URL may be one). */
export function isIpLiteral(host: string): boolean {
  return classifyAddress(host) !== 'invalid';
}
