/**
 * culture-index command line. Human output by default, --json for machines.
 * Exit codes: 0 ok · 1 runtime failure · 2 bad usage or input · 3 not found · 4 ingest finished with failed URLs.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { CultureIndexError, NotFoundError, ValidationError } from '../shared/domain/errors.js';
import { URL_STATUSES, type UrlStatus } from '../shared/domain/model.js';
import type { SourceCheck } from '../shared/pipeline/local-ingest.js';
import { POLITE_DELAY_FLOOR_MS } from '../shared/domain/settings.js';
import type { LocalContext, LocalOptions } from './local-context.js';
import { clipLongRuns, durationOption, integerOption, portListOption } from './options.js';
import { defaultDataDir, packageVersion, projectRoot } from './paths.js';

// Commands import what they need when they run (dynamic imports below), so `--help` and
// `--version` load commander and little else: start-up time is what a daily tool is judged by.

export const EXIT = { ok: 0, failure: 1, usage: 2, notFound: 3, partial: 4 } as const;
/** The API's largest page (`limit` ≤ 100): what `search --all` asks for unless --limit says otherwise. */
const MAX_PAGE_SIZE = 100;

// `culture-index … | head` closes stdout early: that is the reader being done, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

interface GlobalOptions {
  data: string;
  db?: string;
  json?: boolean;
}

const program = new Command('culture-index')
  .description('Turn cultural news into a searchable index (embedded SQLite default).')
  .option('--data <dir>', 'data folder for the database and raw archive', defaultDataDir())
  .option('--db <file>', 'SQLite database file (default <data>/culture-index.db)')
  .option('--json', 'machine-readable JSON output')
  .version(packageVersion(), '-V, --version', 'print the version')
  .showHelpAfterError()
  // Error messages quote what the user typed, but never more than ~200 characters of it.
  .configureOutput({ outputError: (text, write) => write(clipLongRuns(text)) })
  .exitOverride();

interface IngestOptions {
  sources?: string;
  markVerified?: boolean;
  allowLoopback?: number[];
  allowPrivate?: boolean;
  delay?: number;
  unsafeNoDelay?: boolean;
  timeout?: number;
}

/** Fetch settings from the options; a delay under the floor needs --unsafe-no-delay. */
function fetchOptions(options: IngestOptions): Partial<LocalOptions> {
  if (options.delay !== undefined && options.delay < POLITE_DELAY_FLOOR_MS && !options.unsafeNoDelay) {
    throw new ValidationError(`--delay ${options.delay} is below the ${POLITE_DELAY_FLOOR_MS} ms politeness floor; add --unsafe-no-delay if you really mean it (tests against a loopback site)`);
  }
  return {
    allowLoopback: options.allowLoopback !== undefined,
    ...(options.allowLoopback ? { loopbackPorts: options.allowLoopback } : {}),
    allowPrivate: !!options.allowPrivate,
    unsafeNoDelay: !!options.unsafeNoDelay,
    ...(options.delay !== undefined ? { perHostDelayMs: options.delay } : options.unsafeNoDelay ? { perHostDelayMs: 0 } : {}),
    ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
  };
}

function globals(): GlobalOptions {
  return program.opts<GlobalOptions>();
}

/**
 * Opens the local database for a command. Only `ingest` may create it: any other command on a
 * --data/--db path that does not exist would silently answer from an empty database.
 */
async function withLocal<T>(extra: Partial<LocalOptions>, work: (ctx: LocalContext) => Promise<T>, create = false): Promise<T> {
  const { openLocal } = await import('./local-context.js');
  const ctx = await openLocal(localOptions(extra, create));
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}

function localOptions(extra: Partial<LocalOptions>, create: boolean): LocalOptions {
  const { data, db } = globals();
  if (!create) {
    const explicitData = program.getOptionValueSource('data') !== 'default' || process.env['CULTURE_INDEX_DATA'] !== undefined;
    if (explicitData && !existsSync(data)) throw new ValidationError(`no data folder at ${data} (run \`culture-index ingest\` first, or pass the right --data)`);
    const dbPath = db ?? join(data, 'culture-index.db');
    if (!existsSync(dbPath)) throw new ValidationError(`no database at ${dbPath} (run \`culture-index ingest\` first, or pass the right --data/--db)`);
  }
  return { dataDir: data, ...(db ? { dbPath: db } : {}), ...extra };
}

