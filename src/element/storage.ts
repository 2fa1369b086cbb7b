/**
 * A small localStorage adapter that never throws: storage may be switched
 * off, full, or hold something that is not ours.
 */

/** What reading a key found. */
export type StoredValue =
  | { status: 'ok'; value: unknown }
  | { status: 'empty' }
  | { status: 'unavailable' }
  | { status: 'corrupt' };

function storage(): Storage | null {
  try {
    // The getter itself throws in sandboxed frames and with cookies blocked.
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads and parses the JSON under `key`. */
export function readStored(key: string): StoredValue {
  const store = storage();
  if (!store) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  try {
    return { status: 'ok', value: JSON.parse(text) };
  } catch {
    return { status: 'corrupt' };
  }
}

/** Writes `value` as JSON under `key`; `false` when it could not be kept (no storage, quota exceeded). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    storage()!.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

