/**
 * alerts: EventBridge Scheduler → the same alerts use case the local ingest runs afterwards:
 * new matches of every saved search go to the ledger (feed), the SNS topic (e-mail) and their
 * webhooks. A run is idempotent (the ledger), so the scheduler's retries are harmless.
 */
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { HttpWebhookSender } from '../../shared/adapters/http/webhook-sender.js';
import { SnsAlertNotifier } from '../../shared/adapters/sns/sns-notifier.js';
import { ReceiverRateLimit } from '../../shared/domain/alerts/rate-limit.js';
import { DEFAULT_ALERT_SETTINGS, runAlerts, type AlertRunReport } from '../../shared/pipeline/alerts.js';
import type { AlertNotifier, WebhookSender } from '../../shared/ports/webhook-sender.js';
import { defaultDeps, type Deps } from '../config.js';
import { searchIndexOf } from '../search-index.js';

export interface AlertsEvent {
  readonly trigger?: string;
  /** Run one saved search only (a manual invoke). */
  readonly savedSearchId?: string;
}

export interface AlertsHandlerParts {
  readonly webhooks?: WebhookSender;
  readonly notifier?: AlertNotifier | null;
}

function notifierFrom(deps: Deps): AlertNotifier | null {
  const topic = process.env['ALERTS_TOPIC_ARN'];
  return topic ? new SnsAlertNotifier(new SNSClient(deps.config.region ? { region: deps.config.region } : {}), topic) : null;
}

export function createAlertsHandler(deps: Deps, parts: AlertsHandlerParts = {}) {
  // Kept for the warm container's life: the per-receiver rate counts across scheduled runs.
  const rateLimit = new ReceiverRateLimit(DEFAULT_ALERT_SETTINGS.receiverCallsPerWindow, DEFAULT_ALERT_SETTINGS.receiverWindowMs);
  return async (event: AlertsEvent | null | undefined, context?: Context): Promise<AlertRunReport> => {
    deps.log.startInvocation(context);
    const log = deps.log.withCorrelation(context?.awsRequestId ?? `alerts-${Date.now()}`);
    try {
      const notifier = parts.notifier === undefined ? deps.memo('alertsNotifier', () => notifierFrom(deps)) : parts.notifier;
      const report = await runAlerts(
        {
          store: deps.store(),
          index: searchIndexOf(deps),
          savedSearches: deps.savedSearches(),
          webhooks: parts.webhooks ?? deps.memo('webhookSender', () => new HttpWebhookSender()),
          ...(notifier ? { notifier } : {}),
          log,
          userAgent: deps.config.userAgent,
          rateLimit,
        },
        DEFAULT_ALERT_SETTINGS,
        typeof event?.savedSearchId === 'string' ? { only: event.savedSearchId } : {},
      );
      const totals = report.searches.reduce((sum, s) => ({ matches: sum.matches + s.newMatches, dead: sum.dead + (s.webhook?.dead ?? 0), sent: sum.sent + (s.webhook?.sent ?? 0) }), { matches: 0, dead: 0, sent: 0 });
      deps.metrics.count('AlertMatches', totals.matches);
      deps.metrics.count('WebhooksSent', totals.sent);
      if (totals.dead > 0) deps.metrics.count('Failures', totals.dead, { Reason: 'webhook-dead-letter' });
      log.info('alerts done', { searches: report.searches.length, ...totals });
      return report;
    } finally {
      deps.metrics.flush();
    }
  };
}

let lambdaHandler: ReturnType<typeof createAlertsHandler> | undefined;

export const handler = (event: AlertsEvent | null | undefined, context?: Context): Promise<AlertRunReport> => {
  lambdaHandler ??= createAlertsHandler(defaultDeps());
  return lambdaHandler(event, context);
};
