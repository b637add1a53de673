import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';
import { assignment, regionRoutes } from '../test-fixtures';

jest.setTimeout(30_000);

const group = (version: number, personIds: string[] = []) => ({
  assignmentId: 'a1',
  version,
  members: personIds.map((personId) => ({ personId, organisationId: null, role: 'member' })),
  commitments: [],
});
const routes = {
  ...regionRoutes,
  '/programmes/p1/assignments': page([]),
  '/assignments/a1': assignment(),
};
const PATH = '/assignments/a1/steering-group';
const conflict = {
  status: 409,
  body: { status: 409, code: 'STEERING_GROUP_VERSION_CONFLICT', detail: 'Gewijzigd.' },
};

async function addMember(name: string) {
  const section = await screen.findByRole('region', { name: 'Stuurgroep' }, { timeout: 5_000 });
  await userEvent.click(within(section).getByRole('button', { name: 'Lid toevoegen' }));
  const members = within(section).getAllByRole('group', { name: /^Lid \d+$/ });
  const last = members[members.length - 1];
  await userEvent.selectOptions(within(last).getByLabelText(/persoon/i), name);
  return section;
}

describe('the steering group form', () => {
  it('saves against the version read; on a 409 it says so, keeps the members typed, and saves over the other version only when asked', async () => {
    mockApi({ ...routes, [PATH]: group(2) });
    renderRoute('/opdracht/a1/bewerken');
    const section = await addMember('Wethouder Jansen');

    mockApi({ ...routes, [PATH]: group(3, ['h1']), [`PUT ${PATH}`]: conflict });
    await userEvent.click(within(section).getByRole('button', { name: 'Stuurgroep opslaan' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Iemand anders heeft de stuurgroep intussen gewijzigd',
    );
    expect(within(section).getAllByRole('group', { name: /^Lid \d+$/ })).toHaveLength(1);
    expect(within(section).queryByText(/kon niet worden opgeslagen/)).toBeNull();

    const calls = mockApi({ ...routes, [`PUT ${PATH}`]: group(4, ['h2']) });
    await userEvent.click(within(section).getByRole('button', { name: 'Mijn wijzigingen houden' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Stuurgroep opslaan' }));
    expect(await within(section).findByText('De stuurgroep is opgeslagen.')).toBeVisible();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      members: [{ personId: 'h2', organisationId: null, role: 'member' }],
      commitments: [],
      version: 3,
    });
  });

  it('loads the other version instead when asked', async () => {
    mockApi({ ...routes, [PATH]: group(2) });
    renderRoute('/opdracht/a1/bewerken');
    const section = await addMember('Wethouder Jansen');
    mockApi({ ...routes, [PATH]: group(3, ['h1']), [`PUT ${PATH}`]: conflict });
    await userEvent.click(within(section).getByRole('button', { name: 'Stuurgroep opslaan' }));
    await userEvent.click(
      await within(section).findByRole('button', { name: 'Nieuwste versie laden' }),
    );
    const [member] = within(section).getAllByRole('group', { name: /^Lid \d+$/ });
    expect(within(member).getByLabelText(/persoon/i)).toHaveValue('h1');
  });
});
