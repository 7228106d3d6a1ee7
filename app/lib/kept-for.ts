// A reading kept for a while per key (a database client): the home page's figures and
// showcase say the same thing a minute later, and reading them on every view was most of
// the page's time.

/**
 * `read` wrapped so its answer for a key is reused for maxAgeMs. A failed reading is not
 * kept: the next call tries again.
 */
export function keptFor<K extends object, T>(maxAgeMs: number, read: (key: K) => Promise<T>): (key: K, now?: number) => Promise<T> {
  const latest = new WeakMap<K, { at: number; value: Promise<T> }>();
  return (key, now = Date.now()) => {
    const kept = latest.get(key);
    if (kept && now - kept.at < maxAgeMs) return kept.value;
    const value = read(key);
    latest.set(key, { at: now, value });
    value.catch(() => {
      if (latest.get(key)?.value === value) latest.delete(key);
    });
    return value;
  };
}
