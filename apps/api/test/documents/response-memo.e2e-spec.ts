import type { ResponseMemoResponse, ViewPointRegisterResponse } from '@koers/contracts';
import { Client } from 'pg';
import { Clock } from '../../src/common/clock';
import {
  createMreProgramme,
  createMreRegion,
  MreFixture,
  sendToCouncils,
} from '../factories/council-cycle-d';
import { clientOf, createRegion, fieldsOf } from '../factories/reference-data';
import { Agent, signInAs } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';
import { allText, binary, readPdf, roles } from './read-pdf';

describe('the response memo (nota van beantwoording): page data and tagged PDF', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  let programmeId: string;
  let today = '2026-04-30';
  const id = (name: string) => mre.byName(name).id;
  const memoPath = (rest = '') => `/api/programmes/${programmeId}/response-memo${rest}`;
  const memo = async (rest = '') =>
    (await api.get(memoPath(rest)).expect(200)).body as ResponseMemoResponse;
  const pdf = async (path: string) =>
    readPdf((await api.get(path).buffer(true).parse(binary).expect(200)).body as Buffer);

  const decide = async (
    name: string,
    status: string,
    points: { number: number; text: string }[],
  ) => {
    const current = await api
      .get(`/api/programmes/${programmeId}/council-decisions/${id(name)}`)
      .expect(200);
    await api
      .put(`/api/programmes/${programmeId}/council-decisions/${id(name)}`)
      .send({
        status,
        decisionDate: today < '2026-05-04' ? '2026-04-20' : '2026-05-20',
        decisionReference: `RB-${name}`,
        viewPoints: points,
        version: current.body.version,
      })
      .expect(200);
  };
  const answer = async (
    name: string,
    number: number,
    outcome: string,
    text: string,
    change?: string,
  ) => {
    const register = (
      await api.get(`/api/programmes/${programmeId}/views?municipalityId=${id(name)}`).expect(200)
    ).body as ViewPointRegisterResponse;
    const point = register.items.find((p) => p.number === number)!;
    await api
      .put(`/api/programmes/${programmeId}/views/${point.id}/answer`)
      .send({ answer: text, outcome, resultingChange: change ?? null, version: point.version })
      .expect(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    mre = await createMreRegion(api);
    ({ programmeId } = await createMreProgramme(api, mre, 2026));
  }, 120_000);
  afterAll(() => t.close());

  it('says there are no views yet before the programme is sent', async () => {
    const m = await memo();
    expect(m).toMatchObject({ round: 0, rounds: [], councils: [], councilCount: 0 });
    const read = await pdf(memoPath('/pdf'));
    expect(allText(read)).toContain(
      'nog niet aan de gemeenteraden gestuurd; er zijn nog geen zienswijzen',
    );
  });

  it('groups every point by council, numbered as the council numbered them, with the answers', async () => {
    await sendToCouncils(api, t.db.url, programmeId, '2026-03-02');
    await decide('Helmond', 'agreed_with_view', [
      // Listed in another order than numbered: the memo follows the council's numbers.
      { number: 2, text: 'Houd de bijdrage gelijk aan vorig jaar.' },
      { number: 1, text: 'Meer aandacht voor de snelfietsroute naar Mierlo.' },
    ]);
    await decide('Best', 'view_submitted', [{ number: 1, text: 'Best doet graag mee aan A3.' }]);
    await answer(
      'Helmond',
      1,
      'adopted',
      'De route naar Mierlo krijgt voorrang.',
      'A1 noemt Mierlo als eerste tracé.',
    );
    await answer('Helmond', 2, 'partly_adopted', 'De bijdrage stijgt minder dan gevraagd.');
    await answer('Best', 1, 'not_adopted', 'A3 is alleen voor de Peelgemeenten.');

    const m = await memo();
    expect(m).toMatchObject({
      round: 1,
      currentRound: 1,
      rounds: [1],
      councilCount: 21,
      frozen: false,
    });
    expect(m.councils.map((c) => c.municipality.name)).toEqual(['Best', 'Helmond']);
    expect(m.councils[1].points.map((p) => [p.number, p.text])).toEqual([
      [1, 'Meer aandacht voor de snelfietsroute naar Mierlo.'],
      [2, 'Houd de bijdrage gelijk aan vorig jaar.'],
    ]);
    expect(m.councils[1]).toMatchObject({
      decisionStatus: 'agreed_with_view',
      decisionDate: '2026-04-20',
      decisionReference: 'RB-Helmond',
    });
    expect(m.summary).toEqual([
      expect.objectContaining({
        municipality: expect.objectContaining({ name: 'Best' }),
        points: 1,
        notAdopted: 1,
      }),
      expect.objectContaining({
        municipality: expect.objectContaining({ name: 'Helmond' }),
        points: 2,
        adopted: 1,
        partlyAdopted: 1,
        unanswered: 0,
      }),
    ]);
    expect(m.totals).toEqual({
      points: 3,
      adopted: 1,
      partlyAdopted: 1,
      notAdopted: 1,
      unanswered: 0,
    });
  });

  it('is a tagged Dutch PDF with the summary table and every point, answer and outcome', async () => {
    const res = await api.get(memoPath('/pdf')).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="nota-van-beantwoording-werkprogramma-2026.pdf"',
    );
    const read = await readPdf(res.body as Buffer);
    expect(read.title).toBe('Nota van beantwoording: Werkprogramma 2026');
    expect(read.language).toBe('nl-NL');
    expect(read.tagged).toBe(true);
    const found = new Set(roles(read));
    for (const role of ['H1', 'H2', 'H3', 'P', 'Table', 'TH', 'TD']) expect(found).toContain(role);
    expect(read.outline[0].items.map((i) => i.title)).toEqual([
      'Overzicht per raad',
      'Zienswijze van de raad van Best',
      'Zienswijze van de raad van Helmond',
    ]);
    const text = allText(read);
    expect(text).toContain('Helmond, punt 1');
    expect(text).toContain('Zienswijze: Meer aandacht voor de snelfietsroute naar Mierlo.');
    expect(text).toContain('Antwoord van het bestuur: De route naar Mierlo krijgt voorrang.');
    expect(text).toContain('Uitkomst: Overgenomen.');
    expect(text).toContain('Uitkomst: Deels overgenomen.');
    expect(text).toContain('Uitkomst: Niet overgenomen.');
    expect(text).toContain('Wijziging in het programma: A1 noemt Mierlo als eerste tracé.');
    expect(text).toContain('Wijziging in het programma: geen.');
    expect(text).toContain('CONCEPT');
  });

  it('refuses a bad round with 400 naming it, and an unknown round with 404', async () => {
    for (const bad of ['0', 'abc', '1.5']) {
      const res = await api.get(memoPath(`/pdf?round=${bad}`)).expect(400);
      expect(fieldsOf(res.body)).toEqual(['round']);
    }
    const unknown = await api.get(memoPath('?round=7')).expect(404);
    expect(unknown.body.code).toBe('CONSULTATION_ROUND_NOT_FOUND');
  });

  it('keeps the memo of an earlier round when the programme goes to the councils again', async () => {
    await clientOf(api)
      .post(`/api/programmes/${programmeId}/transitions`)
      .send({ to: 'draft', reason: 'Het bestuur past het programma aan na de zienswijzen.' })
      .expect(200);
    await sendToCouncils(api, t.db.url, programmeId, '2026-05-04');
    const current = await memo();
    expect(current).toMatchObject({ round: 2, rounds: [1, 2], councils: [] });
    const first = await memo('?round=1');
    expect(first.totals.points).toBe(3);
    const read = await pdf(memoPath('/pdf?round=1'));
    expect(read.title).toBe('Nota van beantwoording: Werkprogramma 2026 (ronde 1)');
    expect(allText(read)).toContain('Helmond, punt 2');
    const now = await pdf(memoPath('/pdf'));
    expect(allText(now)).toContain(
      'Geen enkele raad heeft in deze ronde een zienswijze ingediend.',
    );
  });

  it('answers 404 to a role that may not read the programme, for the data and the PDF', async () => {
    const other = await createRegion(api);
    const stranger = await signInAs(t, { roles: [{ regionId: other.id, role: 'bureau' }] });
    for (const suffix of ['', '/pdf']) {
      const res = await stranger.get(memoPath(suffix));
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it("reads an adopted programme's memo from what was frozen, with the amendments behind the answers", async () => {
    today = '2026-05-25';
    await decide('Helmond', 'agreed_with_view', [
      { number: 1, text: 'Geef de snelfietsroute een ruimer mandaat.' },
    ]);
    const register = (
      await api
        .get(`/api/programmes/${programmeId}/views?municipalityId=${id('Helmond')}`)
        .expect(200)
    ).body as ViewPointRegisterResponse;
    const point = register.items[0];
    const assignments = (
      await api.get(`/api/programmes/${programmeId}/assignments?limit=50`).expect(200)
    ).body as { items: { id: string; code: string; version: number }[] };
    const a1 = assignments.items.find((a) => a.code === 'A1')!;
    const current = await api.get(`/api/assignments/${a1.id}`).expect(200);
    await api
      .patch(`/api/assignments/${a1.id}`)
      .send({
        mandate: { scope: 'Snelfietsroutes tot Mierlo' },
        answersViewPointIds: [point.id],
        version: current.body.version,
      })
      .expect(200);
    await answer('Helmond', 1, 'adopted', 'Het mandaat wordt ruimer.');
    today = '2026-08-01';
    await clientOf(api)
      .post(`/api/programmes/${programmeId}/transitions`)
      .send({ to: 'adopted' })
      .expect(200);
    // Whatever happens to the rows afterwards, the memo shows the register as adopted.
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    await db.query(`UPDATE view_points SET answer = 'Later veranderd.' WHERE id = $1`, [point.id]);
    await db.end();
    const m = await memo();
    expect(m).toMatchObject({ round: 2, frozen: true });
    expect(m.councils[0].points[0].answer).toBe('Het mandaat wordt ruimer.');
    expect(m.amendments.map((a) => [a.assignment.code, a.fields])).toEqual([['A1', ['mandate']]]);
    const text = allText(await pdf(memoPath('/pdf')));
    expect(text).toContain('Antwoord van het bestuur: Het mandaat wordt ruimer.');
    expect(text).not.toContain('Later veranderd.');
    expect(text).toContain('Amendement: opdracht A1 Snelfietsroutes – gewijzigd: mandaat.');
    expect(text).toContain(
      'Deze nota is vastgelegd bij de vaststelling van het programma op 1 augustus 2026.',
    );
    expect(text).not.toContain('CONCEPT');
  });
});
