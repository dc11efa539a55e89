/** URLs an ingest refused because they are on loopback: the CLI names the flag that allows them. */
import { classifyAddress } from '../shared/domain/discover/address.js';
import type { IngestSummary } from '../shared/pipeline/local-ingest.js';

export interface LoopbackRefusal {
  readonly url: string;
  readonly port: number;
}

function loopbackPort(url: string): number | null {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    const loopback = host === 'localhost' || host.endsWith('.localhost') || classifyAddress(host) === 'loopback';
    if (!loopback) return null;
    return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  } catch {
    return null;
  }
}

export function refusedLoopback(summary: IngestSummary): LoopbackRefusal[] {
  const refused = [
    ...summary.results.filter((r) => r.reason === 'forbidden-address').map((r) => r.url),
    ...summary.problems.filter((p) => p.reason === 'forbidden-address').map((p) => p.target),
  ];
  const out: LoopbackRefusal[] = [];
  for (const url of refused) {
    const port = loopbackPort(url);
    if (port !== null) out.push({ url, port });
  }
  return out;
}
