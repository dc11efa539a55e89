/**
 * Which webhook URLs may be saved and called: https only, no credentials in the URL, and no IP
 * literal outside the public internet. Loopback over plain http only on ports a test opts into
 * (as the fetcher's `--allow-loopback <ports>`). Names are checked again when connecting (the
 * adapter's guarded DNS lookup), since a public-looking name may resolve anywhere.
 */
import { classifyAddress } from '../discover/address.js';

export function webhookTargetRefusal(url: string, loopbackPorts: ReadonlySet<number>): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid-url';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'https-required';
  if (parsed.username !== '' || parsed.password !== '') return 'credentials-in-url';
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  const kind = classifyAddress(parsed.hostname.replace(/^\[|\]$/g, ''));
  const loopbackAllowed = loopbackPorts.has(port) && (kind === 'loopback' || parsed.hostname === 'localhost');
  if (parsed.protocol === 'http:' && !loopbackAllowed) return 'https-required';
  if (kind !== 'invalid' && kind !== 'public' && !(kind === 'loopback' && loopbackAllowed)) return 'forbidden-address';
  return null;
}
