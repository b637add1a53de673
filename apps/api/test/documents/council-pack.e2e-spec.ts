import type {
  CouncilPackResponse,
  MunicipalitySummaryResponse,
  ViewPointRegisterResponse,
} from '@koers/contracts';
import { formatEuroChange, formatEuros } from '@koers/domain';
import request from 'supertest';
import { Clock } from '../../src/common/clock';
import {
  createMreProgramme,
  createMreRegion,
  MreFixture,
  sendToCouncils,
} from '../factories/council-cycle-d';
import {
  clientOf,
  createMunicipality,
  createRegion,
  createTheme,
  UNKNOWN_ID,
} from '../factories/reference-data';
import { Agent, createUser, signInAs } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';
import { allText, binary, nodesOf, readPdf, roles } from './read-pdf';

/** The text a PDF shows for an amount (its no-break spaces read back as spaces). */
const shown = (text: string) => text.replace(/\u00a0/g, ' ').replace('\u2212', '-');

describe('the council pack (raadsinformatiepakket): page data and tagged PDF', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  let programmeId: string;
  const id = (name: string) => mre.byName(name).id;
  const packPath = (name: string, rest = '') =>
    `/api/programmes/${programmeId}/municipalities/${id(name)}/council-pack${rest}`;
  const pdfOf = async (agent: Agent, path: string) => {
    const res = await agent.get(path).buffer(true).parse(binary).expect(200);
    return { res, read: await readPdf(res.body as Buffer) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => '2026-03-10');
    mre = await createMreRegion(api);
    await createUser(t.db.url, {
      name: 'Sanne de Regiobureau',
      email: 'sanne@regio.test',
      roles: [{ regionId: mre.region.id, role: 'bureau' }],
    });
    await createMreProgramme(api, mre, 2025, 0.5);
    ({ programmeId } = await createMreProgramme(api, mre, 2026));
    await sendToCouncils(api, t.db.url, programmeId, '2026-03-02');
    const helmond = await api
      .get(`/api/programmes/${programmeId}/council-decisions/${id('Helmond')}`)
      .expect(200);
    await api
      .put(`/api/programmes/${programmeId}/council-decisions/${id('Helmond')}`)
      .send({
        status: 'agreed_with_view',
        decisionDate: '2026-04-20',
        viewPoints: [
          { text: 'Meer aandacht voor de snelfietsroute naar Mierlo.' },
          { text: 'Houd de regionale bijdrage gelijk aan vorig jaar.' },
        ],
        version: helmond.body.version,
      })
      .expect(200);
    const register = (
      await api.get(`/api/programmes/${programmeId}/views?municipalityId=${id('Helmond')}`)
    ).body as ViewPointRegisterResponse;
    const first = register.items.find((p) => p.number === 1)!;
    await api
      .put(`/api/programmes/${programmeId}/views/${first.id}/answer`)
      .send({
        answer: 'De route naar Mierlo krijgt voorrang in 2026.',
        outcome: 'adopted',
        resultingChange: 'Opdracht A1 noemt Mierlo als eerste tracé.',
        version: first.version,
      })
      .expect(200);
  }, 120_000);
  afterAll(() => t.close());

  it('gives the council pack with exactly the money of the municipality summary', async () => {
    const summary = (
      await api.get(`/api/programmes/${programmeId}/municipalities/${id('Eindhoven')}/summary`)
    ).body as MunicipalitySummaryResponse;
    const pack = (await api.get(packPath('Eindhoven')).expect(200)).body as CouncilPackResponse;
    expect(pack.contribution).toEqual(summary.contribution);
    expect(pack.municipality).toMatchObject({ name: 'Eindhoven', population: expect.any(Number) });
    expect(pack.programme).toMatchObject({
      year: 2026,
      status: 'consultation',
      viewWindowWeeks: 12,
    });
    for (const a of pack.assignments) {
      const share = summary.contribution.byAssignment.find((s) => s.assignmentId === a.id);
      expect(a.contributionCents).toBe(share?.amountCents ?? 0);
    }
    expect(pack.previousYear).toMatchObject({ year: 2025, title: 'Werkprogramma 2025' });
    // Last year's programme was half as large: every paid assignment changed.
    const a1 = pack.assignments.find((a) => a.code === 'A1')!;
    expect(a1.change).toBe('changed');
    expect(a1.previousYearCents).toBeGreaterThan(0);
    expect(a1.previousYearCents).toBeLessThan(a1.contributionCents!);
    expect(pack.contacts).toEqual([{ name: 'Sanne de Regiobureau', email: 'sanne@regio.test' }]);
    expect(pack.councilDecision?.status).toBe('pending');
  });

  it('is a tagged Dutch PDF whose every amount equals the API', async () => {
    const { res, read } = await pdfOf(api, packPath('Eindhoven', '/pdf'));
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="raadsinformatiepakket-eindhoven-2026.pdf"',
    );
    expect(read.title).toBe('Raadsinformatiepakket Eindhoven: Werkprogramma 2026');
    expect(read.language).toBe('nl-NL');
    expect(read.tagged).toBe(true);
    const found = new Set(roles(read));
    for (const role of ['H1', 'H2', 'P', 'L', 'Table', 'TH', 'TD', 'Figure']) {
      expect(found).toContain(role);
    }
    expect(nodesOf(read, 'Figure')[0].alt).toContain('bijdrage van Eindhoven per opdracht');
    expect(read.outline[0].title).toBe('Raadsinformatiepakket Eindhoven: Werkprogramma 2026');

    const pack = (await api.get(packPath('Eindhoven')).expect(200)).body as CouncilPackResponse;
    const c = pack.contribution!;
    const text = allText(read);
    expect(text).toContain(shown(formatEuros(c.totalCents)));
    for (const share of c.byAssignment)
      expect(text).toContain(shown(formatEuros(share.amountCents)));
    expect(text).toContain(shown(formatEuros(Math.round(c.perInhabitantCents!))));
    expect(text).toContain(shown(formatEuroChange(c.differenceCents!)));
    expect(text).toContain(shown(formatEuros(c.previousYearTotalCents!)));
    for (const later of c.laterYears) expect(text).toContain(shown(formatEuros(later.totalCents)));
    expect(text).toContain('25 mei 2026');
    expect(text).toContain('sanne@regio.test');
  });

  it("carries the council's view with the board's answers", async () => {
    const { read } = await pdfOf(api, packPath('Helmond', '/pdf'));
    const text = allText(read);
    expect(text).toContain('Ingestemd met zienswijze');
    expect(text).toContain('Meer aandacht voor de snelfietsroute naar Mierlo.');
    expect(text).toContain('overgenomen): De route naar Mierlo krijgt voorrang in 2026.');
    expect(text).toContain(
      'Wijziging in het programma: Opdracht A1 noemt Mierlo als eerste tracé.',
    );
    expect(text).toContain('Het bestuur heeft dit punt nog niet beantwoord.');
  });

  it('says so when a programme has no assignments, and marks a concept', async () => {
    const empty = await clientOf(api)
      .post(`/api/regions/${mre.region.id}/programmes`)
      .send({ year: 2027, title: 'Werkprogramma 2027' })
      .expect(201);
    const path = `/api/programmes/${empty.body.id}/municipalities/${id('Best')}/council-pack`;
    const pack = (await api.get(path).expect(200)).body as CouncilPackResponse;
    expect(pack.assignments).toEqual([]);
    expect(pack.councilDecision).toBeNull();
    const { read } = await pdfOf(api, `${path}/pdf`);
    const text = allText(read);
    expect(text).toContain('Dit programma heeft (nog) geen opdrachten.');
    expect(text).toContain('Best betaalt in 2027 niets aan dit programma');
    expect(text).toContain('CONCEPT');
  });

  it('writes an unknown population as "onbekend" with its consequence, never as 0', async () => {
    const region = await createRegion(api);
    const known = await createMunicipality(api, region.id, { name: 'Bekenddorp' });
    const unknown = await createMunicipality(api, region.id, {
      name: 'Onbekenddorp',
      population: null,
      populationReferenceDate: null,
      populationSource: null,
    });
    const theme = await createTheme(api, region.id);
    const programme = await clientOf(api)
      .post(`/api/regions/${region.id}/programmes`)
      .send({ year: 2026, title: 'Samen 2026', populationReferenceDate: '2024-01-01' })
      .expect(201);
    await clientOf(api)
      .post(`/api/programmes/${programme.body.id}/assignments`)
      .send({
        code: 'S1',
        title: 'Samen',
        themeId: theme.id,
        budgetLines: [
          {
            fundingSource: 'member_contribution',
            sourceName: 'x',
            year: 2026,
            amountCents: 1000_00,
          },
        ],
      })
      .expect(201);
    const path = `/api/programmes/${programme.body.id}/municipalities/${unknown.id}/council-pack`;
    const pack = (await api.get(path).expect(200)).body as CouncilPackResponse;
    expect(pack.municipality).toMatchObject({ population: null, populationStatus: 'missing' });
    const { read } = await pdfOf(api, `${path}/pdf`);
    const text = allText(read);
    expect(text).toContain('Inwonertal op de peildatum (1 januari 2024): onbekend. Gevolg:');
    expect(text).not.toMatch(/Inwonertal[^.]*: 0\b/);
    expect(text).not.toContain('0 inwoners');
    expect(known.id).not.toBe(unknown.id);
  });

  it('answers 404 to whoever may not read the programme, for the page data and the PDF alike', async () => {
    const other = await createRegion(api);
    const stranger = await signInAs(t, { roles: [{ regionId: other.id, role: 'bureau' }] });
    for (const suffix of ['', '/pdf']) {
      const res = await stranger.get(packPath('Eindhoven', suffix));
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const anonymous = await request(t.http).get(packPath('Eindhoven', suffix));
      expect([401, 404]).toContain(anonymous.status);
    }
    const unknown = await api.get(
      `/api/programmes/${programmeId}/municipalities/${UNKNOWN_ID}/council-pack/pdf`,
    );
    expect(unknown.status).toBe(404);
    const notMember = await api.get(
      `/api/programmes/${programmeId}/municipalities/${(await createMunicipality(api, other.id)).id}/council-pack`,
    );
    expect(notMember.status).toBe(404);
  });

  it('lets a council clerk of the region download it', async () => {
    const clerk = await signInAs(t, {
      roles: [{ regionId: mre.region.id, role: 'council', municipalityId: id('Eindhoven') }],
    });
    const { read } = await pdfOf(clerk, packPath('Eindhoven', '/pdf'));
    expect(read.title).toBe('Raadsinformatiepakket Eindhoven: Werkprogramma 2026');
  });
});
