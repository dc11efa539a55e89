/**
 * `npm run smoke` against the local API server (the same shared/api functions the Lambda runs),
 * with fake credentials: the requests carry a SigV4 signature for execute-api, the checks pass on
 * a working API and page, and the script exits 1 when the API is not there.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runSmoke } from '../../scripts/smoke.js';
import { serveApiFixture } from '../support/served-api.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fakeCredentials = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEFAKE', AWS_SECRET_ACCESS_KEY: 'fake-secret-for-tests', AWS_REGION: 'eu-west-1' };

const server = serveApiFixture();

describe('smoke script', () => {
  it('signs every API request with SigV4 for execute-api and passes on a working API and page', async () => {
    const seen: Headers[] = [];
    const recording: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    const results = await runSmoke({
      api: server.url,
      web: server.url,
      region: 'eu-west-1',
      query: 'festival',
      credentials: async () => ({ accessKeyId: 'AKIDEXAMPLEFAKE', secretAccessKey: 'fake-secret' }),
      fetchImpl: recording,
    });
    expect(results.map((result) => [result.name, result.ok])).toEqual([
      ['GET /health (signed)', true],
      ['GET /search?q=festival (signed)', true],
      ['GET workspace page', true],
      ['GET workspace config.json', true],
    ]);
    expect(results[3]!.detail).toMatch(/without sign-in/);
    for (const headers of seen.slice(0, 2)) {
      expect(headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLEFAKE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/);
      expect(headers.get('x-amz-date')).toMatch(/^\d{8}T\d{6}Z$/);
    }
  });

  it('runs as `npm run smoke` with credentials from the environment; exit 1 when the API is missing', { timeout: 60_000 }, async () => {
    const env = { ...process.env, ...fakeCredentials };
    const ok = await run('npx', ['tsx', 'scripts/smoke.ts', '--api', server.url, '--web', server.url], { cwd: root, env });
    expect(ok.stdout).toMatch(/^ok {3}GET \/health \(signed\): status ok$/m);
    expect(ok.stdout).toMatch(/^ok {3}GET workspace page/m);

    const failed = await run('npx', ['tsx', 'scripts/smoke.ts', '--api', `${server.url}/no-such-stage`], { cwd: root, env }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toMatch(/^FAIL GET \/health \(signed\): HTTP 404/m);
  });
});