program
  .command('ingest')
  .description('discover, fetch, parse, extract, store and index pages, feeds, sitemaps, files or folders')
  .argument('[targets...]', 'URLs (page, RSS/Atom feed, sitemap) or local HTML files/folders')
  .option('--sources <file>', 'sources catalogue (JSON) to crawl')
  .option('--mark-verified', 'write verified: true back into the catalogue for sources whose feeds and sitemaps all answered')
  .option('--allow-loopback <ports>', 'allow fetching from 127.0.0.0/8 and ::1 on these ports only, e.g. 8080,8081 (tests, local samples)', portListOption('--allow-loopback'))
  .option('--allow-private', 'allow fetching from private network ranges')
  .option('--delay <ms>', `minimum delay between requests to one host (default 1000, at least ${POLITE_DELAY_FLOOR_MS}; robots.txt Crawl-delay wins when longer)`, integerOption('--delay', { min: 0, max: 600_000 }))
  .option('--unsafe-no-delay', `allow --delay below ${POLITE_DELAY_FLOOR_MS} ms, down to 0 (tests against a loopback site only)`)
  .option('--timeout <ms>', 'give up on a request after this long (default 15000)', integerOption('--timeout', { min: 100, max: 600_000 }))
  .action(async (targets: string[], options: IngestOptions) => {
    const [{ parseSourcesCatalogue }, { ingestLocal }, { printIngestSummary, progressReporter }, { refusedLoopback }, { withIngestLock }] = await Promise.all([
      import('../shared/domain/sources.js'),
      import('../shared/pipeline/local-ingest.js'),
      import('./output.js'),
      import('./refusals.js'),
      import('./ingest-lock.js'),
    ]);
    const catalogue: unknown = options.sources ? JSON.parse(readFileSync(options.sources, 'utf8')) : null;
    const sources = catalogue === null ? [] : parseSourcesCatalogue(catalogue);
    if (options.markVerified && !options.sources) throw new ValidationError('--mark-verified needs --sources');
    if (targets.length === 0 && sources.length === 0) throw new ValidationError('nothing to ingest: give targets or --sources');
    const summary = await withLocal(
      fetchOptions(options),
      async (ctx) => {
        const done = await withIngestLock(ctx, () => ingestLocal(ctx, { targets, sources, catalogue: bundledCatalogue(parseSourcesCatalogue) }, globals().json ? undefined : progressReporter()));
        // New articles reach the saved searches' feeds and webhooks right after they are stored.
        const { alertsAfterIngest } = await import('./local-alerts.js');
        await alertsAfterIngest(ctx, (line) => console.error(line));
        return done;
      },
      true,
    );
    printIngestSummary(summary, !!globals().json);
    if (options.markVerified && options.sources) await writeVerified(options.sources, catalogue, summary.sources);
    const refused = refusedLoopback(summary);
    for (const hint of refused) console.error(`refused ${hint.url}: a loopback address; pass --allow-loopback ${hint.port} to fetch from it (tests and local samples only)`);
    if (summary.counts.failed > 0 || refused.length > 0) process.exitCode = EXIT.partial;
  });

