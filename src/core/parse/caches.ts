/**
 * The parsers remember what repeated texts read as (heading lines, indicator lines, values, operator
 * cells). Each cache is bounded and cleared when full; clearParseCaches empties them all at once, so a
 * check can start cold and the memory can be released.
 */
const caches: { clear(): void }[] = [];

/** Register a cache (at module load) so clearParseCaches empties it. Returns the cache. */
export function registerCache<C extends { clear(): void }>(cache: C): C {
  caches.push(cache);
  return cache;
}

export function clearParseCaches(): void {
  for (const c of caches) c.clear();
}
