/**
 * /saved-searches: create (validated body; the query goes through the query parser), list, read
 * (with the newest ledger rows), delete, and the Atom feed of each. Secrets never leave.
 */
import { randomBytes } from 'node:crypto';
import { renderAtomFeed } from '../domain/alerts/atom.js';
import { checkNotEmpty, checkSavedQuery, type Delivery, type SavedSearch, type SavedSearchFilters } from '../domain/alerts/saved-search.js';
import { webhookTargetRefusal } from '../domain/alerts/webhook-target.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { quoteInput } from '../domain/settings.js';
import type { SavedSearchStore } from '../ports/saved-search-store.js';
import { savedSearchBodySchema, type SavedSearchBody } from './saved-search-schemas.js';

/** Entries of a feed: what readers poll for. Older matches stay in the ledger. */
export const FEED_ENTRIES = 50;
const RECENT_DELIVERIES = 20;

export interface SavedSearchApiOptions {
  readonly store: SavedSearchStore;
  /** Tests and the local sample only: webhook receivers on these loopback ports. */
  readonly webhookLoopbackPorts?: readonly number[];
  readonly clock?: () => Date;
}

type FilterView = SavedSearchBody['filters'];

function filtersOf(body: FilterView): SavedSearchFilters {
  return {
    ...(body.entity ? { entities: body.entity } : {}),
    ...(body.type ? { entityTypes: body.type } : {}),
    ...(body.outlet ? { outlets: body.outlet } : {}),
    ...(body.collection ? { collections: body.collection } : {}),
    ...(body.lang ? { languages: body.lang } : {}),
    ...(body.from !== undefined ? { from: body.from } : {}),
    ...(body.to !== undefined ? { to: body.to } : {}),
  };
}

function filterView(filters: SavedSearchFilters): FilterView {
  return {
    ...(filters.entities ? { entity: [...filters.entities] } : {}),
    ...(filters.entityTypes ? { type: [...filters.entityTypes] } : {}),
    ...(filters.outlets ? { outlet: [...filters.outlets] } : {}),
    ...(filters.collections ? { collection: [...filters.collections] } : {}),
    ...(filters.languages ? { lang: [...filters.languages] } : {}),
    ...(filters.from !== undefined ? { from: filters.from } : {}),
    ...(filters.to !== undefined ? { to: filters.to } : {}),
  };
}

export function feedPath(id: string): string {
  return `/saved-searches/${encodeURIComponent(id)}/feed.atom`;
}

/** The public face of a saved search: the webhook's URL but never its secret. */
export function savedSearchView(search: SavedSearch) {
  return {
    id: search.id,
    name: search.name,
    owner: search.owner,
    query: search.query,
    filters: filterView(search.filters),
    digest: search.digest,
    webhook: search.webhook ? { url: search.webhook.url } : null,
    createdAt: search.createdAt,
    watermark: search.watermark,
    feed: feedPath(search.id),
  };
}

function deliveryView(delivery: Delivery) {
  const a = delivery.article;
  return { articleId: a.id, title: a.title, url: a.url, sourceName: a.sourceName, publishedAt: a.publishedAt, matchedAt: delivery.matchedAt, webhook: delivery.webhook };
}

function parseJsonBody(body: string | undefined): unknown {
  if (body === undefined || body.trim() === '') throw new ValidationError('A JSON body is required', [{ path: '(body)', message: 'empty' }]);
  try {
    return JSON.parse(body);
  } catch {
    throw new ValidationError('The body is not valid JSON', [{ path: '(body)', message: 'invalid JSON' }]);
  }
}

export function createSavedSearchApi(options: SavedSearchApiOptions) {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const loopbackPorts = new Set(options.webhookLoopbackPorts ?? []);

  async function load(id: string): Promise<SavedSearch> {
    const search = await store.getSavedSearch(id);
    if (!search) throw new NotFoundError(`No saved search with id ${quoteInput(id)}`);
    return search;
  }

  return {
    async create(rawBody: string | undefined) {
      const body = savedSearchBodySchema.parse(parseJsonBody(rawBody));
      checkSavedQuery(body.query);
      const filters = filtersOf(body.filters);
      checkNotEmpty(body.query, filters);
      if (body.webhook) {
        const refusal = webhookTargetRefusal(body.webhook.url, loopbackPorts);
        if (refusal !== null) throw new ValidationError(`Webhook URL refused: ${refusal}`, [{ path: 'webhook.url', message: refusal }]);
      }
      const now = clock().toISOString();
      const search: SavedSearch = {
        id: randomBytes(8).toString('hex'),
        name: body.name,
        owner: body.owner,
        query: body.query,
        filters,
        webhook: body.webhook ? { url: body.webhook.url, secret: body.webhook.secret } : null,
        digest: body.digest,
        createdAt: now,
        watermark: now,
      };
      await store.putSavedSearch(search);
      return savedSearchView(search);
    },
    async list() {
      return { items: (await store.listSavedSearches()).map(savedSearchView) };
    },
    async get(id: string) {
      const search = await load(id);
      return { ...savedSearchView(search), recentDeliveries: (await store.listDeliveries(id, RECENT_DELIVERIES)).map(deliveryView) };
    },
    async remove(id: string): Promise<void> {
      if (!(await store.deleteSavedSearch(id))) throw new NotFoundError(`No saved search with id ${quoteInput(id)}`);
    },
    async feed(id: string, selfUrl: string): Promise<string> {
      const search = await load(id);
      return renderAtomFeed(search, await store.listDeliveries(id, FEED_ENTRIES), selfUrl);
    },
  };
}

export type SavedSearchApi = ReturnType<typeof createSavedSearchApi>;
