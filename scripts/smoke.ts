/**
 * Smoke test of a deployment: `npm run smoke -- --api <ApiUrl> [--web <WorkspaceUrl>] [--region r] [--q word]`.
 * Sends SigV4-signed requests (the IAM API's auth, as dashboards and scripts use it) with the
 * default AWS credential chain and checks /health, a search and, with --web, the workspace page
 * and its config.json. Exit code 0 when every check passed, 1 otherwise; one line per check.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { Command } from 'commander';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface SmokeOptions {
  readonly api: string;
  readonly web?: string;
  readonly region: string;
  readonly query: string;
  readonly credentials: () => Promise<Credentials>;
  readonly fetchImpl?: typeof fetch;
}

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** A GET signed for API Gateway (service execute-api), as the IAM authoriser expects it. */
export async function signedGet(url: URL, options: Pick<SmokeOptions, 'region' | 'credentials' | 'fetchImpl'>): Promise<Response> {
  const signer = new SignatureV4({ service: 'execute-api', region: options.region, credentials: options.credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: 'GET',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, accept: 'application/json' },
  });
  return (options.fetchImpl ?? fetch)(url, { headers: signed.headers as Record<string, string> });
}

async function check(name: string, run: () => Promise<string>): Promise<CheckResult> {
  try {
    return { name, ok: true, detail: await run() };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

async function json(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export async function runSmoke(options: SmokeOptions): Promise<CheckResult[]> {
  const api = options.api.replace(/\/?$/, '/');
  const results = [
    await check('GET /health (signed)', async () => {
      const body = await json(await signedGet(new URL('health', api), options));
      if (body['status'] !== 'ok') throw new Error(`unexpected body ${JSON.stringify(body)}`);
      return 'status ok';
    }),
    await check(`GET /search?q=${options.query} (signed)`, async () => {
      const url = new URL('search', api);
      url.searchParams.set('q', options.query);
      const body = await json(await signedGet(url, options));
      if (typeof body['total'] !== 'number' || !Array.isArray(body['hits'])) throw new Error(`not a search result: ${JSON.stringify(body).slice(0, 200)}`);
      return `${body['total']} hits`;
    }),
  ];
  if (options.web) {
    const web = options.web.replace(/\/?$/, '/');
    const fetchImpl = options.fetchImpl ?? fetch;
    results.push(
      await check('GET workspace page', async () => {
        const response = await fetchImpl(new URL('', web));
        const html = await response.text();
        if (!response.ok || !html.includes('culture-index')) throw new Error(`HTTP ${response.status}, not the search page`);
        if (!html.includes('auth.js')) throw new Error('the page does not load auth.js');
        return `HTTP ${response.status}`;
      }),
      await check('GET workspace config.json', async () => {
        const response = await fetchImpl(new URL('config.json', web));
        if (response.status === 404) return 'none (served without sign-in)';
        const body = await json(response);
        const auth = body['auth'] as Record<string, unknown> | undefined;
        if (!auth || typeof auth['clientId'] !== 'string' || typeof auth['domain'] !== 'string') throw new Error(`no sign-in settings: ${JSON.stringify(body)}`);
        return `sign-in via ${auth['domain']}`;
      }),
    );
  }
  return results;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('smoke')
    .requiredOption('--api <url>', 'the IAM API URL (stack output ApiUrl)')
    .option('--web <url>', 'the workspace URL (stack output WorkspaceUrl)')
    .option('--region <region>', 'AWS region of the API', process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1')
    .option('--q <word>', 'word to search for', 'culture')
    .parse();
  const options = program.opts<{ api: string; web?: string; region: string; q: string }>();
  const provider = defaultProvider();
  const results = await runSmoke({ api: options.api, region: options.region, query: options.q, credentials: () => provider(), ...(options.web ? { web: options.web } : {}) });
  for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}: ${result.detail}`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
