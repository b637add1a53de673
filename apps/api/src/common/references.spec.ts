import { QueryFailedError } from 'typeorm';
import { KoersError } from './koers-error';
import { translatePgErrors } from './pg-errors';
import { describeReferences } from './references';

describe('describing references in Dutch', () => {
  it('names counts with singular and plural, joined with "en"', () => {
    expect(describeReferences([{ table: 'people', count: 1 }])).toBe('1 persoon');
    expect(
      describeReferences([
        { table: 'people', count: 2 },
        { table: 'assignment_participants', count: 1 },
        { table: 'themes', count: 3 },
      ]),
    ).toBe("2 personen, 1 deelname aan een opdracht en 3 thema's");
    expect(describeReferences([{ table: 'mystery', count: 4 }])).toBe('4 mystery');
  });
});

describe('translating PostgreSQL errors', () => {
  const failure = (code: string) =>
    new QueryFailedError('DELETE', [], Object.assign(new Error('pg'), { code, table: 'people' }));
  const conflict = (table?: string) => new KoersError('PERSON_IN_USE', 409, `in ${table}`);

  it('turns a foreign-key violation (23503) into the given 409', async () => {
    await expect(
      translatePgErrors(() => Promise.reject(failure('23503')), { foreignKey: conflict }),
    ).rejects.toMatchObject({ status: 409, detail: 'in people' });
  });

  it('turns a unique violation (23505) into the given 409, and lets anything else through', async () => {
    await expect(
      translatePgErrors(() => Promise.reject(failure('23505')), { unique: () => conflict('x') }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      translatePgErrors(() => Promise.reject(failure('42P01')), { unique: () => conflict('x') }),
    ).rejects.toBeInstanceOf(QueryFailedError);
  });
});
