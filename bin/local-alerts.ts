/** Alerts in the embedded default: after every ingest, `saved run`, and the server's scheduled runs. */
import { HttpWebhookSender } from '../shared/adapters/http/webhook-sender.js';
import { ReceiverRateLimit } from '../shared/domain/alerts/rate-limit.js';
import { DEFAULT_ALERT_SETTINGS, runAlerts, type AlertRunReport, type AlertSettings } from '../shared/pipeline/alerts.js';
import { USER_AGENT, type LocalContext } from './local-context.js';

/** One per process: the per-receiver rate counts across runs of a long-lived server. */
const rateLimit = new ReceiverRateLimit(DEFAULT_ALERT_SETTINGS.receiverCallsPerWindow, DEFAULT_ALERT_SETTINGS.receiverWindowMs);

export async function runLocalAlerts(ctx: LocalContext, options: { only?: string; settings?: AlertSettings } = {}): Promise<AlertRunReport> {
  return runAlerts(
    {
      store: ctx.store,
      index: ctx.index,
      savedSearches: ctx.db.savedSearches,
      webhooks: new HttpWebhookSender({ loopbackPorts: ctx.webhookLoopbackPorts }),
      userAgent: USER_AGENT,
      rateLimit,
    },
    options.settings ?? DEFAULT_ALERT_SETTINGS,
    options.only === undefined ? {} : { only: options.only },
  );
}

/** One line per saved search that had news or webhook activity; nothing when there are none. */
export function describeAlerts(report: AlertRunReport): string[] {
  return report.searches
    .filter((s) => s.newMatches > 0 || (s.webhook !== null && s.webhook.sent + s.webhook.deferred + s.webhook.dead > 0))
    .map((s) => {
      const hook = s.webhook === null ? '' : ` · webhook sent ${s.webhook.sent}, deferred ${s.webhook.deferred}, dead-lettered ${s.webhook.dead}${s.webhook.errors.length > 0 ? ` (${s.webhook.errors.slice(-3).join('; ')})` : ''}`;
      return `alerts: "${s.name}" (${s.id}) ${s.newMatches} new${hook}`;
    });
}

/** After an ingest: alerts never turn a finished ingest into a failure; problems are printed. */
export async function alertsAfterIngest(ctx: LocalContext, print: (line: string) => void): Promise<AlertRunReport | null> {
  try {
    const report = await runLocalAlerts(ctx);
    for (const line of describeAlerts(report)) print(line);
    return report;
  } catch (error) {
    print(`alerts did not run: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
