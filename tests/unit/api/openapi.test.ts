import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../shared/api/openapi.js';
import { EXPORT_CAP, MAX_LIMIT, MAX_QUERY_LENGTH } from '../../../shared/api/params.js';
import { methodOf, parameterNames, pathParameterNames, ROUTES } from '../../../shared/api/routes.js';

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  operationId?: string;
  parameters?: ({ $ref: string } | Parameter)[];
}

const doc = openApiDocument as { openapi: string; paths: Record<string, Record<string, Operation | undefined>>; components: { parameters: Record<string, Parameter> } };

/** The operation a route is documented as: its method under its path. */
const operationOf = (route: (typeof ROUTES)[number]): Operation | undefined => doc.paths[route.path]?.[methodOf(route).toLowerCase()];

function resolve(parameter: { $ref: string } | Parameter): Parameter {
  if ('$ref' in parameter) {
    const name = parameter.$ref.replace('#/components/parameters/', '');
    const found = doc.components.parameters[name];
    if (!found) throw new Error(`dangling $ref ${parameter.$ref}`);
    return found;
  }
  return parameter;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and JSON-serialisable', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('documents exactly the routes the API serves', () => {
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(ROUTES.map((r) => r.path))].sort());
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(Object.keys(item).sort(), path).toEqual(ROUTES.filter((r) => r.path === path).map((r) => methodOf(r).toLowerCase()).sort());
    }
  });

  for (const route of ROUTES) {
    it(`documents every parameter of ${route.path} and no other`, () => {
      const operation = operationOf(route);
      expect(operation, `${methodOf(route)} ${route.path}`).toBeDefined();
      expect(operation!.operationId).toBe(route.name);
      const documented = (operation!.parameters ?? []).map(resolve);
      expect(documented.filter((p) => p.in === 'query').map((p) => p.name).sort()).toEqual(parameterNames(route.params).sort());
      expect(documented.filter((p) => p.in === 'path').map((p) => p.name).sort()).toEqual(pathParameterNames(route.path).sort());
    });
  }

  it('is generated from the zod schemas: parameter limits and enums are the validators\' own', () => {
    const search = doc.paths['/search']!.get!.parameters!.map(resolve) as (Parameter & { schema: Record<string, unknown> })[];
    expect(search.find((p) => p.name === 'limit')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 20 });
    expect(search.find((p) => p.name === 'q')!.schema).toMatchObject({ maxLength: MAX_QUERY_LENGTH });
    const exportLimit = (doc.paths['/export']!.get!.parameters!.map(resolve) as (Parameter & { schema: Record<string, unknown> })[]).find((p) => p.name === 'limit')!;
    expect(exportLimit.schema).toMatchObject({ maximum: EXPORT_CAP, default: EXPORT_CAP });
    expect(EXPORT_CAP).toBeGreaterThanOrEqual(100_000);
  });

  it('declares the security of the AWS deployment (SigV4 or JWT) and none for local use', () => {
    const full = doc as unknown as { security: Record<string, unknown[]>[]; components: { securitySchemes: Record<string, Record<string, unknown>> } };
    expect(full.components.securitySchemes['sigv4']).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4' });
    expect(full.components.securitySchemes['jwt']).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(full.security).toEqual([{ sigv4: [] }, { jwt: [] }, {}]);
  });

  it('gives every operation a 200 with a body schema, error responses, and examples', () => {
    const text = JSON.stringify(doc);
    for (const route of ROUTES) {
      const responses = (operationOf(route) as unknown as { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }).responses;
      if (methodOf(route) === 'DELETE') {
        expect(responses['204'], route.path).toBeDefined();
        expect(responses['401'], route.path).toBeDefined();
        continue;
      }
      const content = Object.values((responses['200'] ?? responses['201'])!.content ?? {});
      expect(content.length, route.path).toBeGreaterThan(0);
      expect(content.every((c) => c.schema !== undefined), route.path).toBe(true);
      expect(responses['400'], route.path).toBeDefined();
    }
    expect(doc.paths['/stats/url-states']).toBeDefined();
    expect((text.match(/"example"/g) ?? []).length).toBeGreaterThan(10);
  });

  it('declares that writes need a token everywhere (no anonymous option) and reads stay as they were', () => {
    for (const route of ROUTES) {
      const security = (operationOf(route) as unknown as { security?: Record<string, unknown[]>[] }).security;
      if (methodOf(route) === 'GET') expect(security, route.name).toBeUndefined();
      else expect(security, route.name).toEqual([{ sigv4: [] }, { jwt: [] }, { localToken: [] }]);
    }
    const schemes = (doc as unknown as { components: { securitySchemes: Record<string, Record<string, unknown>> } }).components.securitySchemes;
    expect(schemes['localToken']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('has no dangling schema references', () => {
    const text = JSON.stringify(doc);
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    for (const match of text.matchAll(/"#\/components\/schemas\/(\w+)"/g)) expect(schemas, match[1]).toHaveProperty(match[1]!);
  });
});
