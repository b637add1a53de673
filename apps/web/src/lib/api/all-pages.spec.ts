import { allPages } from './all-pages';

describe('allPages', () => {
  const list = Array.from({ length: 450 }, (_, i) => `item ${i}`);
  const pageOf = (offset: number) => ({
    items: list.slice(offset, offset + 200),
    total: list.length,
    limit: 200,
    offset,
    unanswered: 7,
  });

  it('asks page after page until it has every item, keeping the extra fields', async () => {
    const asked: number[] = [];
    const all = await allPages((offset) => (asked.push(offset), Promise.resolve(pageOf(offset))));
    expect(asked).toEqual([0, 200, 400]);
    expect(all.items).toEqual(list);
    expect(all).toMatchObject({ total: 450, offset: 0, unanswered: 7 });
  });

  it('asks once when one page holds the list, and stops when the list shrinks meanwhile', async () => {
    const short = await allPages(() =>
      Promise.resolve({ items: ['a'], total: 1, limit: 200, offset: 0 }),
    );
    expect(short.items).toEqual(['a']);
    let calls = 0;
    const shrunk = await allPages((offset) => {
      calls++;
      return Promise.resolve({ items: offset === 0 ? ['a'] : [], total: 5, limit: 200, offset });
    });
    expect(shrunk.items).toEqual(['a']);
    expect(calls).toBe(2);
  });
});
