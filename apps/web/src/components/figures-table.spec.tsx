import { render, screen, within } from '@testing-library/react';
import { FiguresTable, type FiguresTableProps } from './figures-table';

const columns = [
  { header: 'Gemeente' },
  { header: 'Code' },
  { header: 'Inwoners', numeric: true },
  { header: 'Bijdrage', numeric: true },
];
const rows = [
  { key: 'm1', header: 'Best', cells: ['GM0753', '30.000', '€ 20.000,00'] },
  { key: 'm2', header: 'Eindhoven', cells: ['GM0772', '240.000', '€ 80.000,00'] },
];

function renderTable(props: Partial<FiguresTableProps> = {}) {
  render(<FiguresTable caption="Bijdrage per gemeente" columns={columns} rows={rows} {...props} />);
  return screen.getByRole('table', { name: 'Bijdrage per gemeente' });
}

describe('the figures table', () => {
  it('is named by its caption and exposes its column headers in order', () => {
    const table = renderTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Gemeente', 'Code', 'Inwoners', 'Bijdrage']);
  });

  it('starts every row with a row header, followed by its cells', () => {
    const table = renderTable();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Best', 'Eindhoven']);
    const best = within(table).getByRole('row', { name: /Best/ });
    expect(
      within(best)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['GM0753', '30.000', '€ 20.000,00']);
  });

  it('aligns the numeric columns as numbers, and only those', () => {
    const table = renderTable();
    const [name, code, population, amount] = within(table).getAllByRole('columnheader');
    expect(name).not.toHaveClass('koers-number');
    expect(code).not.toHaveClass('koers-number');
    expect(population).toHaveClass('koers-number');
    expect(amount).toHaveClass('koers-number');
    const [cbsCode, inhabitants, contribution] = within(
      within(table).getByRole('row', { name: /Eindhoven/ }),
    ).getAllByRole('cell');
    expect(cbsCode).not.toHaveClass('koers-number');
    expect(inhabitants).toHaveClass('koers-number');
    expect(contribution).toHaveClass('koers-number');
  });

  it('has no footer row unless one is given', () => {
    const table = renderTable();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).queryByRole('rowheader', { name: 'Totaal' })).toBeNull();
  });

  it('closes with the footer row when given, leaving blank cells blank', () => {
    const table = renderTable({
      footer: { header: 'Totaal', cells: [null, '270.000', '€ 100.000,00'] },
    });
    const rowsShown = within(table).getAllByRole('row');
    expect(rowsShown).toHaveLength(4);
    const total = rowsShown[3];
    expect(within(total).getByRole('rowheader')).toHaveTextContent('Totaal');
    const [blank, inhabitants, contribution] = within(total).getAllByRole('cell');
    expect(blank).toBeEmptyDOMElement();
    expect(blank).not.toHaveClass('koers-number');
    expect(inhabitants).toHaveTextContent('270.000');
    expect(inhabitants).toHaveClass('koers-number');
    expect(contribution).toHaveClass('koers-number');
  });
});
