import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import type { ApiAuth } from './constructs/api.js';

/** Everything an operator may tune with `-c key=value` or cdk.json context; defaults below. */
export interface StackSettings {
  readonly scheduleRate: string;
  readonly searchInstanceType: string;
  readonly searchDataNodes: number;
  readonly searchZoneAwareness: boolean;
  readonly searchDedicatedMasterType: string | undefined;
  readonly searchVolumeGiB: number;
  readonly indexPrefix: string;
  readonly apiAuth: ApiAuth;
  readonly apiThrottleRate: number;
  readonly apiThrottleBurst: number;
  readonly fetchConcurrency: number;
  readonly discoverConcurrency: number;
  readonly fetchMaxReceiveCount: number;
  readonly userAgent: string;
  readonly logRetention: RetentionDays;
  readonly rawVersioning: boolean;
  readonly retainData: boolean;
  /** Address subscribed to the alarm topic (confirm the e-mail SNS sends); none = topic only. */
  readonly alarmEmail: string | undefined;
  /** Prefix of the Cognito hosted-UI domain (`<prefix>.auth.<region>.amazoncognito.com`); none = derived from the account id. */
  readonly authDomainPrefix: string | undefined;
  /** Requests per 5 minutes per client IP before the WAF blocks it; 0 = no WAF (it needs us-east-1). */
  readonly wafRateLimit: number;
  /** How often saved searches are checked for new matches (Scheduler expression). */
  readonly alertsScheduleRate: string;
  /** Address subscribed to the alerts topic (one e-mail per saved search with news); none = topic only. */
  readonly alertsEmail: string | undefined;
  /** Days without a stored article before a source's alarm fires (1–7). */
  readonly sourceQuietDays: number;
}

export const DEFAULT_CONTEXT = {
  scheduleRate: 'rate(1 hour)',
  searchInstanceType: 't3.small.search',
  searchDataNodes: 1,
  searchZoneAwareness: false,
  searchDedicatedMasterType: '',
  searchVolumeGiB: 10,
  indexPrefix: 'culture-index',
  apiAuth: 'iam',
  jwtIssuer: '',
  jwtAudience: '',
  apiThrottleRate: 20,
  apiThrottleBurst: 40,
  fetchConcurrency: 2,
  discoverConcurrency: 5,
  fetchMaxReceiveCount: 5,
  userAgent: 'culture-index/0.1 (cultural news indexer)',
  logRetentionDays: 30,
  rawVersioning: false,
  retainData: true,
  alarmEmail: '',
  authDomainPrefix: '',
  wafRateLimit: 0,
  alertsScheduleRate: 'rate(15 minutes)',
  alertsEmail: '',
  sourceQuietDays: 3,
} as const;

type ContextKey = keyof typeof DEFAULT_CONTEXT;

