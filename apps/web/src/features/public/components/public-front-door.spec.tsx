import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';
import type { Schemas } from '../../../test/schema';

const programme = (id: string, regionName: string, title: string): Schemas['OpenProgrammeDto'] => ({
  id,
  regionId: `${id}-region`,
  regionName,
  year: 2026,
  title,
  introduction: '',
  status: 'adopted',
  adoptedOn: '2026-07-01',
  populationReferenceDate: '2026-01-01',
  assignmentCount: 3,
  budgetTotalCents: 100_000_00,
});

const contribution = (municipalityName: string): Schemas['OpenContributionDto'] => ({
  municipalityId: `${municipalityName}-id`,
  municipalityName,
  cbsCode: 'GM0000',
  assignmentId: 'a1',
  assignmentCode: 'A-1',
  amountCents: 1_000_00,
});

function visitorHome() {
  return mockApi({
    '/auth/me': { status: 401, body: { status: 401, title: 'Niet aangemeld' } },
    '/health': { status: 'ok' },
    '/open/v1/programmes': page([
      programme('p1', 'Metropoolregio Eindhoven', 'Regionaal programma 2026'),
      programme('p2', 'Regio Zwolle', 'Regio Deal 2026'),
    ]),
    '/open/v1/programmes/p1/contributions': page([
      contribution('Geldrop-Mierlo'),
      contribution('Eindhoven'),
    ]),
    '/open/v1/programmes/p2/contributions': page([contribution('Kampen')]),
  });
}

describe("a visitor's front door", () => {
  it("lists every region's public programme without loading any programme's figures", async () => {
    const calls = visitorHome();
    renderRoute('/');
    expect(
      await screen.findByRole('link', { name: /Regionaal programma 2026/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Regio Deal 2026/ })).toBeInTheDocument();
    expect(calls.filter((c) => c.path.includes('/contributions'))).toEqual([]);
  });

  it('finds a programme by a member municipality once the visitor searches, and links to what it pays', async () => {
    const calls = visitorHome();
    const user = userEvent.setup();
    renderRoute('/');
    await user.type(await screen.findByLabelText('Zoek op regio of gemeente'), 'geldrop');

    const municipalities = await screen.findByRole('region', { name: 'Gemeenten' });
    expect(
      within(municipalities).getByRole('link', { name: 'Wat Geldrop-Mierlo betaalt' }),
    ).toHaveAttribute('href', '/openbaar/gemeente/geldrop-mierlo');
    expect(await screen.findByText('1 programma gevonden.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Regionaal programma 2026/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Regio Deal 2026/ })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path.includes('/contributions')).length).toBeGreaterThan(0);
  });
});
