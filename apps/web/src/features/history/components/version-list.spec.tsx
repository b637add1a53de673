import { render, screen } from '@testing-library/react';
import { VersionList } from './version-list';

const version = {
  number: 1,
  createdAt: '2026-03-15T09:00:00Z',
  fromStatus: 'draft',
  toStatus: 'proposed',
  reason: null,
  createdBy: { id: 'u1', name: 'Bram Bestuur', role: 'board' },
  assignmentCount: 7,
  budgetTotalCents: 3_750_000_01,
} as const;

describe('the list of versions', () => {
  it('scrolls sideways inside the page on a phone instead of widening the page', () => {
    render(<VersionList versions={[version] as never} />);
    const table = screen.getByRole('table', { name: /versie/i });
    // The wrapper that lets a table wider than a 390 px screen scroll on its own (see
    // ScrollsWhenNarrow); without it the whole page was 805 px wide at 390 px.
    expect(table.parentElement).toHaveClass('koers-table-scroll');
  });
});
