import request from 'supertest';
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

interface Operation {
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    t = await startTestApp();
    paths = (await request(t.http).get('/api/docs-json').expect(200)).body.paths;
  });
  afterAll(() => t.close());

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
