/**
 * SSRF guard: decides which resolved addresses the fetcher may connect to, and a DNS lookup that
 * enforces it at connect time (so a host name that resolves to 127.0.0.1 or the cloud metadata
 * endpoint is refused just like the literal address would be).
 */
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { classifyAddress, type AddressClass } from '../../domain/discover/address.js';

export interface AddressPolicy {
  readonly allowLoopback: boolean;
  readonly allowPrivate: boolean;
}

/** Cloud metadata, "this host", multicast and reserved ranges are never allowed. */
export function isAddressAllowed(kind: AddressClass, policy: AddressPolicy): boolean {
  switch (kind) {
    case 'public':
      return true;
    case 'loopback':
      return policy.allowLoopback;
    case 'private':
    case 'carrier-nat':
    case 'unique-local':
    case 'link-local':
      return policy.allowPrivate;
    default:
      return false;
  }
}

/** Raised inside the connect path; the fetcher maps it to skipped 'forbidden-address'. */
export class ForbiddenAddressError extends Error {
  readonly code = 'EFORBIDDENADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly kind: AddressClass,
  ) {
    super(`${host} resolves to ${address} (${kind}), which this fetcher may not contact`);
  }
}

/** A host that is itself an IP literal never goes through DNS, so it is checked here up front. */
export function literalHostVerdict(hostname: string, policy: AddressPolicy): ForbiddenAddressError | null {
  const kind = classifyAddress(hostname);
  if (kind === 'invalid') return null; // A name, checked by the lookup.
  return isAddressAllowed(kind, policy) ? null : new ForbiddenAddressError(hostname, hostname, kind);
}

/** dns.lookup wrapper that refuses the host if ANY of its addresses is forbidden (defeats mixed answers). */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error !== null) {
        callback(error, '', 0);
        return;
      }
      for (const entry of addresses) {
        const kind = classifyAddress(entry.address);
        if (!isAddressAllowed(kind, policy)) {
          callback(new ForbiddenAddressError(hostname, entry.address, kind), '', 0);
          return;
        }
      }
      const first = addresses[0];
      if (first === undefined) {
        const empty: NodeJS.ErrnoException = new Error(`${hostname} has no addresses`);
        empty.code = 'ENOTFOUND';
        callback(empty, '', 0);
        return;
      }
      if (options.all === true) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