program
  .command('search')
  .description('full-text search with filters')
  .argument('[query]', 'words, "a phrase", or prefix*', '')
  .option('--entity <idOrName...>', 'only articles mentioning these entities')
  .option('--type <type...>', 'only articles mentioning entities of these types')
  .option('--outlet <outlet...>', 'only these outlets (source ids)')
  .option('--collection <collection...>', 'only sources in any of these collections (e.g. agencies)')
  .option('--lang <lang...>', 'only these languages')
  .option('--from <date>', 'published on or after (YYYY-MM-DD)')
  .option('--to <date>', 'published on or before (YYYY-MM-DD)')
  .addOption(new Option('--sort <order>', 'relevance (the default with a query), newest (the default without) or oldest').choices(['relevance', 'newest', 'oldest']))
  .option('--limit <n>', 'hits to show (with --all: hits per page, default 100; with --format: rows at most)', '10')
  .option('--cursor <cursor>', 'the next page: the cursor printed after a page of results (nextCursor in --json)')
  .option('--all', 'every matching article, following the cursor page by page')
  .addOption(new Option('--format <format>', 'export every matching article (up to 100,000; --limit caps it) as CSV or JSONL').choices(['csv', 'jsonl']))
  .option('--bom', 'with --format csv: a byte-order mark and formula-safe cells, for spreadsheets')
  .option('--collapse', 'one hit per syndication cluster (reprints folded into the first publisher\'s story)')
  .action(async (query: string, o: Record<string, string | string[] | boolean | undefined>, command: Command) => {
    const filters = { q: query, entity: o['entity'], type: o['type'], outlet: o['outlet'], collection: o['collection'], lang: o['lang'], from: o['from'], to: o['to'] } as Query;
    const limitGiven = command.getOptionValueSource('limit') !== 'default';
    if (typeof o['format'] === 'string') {
      // An export takes every match unless a limit was given explicitly.
      await exportCommand({ ...filters, format: o['format'], bom: o['bom'] ? 'true' : undefined, limit: limitGiven ? String(o['limit']) : undefined });
      return;
    }
    const all = o['all'] === true;
    const limit = all && !limitGiven ? String(MAX_PAGE_SIZE) : (o['limit'] as string | undefined);
    // Exports are always newest first; the order is a search option only.
    const params = { ...filters, sort: o['sort'] as string | undefined, limit, cursor: o['cursor'] as string | undefined, facets: 'true', collapse: o['collapse'] ? 'cluster' : undefined };
    if (all) await searchAllCommand(params);
    else await apiCommand('/search', params);
  });

program
  .command('entities')
  .description('list entities with mention counts')
  .option('--type <type>', 'person, organisation, project, event, work or place')
  .option('--q <text>', 'name contains')
  .option('--limit <n>', 'how many', '20')
  .option('--cursor <cursor>', 'the next page: the cursor printed after a page (nextCursor in --json); same --type and --q, within an hour')
  .action(async (o: Record<string, string | undefined>) => {
    await apiCommand('/entities', { type: o['type'], q: o['q'], limit: o['limit'], cursor: o['cursor'] });
  });

program
  .command('entity')
  .description('one entity: aliases, roles over time, co-mentions, articles')
  .argument('<idOrName>')
  .action(async (idOrName: string) => {
    await apiCommand(`/entities/${encodeURIComponent(idOrName)}`, {});
  });

program
  .command('status')
  .description('what happened to every discovered URL')
  .addOption(new Option('--list <status>', 'list URLs in this state').choices([...URL_STATUSES]))
  .option('--limit <n>', 'how many to list', integerOption('--limit', { min: 1, max: 100_000 }), 50)
  .option('--sources', 'per source and day: pages fetched, stored, failed by reason, empty bodies, missing dates, zero-entity articles')
  .option('--days <n>', 'with --sources: days to show, today included', integerOption('--days', { min: 1, max: 90 }), 14)
  .option('--quiet <n>', 'with --sources: flag a source silent after this many days without a stored article', integerOption('--quiet', { min: 1, max: 90 }), 3)
  .action(async (o: { list?: UrlStatus; limit: number; sources?: boolean; days: number; quiet: number }) => {
    if (o.sources) {
      await apiCommand('/sources/health', { days: String(o.days), quiet: String(o.quiet) });
      return;
    }
    await withLocal({}, async (ctx) => {
      const counts = await ctx.urlStates.countUrlStates();
      const listed = o.list ? (await ctx.urlStates.listUrlStates({ status: o.list, limit: o.limit })).items : [];
      const runs = await ctx.db.runs.listRuns(5);
      if (globals().json) {
        console.log(JSON.stringify({ counts, urls: listed, runs }, null, 2));
        return;
      }
      const { describeRun } = await import('./run-report.js');
      console.log(URL_STATUSES.map((s) => `${s}: ${counts[s]}`).join('  '));
      for (const run of runs) console.log(describeRun(run));
      for (const state of listed) console.log(`${state.status.padEnd(9)} ${state.reason ?? ''}\t${state.url}`);
    });
  });

program
  .command('doctor')
  .description('compare the store with the search index and repair drift (local SQLite, or --aws: DynamoDB + OpenSearch from the Lambda environment variables)')
  .option('--check-only', 'report drift without repairing it (exit 4 when there is drift)')
  .option('--aws', 'check the AWS deployment named by TABLE_NAME and OPENSEARCH_ENDPOINT instead of the local database')
  .action(async (o: { checkOnly?: boolean; aws?: boolean }) => {
    const { doctorAws, doctorLocal, printDoctorReport } = await import('./doctor.js');
    const report = o.aws ? await doctorAws(!o.checkOnly) : await withLocal({}, (ctx) => doctorLocal(ctx, !o.checkOnly));
    printDoctorReport(report, !!globals().json);
    if (o.checkOnly && (report.missingCount > 0 || report.orphanCount > 0 || report.outboxPending > 0 || report.integrity !== 'ok')) process.exitCode = EXIT.partial;
  });

