/** Where Debian's Chromium is, as the browser tests look for it; a clear message when it is not. */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | null {
  const configured = process.env['CHROMIUM'];
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_MISSING = `Chromium was not found (looked at ${process.env['CHROMIUM'] ?? CANDIDATES.join(', ')}).
Install Debian's Chromium with \`sudo apt-get install -y chromium\` (as .ci/run does), or set CHROMIUM to its path.`;
