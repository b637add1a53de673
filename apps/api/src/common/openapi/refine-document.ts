import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ResponseObject,
} from '@nestjs/swagger';
import type { AccessRule } from '../access/access.decorator';
import { accessDocs } from './access-docs';
import { ANY_JSON_EXTENSION } from './any-json';

/** The extension the @Access decorator leaves on each operation; read and removed here. */
export const ACCESS_EXTENSION = 'x-koers-access';
export const PROBLEM_SCHEMA = 'ProblemDetailsDto';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const STANDARD_TEXT: Record<string, string> = {
  200: 'OK.',
  201: 'Created.',
  204: 'Done; no content.',
  400: 'Invalid input: `errors` names each field.',
  401: 'Not signed in.',
  403: 'Refused.',
  404: 'Not found.',
  409: 'Conflict with the current state, e.g. a stale version.',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  429: 'Too many attempts; see Retry-After.',
};

const IF_MATCH: ParameterObject = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The version read, e.g. `"3"`; only when the body carries no `version` (the body wins).',
  schema: { type: 'string', pattern: '^\\s*(W/)?"?\\d{1,10}"?\\s*$' },
};

const isIdName = (name: string) => name === 'id' || /Id$/.test(name);

function problemResponse(description: string): ResponseObject {
  return {
    description,
    content: {
      [PROBLEM_MEDIA_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } },
    },
  };
}

function refineParameters(operation: OperationObject): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const refined: ParameterObject[] = [];
  let ifMatch = false;
  for (const parameter of parameters) {
    if (parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match') {
      // `@Headers('if-match')` documents itself as a required header; the version may as well
      // come in the body, so it is optional, and it is listed once.
      if (!ifMatch) refined.push(IF_MATCH);
      ifMatch = true;
      continue;
    }
    if (parameter.in === 'path' && isIdName(parameter.name)) {
      // Path ids go through IdParamPipe: anything but a uuid answers 404.
      refined.push({ ...parameter, schema: { type: 'string', format: 'uuid' } });
      continue;
    }
    refined.push(parameter);
  }
  if (refined.length > 0) operation.parameters = refined;
}

function refineResponses(operation: OperationObject, method: string): void {
  const extensions = operation as unknown as Record<string, unknown>;
  const rule = extensions[ACCESS_EXTENSION] as AccessRule | undefined;
  delete extensions[ACCESS_EXTENSION];
  if (!rule) throw new Error(`OpenAPI: ${operation.operationId} has no @Access rule`);
  const access = accessDocs(rule, method);
  operation.security = access.security;
  operation.description = [operation.description, access.who].filter(Boolean).join('\n\n');

  const responses = operation.responses;
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const wanted: Partial<Record<number, string>> = { ...access.responses };
  if (parameters.some((p) => p.in === 'path')) wanted[404] ??= STANDARD_TEXT[404];
  if (operation.requestBody || parameters.some((p) => p.in === 'query' || p.in === 'header')) {
    wanted[400] ??= STANDARD_TEXT[400];
  }
  if (operation.requestBody) {
    wanted[413] ??= STANDARD_TEXT[413];
    wanted[415] ??= STANDARD_TEXT[415];
  }
  for (const [status, description] of Object.entries(wanted)) {
    responses[status] ??= { description: description ?? '' };
  }
  for (const [status, response] of Object.entries(responses)) {
    const r = response as ResponseObject;
    if (!r.description) r.description = STANDARD_TEXT[status] ?? '';
    if (Number(status) >= 400) responses[status] = { ...r, ...problemResponse(r.description) };
  }
  // Responses in status order, as a reader expects them.
  operation.responses = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
  );
}

type Schema = Record<string, unknown>;

/** `@ApiProperty(ANY_JSON)` → the empty schema (any value); Nest would say `type: object`. */
function refineSchema(schema: Schema): Schema {
  if (schema[ANY_JSON_EXTENSION]) return { description: schema.description };
  for (const key of ['items', 'additionalProperties']) {
    const inner = schema[key];
    if (inner && typeof inner === 'object') schema[key] = refineSchema(inner as Schema);
  }
  const properties = schema.properties as Record<string, Schema> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    properties![name] = refineSchema(property);
  }
  return schema;
}

/**
 * Makes the document Nest builds exact where its decorators cannot: security and the guard's
 * 401/403/404 from each @Access rule, problem details as `application/problem+json` on every
 * error, path ids as uuids, If-Match as the optional header it is, and the tags declared.
 */
export function refineDocument(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas))
    schemas[name] = refineSchema(schema as Schema);
  const tags = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      refineParameters(operation);
      refineResponses(operation, method);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  const declared = new Set((document.tags ?? []).map((t) => t.name));
  document.tags = [
    ...(document.tags ?? []),
    ...[...tags]
      .filter((name) => !declared.has(name))
      .sort()
      .map((name) => ({ name, description: `Operations on ${name.replace(/-/g, ' ')}.` })),
  ];
  return document;
}
