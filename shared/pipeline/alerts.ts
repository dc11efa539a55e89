/**
 * The alerts use case: for every saved search (or one), record the new matches in the ledger,
 * tell the notifier (SNS on AWS) about them, and send what is due to its webhook. Called after
 * each local ingest, by `culture-index saved run`, and by the alerts Lambda on a schedule.
 */
import { ReceiverRateLimit } from '../domain/alerts/rate-limit.js';
import type { Delivery, SavedSearch } from '../domain/alerts/saved-search.js';
import type { BackoffPolicy } from '../domain/retry.js';
import { silentLogger, type Logger } from '../ports/telemetry.js';
import type { AlertNotifier, WebhookSender } from '../ports/webhook-sender.js';
import { CandidateCache, recordNewMatches, type MatchDeps } from './alert-matches.js';
import { deliverWebhooks, emptyWebhookReport, type WebhookReport, type WebhookSettings } from './alert-webhooks.js';

export interface AlertSettings extends WebhookSettings {
  /** How far the watermark trails each run (late-stored or late-indexed articles). */
  readonly overlapMs: number;
  /** Calls per receiver (URL origin) per rate window. */
  readonly receiverCallsPerWindow: number;
  readonly receiverWindowMs: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  overlapMs: 15 * 60_000,
  maxAttempts: 6,
  backoff: { baseMs: 2_000, maxMs: 3_600_000 } satisfies BackoffPolicy,
  inRunWaitMs: 10_000,
  maxPayloadBytes: 256 * 1024,
  receiverCallsPerWindow: 30,
  receiverWindowMs: 60_000,
};

export interface AlertDeps extends MatchDeps {
  readonly webhooks?: WebhookSender;
  readonly notifier?: AlertNotifier;
  readonly log?: Logger;
  readonly clock?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly userAgent?: string;
  /** Kept across runs of one process (the server's, the Lambda's warm container). */
  readonly rateLimit?: ReceiverRateLimit;
}

export interface SavedSearchRunReport {
  readonly id: string;
  readonly name: string;
  /** Articles recorded in the ledger by this run (each delivered to the feed once). */
  readonly newMatches: number;
  readonly webhook: WebhookReport | null;
}

export interface AlertRunReport {
  readonly searches: SavedSearchRunReport[];
}

function notification(search: SavedSearch, rows: readonly Delivery[]): { subject: string; text: string } {
  const lines = rows.slice(0, 50).map((row) => `- ${row.article.title} (${row.article.sourceName})\n  ${row.article.url}`);
  const more = rows.length > 50 ? [`… and ${rows.length - 50} more in the feed.`] : [];
  return { subject: `culture-index: ${rows.length} new for "${search.name}"`.slice(0, 99), text: [`Saved search: ${search.query || '(filters only)'}`, '', ...lines, ...more].join('\n') };
}

async function runOne(deps: AlertDeps, settings: AlertSettings, search: SavedSearch, rateLimit: ReceiverRateLimit, candidates: CandidateCache): Promise<SavedSearchRunReport> {
  const clock = deps.clock ?? (() => new Date());
  const recorded = await recordNewMatches(deps, search, clock(), settings.overlapMs, candidates);
  if (recorded.length > 0 && deps.notifier) await deps.notifier.notify(notification(search, recorded));
  let webhook: WebhookReport | null = null;
  if (search.webhook !== null && deps.webhooks) {
    webhook = emptyWebhookReport();
    await deliverWebhooks(
      {
        savedSearches: deps.savedSearches,
        sender: deps.webhooks,
        rateLimit,
        clock,
        sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        random: deps.random ?? Math.random,
        userAgent: deps.userAgent ?? 'culture-index-alerts',
      },
      settings,
      search,
      webhook,
    );
  }
  return { id: search.id, name: search.name, newMatches: recorded.length, webhook };
}

/** Runs every saved search (or only `only`); one search failing is logged and does not stop the rest. */
export async function runAlerts(deps: AlertDeps, settings: AlertSettings = DEFAULT_ALERT_SETTINGS, options: { only?: string } = {}): Promise<AlertRunReport> {
  const log = deps.log ?? silentLogger;
  const rateLimit = deps.rateLimit ?? new ReceiverRateLimit(settings.receiverCallsPerWindow, settings.receiverWindowMs);
  const all = await deps.savedSearches.listSavedSearches();
  const searches = options.only === undefined ? all : all.filter((s) => s.id === options.only);
  const reports: SavedSearchRunReport[] = [];
  const candidates = new CandidateCache(deps.store);
  for (const search of searches) {
    try {
      reports.push(await runOne(deps, settings, search, rateLimit, candidates));
    } catch (error) {
      log.error('alerts: saved search failed', { id: search.id, error: error instanceof Error ? error.message : String(error) });
      reports.push({ id: search.id, name: search.name, newMatches: 0, webhook: { ...emptyWebhookReport(), errors: [`run failed: ${error instanceof Error ? error.message : String(error)}`] } });
    }
  }
  return { searches: reports };
}
