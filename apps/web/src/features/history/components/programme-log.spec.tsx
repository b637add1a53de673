import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const me = {
  user: { id: 'u1', email: 'g@x', name: 'Greet Griffier', isPlatformAdmin: false },
  roles: [],
  csrfToken: 'c',
};
const bea = { id: 'u2', name: 'Bea van het Bureau', role: 'bureau' };
const bram = { id: 'u3', name: 'Bram Bestuur', role: 'board' };
const ids = {
  asten: '11111111-1111-4111-8111-111111111111',
  deurne: '22222222-2222-4222-8222-222222222222',
  theme: '33333333-3333-4333-8333-333333333333',
  holder: '44444444-4444-4444-8444-444444444444',
  decision: '55555555-5555-4555-8555-555555555555',
  assignment: '66666666-6666-4666-8666-666666666666',
};
const item = (id: string, kind: string, entity: string, entityId: string, more: object) => ({
  id,
  occurredAt: '2026-05-12T10:30:00Z',
  regionId: 'r1',
  entity,
  entityId,
  action: 'update',
  reason: null,
  kind,
  ...more,
});
const history = (items: object[], total = items.length, offset = 0) => ({
  items,
  total,
  limit: 20,
  offset,
  names: {
    [ids.asten]: 'Asten',
    [ids.deurne]: 'Deurne',
    [ids.theme]: 'Mobiliteit',
    [ids.holder]: 'Wethouder Jansen',
    [ids.decision]: 'Asten',
    [ids.assignment]: 'OPD-1 Snelfietsroutes',
  },
});

describe("a programme's log", () => {
  it('shows who did what in which role, with Dutch field names, names, years and money', async () => {
    const calls = mockApi({
      '/auth/me': me,
      '/programmes/p1': { id: 'p1', title: 'Werkprogramma 2026', year: 2026, regionId: 'r1' },
      '/programmes/p1/history/people': [
        { key: 'u2', id: 'u2', name: 'Bea van het Bureau', role: 'bureau', records: 12 },
        { key: 'u3', id: 'u3', name: 'Bram Bestuur', role: 'board', records: 2 },
      ],
      '/programmes/p1/history': history(
        [
          item('9', 'transition', 'programme', 'p1', {
            action: 'transition',
            actor: bram,
            changes: [{ field: 'status', old: 'consultation', new: 'adopted' }],
            reason: 'Alle raden hebben besloten',
          }),
          item('8', 'council_decision', 'council_decision', ids.decision, {
            actor: bea,
            changes: [{ field: 'status', old: 'pending', new: 'agreed_with_view' }],
          }),
          item('7', 'assignment', 'assignment', ids.assignment, {
            actor: bea,
            changes: [
              { field: 'themeId', old: null, new: ids.theme },
              { field: 'portfolioHolderId', old: null, new: ids.holder },
              { field: 'participantIds', old: [], new: [ids.asten, ids.deurne] },
              { field: 'fteTotal', old: 0.5, new: 1.25 },
              {
                field: 'contributionKey',
                old: { type: 'per_inhabitant' },
                new: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 5000 },
              },
              {
                field: 'budgetLines',
                old: [],
                new: [{ fundingSource: 'province', sourceName: '', year: 2027, amountCents: 5e7 }],
              },
            ],
          }),
        ],
        43,
      ),
    });
    renderRoute('/programma/p1/logboek');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Logboek van Werkprogramma 2026',
      }),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Gebeurtenissen 1–3 van 43' })).toBeVisible();
    const adopted = screen.getByRole('article', {
      name: 'Status: Bij de gemeenteraden → Vastgesteld',
    });
    expect(adopted).toHaveTextContent('Bram Bestuur (Bestuur)');
    expect(adopted).toHaveTextContent('Reden: Alle raden hebben besloten');
    const decision = screen.getByRole('article', { name: 'Raadsbesluit van Asten vastgelegd' });
    expect(decision).toHaveTextContent('Bea van het Bureau (Regiobureau)');
    expect(within(decision).getByRole('row', { name: /^Status/ })).toHaveTextContent(
      'StatusNog geen besluitIngestemd met zienswijze',
    );

    const changed = screen.getByRole('article', {
      name: 'Opdracht OPD-1 Snelfietsroutes gewijzigd',
    });
    const row = (name: RegExp) => within(changed).getByRole('row', { name });
    expect(row(/^Opgave/)).toHaveTextContent('Opgave(leeg)Mobiliteit');
    expect(row(/^Portefeuillehouder/)).toHaveTextContent('Wethouder Jansen');
    expect(row(/^Deelnemende gemeenten/)).toHaveTextContent('Asten; Deurne');
    expect(row(/^Capaciteit in fte/)).toHaveTextContent('Capaciteit in fte0,51,25');
    expect(row(/^Verdeelsleutel: soort/)).toHaveTextContent(
      'Verdeelsleutel: soortper inwonervast deel plus per inwoner',
    );
    expect(row(/^Verdeelsleutel: vast deel/)).toHaveTextContent('50%');
    // A year is a year, money is money.
    expect(row(/^Begrotingsregels/)).toHaveTextContent('Provincie 2027: € 500.000,00');
    expect(changed).not.toHaveTextContent('2.027');
    expect(changed).not.toHaveTextContent(ids.theme);

    await userEvent.selectOptions(
      screen.getByLabelText('Door wie'),
      'Bram Bestuur (Bestuur) — 2 wijzigingen',
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Soort gebeurtenis'),
      'Overgangen van status',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    const asked = calls.map((c) => c.path).filter((p) => p.startsWith('/programmes/p1/history?'));
    expect(asked).toEqual([
      '/programmes/p1/history?limit=20&offset=0',
      '/programmes/p1/history?limit=20&offset=0&person=u3',
      '/programmes/p1/history?limit=20&offset=0&kind=transition&person=u3',
      '/programmes/p1/history?limit=20&offset=20&kind=transition&person=u3',
    ]);
  });

  it('says when nothing matches the filters', async () => {
    mockApi({
      '/auth/me': me,
      '/programmes/p1': { id: 'p1', title: 'Werkprogramma 2026', year: 2026, regionId: 'r1' },
      '/programmes/p1/history/people': [],
      '/programmes/p1/history': history([]),
    });
    renderRoute('/programma/p1/logboek?soort=view_answer');
    expect(await screen.findByText('Niets gevonden met deze filters.')).toBeVisible();
  });
});
