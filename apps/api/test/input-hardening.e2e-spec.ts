import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import request, { Response } from 'supertest';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import type { SignedInAgent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 13 items 2, 5, 6 and 11: input that passes the schema never makes a 500. */
describe('input hardening', () => {
  let t: TestApp;
  let api: SignedInAgent;
  let region: RegionFixture;
  let programmeId: string;
  let assignmentId: string;
  beforeAll(async () => {
    t = await startTestApp();
    api = (await t.asAdmin()) as SignedInAgent;
    region = await createRegionFixture(t.db.url);
    programmeId = (
      await api
        .post(`/api/regions/${region.regionId}/programmes`)
        .send({ year: 2026, title: 'Werkprogramma 2026' })
        .expect(201)
    ).body.id;
    assignmentId = (
      await api
        .post(`/api/programmes/${programmeId}/assignments`)
        .send({ themeId: region.themeIds[0], code: 'H-1', title: 'Opdracht' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const problem = (res: Response, status: number) => {
    expect([res.status, res.headers['content-type']]).toEqual([
      status,
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    return res.body as {
      code: string;
      detail: string;
      errors?: { field: string; message: string }[];
    };
  };
  const fields = (res: Response) => (problem(res, 400).errors ?? []).map((e) => e.field);
  const people = () => `/api/regions/${region.regionId}/people`;

  describe('text that the database cannot hold', () => {
    it('refuses a NUL character in a text field, naming the field', async () => {
      const res = await api.post(people()).send({ name: 'Jan\u0000Jansen' });
      expect(fields(res)).toEqual(['name']);
    });

    it('refuses a NUL character deep in a document, with its path', async () => {
      const res = await api
        .patch(`/api/assignments/${assignmentId}`)
        .send({ version: 1, risks: [{ description: 'ok', mitigation: 'a\u0000' }] });
      expect(fields(res)).toEqual(['risks.0.mitigation']);
    });

    it('refuses a NUL character anonymously on sign-in', async () => {
      const res = await request(t.http)
        .post('/api/auth/login')
        .send({ email: 'a\u0000@b.nl', password: 'x' });
      expect(fields(res)).toEqual(['email']);
    });

    it('refuses a NUL character in a search', async () => {
      const res = await api.get(`${people()}?q=%00`);
      expect(fields(res)).toEqual(['q']);
    });

    it('refuses a lone surrogate instead of storing U+FFFD', async () => {
      for (const text of ['a\uD800b', 'a\uDC00', '\uD83D']) {
        const res = await api
          .post(people())
          .set('Content-Type', 'application/json')
          .send(`{"name": ${JSON.stringify(text).replace(/[\uD800-\uDFFF]/g, escapeUnit)}}`);
        expect(fields(res)).toEqual(['name']);
      }
      const escaped = await api.get(`${people()}?q=%ED%A0%80`);
      expect(escaped.status).toBeLessThan(500);
      // A real pair is fine.
      await api.post(people()).send({ name: 'Jan 😀' }).expect(201);
    });
  });

  describe('text that is longer than it looks', () => {
    it('is stored in a UTF-8 database, which counts characters, not bytes', async () => {
      const client = new Client({ connectionString: t.db.url });
      await client.connect();
      const { rows } = await client
        .query<{ encoding: string }>(
          `SELECT pg_encoding_to_char(encoding) AS encoding
             FROM pg_database WHERE datname = current_database()`,
        )
        .finally(() => client.end());
      expect(rows).toEqual([{ encoding: 'UTF8' }]);
    });

    it('counts characters as the database does: variation selectors too', async () => {
      // class-validator's MaxLength does not count U+FE0F; PostgreSQL's varchar(200) does.
      const res = await api.post(people()).send({ name: `a${'\uFE0F'.repeat(200)}` });
      expect(problem(res, 400).errors).toEqual([
        { field: 'name', message: 'is te lang', constraint: 'maxLength' },
      ]);
      const hearts = await api.post(people()).send({ name: '❤️'.repeat(100) });
      expect(hearts.status).toBe(201);
    });
  });

  describe('numbers out of range', () => {
    it('refuses a version of 2^31 or more', async () => {
      const res = await api.patch(`/api/assignments/${assignmentId}`).send({ version: 2 ** 31 });
      expect(fields(res)).toEqual(['version']);
      const header = await api
        .patch(`/api/assignments/${assignmentId}`)
        .set('If-Match', '"2147483648"')
        .send({ title: 'Nieuw' });
      expect(fields(header)).toEqual(['version']);
      const decision = await api
        .put(`/api/programmes/${programmeId}/council-decisions/${region.municipalityIds[0]}`)
        .send({ version: 2 ** 31 });
      expect(fields(decision)).toContain('version');
      const answer = await api
        .put(`/api/programmes/${programmeId}/views/${region.municipalityIds[0]}/answer`)
        .send({ version: 2 ** 31, answer: 'Zo doen we het.' });
      expect(fields(answer)).toContain('version');
    });

    it('refuses an offset beyond what a list can skip', async () => {
      for (const url of [
        `${people()}?offset=99999999999999999999`,
        '/api/audit?offset=2147483648',
      ]) {
        expect(fields(await api.get(url))).toEqual(['offset']);
      }
    });

    it('refuses fte: 1e-7 in a capacity line and a commitment', async () => {
      const line = { supplierName: 'Bureau', year: 2026, fte: 1e-7 };
      const res = await api
        .patch(`/api/assignments/${assignmentId}`)
        .send({ version: 1, capacityLines: [line] });
      expect(fields(res)).toEqual(['capacityLines.0.fte']);
      const sg = await api
        .put(`/api/assignments/${assignmentId}/steering-group`)
        .send({ members: [], commitments: [{ organisationName: 'X', fte: 1e-7 }] });
      expect(fields(sg)).toContain('commitments.0.fte');
    });
  });

  describe('structure', () => {
    const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

    it('refuses JSON nested 5,000 deep, also anonymously on sign-in', async () => {
      for (const [agent, url] of [
        [api, people()],
        [request(t.http), '/api/auth/login'],
      ] as const) {
        const res = await agent.post(url).set('Content-Type', 'application/json').send(deep(5000));
        expect(problem(res, 400).code).toBe('VALIDATION_FAILED');
      }
    });

    it.each(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'])(
      'refuses an unknown field named %s, at any depth, and stores nothing',
      async (name) => {
        const before = await api.get(`${people()}?limit=200`).expect(200);
        const top = await api
          .post(people())
          .set('Content-Type', 'application/json')
          .send(`{"name": "P", "${name}": {"x": 1}}`);
        expect(fields(top)).toEqual([name]);
        const nested = await api
          .patch(`/api/assignments/${assignmentId}`)
          .set('Content-Type', 'application/json')
          .send(`{"version": 1, "mandate": {"scope": "s", "${name}": 1}}`);
        expect(fields(nested)).toEqual([`mandate.${name}`]);
        const after = await api.get(`${people()}?limit=200`).expect(200);
        expect(after.body.total).toBe(before.body.total);
      },
    );
  });

  describe('bodies that are not JSON', () => {
    it('answers malformed JSON with 400 and a body over the limit with 413', async () => {
      const json = (body: string) =>
        api.post(people()).set('Content-Type', 'application/json').send(body);
      expect(problem(await json('{"name": '), 400).code).toBe('HTTP_400');
      const big = JSON.stringify({ name: 'x'.repeat(2_000_000) });
      expect(problem(await json(big), 413).code).toBe('HTTP_413');
    });

    it('answers a charset other than UTF-8 with 415', async () => {
      const res = await api
        .post(people())
        .set('Content-Type', 'application/json; charset=utf-16')
        .send(Buffer.from('{"name":"P"}', 'utf16le'));
      expect(problem(res, 415).code).toBe('HTTP_415');
    });

    it('reads a gzip-encoded JSON body, and refuses one that does not inflate', async () => {
      const gzipped = (body: Buffer) =>
        api
          .post(people())
          .set('Content-Type', 'application/json')
          .set('Content-Encoding', 'gzip')
          .serialize((b: Buffer) => b as never)
          .send(body as never);
      const res = await gzipped(gzipSync(JSON.stringify({ name: 'Gezipt' })));
      expect([res.status, res.body.name]).toEqual([201, 'Gezipt']);
      expect(problem(await gzipped(Buffer.from('{"name": "niet gezipt"}')), 400).code).toBe(
        'HTTP_400',
      );
      const brotli = await api
        .post(people())
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'compress')
        .send('{"name": "P"}');
      expect(problem(brotli, 415).code).toBe('HTTP_415');
    });

    it('refuses a body that is not valid UTF-8 instead of reading U+FFFD', async () => {
      const res = await api
        .post(people())
        .set('Content-Type', 'application/json')
        .serialize((b: Buffer) => b as never)
        .send(Buffer.from([...Buffer.from('{"name": "a'), 0xff, ...Buffer.from('"}')]) as never);
      expect(problem(res, 400).code).toBe('HTTP_400');
    });

    it('refuses other content types on a write with 415, storing nothing', async () => {
      const before = await api.get('/api/audit?limit=1').expect(200);
      for (const [type, body] of [
        ['text/plain', 'name=P'],
        ['application/xml', '<person><name>P</name></person>'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nP\r\n--x--\r\n',
        ],
        ['application/x-www-form-urlencoded', 'name=P'],
        ['application/json; charset', '{"name": "P"}'],
        ['application/json;;x', '{"name": "P"}'],
      ]) {
        const res = await api.post(people()).set('Content-Type', type).send(body);
        expect([type, problem(res, 415).code]).toEqual([type, 'HTTP_415']);
      }
      const after = await api.get('/api/audit?limit=1').expect(200);
      expect(after.body.total).toBe(before.body.total);
    });
  });

  describe('field messages', () => {
    it('says a number is not text, rather than too long', async () => {
      const res = await api.post(people()).send({ name: 12345 });
      expect(problem(res, 400).errors).toEqual([
        { field: 'name', message: 'moet tekst zijn', constraint: 'isString' },
      ]);
    });

    it('names at most 50 field errors', async () => {
      const body: Record<string, number> = { name: 1 };
      for (let i = 0; i < 5000; i++) body[`x${i}`] = i;
      const res = await api.post(people()).send(body);
      const errors = problem(res, 400).errors ?? [];
      expect(errors.length).toBe(50);
      expect(JSON.stringify(res.body).length).toBeLessThan(10_000);
    });
  });
});

/** A lone UTF-16 unit written as a JSON escape, as a client with a broken string would send it. */
function escapeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16)}`;
}
