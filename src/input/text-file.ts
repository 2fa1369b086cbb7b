/**
 * Reading a bank or an article from bytes, the same way in the `news-quiz` command and in the
 * element: at most a documented size, UTF-16 named as such, and strict UTF-8 (a byte that is not
 * UTF-8 is an error, never a silent U+FFFD). No DOM and no `node:` import: `TextDecoder` is in
 * Node and in every browser.
 */

/** The most a fact bank may be, in bytes (5 MB; the seed bank of two articles is 65 KB). */
export const MAX_BANK_BYTES = 5_000_000;

/** The most an article's text may be, in bytes (1 MB; 50,000 words of English are about 300 KB). */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Why bytes could not be read as text. */
export type TextFault = 'utf-16' | 'not-utf-8';

/** The text, or why there is none. */
export type Decoded = { text: string; fault?: undefined } | { text?: undefined; fault: TextFault };

/**
 * Whether the bytes look like UTF-16: a UTF-16 byte-order mark, or the zero bytes that UTF-16
 * puts beside every ASCII character (`{` as `7B 00`), which no bank or article in UTF-8 has.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  if (bytes.length < 4) return false;
  const oneZero = (a: number, b: number) => (bytes[a] === 0) !== (bytes[b] === 0);
  return oneZero(0, 1) && oneZero(2, 3) && (bytes[0] === 0) === (bytes[2] === 0);
}

/**
 * The bytes as text: strict UTF-8, a leading byte-order mark kept (the bank reader skips it, so
 * that columns count the same everywhere).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (looksUtf16(bytes)) return { fault: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { fault: 'not-utf-8' };
  }
}

/** A size in words a reader knows: "5 MB", "1 MB", "800 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${+(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}

/**
 * A fetched body's bytes, or `null` as soon as it passes `limit` bytes (a `Content-Length` over
 * the limit is refused before reading; a body without one is read only up to the limit, and the
 * rest is cancelled).
 */
export async function readBody(response: Response, limit: number): Promise<Uint8Array | null> {
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
