import request from 'supertest';
import { buildOpenApiDocumentOffline } from '../src/openapi.cli';
import { startTestApp, TestApp } from './support/test-app';

/** Every operation of the domain core, as a client generator or a person reading /api/docs sees it. */
const OPERATIONS: [method: string, path: string][] = [
  ['get', '/api/regions'],
  ['post', '/api/regions'],
  ['get', '/api/regions/{regionId}'],
  ['patch', '/api/regions/{regionId}'],
  ['delete', '/api/regions/{regionId}'],
  ['get', '/api/regions/{regionId}/municipalities'],
  ['post', '/api/regions/{regionId}/municipalities'],
  ['get', '/api/municipalities/{id}'],
  ['patch', '/api/municipalities/{id}'],
  ['delete', '/api/municipalities/{id}'],
  ...['organisations', 'people', 'themes'].flatMap((kind): [string, string][] => [
    ['get', `/api/regions/{regionId}/${kind}`],
    ['post', `/api/regions/{regionId}/${kind}`],
    ['get', `/api/regions/{regionId}/${kind}/{id}`],
    ['patch', `/api/regions/{regionId}/${kind}/{id}`],
    ['delete', `/api/regions/{regionId}/${kind}/{id}`],
  ]),
  ['get', '/api/external-programmes'],
  ['get', '/api/external-programmes/{id}'],
  ['get', '/api/regions/{regionId}/programmes'],
  ['post', '/api/regions/{regionId}/programmes'],
  ['get', '/api/programmes/{programmeId}'],
  ['patch', '/api/programmes/{programmeId}'],
  ['delete', '/api/programmes/{programmeId}'],
  ['get', '/api/programmes/{programmeId}/assignments'],
  ['post', '/api/programmes/{programmeId}/assignments'],
  ['get', '/api/assignments/{assignmentId}'],
  ['patch', '/api/assignments/{assignmentId}'],
  ['delete', '/api/assignments/{assignmentId}'],
  ['get', '/api/assignments/{assignmentId}/steering-group'],
  ['put', '/api/assignments/{assignmentId}/steering-group'],
];

interface Schema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: unknown;
  required?: string[];
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}

interface Operation {
  summary?: string;
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
  };
}

const WRITES = ['post', 'put', 'patch', 'delete'];

