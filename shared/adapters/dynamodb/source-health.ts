/**
 * SourceHealthLog on the culture-index table: one item per day and source, PK HEALTH#<day>,
 * SK <sourceId>, counters added with UpdateItem ADD (atomic, so concurrent Lambdas add up);
 * failure reasons are top-level counters named `failed:<reason>`, since ADD works on top-level
 * attributes only.
 */
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { healthDay, windowDays, type HealthTally, type SourceHealthDay } from '../../domain/source-health.js';
import type { SourceHealthLog } from '../../ports/source-health.js';
import { callDynamo } from './errors.js';

export interface DynamoSourceHealthLogOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Today, for the days `daily` reads (tests fix it). */
  readonly now?: () => Date;
}

const COUNTERS = ['fetched', 'stored', 'unchanged', 'emptyBodies', 'missingDates', 'zeroEntities'] as const;
const FAILED_PREFIX = 'failed:';

export class DynamoSourceHealthLog implements SourceHealthLog {
  constructor(private readonly options: DynamoSourceHealthLogOptions) {}

  async record(sourceId: string, at: string, tally: HealthTally): Promise<void> {
    const counters: [string, number][] = [...COUNTERS.map((name) => [name, tally[name]] as [string, number]), ...Object.entries(tally.failed).map(([reason, n]) => [`${FAILED_PREFIX}${reason}`, n] as [string, number])];
    const added = counters.filter(([, n]) => n > 0);
    if (added.length === 0) return;
    const names = Object.fromEntries(added.map(([name], i) => [`#c${i}`, name]));
    const values = Object.fromEntries(added.map(([, n], i) => [`:c${i}`, n]));
    await callDynamo(`record health of ${sourceId}`, () =>
      this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { PK: `HEALTH#${healthDay(at)}`, SK: sourceId },
          UpdateExpression: `SET kind = :kind ADD ${added.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':kind': 'source-health' },
        }),
      ),
    );
  }

  async daily(since: string): Promise<SourceHealthDay[]> {
    const days = windowDays(since, (this.options.now ?? (() => new Date()))());
    const perDay = await Promise.all(days.map((day) => this.day(day)));
    return perDay.flat().sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.day < b.day ? -1 : 1));
  }

  private async day(day: string): Promise<SourceHealthDay[]> {
    const page = await callDynamo(`read health of ${day}`, () =>
      this.options.client.send(new QueryCommand({ TableName: this.options.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `HEALTH#${day}` } })),
    );
    return ((page.Items ?? []) as Record<string, unknown>[]).map((item) => {
      const failed: Record<string, number> = {};
      for (const [name, value] of Object.entries(item)) if (name.startsWith(FAILED_PREFIX)) failed[name.slice(FAILED_PREFIX.length)] = Number(value);
      const counts = Object.fromEntries(COUNTERS.map((name) => [name, Number(item[name] ?? 0)])) as Record<(typeof COUNTERS)[number], number>;
      return { sourceId: String(item['SK']), day, ...counts, failed };
    });
  }
}
