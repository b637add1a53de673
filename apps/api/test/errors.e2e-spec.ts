import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

describe('error responses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown API path with 404 problem details', async () => {
    const res = await request(t.http).get('/api/does-not-exist').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'about:blank',
      title: 'Niet gevonden',
      status: 404,
      code: 'HTTP_404',
      detail: 'Er is niets op GET /api/does-not-exist.',
    });
  });

  it('answers malformed JSON with 400 problem details, not a 500', async () => {
    // As a signed-in person would send it: session cookie and X-CSRF-Token, to a real write.
    const api = await t.asAdmin();
    const res = await api
      .post('/api/regions')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toBe('De inhoud van het verzoek is geen geldige JSON.');
  });

  it('answers a path with a broken percent-encoding with a Dutch 400, not Express its English', async () => {
    const res = await request(t.http).get('/api/assignments/%FF').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toBe('Het adres bevat een ongeldige %-codering.');
  });

  it('gives every response a request id, and keeps a sane one sent by a proxy', async () => {
    const fresh = await request(t.http).get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const kept = await request(t.http).get('/api/nope').set('X-Request-Id', 'proxy-1234-abcd');
    expect(kept.headers['x-request-id']).toBe('proxy-1234-abcd');
    expect(kept.body.requestId).toBe('proxy-1234-abcd');

    const replaced = await request(t.http).get('/api/health').set('X-Request-Id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });
});