program
  .command('serve')
  .description('serve the API and the search page')
  .option('--port <port>', 'port', integerOption('--port', { min: 0, max: 65_535 }), 8080)
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option('--ingest-every <duration>', 'ingest --sources now and then at this interval, e.g. 30m, 6h, 1d (one run at a time; see /ingest/runs)', durationOption('--ingest-every', 60_000))
  .option('--sources <file>', 'sources catalogue (JSON) for --ingest-every')
  .option('--allow-loopback <ports>', 'for scheduled runs: allow loopback on these ports', portListOption('--allow-loopback'))
  .option('--allow-private', 'for scheduled runs: allow private network ranges')
  .option('--delay <ms>', 'for scheduled runs: per-host delay', integerOption('--delay', { min: 0, max: 600_000 }))
  .option('--unsafe-no-delay', `for scheduled runs: allow --delay below ${POLITE_DELAY_FLOOR_MS} ms`)
  .option('--timeout <ms>', 'for scheduled runs: request timeout', integerOption('--timeout', { min: 100, max: 600_000 }))
  .action(async (o: { port: number; host: string; ingestEvery?: number; sources?: string } & IngestOptions) => {
    if ((o.ingestEvery === undefined) !== (o.sources === undefined)) throw new ValidationError('--ingest-every and --sources go together');
    const [{ parseSourcesCatalogue }, { openLocal }, { serveUntilStopped }] = await Promise.all([
      import('../shared/domain/sources.js'),
      import('./local-context.js'),
      import('./serve.js'),
    ]);
    const sources = o.sources ? parseSourcesCatalogue(JSON.parse(readFileSync(o.sources, 'utf8'))) : [];
    const catalogue = o.sources ? sources : bundledCatalogue(parseSourcesCatalogue);
    // A scheduled server may start on an empty data folder (its first run fills it).
    const ctx = await openLocal(localOptions(fetchOptions(o), o.ingestEvery !== undefined));
    const server = await serveUntilStopped(ctx, { port: o.port, host: o.host, catalogue, dataDir: globals().data, ...(o.ingestEvery !== undefined ? { schedule: { everyMs: o.ingestEvery, sources } } : {}) });
    console.log(`culture-index serving ${server.url}`);
  });

program
  .command('reprocess')
  .description('re-run parse/extract over the raw archive and report entity changes (no network)')
  .option('--since <instant>', 'only pages fetched at or after this ISO date/time')
  .option('--overrides <file>', 'entity overrides file (merge/split/rename)')
  .option('--sources <file>', 'sources catalogue, so pages keep their trusted canonical hosts and source names (default: the bundled one)')
  .action(async (o: { since?: string; overrides?: string; sources?: string }) => {
    const [{ parseSourcesCatalogue }, { reprocessArchive }, { countOf }] = await Promise.all([
      import('../shared/domain/sources.js'),
      import('../shared/pipeline/reprocess.js'),
      import('./output.js'),
    ]);
    const sources = o.sources ? parseSourcesCatalogue(JSON.parse(readFileSync(o.sources, 'utf8'))) : bundledCatalogue(parseSourcesCatalogue);
    const changes = await withLocal(o.overrides ? { overridesPath: o.overrides } : {}, (ctx) =>
      reprocessArchive({ ...ctx, sources }, o.since ? { since: o.since } : {}),
    );
    if (globals().json) {
      console.log(JSON.stringify(changes, null, 2));
      return;
    }
    for (const change of changes) {
      if (change.added.length === 0 && change.removed.length === 0 && change.outcome === 'unchanged') continue;
      console.log(`${change.outcome.padEnd(9)} ${change.url}`);
      for (const e of change.added) console.log(`  + ${e.type} ${e.name}`);
      for (const e of change.removed) console.log(`  - ${e.type} ${e.name}`);
    }
    const changed = changes.filter((c) => c.added.length + c.removed.length > 0).length;
    console.log(`${countOf(changes.length, 'page')} reprocessed, ${changed} with entity changes`);
  });

