import type { AuditPage, HistoryPerson, ProgrammeHistoryPage } from '@koers/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { runSignedCycle, type SignedCycle } from './factories/signed-cycle';
import { createRegion } from './factories/reference-data';
import { signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 12, item 9: one readable history of a programme, filterable by kind and by person. */
describe("a programme's history", () => {
  let t: TestApp;
  let cycle: SignedCycle;
  beforeAll(async () => {
    t = await startTestApp();
    cycle = await runSignedCycle(t);
  });
  afterAll(() => t.close());

  const history = async (query = ''): Promise<ProgrammeHistoryPage> =>
    (
      await cycle.agents.clerk
        .get(`/api/programmes/${cycle.programme.id}/history${query}`)
        .expect(200)
    ).body as ProgrammeHistoryPage;

  it('shows transitions, council decisions, answers and assignment changes together, newest first', async () => {
    const page = await history();
    const line = (i: ProgrammeHistoryPage['items'][number]) =>
      `${i.kind} ${i.action} ${page.names[i.entityId] ?? '(deleted)'} by ${i.actor?.name} (${i.actor?.role})`;
    expect(page.items.map(line)).toEqual([
      'transition transition Werkprogramma 2026 by Bram Bestuur (board)',
      'view_answer update Asten, 1: Betrek de raden bij de keuze. by Bea van het Bureau (bureau)',
      'council_decision update Someren by Bea van het Bureau (bureau)',
      'council_decision update Deurne by Bea van het Bureau (bureau)',
      'council_decision update Asten by Greet Griffier (council)',
      'transition transition Werkprogramma 2026 by Bea van het Bureau (bureau)',
      'transition transition Werkprogramma 2026 by Bram Bestuur (board)',
      'programme update Werkprogramma 2026 by Bea van het Bureau (bureau)',
      'assignment update OPD-1 Snelfietsroutes by Bea van het Bureau (bureau)',
      'assignment update OPD-1 Snelfietsroutes by Bea van het Bureau (bureau)',
      'assignment delete (deleted) by Bea van het Bureau (bureau)',
      'assignment create (deleted) by Bea van het Bureau (bureau)',
      'assignment create OPD-2 Opdracht 2 by Bea van het Bureau (bureau)',
      'assignment create OPD-1 Snelfietsroutes by Bea van het Bureau (bureau)',
      'programme create Werkprogramma 2026 by Bea van het Bureau (bureau)',
    ]);
    expect(page.total).toBe(15);
    // Names instead of ids in the changes: the theme, the portfolio holder, the municipalities.
    const created = page.items[page.items.length - 2];
    const id = (field: string) => created.changes.find((c) => c.field === field)?.new as string;
    expect(page.names[id('themeId')]).toBe('Mobiliteit');
    expect(page.names[id('portfolioHolderId')]).toBe('Wethouder Jansen');
    const steering = page.items.find((i) => i.entity === 'steering_group')!;
    expect(JSON.stringify(steering.changes)).toContain(cycle.holder.id);
  });

  it('filters by kind and by person, with totals that count what the filter keeps', async () => {
    const transitions = await history('?kind=transition');
    expect(transitions.total).toBe(3);
    expect(transitions.items.every((i) => i.kind === 'transition')).toBe(true);
    const bram = await history(`?person=${cycle.agents.board.me.user.id}`);
    expect(bram.total).toBe(2);
    expect(bram.items.map((i) => i.actor?.name)).toEqual(['Bram Bestuur', 'Bram Bestuur']);
    const beaDecisions = await history(
      `?kind=council_decision&person=${cycle.agents.bureau.me.user.id}`,
    );
    expect(beaDecisions.total).toBe(2);
    expect(beaDecisions.items).toHaveLength(2);
    expect((await history('?person=demo-gegevens')).total).toBe(0);

    const paged = await history('?kind=assignment&limit=4&offset=4');
    expect(paged.total).toBe(6);
    expect(paged.items.map((i) => i.action)).toEqual(['create', 'create']);
    // A late page is read from the oldest end, and is the same page.
    const all = await history('?limit=50');
    const late = await history('?limit=4&offset=12');
    expect(late.items.map((i) => i.id)).toEqual(all.items.slice(12).map((i) => i.id));
    const middle = await history('?limit=4&offset=6');
    expect(middle.items.map((i) => i.id)).toEqual(all.items.slice(6, 10).map((i) => i.id));
  });

  it('keeps its totals in a counts table that only the database writes, exact under every filter', async () => {
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      const programmeId = cycle.programme.id;
      const counted = async (condition: string, ...values: unknown[]) =>
        Number(
          (
            await db.query(
              `SELECT count(*) AS n FROM audit_records WHERE programme_id = $1 AND ${condition}`,
              [programmeId, ...values],
            )
          ).rows[0].n,
        );
      const bea = cycle.agents.bureau.me.user.id;
      expect((await history()).total).toBe(await counted('true'));
      expect((await history('?kind=view_answer')).total).toBe(
        await counted(`entity = 'view_point'`),
      );
      expect((await history(`?kind=programme&person=${bea}`)).total).toBe(
        await counted(`entity = 'programme' AND action <> 'transition' AND actor_id = $2`, bea),
      );
      await expect(
        db.query(`UPDATE audit_programme_counts SET records = records + 1`),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        db.query(
          `INSERT INTO audit_programme_counts VALUES ($1, 'programme', 'update', 'x', 1, 1)`,
          [programmeId],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await db.end();
    }
  });

  it('lists the people who appear in it, with their role', async () => {
    const people = (
      await cycle.agents.clerk
        .get(`/api/programmes/${cycle.programme.id}/history/people`)
        .expect(200)
    ).body as HistoryPerson[];
    expect(people).toEqual([
      {
        key: cycle.agents.bureau.me.user.id,
        id: cycle.agents.bureau.me.user.id,
        name: 'Bea van het Bureau',
        role: 'bureau',
        records: 12,
      },
      {
        key: cycle.agents.board.me.user.id,
        id: cycle.agents.board.me.user.id,
        name: 'Bram Bestuur',
        role: 'board',
        records: 2,
      },
      {
        key: cycle.agents.clerk.me.user.id,
        id: cycle.agents.clerk.me.user.id,
        name: 'Greet Griffier',
        role: 'council',
        records: 1,
      },
    ]);
  });

  it('names what the audit trail of an assignment mentions', async () => {
    const page = (
      await cycle.agents.bureau
        .get(`/api/audit?entity=assignment&entityId=${cycle.assignments[0].id}`)
        .expect(200)
    ).body as AuditPage;
    expect(page.names[cycle.theme.id]).toBe('Mobiliteit');
    expect(page.names[cycle.holder.id]).toBe('Wethouder Jansen');
    expect(page.names[cycle.assignments[0].id]).toBe('OPD-1 Snelfietsroutes');
  });

  it('is for the region only, and says which filter is wrong', async () => {
    const path = `/api/programmes/${cycle.programme.id}/history`;
    await request(t.http).get(path).expect(401);
    const elsewhere = await createRegion(cycle.agents.platform);
    const stranger = await signInAs(t, {
      roles: [{ regionId: elsewhere.id, role: 'bureau' }],
    });
    await stranger.get(path).expect(404);
    await cycle.agents.clerk
      .get('/api/programmes/00000000-0000-4000-8000-000000000000/history')
      .expect(404);
    const bad = await cycle.agents.clerk.get(`${path}?kind=gossip`).expect(400);
    expect(JSON.stringify(bad.body)).toContain('kind');
  });
});
