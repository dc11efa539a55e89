export * from './saved-search.js';
export { renderAtomFeed } from './atom.js';
export { dueBatches, periodOf, type DeliveryBatch } from './digest.js';
export { signPayload, verifySignature, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from './signature.js';
export { ReceiverRateLimit, receiverOf } from './rate-limit.js';
export { webhookTargetRefusal } from './webhook-target.js';
