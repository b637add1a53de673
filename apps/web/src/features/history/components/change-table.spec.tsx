import { render, screen, within } from '@testing-library/react';
import { ChangeTable } from './change-table';

const helmond = { id: 'm1', name: 'Helmond', cbsCode: 'GM0794' };
const reason = (number: number) => ({
  id: `vp${number}`,
  round: 2,
  municipality: helmond,
  number,
  text: 'Meer geld voor snelfietsroutes.',
  answer: 'Overgenomen.',
  outcome: 'adopted' as const,
});

describe('the changed fields of an adopted version', () => {
  it('says per change which view it followed from, and nothing for the others', () => {
    render(
      <ChangeTable
        changes={[
          { field: 'title', old: 'Fietsroutes', new: 'Snelfietsroutes' },
          {
            field: 'mandate',
            old: { scope: 'Alles', escalation: '' },
            new: { scope: 'Binnen budget', escalation: '' },
            reasons: [reason(2), reason(3)],
          },
        ]}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Waarom' })).toBeVisible();
    const rows = within(table).getAllByRole('row');
    // The mandate's changed part carries the reasons of the mandate change.
    const scope = rows.find((r) => r.textContent?.includes('Binnen budget'))!;
    expect(scope).toHaveTextContent(
      'naar aanleiding van zienswijze Helmond punt 2; naar aanleiding van zienswijze Helmond punt 3',
    );
    const title = rows.find((r) => r.textContent?.includes('Snelfietsroutes'))!;
    expect(title).not.toHaveTextContent('naar aanleiding van');
  });

  it('has no reason column when no change followed from a view', () => {
    render(<ChangeTable changes={[{ field: 'title', old: 'A', new: 'B' }]} />);
    expect(screen.queryByRole('columnheader', { name: 'Waarom' })).not.toBeInTheDocument();
  });
});