/** Every schema of the document with where it is, including nested ones. */
function allSchemas(document: Document): [string, Schema][] {
  const found: [string, Schema][] = [];
  const walk = (schema: Schema | undefined, where: string) => {
    if (!schema || typeof schema !== 'object') return;
    found.push([where, schema]);
    walk(schema.items, `${where}[]`);
    for (const [name, inner] of Object.entries(schema.properties ?? {}))
      walk(inner, `${where}.${name}`);
    for (const inner of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) walk(inner, where);
  };
  for (const [name, schema] of Object.entries(document.components.schemas)) walk(schema, name);
  return found;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  let paths: Record<string, Record<string, Operation>>;
  let operations: [key: string, operation: Operation][];
  beforeAll(async () => {
    t = await startTestApp();
    document = (await request(t.http).get('/api/docs-json').expect(200)).body as Document;
    paths = document.paths;
    operations = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]): [string, Operation] => [`${method} ${path}`, op]),
    );
  });
  afterAll(() => t.close());

  it('is the document `npm run api:generate` builds without a server', async () => {
    expect(await buildOpenApiDocumentOffline()).toEqual(document);
  });

  it('gives every operation a summary and a unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThan(60);
    const problems = operations.flatMap(([key, op]) => [
      ...(op.summary && op.summary.length >= 10 ? [] : [`${key}: summary "${op.summary}"`]),
      ...(/^[a-z]+[A-Z][A-Za-z]*$/.test(op.operationId ?? '') ? [] : [`${key}: ${op.operationId}`]),
    ]);
    expect(problems).toEqual([]);
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers every error as application/problem+json with the ProblemDetails schema', () => {
    const problems: string[] = [];
    for (const [key, op] of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const content = response.content ?? {};
        if (
          Object.keys(content).join() !== 'application/problem+json' ||
          content['application/problem+json'].schema.$ref !==
            '#/components/schemas/ProblemDetailsDto'
        ) {
          problems.push(`${key} ${status}`);
        }
        if (!response.description) problems.push(`${key} ${status} without a description`);
      }
    }
    expect(problems).toEqual([]);
    expect(document.components.schemas.ProblemDetailsDto.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']),
    );
  });

  it('declares the session cookie and the CSRF header, and every operation says which it takes', () => {
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'koers.sid' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    });
    const problems: string[] = [];
    for (const [key, op] of operations) {
      const security = op.security;
      if (!security) {
        problems.push(`${key}: no security`);
        continue;
      }
      const anonymous = security.length === 0 || security.some((s) => Object.keys(s).length === 0);
      if (!anonymous && !op.responses['401']) problems.push(`${key}: needs a session but no 401`);
      const method = key.split(' ')[0];
      if (WRITES.includes(method)) {
        if (!op.responses['403']) problems.push(`${key}: a write without 403 (CSRF)`);
        const withSession = security.filter((s) => 'session' in s);
        if (withSession.some((s) => !('csrf' in s))) problems.push(`${key}: session without CSRF`);
      }
    }
    expect(problems).toEqual([]);
    // Spot checks of what the guard does.
    expect(paths['/api/health'].get.security).toEqual([]);
    expect(paths['/api/regions'].post.responses['403']).toBeDefined();
    expect(paths['/api/programmes/{programmeId}'].get.security).toEqual([{}, { session: [] }]);
    expect(paths['/api/assignments/{assignmentId}'].patch.security).toEqual([
      { session: [], csrf: [] },
    ]);
  });

  it('marks every path id as a uuid, with a 404 for one that does not exist', () => {
    const problems: string[] = [];
    for (const [key, op] of operations) {
      for (const p of (op.parameters ?? []).filter((p) => p.in === 'path')) {
        if (/(^id|Id)$/.test(p.name) && p.schema.format !== 'uuid')
          problems.push(`${key} ${p.name}`);
      }
      if (op.parameters?.some((p) => p.in === 'path') && !op.responses['404']) {
        problems.push(`${key}: no 404`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives ids in schemas format uuid', () => {
    const ids = allSchemas(document).filter(
      ([where, schema]) =>
        /(\.id|Id)$/.test(where) &&
        schema.type === 'string' &&
        // Not entity ids: the request id of a problem; audit records count up (bigint).
        where !== 'ProblemDetailsDto.requestId' &&
        schema.pattern !== '^\\d+$',
    );
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter(([, schema]) => schema.format !== 'uuid').map(([where]) => where)).toEqual(
      [],
    );
  });

  it('keeps every enum: no schema is a bare object', () => {
    const bare = allSchemas(document).filter(
      ([, s]) => s.type === 'object' && !s.properties && !s.allOf && !s.additionalProperties,
    );
    expect(bare.map(([where]) => where)).toEqual([]);
    const snapshot = document.components.schemas.AssignmentSnapshotDto.properties ?? {};
    expect(snapshot.status.enum).toEqual(['concept', 'active', 'paused', 'done', 'dropped']);
    expect(snapshot.participation.enum).toEqual(['all', 'opt_in']);
    expect(document.components.schemas.AllowedTransitionDto.properties?.refusalCode.enum).toContain(
      'PROGRAMME_HAS_NO_ASSIGNMENTS',
    );
  });

  it('lists If-Match once and optional where the version may come in the body', () => {
    const withIfMatch = operations.filter(([, op]) =>
      op.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'),
    );
    expect(withIfMatch.length).toBeGreaterThanOrEqual(10);
    for (const [key, op] of withIfMatch) {
      const headers = (op.parameters ?? []).filter((p) => p.in === 'header');
      expect([key, headers.map((h) => [h.name, h.required])]).toEqual([key, [['If-Match', false]]]);
      const ref = op.requestBody?.content['application/json'].schema.$ref ?? '';
      const body = document.components.schemas[ref.replace('#/components/schemas/', '')];
      expect([key, body?.properties?.version?.type]).toEqual([key, 'integer']);
    }
  });

  it.each(OPERATIONS)('describes %s %s with its request and response schemas', (method, path) => {
    const operation = paths[path]?.[method];
    expect(operation).toBeDefined();
    if (['post', 'patch', 'put'].includes(method)) {
      expect(operation.requestBody?.content['application/json'].schema).toBeDefined();
    }
    const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
    expect(success).toBeDefined();
    if (method !== 'delete') {
      expect(success?.[1].content?.['application/json'].schema).toBeDefined();
    }
  });
});
