/** Small helpers over `Map`. Pure: no DOM. */

/** Adds `value` to the list kept under `key`, starting the list when there is none. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
