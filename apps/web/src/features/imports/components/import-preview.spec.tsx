import type { ImportResult } from '@koers/contracts';
import { render, screen, within } from '@testing-library/react';
import { AppProviders } from '../../../app/providers';
import { i18n } from '../../../lib/i18n';
import { ImportPreview } from './import-preview';

const result: ImportResult = {
  dryRun: true,
  stored: false,
  format: 'xlsx',
  creates: [
    {
      row: 2,
      code: 'MOB-01',
      title: 'Snelfietsroute',
      themeTitle: 'Mobiliteit',
      budgetLineCount: 2,
      budgetTotalCents: 123_456,
      capacityLineCount: 1,
    },
  ],
  updates: [],
  problems: [
    {
      sheet: 'Begrotingsregels',
      row: 7,
      column: 'Bedrag',
      code: 'not_an_amount',
      params: { value: 'twaalf' },
      message: '‘twaalf’ is geen bedrag (bijvoorbeeld € 1.234,56 of 1234.56).',
    },
  ],
};

const show = () =>
  render(
    <AppProviders>
      <ImportPreview result={result} />
    </AppProviders>,
  );

describe('the preview of an import', () => {
  // jest.setup puts every test back in Dutch before it starts; switching here, after the test,
  // would re-render the still-mounted preview outside act() (a console.error).

  it('lists each problem by sheet, row and column in Dutch, and the assignments it would create', () => {
    show();
    const problems = screen.getByRole('table', { name: 'Problemen' });
    const row = within(problems).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Begrotingsregels7Bedrag‘twaalf’ is geen bedrag');
    const creates = screen.getByRole('table', { name: 'Nieuwe opdrachten' });
    expect(within(creates).getByRole('rowheader', { name: 'MOB-01' })).toBeVisible();
    expect(within(creates).getAllByRole('row')[1]).toHaveTextContent('€ 1.234,56');
    expect(screen.queryByRole('table', { name: 'Bij te werken opdrachten' })).toBeNull();
  });

  it('says the problem in English from its code and parameters', async () => {
    await i18n.changeLanguage('en');
    show();
    const problems = screen.getByRole('table', { name: 'Problems' });
    expect(within(problems).getAllByRole('row')[1]).toHaveTextContent(
      '‘twaalf’ is not an amount (for example € 1.234,56 or 1234.56).',
    );
  });
});
