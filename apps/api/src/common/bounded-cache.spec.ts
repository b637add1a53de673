import { boundedCache } from './bounded-cache';
import { RegionCache } from './access/region-resolver';

describe('boundedCache', () => {
  it('keeps at most its limit, pushing out the least recently used entry', () => {
    const cache = boundedCache<string, number>({ max: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now more recent than b
    cache.set('c', 3);
    expect([...cache.keys()].sort()).toEqual(['a', 'c']);
    expect(cache.size).toBe(2);
  });

  it('forgets an entry once its age limit has passed', async () => {
    const cache = boundedCache<string, true>({ max: 10, ttlMs: 40 });
    cache.set('session', true);
    expect(cache.has('session')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(cache.has('session')).toBe(false);
  });

  it('refuses a cache without a limit', () => {
    expect(() => boundedCache({ max: 0 })).toThrow(/at least one entry/);
    expect(() => boundedCache({ max: Infinity })).toThrow(/at least one entry/);
  });

  it('bounds the region cache of the access guard the same way', () => {
    const regions = new RegionCache(2);
    regions.set('programmes', 'p1', 'r1');
    regions.set('programmes', 'p2', 'r1');
    expect(regions.get('programmes', 'p1')).toBe('r1');
    regions.set('assignments', 'a1', 'r2');
    expect(regions.get('programmes', 'p2')).toBeUndefined();
    expect(regions.get('programmes', 'p1')).toBe('r1');
    expect(regions.get('assignments', 'a1')).toBe('r2');
  });
});
