/** The SQLite adapters' cursors: opaque base64url JSON, as every layer writes them. */
export { decodeCursor, encodeCursor } from '../../domain/opaque-cursor.js';
