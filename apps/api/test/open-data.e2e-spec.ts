import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createProgrammeWithAssignments } from './factories/council-cycle';
import { runSignedCycle, SignedCycle } from './factories/signed-cycle';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The open-data API on an adopted programme made by named people (a council clerk, Greet
 * Griffier, recorded a decision with a formal view) and, beside it, a draft of the same region.
 */
describe('the open-data API', () => {
  let t: TestApp;
  let cycle: SignedCycle;
  let draftId: string;
  const anonymous = () => request(t.http);
  const base = '/api/open/v1';
  beforeAll(async () => {
    t = await startTestApp();
    cycle = await runSignedCycle(t);
    const draft = await createProgrammeWithAssignments(await t.asAdmin(), t.db.url, { year: 2031 });
    draftId = draft.programme.id;
  }, 120_000);
  afterAll(() => t.close());

  const urls = () => {
    const p = `${base}/programmes/${cycle.programme.id}`;
    return [
      `${base}/regions`,
      `${base}/programmes`,
      p,
      `${p}/assignments`,
      `${p}/budget-lines`,
      `${p}/contributions`,
      `${p}/council-decisions`,
    ];
  };

  it('lists only adopted programmes; a draft does not exist here', async () => {
    const list = await anonymous().get(`${base}/programmes?limit=500`).expect(200);
    const ids = (list.body.items as { id: string; status: string }[]).map((p) => p.id);
    expect(ids).toContain(cycle.programme.id);
    expect(ids).not.toContain(draftId);
    expect(
      list.body.items.every((p: { status: string }) =>
        ['adopted', 'in_execution', 'closed'].includes(p.status),
      ),
    ).toBe(true);
    for (const path of [
      '',
      '/assignments',
      '/budget-lines',
      '/contributions',
      '/council-decisions',
    ]) {
      const res = await anonymous().get(`${base}/programmes/${draftId}${path}`).expect(404);
      expect(res.body.code).toBe('PROGRAMME_NOT_FOUND');
    }
    const csv = await anonymous().get(`${base}/programmes?format=csv`).expect(200);
    expect(csv.text).not.toContain(draftId);
  });

  it('answers the figures of the programme: assignments, budget lines and contributions equal the API’s', async () => {
    const p = `${base}/programmes/${cycle.programme.id}`;
    const assignments = (await anonymous().get(`${p}/assignments`).expect(200)).body;
    const listed = (
      await cycle.agents.bureau.get(`/api/programmes/${cycle.programme.id}/assignments`).expect(200)
    ).body.items as { code: string; themeId: string }[];
    expect(assignments.items.map((a: { code: string }) => a.code)).toEqual(
      listed.map((a) => a.code).sort(),
    );
    // Each with its theme's id, by which the public page groups them as the programme's totals do.
    const themeOf = new Map(listed.map((a) => [a.code, a.themeId]));
    for (const a of assignments.items as { code: string; themeId: string }[]) {
      expect(a.themeId).toBe(themeOf.get(a.code));
    }
    // The CSV carries the same column as the JSON.
    const csvRows: { code: string; themeId: string }[] = parse(
      (await anonymous().get(`${p}/assignments?format=csv`).expect(200)).text,
      { columns: true, bom: true },
    );
    expect(csvRows.map((r) => [r.code, r.themeId]).sort()).toEqual([...themeOf.entries()].sort());
    const lines = (await anonymous().get(`${p}/budget-lines`).expect(200)).body;
    const linesTotal = lines.items.reduce(
      (s: number, l: { amountCents: number }) => s + l.amountCents,
      0,
    );
    const programme = (await anonymous().get(p).expect(200)).body;
    expect(programme.budgetTotalCents).toBe(linesTotal);
    const internal = (
      await cycle.agents.bureau
        .get(`/api/programmes/${cycle.programme.id}/contributions`)
        .expect(200)
    ).body;
    const open = (await anonymous().get(`${p}/contributions?limit=500`).expect(200)).body;
    const openTotal = open.items.reduce(
      (s: number, c: { amountCents: number }) => s + c.amountCents,
      0,
    );
    expect(openTotal).toBe(internal.totalCents);
    const decisions = (await anonymous().get(`${p}/council-decisions`).expect(200)).body;
    expect(decisions.total).toBe(cycle.municipalities.length);
    expect(
      decisions.items.find(
        (d: { municipalityId: string }) => d.municipalityId === cycle.municipalities[0].id,
      ),
    ).toMatchObject({
      viewPointCount: 1,
    });
  });

  it('pages with limit and offset, up to a maximum', async () => {
    const p = `${base}/programmes/${cycle.programme.id}/contributions`;
    const all = (await anonymous().get(`${p}?limit=500`).expect(200)).body;
    const second = (await anonymous().get(`${p}?limit=2&offset=2`).expect(200)).body;
    expect(second).toMatchObject({ limit: 2, offset: 2, total: all.total });
    expect(second.items).toEqual(all.items.slice(2, 4));
    const past = (await anonymous().get(`${p}?limit=2&offset=100000`).expect(200)).body;
    expect(past).toMatchObject({ items: [], total: all.total });
    const tooMany = await anonymous().get(`${p}?limit=501`).expect(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('answers 304 to a matching If-None-Match, with Cache-Control and ETag', async () => {
    for (const url of urls()) {
      const first = await anonymous().get(url).expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^".+"$/);
      const again = await anonymous().get(url).set('If-None-Match', etag).expect(304);
      expect(again.text ?? '').toBe('');
      await anonymous().get(url).set('If-None-Match', `W/${etag}, "other"`).expect(304);
      await anonymous().get(url).set('If-None-Match', '"stale"').expect(200);
    }
  });

  it('has no e-mail address and no name of a person anywhere, in JSON or CSV', async () => {
    const forbidden = [
      'Greet Griffier',
      'Bea van het Bureau',
      'Bram Bestuur',
      'Paula Platform',
      'Wethouder Jansen',
      cycle.point.text,
    ];
    for (const url of urls()) {
      for (const format of ['json', 'csv']) {
        const res = await anonymous()
          .get(`${url}${url.includes('?') ? '&' : '?'}format=${format}`)
          .expect(200);
        const text = res.text;
        expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
        for (const name of forbidden)
          expect({ url, format, found: text.includes(name) }).toEqual({
            url,
            format,
            found: false,
          });
      }
    }
  });

  it('sends CORS headers for any origin on GET, without credentials, and none on writes or other routes', async () => {
    const origin = 'https://data.example.org';
    for (const url of urls()) {
      const res = await anonymous().get(url).set('Origin', origin).expect(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
    const preflight = await anonymous()
      .options(`${base}/regions`)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match')
      .expect(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD');
    const write = await anonymous().post(`${base}/regions`).set('Origin', origin).send({});
    expect(write.status).toBeGreaterThanOrEqual(400);
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
    const other = await anonymous().get('/api/health').set('Origin', origin);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const internal = await cycle.agents.bureau
      .get(`/api/programmes/${cycle.programme.id}`)
      .set('Origin', origin);
    expect(internal.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives each dataset as CSV: UTF-8 with a BOM, a header row, the same rows as the JSON', async () => {
    for (const url of urls()) {
      const json = (
        await anonymous()
          .get(`${url}${url.includes('?') ? '&' : '?'}limit=500`)
          .expect(200)
      ).body;
      const res = await anonymous()
        .get(`${url}?format=csv`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: Record<string, string>[] = parse(bytes.toString('utf8'), {
        bom: true,
        columns: true,
      });
      const items = 'items' in json ? json.items : [json];
      expect(rows).toHaveLength(items.length);
      if (items[0]?.amountCents !== undefined) {
        expect(rows.map((r) => Number(r.amountCents))).toEqual(
          items.map((i: { amountCents: number }) => i.amountCents),
        );
      }
    }
  });

  it('is listed in the OpenAPI document under its own tag, with summaries and operation ids', async () => {
    const doc = (await anonymous().get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { tags?: string[]; summary?: string; operationId?: string }>
      >;
    };
    const open = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/open/v1/'));
    expect(open.map(([path]) => path).sort()).toEqual(
      [
        '/api/open/v1/programmes',
        '/api/open/v1/programmes/{programmeId}',
        '/api/open/v1/programmes/{programmeId}/assignments',
        '/api/open/v1/programmes/{programmeId}/budget-lines',
        '/api/open/v1/programmes/{programmeId}/contributions',
        '/api/open/v1/programmes/{programmeId}/council-decisions',
        '/api/open/v1/regions',
      ].sort(),
    );
    for (const [, item] of open) {
      expect(Object.keys(item)).toEqual(['get']);
      expect(item.get).toMatchObject({ tags: ['Open data'] });
      expect(item.get.summary).toBeTruthy();
      expect(item.get.operationId).toMatch(/^open/);
    }
  });
});