const saved = program.command('saved').description('saved searches: new matches go to an Atom feed and, when given, a signed webhook (see README, "Following coverage")');

saved
  .command('add')
  .description('save a search to follow (articles stored from now on are its news)')
  .argument('<name>', 'a name to list it by')
  .argument('[query]', 'the query language of `search`', '')
  .option('--owner <label>', 'who follows it (an e-mail address, a team)')
  .option('--entity <idOrName...>', 'only articles mentioning these entities')
  .option('--type <type...>', 'only articles mentioning entities of these types')
  .option('--outlet <outlet...>', 'only these outlets (source ids)')
  .option('--collection <collection...>', 'only sources in any of these collections')
  .option('--lang <lang...>', 'only these languages')
  .option('--from <date>', 'published on or after')
  .option('--to <date>', 'published on or before')
  .option('--webhook <url>', 'https URL to POST new matches to (signed with --secret)')
  .option('--secret <secret>', 'HMAC-SHA256 key of the webhook signature (at least 16 characters)')
  .addOption(new Option('--digest <period>', 'webhook calls: one per article (none) or one per ended day/week').choices(['none', 'daily', 'weekly']).default('none'))
  .option('--allow-loopback <ports>', 'allow a webhook on loopback at these ports (tests, local samples)', portListOption('--allow-loopback'))
  .action(async (name: string, query: string, o: Record<string, string | string[] | number[] | undefined>) => {
    if ((o['webhook'] === undefined) !== (o['secret'] === undefined)) throw new ValidationError('--webhook and --secret go together');
    const filters = Object.fromEntries(['entity', 'type', 'outlet', 'collection', 'lang', 'from', 'to'].flatMap((key) => (o[key] === undefined ? [] : [[key, o[key]]])));
    const body = { name, query, owner: o['owner'] ?? '', filters, digest: o['digest'], ...(o['webhook'] ? { webhook: { url: o['webhook'], secret: o['secret'] } } : {}) };
    const ports = o['allowLoopback'] as number[] | undefined;
    await savedApiCommand({ method: 'POST', path: '/saved-searches', query: {}, body: JSON.stringify(body) }, ports);
  });

saved
  .command('list')
  .description('saved searches, oldest first')
  .action(async () => {
    await savedApiCommand({ method: 'GET', path: '/saved-searches', query: {} });
  });

saved
  .command('show')
  .description('one saved search with its newest deliveries (webhook status; dead letters show as dead)')
  .argument('<id>')
  .action(async (id: string) => {
    await savedApiCommand({ method: 'GET', path: `/saved-searches/${encodeURIComponent(id)}`, query: {} });
  });

saved
  .command('rm')
  .description('delete a saved search and its delivery ledger')
  .argument('<id>')
  .action(async (id: string) => {
    await savedApiCommand({ method: 'DELETE', path: `/saved-searches/${encodeURIComponent(id)}`, query: {} });
  });

saved
  .command('run')
  .description('deliver new matches now (ingest does this after every run): ledger, feed, webhooks')
  .argument('[id]', 'only this saved search')
  .option('--allow-loopback <ports>', 'allow webhooks on loopback at these ports (tests, local samples)', portListOption('--allow-loopback'))
  .action(async (id: string | undefined, o: { allowLoopback?: number[] }) => {
    const extra = o.allowLoopback ? { allowLoopback: true, loopbackPorts: o.allowLoopback } : {};
    await withLocal(extra, async (ctx) => {
      const { runLocalAlerts, describeAlerts } = await import('./local-alerts.js');
      if (id !== undefined && !(await ctx.db.savedSearches.getSavedSearch(id))) throw new NotFoundError(`no saved search with id ${id}`);
      const report = await runLocalAlerts(ctx, id === undefined ? {} : { only: id });
      if (globals().json) console.log(JSON.stringify(report, null, 2));
      else {
        const lines = describeAlerts(report);
        console.log(lines.length > 0 ? lines.join('\n') : `alerts: nothing new for ${report.searches.length} saved search(es)`);
      }
      if (report.searches.some((s) => (s.webhook?.dead ?? 0) > 0)) process.exitCode = EXIT.partial;
    });
  });

