import { z } from 'zod';
import type { Registered } from './route-registry';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): unknown =>
  z.toJSONSchema(schema, { io, unrepresentable: 'throw' });

/** OpenAPI 3.1 generated from the registered routes' zod schemas. */
export function buildOpenApi(routes: Registered[], version: string): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [...r.url.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams = r.query
      ? Object.entries(
          (jsonSchema(r.query, 'input') as { properties?: Record<string, unknown> }).properties ?? {},
        ).map(([name, schema]) => ({ name, in: 'query', required: false, schema }))
      : [];
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      security: r.public ? [] : [{ session: [] }],
      parameters: [...params, ...queryParams],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [String(r.status)]: {
          description: 'OK',
          ...(r.response
            ? { content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } }
            : {}),
        },
        default: { description: 'Error: {error: {code, message, rule?, fields?}}' },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'GridCommand 网格指挥 API', version },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gc_session' } } },
    paths,
  };
}