/** Reads and validates the context; a bad value fails the synth with a message naming the key. */
export function readSettings(node: Node): StackSettings {
  const raw = (key: ContextKey): unknown => node.tryGetContext(key) ?? DEFAULT_CONTEXT[key];
  const text = (key: ContextKey): string => String(raw(key)).trim();
  const optionalText = (key: ContextKey): string | undefined => text(key) || undefined;
  const integer = (key: ContextKey, min: number, max: number): number => {
    const value = Number(raw(key));
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`context "${key}" must be an integer from ${min} to ${max}, got ${JSON.stringify(raw(key))}`);
    }
    return value;
  };
  const flag = (key: ContextKey): boolean => {
    const value = raw(key);
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new Error(`context "${key}" must be true or false, got ${JSON.stringify(value)}`);
  };

  const scheduleExpression = (key: 'scheduleRate' | 'alertsScheduleRate'): string => {
    const value = text(key);
    if (!/^(rate|cron|at)\(.+\)$/.test(value)) throw new Error(`context "${key}" must be a Scheduler expression such as "rate(1 hour)", got ${JSON.stringify(value)}`);
    return value;
  };
  const scheduleRate = scheduleExpression('scheduleRate');
  const dataNodes = integer('searchDataNodes', 1, 20);
  const zoneAwareness = flag('searchZoneAwareness');
  if (zoneAwareness && dataNodes % 2 !== 0) {
    throw new Error('context "searchZoneAwareness" needs an even "searchDataNodes" (two availability zones)');
  }
  return {
    scheduleRate,
    searchInstanceType: text('searchInstanceType'),
    searchDataNodes: dataNodes,
    searchZoneAwareness: zoneAwareness,
    searchDedicatedMasterType: optionalText('searchDedicatedMasterType'),
    searchVolumeGiB: integer('searchVolumeGiB', 10, 1024),
    indexPrefix: text('indexPrefix'),
    apiAuth: readApiAuth(text('apiAuth'), text('jwtIssuer'), text('jwtAudience')),
    apiThrottleRate: integer('apiThrottleRate', 1, 10_000),
    apiThrottleBurst: integer('apiThrottleBurst', 1, 5_000),
    fetchConcurrency: integer('fetchConcurrency', 2, 1000),
    discoverConcurrency: integer('discoverConcurrency', 2, 1000),
    fetchMaxReceiveCount: integer('fetchMaxReceiveCount', 1, 20),
    userAgent: text('userAgent'),
    logRetention: retentionDays(integer('logRetentionDays', 1, 3653)),
    rawVersioning: flag('rawVersioning'),
    retainData: flag('retainData'),
    alarmEmail: readEmail(optionalText('alarmEmail')),
    authDomainPrefix: readDomainPrefix(optionalText('authDomainPrefix')),
    wafRateLimit: readWafRateLimit(integer('wafRateLimit', 0, 2_000_000_000)),
    alertsScheduleRate: scheduleExpression('alertsScheduleRate'),
    alertsEmail: readEmail(optionalText('alertsEmail'), 'alertsEmail'),
    sourceQuietDays: integer('sourceQuietDays', 1, 7),
  };
}

function readApiAuth(kind: string, issuer: string, audience: string): ApiAuth {
  if (kind === 'iam') return { kind: 'iam' };
  if (kind === 'jwt') {
    const audiences = audience.split(',').map((value) => value.trim()).filter(Boolean);
    if (!issuer || audiences.length === 0) throw new Error('context "apiAuth=jwt" needs "jwtIssuer" and "jwtAudience"');
    return { kind: 'jwt', issuer, audience: audiences };
  }
  throw new Error(`context "apiAuth" must be "iam" or "jwt", got ${JSON.stringify(kind)}`);
}

function readEmail(value: string | undefined, key = 'alarmEmail'): string | undefined {
  if (value !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) throw new Error(`context "${key}" must be an e-mail address, got ${JSON.stringify(value)}`);
  return value;
}

/** Cognito domain prefixes: lower-case letters, digits and hyphens, and never the words aws, amazon or cognito. */
function readDomainPrefix(value: string | undefined): string | undefined {
  if (value !== undefined && (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(value) || /aws|amazon|cognito/.test(value))) {
    throw new Error(`context "authDomainPrefix" must be lower-case letters, digits and hyphens without "aws", "amazon" or "cognito", got ${JSON.stringify(value)}`);
  }
  return value;
}

/** AWS WAF rate-based rules count from 10 requests per 5 minutes. */
function readWafRateLimit(value: number): number {
  if (value !== 0 && value < 10) throw new Error(`context "wafRateLimit" must be 0 (off) or at least 10, got ${value}`);
  return value;
}

/** CloudWatch accepts only certain retention periods: round up to the next one. */
function retentionDays(days: number): RetentionDays {
  const allowed = Object.values(RetentionDays)
    .filter((value): value is RetentionDays => typeof value === 'number' && value > 0)
    .sort((a, b) => a - b);
  return allowed.find((value) => value >= days) ?? RetentionDays.TEN_YEARS;
}
