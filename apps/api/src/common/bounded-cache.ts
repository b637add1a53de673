import { LRUCache } from 'lru-cache';

/** What a cache of Koers keeps at most: entries, and optionally how long one stays. */
export interface CacheLimits {
  /** Entries at most; the least recently used goes first when a new one comes in. */
  max: number;
  /** Milliseconds an entry is kept after it was set (not after it was read); none: until pushed out. */
  ttlMs?: number;
}

/**
 * The one kind of in-process cache Koers keeps (lru-cache): bounded in entries, least recently
 * used out first, optionally with an age limit. Every cache of the API is one of these, so each
 * has a limit written where it is made and none grows without bound. The values are shared
 * between requests: never change them after `set`.
 */
export function boundedCache<K extends string, V extends NonNullable<unknown>>(
  limits: CacheLimits,
): LRUCache<K, V> {
  if (!Number.isInteger(limits.max) || limits.max < 1) {
    throw new Error(`A cache needs a limit of at least one entry, not ${limits.max}.`);
  }
  return new LRUCache<K, V>({
    max: limits.max,
    ...(limits.ttlMs === undefined ? {} : { ttl: limits.ttlMs, updateAgeOnGet: false }),
  });
}

export type BoundedCache<K extends string, V extends NonNullable<unknown>> = LRUCache<K, V>;
