import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../shared/api/openapi.js';
import { parameterNames, pathParameterNames, ROUTES } from '../../../shared/api/routes.js';

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  operationId?: string;
  parameters?: ({ $ref: string } | Parameter)[];
}

const doc = openApiDocument as { openapi: string; paths: Record<string, { get?: Operation }>; components: { parameters: Record<string, Parameter> } };

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
    expect(Object.keys(doc.paths).sort()).toEqual(ROUTES.map((r) => r.path).sort());
  });

  for (const route of ROUTES) {
    it(`documents every parameter of ${route.path} and no other`, () => {
      const operation = doc.paths[route.path]?.get;
      expect(operation, `GET ${route.path}`).toBeDefined();
      expect(operation!.operationId).toBe(route.name);
      const documented = (operation!.parameters ?? []).map(resolve);
      expect(documented.filter((p) => p.in === 'query').map((p) => p.name).sort()).toEqual(parameterNames(route.params).sort());
      expect(documented.filter((p) => p.in === 'path').map((p) => p.name).sort()).toEqual(pathParameterNames(route.path).sort());
    });
  }

  it('has no dangling schema references', () => {
    const text = JSON.stringify(doc);
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    for (const match of text.matchAll(/"#\/components\/schemas\/(\w+)"/g)) expect(schemas, match[1]).toHaveProperty(match[1]!);
  });
});