for (const [name, transform, description] of [
  ['parse', 'parseRecord', 'JSONL filter: {"id","url"?,"html"} → {"id","title","text","publishedAt","authors","language"}'],
  ['extract', 'extractRecord', 'JSONL filter: {"id","text","title"?} → {"id","entities":[…]}'],
] as const) {
  program
    .command(name)
    .description(description)
    .addOption(new Option('--format <format>', 'input/output format').choices(['jsonl']).default('jsonl'))
    .action(async () => {
      const jsonl = await import('./jsonl.js');
      const bad = await jsonl.runJsonlFilter(jsonl[transform]);
      if (bad > 0) process.exitCode = EXIT.usage;
    });
}

/** The catalogue shipped in sources/: it names articles from URLs and files given by hand. */
function bundledCatalogue<T>(parse: (json: unknown) => T[]): T[] {
  const file = join(projectRoot(), 'sources', 'catalogue.json');
  return existsSync(file) ? parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}

/** Rewrites the catalogue (atomically) with the sources that answered marked verified. */
async function writeVerified(path: string, catalogue: unknown, checks: readonly SourceCheck[]): Promise<void> {
  const { markSourcesVerified } = await import('../shared/domain/sources.js');
  const verified = new Set(checks.filter((check) => check.verified).map((check) => check.id));
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(markSourcesVerified(catalogue, verified), null, 2)}\n`);
  renameSync(temporary, path);
  if (!globals().json) console.error(`marked verified in ${path}: ${[...verified].join(', ') || 'none'}`);
}

type Query = Record<string, string | string[] | undefined>;

async function localApi(ctx: LocalContext) {
  const { createApi } = await import('../shared/api/api.js');
  return createApi({ store: ctx.store, index: ctx.index, urlStates: ctx.urlStates, clusters: ctx.db.clusters, sourceHealth: ctx.db.health });
}

async function apiCommand(path: string, query: Query): Promise<void> {
  await withLocal({}, async (ctx) => {
    const [api, { printApiResult }] = await Promise.all([localApi(ctx), import('./output.js')]);
    const response = await api.handle({ method: 'GET', path, query });
    printApiResult(path, response, !!globals().json);
    setExitCodeFor(response.status);
  });
}

/** The CLI is the data folder's owner: it calls the API's write routes with the folder's token. */
async function savedApiCommand(request: { method: string; path: string; query: Query; body?: string }, loopbackPorts?: number[]): Promise<void> {
  await withLocal(loopbackPorts ? { allowLoopback: true, loopbackPorts } : {}, async (ctx) => {
    const [{ createApi }, { printApiResult }] = await Promise.all([import('../shared/api/api.js'), import('./output.js')]);
    const api = createApi({ store: ctx.store, index: ctx.index, savedSearches: ctx.db.savedSearches, webhookLoopbackPorts: ctx.webhookLoopbackPorts });
    const response = await api.handle(request);
    if (response.status === 204) {
      if (!globals().json) console.log('deleted');
    } else printApiResult(request.path, response, !!globals().json);
    setExitCodeFor(response.status);
  });
}

async function exportCommand(query: Query): Promise<void> {
  await withLocal({}, async (ctx) => {
    const [api, { exportToStdout }] = await Promise.all([localApi(ctx), import('./export-output.js')]);
    const response = await exportToStdout(api, query);
    if (response.stream === undefined) {
      const { printApiResult } = await import('./output.js');
      printApiResult('/export', response, !!globals().json);
      setExitCodeFor(response.status);
    }
  });
}

/** `search --all` (see search-all.ts). */
async function searchAllCommand(query: Query): Promise<void> {
  await withLocal({}, async (ctx) => {
    const [api, { searchAll }] = await Promise.all([localApi(ctx), import('./search-all.js')]);
    setExitCodeFor(await searchAll(api, query, !!globals().json));
  });
}

function setExitCodeFor(status: number): void {
  if (status === 400) process.exitCode = EXIT.usage;
  else if (status === 404) process.exitCode = EXIT.notFound;
  else if (status >= 500) process.exitCode = EXIT.failure;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof ValidationError) {
    console.error(clipLongRuns(`error: ${error.message}`));
    process.exitCode = EXIT.usage;
  } else if (error instanceof NotFoundError) {
    console.error(clipLongRuns(`error: ${error.message}`));
    process.exitCode = EXIT.notFound;
  } else {
    console.error(clipLongRuns(`error: ${error instanceof CultureIndexError || error instanceof Error ? error.message : String(error)}`));
    process.exitCode = EXIT.failure;
  }
}
