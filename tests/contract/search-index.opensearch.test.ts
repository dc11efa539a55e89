import { OpenSearchIndex } from '../../shared/adapters/opensearch/index.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix } from '../support/opensearch.js';
import { describeSearchIndexContract } from './search-index.contract.js';

const target = await openSearchTarget();

describeSearchIndexContract(
  'OpenSearch 2.19',
  async () => {
    if (!target) throw new Error('unreachable: the suite is skipped without a node');
    const client = testClient(target);
    const prefix = uniqueIndexPrefix('contract');
    const index = new OpenSearchIndex(client, prefix);
    await index.ensureIndex();
    return {
      index,
      cleanup: async () => {
        await deletePrefix(client, prefix);
        await client.close();
      },
    };
  },
  { skipReason: target ? null : skipReason() },
);
