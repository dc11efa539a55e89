/**
 * Writes on the local server need the bearer token of the data folder (see bin/api-token.ts).
 * The comparison is over SHA-256 digests with timingSafeEqual: constant time whatever the length
 * of the guess. On AWS no token is configured: API Gateway's IAM or JWT authoriser guards every
 * route, writes included, before the Lambda runs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const WWW_AUTHENTICATE = 'Bearer realm="culture-index", error="invalid_token"';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** True when the Authorization header carries exactly this bearer token. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  // Compare even when the header is missing or malformed, so every refusal takes the same time.
  const same = timingSafeEqual(digest(given), digest(token));
  return match !== null && same;
}
