/** Prints the OpenAPI document generated from the API's zod schemas (`npm run openapi > openapi.json`). */
import { openApiDocument } from '../shared/api/openapi.js';

process.stdout.write(`${JSON.stringify(openApiDocument, null, 2)}\n`);
