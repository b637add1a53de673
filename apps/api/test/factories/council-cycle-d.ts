import type {
  AssignmentResponse,
  MunicipalityResponse,
  PersonResponse,
  RegionResponse,
} from '@koers/contracts';
import { addDays, consultationDeadline } from '@koers/domain';
import { Client } from 'pg';
import { MRE_MUNICIPALITIES } from '../../src/seed/data/municipalities';
import {
  clientOf,
  createMunicipality,
  createPerson,
  createRegion,
  createTheme,
  type Http,
} from './reference-data';

/** The Metropoolregio Eindhoven of the demo data, made through the API (population history too). */
export interface MreFixture {
  region: RegionResponse;
  municipalities: MunicipalityResponse[];
  byName: (name: string) => MunicipalityResponse;
  holder: PersonResponse;
  lead: PersonResponse;
  themeId: string;
}

export async function createMreRegion(http: Http): Promise<MreFixture> {
  const region = await createRegion(http, { viewWindowWeeks: 12 });
  const municipalities: MunicipalityResponse[] = [];
  for (const m of MRE_MUNICIPALITIES) {
    municipalities.push(await createMunicipality(http, region.id, { ...m }));
  }
  const theme = await createTheme(http, region.id);
  const holder = await createPerson(http, region.id, { name: 'Wethouder Van Dijk' });
  const lead = await createPerson(http, region.id, { name: 'Programmamanager Bakker' });
  const byName = (name: string) => {
    const found = municipalities.find((m) => m.name === name);
    if (!found) throw new Error(`no municipality ${name}`);
    return found;
  };
  return { region, municipalities, byName, holder, lead, themeId: theme.id };
}

const eur = (euros: number) => euros * 100;

/**
 * A programme of `year` with four assignments: two for all members (member contribution), one
 * opt-in for five municipalities (extra member contribution) and one with its own key.
 */
export async function createMreProgramme(
  http: Http,
  mre: MreFixture,
  year: number,
  scale = 1,
): Promise<{ programmeId: string; assignments: AssignmentResponse[] }> {
  const created = await clientOf(http)
    .post(`/api/regions/${mre.region.id}/programmes`)
    .send({ year, title: `Werkprogramma ${year}`, populationReferenceDate: '2024-01-01' })
    .expect(201);
  const programmeId = created.body.id as string;
  const common = {
    themeId: mre.themeId,
    portfolioHolderId: mre.holder.id,
    leadId: mre.lead.id,
  };
  const line = (fundingSource: string, euros: number) => ({
    fundingSource,
    sourceName: fundingSource,
    year,
    amountCents: eur(euros) * scale,
  });
  const bodies = [
    {
      code: 'A1',
      title: 'Snelfietsroutes',
      budgetLines: [line('member_contribution', 140_000), line('province', 210_000)],
    },
    { code: 'A2', title: 'Woondeals', budgetLines: [line('member_contribution', 120_000)] },
    {
      code: 'A3',
      title: 'Landelijk gebied De Peel',
      participation: 'opt_in',
      participantIds: ['Asten', 'Deurne', 'Someren', 'Gemert-Bakel', 'Laarbeek'].map(
        (n) => mre.byName(n).id,
      ),
      budgetLines: [
        {
          ...line('extra_member_contribution', 150_000),
          payerSplit: 'per_inhabitant',
          payers: ['Asten', 'Deurne', 'Someren', 'Gemert-Bakel', 'Laarbeek'].map((n) => ({
            municipalityId: mre.byName(n).id,
          })),
        },
        line('eu', 50_000),
      ],
    },
    {
      code: 'A4',
      title: 'Democratische betrokkenheid',
      contributionKey: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 5_000 },
      budgetLines: [line('member_contribution', 90_000)],
    },
  ];
  const assignments: AssignmentResponse[] = [];
  for (const body of bodies) {
    const res = await clientOf(http)
      .post(`/api/programmes/${programmeId}/assignments`)
      .send({ ...common, ...body });
    if (res.status !== 201) throw new Error(`assignment ${res.status} ${JSON.stringify(res.body)}`);
    assignments.push(res.body as AssignmentResponse);
  }
  return { programmeId, assignments };
}

/**
 * Puts a programme into consultation with plain SQL, as the transition would: status, sent date,
 * deadline (sent + window), one pending council decision per member municipality.
 */
export async function sendToCouncilsBySql(
  dbUrl: string,
  programmeId: string,
  sentOn: string,
  windowWeeks = 12,
): Promise<{ sentOn: string; deadline: string }> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  const deadline = consultationDeadline(sentOn, windowWeeks);
  try {
    await client.query(
      `UPDATE programmes SET status = 'consultation', sent_to_councils_on = $2,
              consultation_deadline = $3 WHERE id = $1`,
      [programmeId, sentOn, deadline],
    );
    await client.query(
      `INSERT INTO council_decisions (programme_id, region_id, municipality_id)
       SELECT p.id, p.region_id, m.id FROM programmes p
         JOIN municipalities m ON m.region_id = p.region_id
        WHERE p.id = $1
       ON CONFLICT DO NOTHING`,
      [programmeId],
    );
  } finally {
    await client.end();
  }
  return { sentOn, deadline };
}

/**
 * Through helper C's lifecycle endpoint when it is there (draft → proposed → consultation),
 * else with plain SQL. Returns how it got there.
 */
export async function sendToCouncils(
  http: Http,
  dbUrl: string,
  programmeId: string,
  sentOn: string,
): Promise<{ sentOn: string; deadline: string; via: 'api' | 'sql' }> {
  const proposed = await clientOf(http)
    .post(`/api/programmes/${programmeId}/transitions`)
    .send({ to: 'proposed', reason: 'DB stemt in met verzending' });
  if (proposed.status === 200) {
    const res = await clientOf(http)
      .post(`/api/programmes/${programmeId}/transitions`)
      .send({ to: 'consultation', sentOn });
    if (res.status !== 200) {
      throw new Error(`consultation answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    const read = await clientOf(http).get(`/api/programmes/${programmeId}`).expect(200);
    const deadline = (read.body as { consultationDeadline?: string }).consultationDeadline;
    return { sentOn, deadline: deadline ?? consultationDeadline(sentOn, 12), via: 'api' };
  }
  return { ...(await sendToCouncilsBySql(dbUrl, programmeId, sentOn)), via: 'sql' };
}

export { addDays };
