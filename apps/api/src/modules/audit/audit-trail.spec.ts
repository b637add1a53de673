import { diffFields } from './audit-trail';

describe('diffFields', () => {
  it('lists only the fields that changed, with old and new values', () => {
    expect(
      diffFields(
        { title: 'Snelfietsroute', amountCents: 100, tags: ['a'], updatedAt: 1 },
        { title: 'Snelfietsroute Helmond–Deurne', amountCents: 100, tags: ['a'], updatedAt: 2 },
      ),
    ).toEqual([{ field: 'title', old: 'Snelfietsroute', new: 'Snelfietsroute Helmond–Deurne' }]);
  });

  it('records every field of a created or deleted entity', () => {
    expect(diffFields(null, { code: 'M1', year: 2026 })).toEqual([
      { field: 'code', old: null, new: 'M1' },
      { field: 'year', old: null, new: 2026 },
    ]);
    expect(diffFields({ code: 'M1' }, null)).toEqual([{ field: 'code', old: 'M1', new: null }]);
  });

  it('compares nested values by content', () => {
    expect(diffFields({ lines: [{ a: 1 }] }, { lines: [{ a: 1 }] })).toEqual([]);
    expect(diffFields({ lines: [{ a: 1 }] }, { lines: [{ a: 2 }] })).toHaveLength(1);
  });
});
