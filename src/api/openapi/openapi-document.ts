import { z } from 'zod';
import type { AnyRoute } from '../routes/route.js';
import { errorSchema } from '../schemas/common.js';

/** A JSON Schema object as zod emits it. */
type JsonSchema = Record<string, unknown>;

/** Statuses every operation may answer with, besides its success. */
const ERROR_STATUSES: Record<string, string> = {
  400: 'Invalid parameters or body: `error.issues` names each field at fault',
  404: 'Nothing with that id or name',
  500: 'An internal error (logged on the server)',
};

/**
 * A zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), its named parts (`.meta({id})`)
 * moved into `components` and referenced from there.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
  delete json.$defs;
  const moved = JSON.parse(JSON.stringify({ json, defs }).replaceAll('"#/$defs/', '"#/components/schemas/')) as { json: JsonSchema; defs: Record<string, JsonSchema> };
  Object.assign(components, moved.defs);
  const id = (schema.meta() as { id?: string } | undefined)?.id;
  if (id) {
    // zod emits a root that has an id as a reference to its own entry in `$defs`, moved above
    if (!(id in moved.defs)) components[id] = moved.json;
    return { $ref: `#/components/schemas/${id}` };
  }
  return moved.json;
}

/** The properties of an object schema as OpenAPI parameters `in` the path or query. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query', components: Record<string, JsonSchema>): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input', components);
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries((json.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

/** Options of {@link openApiDocument}. */
export interface OpenApiOptions {
  version: string;
  /** The server's URL, when known (`http://127.0.0.1:8080`). */
  serverUrl?: string;
}

/**
 * The OpenAPI 3.1 document of the API, generated from the routes' own zod schemas, so that what is
 * documented is what is validated. Served at `/openapi.json`.
 */
export function openApiDocument(routes: readonly AnyRoute[], options: OpenApiOptions): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const errorRef = toSchema(errorSchema, 'output', components);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const success = route.produces
      ? { description: 'The export, streamed', content: Object.fromEntries(route.produces.map((type) => [type, { schema: { type: 'string' } }])) }
      : { description: 'Success', content: { 'application/json': { schema: toSchema(route.response, 'output', components) } } };
    const errors: Record<string, JsonSchema> = {};
    for (const [status, description] of Object.entries(ERROR_STATUSES)) errors[status] = { description, content: { 'application/json': { schema: errorRef } } };
    if (route.body) errors[413] = { description: 'The body is too large', content: { 'application/json': { schema: errorRef } } };
    if (route.body) errors[415] = { description: 'The body is not JSON', content: { 'application/json': { schema: errorRef } } };
    if (route.write) errors[401] = { description: 'A token is required (KHABAR_TOKEN is set on the server)', content: { 'application/json': { schema: errorRef } } };
    paths[route.path] ??= {};
    paths[route.path][route.method] = {
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      operationId: `${route.method}${route.path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, 'By-$1').split(/[/-]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`,
      parameters: [...parameters(route.params, 'path', components), ...parameters(route.query, 'query', components)],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input', components) } } } } : {}),
      responses: { [route.status ?? 200]: success, ...errors },
      ...(route.write ? { security: [{ bearer: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Khabar (خبر) API',
      version: options.version,
      description: 'Persian news reports into clean, traceable, searchable knowledge. Every span is {start, end} in UTF-16 code units into the original text, end exclusive.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The KHABAR_TOKEN value; required for writes only when it is set' } } },
  };
}
