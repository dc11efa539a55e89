import { MemoryClusterStore } from '../../shared/adapters/memory/cluster-store.js';
import { describeClusterStoreContract } from './cluster-store.contract.js';

describeClusterStoreContract('memory', async () => ({ store: new MemoryClusterStore(), cleanup: async () => {} }));
