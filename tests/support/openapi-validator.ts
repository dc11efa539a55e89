/**
 * Validates response bodies against the API's own OpenAPI document (JSON Schema 2020-12, which
 * OpenAPI 3.1 uses), so a response that drifts from the generated description fails a test.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its function may arrive as the module or wrapped in `default`.
type AddFormats = (ajv: Ajv2020) => unknown;
const formatsModule = ajvFormats as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats = typeof formatsModule.default === 'function' ? formatsModule.default : formatsModule.default.default;

function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}

export interface ResponseValidator {
  /** Error messages (empty when valid) for a body of `path`'s GET answered with `status` as `mediaType`. */
  errors(path: string, status: number, body: unknown, mediaType?: string): string[];
  /** Error messages for a value checked against one of components.schemas. */
  componentErrors(name: string, value: unknown): string[];
}

function messages(validate: { errors?: { instancePath: string; message?: string; params: unknown }[] | null | undefined }): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

export function responseValidator(document: Record<string, unknown>): ResponseValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi.json');
  return {
    errors(path, status, body, mediaType = 'application/json') {
      const pointer = ['paths', path, 'get', 'responses', String(status), 'content', mediaType, 'schema'].map(pointerSegment).join('/');
      const validate = ajv.getSchema(`openapi.json#/${pointer}`);
      if (!validate) return [`no schema documented for GET ${path} → ${status} ${mediaType}`];
      return validate(body) ? [] : messages(validate);
    },
    componentErrors(name, value) {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${pointerSegment(name)}`);
      if (!validate) return [`no component schema ${name}`];
      return validate(value) ? [] : messages(validate);
    },
  };
}
