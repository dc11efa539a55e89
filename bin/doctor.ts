/** `culture-index doctor`: store/index drift (and, locally, SQLite integrity) reported and repaired. */
import { checkIndexDrift, type DriftReport } from '../shared/pipeline/doctor.js';
import type { LocalContext } from './local-context.js';

export interface DoctorReport extends DriftReport {
  readonly missingCount: number;
  readonly orphanCount: number;
  /** PRAGMA integrity_check's verdict ('ok' or its first complaint); 'n/a' on AWS. */
  readonly integrity: string;
}

export async function doctorLocal(ctx: LocalContext, repair: boolean): Promise<DoctorReport> {
  const integrity = String(ctx.db.db.pragma('integrity_check', { simple: true }));
  const drift = await checkIndexDrift({ store: ctx.store, index: ctx.index, outbox: ctx.db }, { repair });
  return { ...drift, integrity };
}

export async function doctorAws(repair: boolean): Promise<DoctorReport> {
  // Loaded only here: the local commands never pay for the AWS SDK.
  const { buildDeps } = await import('../functions/config.js');
  const { writableSearchIndexOf } = await import('../functions/search-index.js');
  const deps = buildDeps(process.env);
  const drift = await checkIndexDrift({ store: deps.store(), index: await writableSearchIndexOf(deps) }, { repair });
  return { ...drift, integrity: 'n/a' };
}

export function printDoctorReport(report: DoctorReport, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`articles: ${report.articles}  index documents: ${report.documents}  outbox pending: ${report.outboxPending}  integrity: ${report.integrity}`);
  console.log(`missing from index: ${report.missingCount}  orphans in index: ${report.orphanCount}${report.repaired && report.missingCount + report.orphanCount > 0 ? '  (repaired)' : ''}`);
  for (const id of report.missing) console.log(`  missing ${id}`);
  for (const id of report.orphans) console.log(`  orphan  ${id}`);
}
