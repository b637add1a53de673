import type { MunicipalityResponse } from '@koers/contracts';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import type { ContributionParts } from './contribution-parts';
import { ContributionPreview, type ContributionPreviewProps } from './contribution-preview';

const municipality = (id: string, name: string, population: number | null) => ({
  id,
  name,
  cbsCode: id,
  population,
  populationKnown: population !== null,
  populationReferenceDate: '2025-01-01',
});

const members = [
  municipality('m1', 'Kampen', 50_000),
  municipality('m2', 'Zwolle', 130_000),
  municipality('m3', 'Dalfsen', 20_000),
] as unknown as MunicipalityResponse[];

const parts = (
  keyAmountCents: number,
  over: Partial<ContributionParts> = {},
): ContributionParts => ({
  keyAmountCents,
  extras: [],
  pendingExtras: [],
  otherYears: [],
  unreadable: 0,
  ...over,
});

function renderPreview(props: Partial<ContributionPreviewProps>) {
  render(
    <I18nextProvider i18n={i18n}>
      <ContributionPreview
        programmeYear={2026}
        parts={parts(100_001)}
        municipalities={members}
        payerIds={['m1', 'm2', 'm3']}
        contributionKey={{ type: 'per_inhabitant' }}
        keySource="region"
        {...props}
      />
    </I18nextProvider>,
  );
}

/** The last cell of the row: what the municipality pays. */
const amountOf = (table: HTMLElement, name: string) =>
  within(within(table).getByRole('row', { name: new RegExp(name) }))
    .getAllByRole('cell')
    .at(-1)?.textContent;

describe('the contribution preview', () => {
  it('splits the amount by population, to the cent, summing exactly to the amount', () => {
    renderPreview({});
    const table = screen.getByRole('table', { name: 'Bijdrage van 3 gemeenten' });
    expect(amountOf(table, 'Kampen')).toBe('€\u00a0250,00');
    expect(amountOf(table, 'Zwolle')).toBe('€\u00a0650,01');
    expect(amountOf(table, 'Dalfsen')).toBe('€\u00a0100,00');
    expect(amountOf(table, 'Totaal')).toBe('€\u00a01.000,01');
    expect(within(table).getByRole('row', { name: /Zwolle/ })).toHaveTextContent('130.000');
    expect(screen.getByText(/De gemeenten dragen € 1\.000,01 bij in 2026/)).toHaveTextContent(
      'standaardsleutel van de regio',
    );
  });

  it('lets only the opt-in municipalities pay', () => {
    renderPreview({ payerIds: ['m1', 'm3'], keySource: 'assignment' });
    const table = screen.getByRole('table', { name: 'Bijdrage van 2 gemeenten' });
    expect(within(table).queryByRole('row', { name: /Zwolle/ })).toBeNull();
    expect(amountOf(table, 'Kampen')).toBe('€\u00a0714,29');
    expect(amountOf(table, 'Dalfsen')).toBe('€\u00a0285,72');
    expect(amountOf(table, 'Totaal')).toBe('€\u00a01.000,01');
  });

  it('applies a fixed part split equally before the population part', () => {
    renderPreview({
      parts: parts(300_000),
      contributionKey: { type: 'fixed_plus_per_inhabitant', fixedShareBasisPoints: 10_000 },
    });
    const table = screen.getByRole('table');
    expect(amountOf(table, 'Zwolle')).toBe('€\u00a01.000,00');
    expect(amountOf(table, 'Totaal')).toBe('€\u00a03.000,00');
  });

  it('says plainly which population is unknown instead of guessing', () => {
    const withUnknown = members.map((m) =>
      m.id === 'm3' ? { ...m, population: null, populationKnown: false } : m,
    );
    renderPreview({ municipalities: withUnknown });
    expect(screen.queryByRole('table')).toBeNull();
    expect(
      screen.getByText(/van Dalfsen is het inwonertal op de peildatum niet bekend/),
    ).toBeVisible();
  });

  it('says when nobody pays', () => {
    renderPreview({ payerIds: [] });
    expect(screen.getByText(/Er is geen gemeente die voor deze opdracht betaalt/)).toBeVisible();
  });

  it('splits an extra contribution only over the municipalities it names', () => {
    renderPreview({
      parts: parts(90_000, {
        extras: [
          {
            n: 2,
            amountCents: 1_000,
            split: 'equal',
            payers: [
              { municipalityId: 'm1', amountCents: null },
              { municipalityId: 'm3', amountCents: null },
            ],
          },
        ],
      }),
    });
    const table = screen.getByRole('table', { name: 'Bijdrage van 3 gemeenten' });
    const row = (name: string) =>
      within(table).getByRole('row', { name: new RegExp(name) }).textContent;
    // Zwolle pays only by the key; Kampen and Dalfsen also carry € 5,00 each of the extra line.
    expect(row('Zwolle')).toBe('Zwolle130.000€\u00a0585,00€\u00a00,00€\u00a0585,00');
    expect(row('Kampen')).toBe('Kampen50.000€\u00a0225,00€\u00a05,00€\u00a0230,00');
    expect(row('Totaal')).toBe('Totaal€\u00a0900,00€\u00a010,00€\u00a0910,00');
    expect(screen.getByText(/Daarbovenop komt € 10,00 aan extra bijdrage/)).toBeVisible();
  });

  it('leaves other years out, and says so', () => {
    renderPreview({
      parts: parts(100_000, { otherYears: [{ year: 2027, amountCents: 5_000_000 }] }),
    });
    expect(amountOf(screen.getByRole('table'), 'Totaal')).toBe('€\u00a01.000,00');
    expect(
      screen.getByText('Niet in dit voorbeeld, want niet voor 2026: € 50.000,00 voor 2027.', {
        exact: false,
      }),
    ).toBeVisible();
  });

  it('says which extra line does not say yet who pays', () => {
    renderPreview({ parts: parts(100_000, { pendingExtras: [3] }) });
    expect(
      screen.getByText(/Begrotingsregel 3 is een extra bijdrage die nog niet zegt/),
    ).toBeVisible();
  });
});
