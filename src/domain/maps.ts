/** Small helpers over `Map`. Pure: no DOM. */

/** Adds `value` to the list kept under `key`, starting the list when there is none. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A pure function of a text, remembered: a bank's names and words are read again and again while a quiz is
 * made. Bounded: once `limit` results are kept it starts afresh, so that what is read now stays quick however
 * much was read before. A result is never `undefined`.
 */
export function remembered<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, value);
    }
    return value;
  };
}
