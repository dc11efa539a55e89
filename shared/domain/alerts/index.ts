export * from './saved-search.js';
export { renderAtomFeed } from './atom.js';
export { dueBatches, periodOf, type DeliveryBatch } from './digest.js';
export { signPayload, verifySignature, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from './signature.js';
