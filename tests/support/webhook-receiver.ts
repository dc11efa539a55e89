/**
 * A loopback webhook receiver for tests: records every call (headers and body) and answers from
 * a script — fail the first calls on purpose, redirect, or succeed — then 200.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../../shared/domain/alerts/signature.js';

export interface ReceivedCall {
  readonly path: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** The body parsed as JSON. */
  readonly json: { id: string; savedSearch: { id: string; name: string }; digest: string; articles: { id: string; title: string; url: string }[] };
}

export type ScriptedAnswer = { status: number; headers?: Record<string, string> };

export interface RunningReceiver {
  readonly url: string;
  readonly port: number;
  readonly calls: ReceivedCall[];
  /** Answers for the next calls, in order; once used up, every call gets 200. */
  script(...answers: ScriptedAnswer[]): void;
  /** Calls whose signature checks out with `secret`, judged fresh at `nowSeconds` (default: when received). */
  verified(secret: string, nowSeconds?: number): ReceivedCall[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebhookReceiver(): Promise<RunningReceiver> {
  const calls: ReceivedCall[] = [];
  const receivedAt: number[] = [];
  let answers: ScriptedAnswer[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void bodyOf(req).then((body) => {
      let json: ReceivedCall['json'];
      try {
        json = JSON.parse(body) as ReceivedCall['json'];
      } catch {
        json = { id: '', savedSearch: { id: '', name: '' }, digest: '', articles: [] };
      }
      calls.push({ path: req.url ?? '/', headers: req.headers, body, json });
      receivedAt.push(Math.floor(Date.now() / 1000));
      const answer = answers.shift() ?? { status: 200 };
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    calls,
    script: (...next) => {
      answers = next;
    },
    verified: (secret, nowSeconds) => calls.filter((call, i) => verifySignature(secret, call.body, String(call.headers[SIGNATURE_HEADER] ?? ''), nowSeconds ?? receivedAt[i]!)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
