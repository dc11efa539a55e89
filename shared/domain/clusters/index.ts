export * from './assign.js';
export * from './minhash.js';
export type * from './model.js';
