import { toExternalProgrammeResponse } from './external-programmes/external-programme.mapper';
import { MunicipalityEntity } from './municipalities/municipality.entity';
import { toMunicipalityResponse } from './municipalities/municipality.mapper';
import { toOrganisationResponse } from './organisations/organisation.mapper';
import { toPersonResponse } from './people/person.mapper';
import { toRegionResponse } from './regions/region.mapper';
import { toThemeResponse } from './themes/theme.mapper';

const stamps = {
  createdAt: new Date('2026-01-02T03:04:05.000Z'),
  updatedAt: new Date('2026-02-03T04:05:06.000Z'),
};
const iso = { createdAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-02-03T04:05:06.000Z' };
/** The version of a versioned row, answered as read so a PATCH can send it back. */
const v = { version: 3 };
const ids = {
  id: 'a0000000-0000-4000-8000-000000000001',
  regionId: 'b0000000-0000-4000-8000-000000000002',
};

const municipality = (population: number | null): MunicipalityEntity => ({
  ...ids,
  ...v,
  ...stamps,
  name: 'Best',
  cbsCode: 'GM0753',
  province: 'Noord-Brabant',
  population,
  populationReferenceDate: population === null ? null : '2024-01-01',
  populationSource: population === null ? null : 'CBS',
  memberFrom: null,
  memberUntil: null,
});

describe('reference-data mappers', () => {
  it('map a municipality with its population facts, saying whether the population is known', () => {
    expect(toMunicipalityResponse(municipality(31220))).toEqual({
      ...ids,
      ...v,
      ...iso,
      name: 'Best',
      cbsCode: 'GM0753',
      province: 'Noord-Brabant',
      population: 31220,
      populationKnown: true,
      populationReferenceDate: '2024-01-01',
      populationSource: 'CBS',
      memberFrom: null,
      memberUntil: null,
    });
    expect(toMunicipalityResponse(municipality(0))).toMatchObject({
      population: 0,
      populationKnown: true,
    });
    expect(toMunicipalityResponse(municipality(null))).toMatchObject({
      population: null,
      populationKnown: false,
    });
  });

  it('map a region, organisation, person, theme and external programme to exactly the contract', () => {
    expect(
      toRegionResponse({
        id: ids.id,
        ...v,
        ...stamps,
        name: 'Regio Zwolle',
        shortName: 'Regio Zwolle',
        governanceMode: 'network',
        provinces: ['Overijssel'],
        viewWindowWeeks: 8,
        defaultContributionKey: 'per_inhabitant',
        mandateOverrun: 'escalate',
        mandateOverrunSentence: 'Voorleggen aan het algemeen bestuur.',
      }),
    ).toEqual({
      id: ids.id,
      ...v,
      ...iso,
      name: 'Regio Zwolle',
      shortName: 'Regio Zwolle',
      governanceMode: 'network',
      provinces: ['Overijssel'],
      viewWindowWeeks: 8,
      defaultContributionKey: 'per_inhabitant',
      mandateOverrun: 'escalate',
      mandateOverrunSentence: 'Voorleggen aan het algemeen bestuur.',
    });
    expect(
      toOrganisationResponse({
        ...ids,
        ...v,
        ...stamps,
        name: 'TU/e',
        kind: 'knowledge_institution',
      }),
    ).toEqual({
      ...ids,
      ...v,
      ...iso,
      name: 'TU/e',
      kind: 'knowledge_institution',
    });
    const person = {
      ...ids,
      ...v,
      ...stamps,
      name: 'Anne Verbeek',
      email: 'anne.verbeek@koers.demo',
      function: null,
      organisationId: null,
      municipalityId: 'c0000000-0000-4000-8000-000000000003',
    };
    expect(toPersonResponse(person)).toEqual({ ...person, ...iso });
    const theme = {
      ...ids,
      ...v,
      ...stamps,
      title: 'Mobiliteit',
      description: '',
      periodStartYear: 2023,
      periodEndYear: 2026,
    };
    expect(toThemeResponse(theme)).toEqual({ ...theme, ...iso });
    expect(
      toExternalProgrammeResponse({
        id: ids.id,
        regionId: null,
        version: 2,
        ...stamps,
        name: 'EFRO',
        level: 'eu',
        description: 'x',
      }),
    ).toEqual({
      id: ids.id,
      regionId: null,
      version: 2,
      ...iso,
      name: 'EFRO',
      level: 'eu',
      description: 'x',
    });
  });
});
