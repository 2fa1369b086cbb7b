/**
 * The only source of randomness in question generation: a string hash
 * (cyrb128) seeding a small fast PRNG (sfc32). Every question draws from its
 * own stream, keyed by the quiz seed and the question's key, so adding a fact
 * to a bank leaves every other question as it was.
 *
 * Pure integer arithmetic: the same seed gives the same numbers in Node and
 * in every browser. No `Math.random`, no `Date`.
 */

/** A seeded stream of unsigned 32-bit integers. */
export type Rng = () => number;

/** Hash a string to four 32-bit words (cyrb128). */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The sfc32 generator seeded with four 32-bit words; yields unsigned 32-bit integers. */
export function sfc32(a: number, b: number, c: number, d: number): Rng {
  const next: Rng = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs still carry the hash's structure; skip them.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * The stream for one purpose within one quiz: the seed and a key (a question
 * id, `select`, ...) hashed together. The separator keeps ("ab","c") and
 * ("a","bc") apart.
 */
export function stream(seed: string, key: string): Rng {
  const [a, b, c, d] = hash128(`${seed}\u0000${key}`);
  return sfc32(a, b, c, d);
}

/** A uniform integer in `[0, n)` without modulo bias (rejection sampling). `n` from 1 to 2^32. */
export function below(rng: Rng, n: number): number {
  if (!(n >= 1) || n > 0x100000000 || !Number.isInteger(n)) throw new RangeError(`below: n must be an integer from 1 to 2^32, got ${n}`);
  if (n === 1) return 0;
  const limit = 0x100000000 - (0x100000000 % n);
  for (;;) {
    const x = rng();
    if (x < limit) return x % n;
  }
}

/** `true` with probability 1/2. */
export function coin(rng: Rng): boolean {
  return (rng() & 1) === 1;
}

/** A uniformly chosen element of a non-empty array. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (!items.length) throw new RangeError('pick: empty array');
  return items[below(rng, items.length)]!;
}

/** A new array with the items in a uniformly random order (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = below(rng, i + 1);
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/**
 * Up to `k` distinct items that pass `accept`, in random order, without
 * copying a large array: small arrays are shuffled whole, large ones probed
 * at random positions and then scanned from a random offset. `accept` is
 * called once per item tried and never again once `k` items are found.
 */
export function sample<T>(rng: Rng, items: readonly T[], k: number, accept: (item: T) => boolean): T[] {
  if (k <= 0 || !items.length) return [];
  const out: T[] = [];
  if (items.length <= 64) {
    for (const item of shuffle(rng, items)) {
      if (out.length >= k) break;
      if (accept(item)) out.push(item);
    }
    return out;
  }
  const tried = new Set<number>();
  for (let attempt = 0; attempt < 4 * k + 16 && out.length < k; attempt++) {
    const i = below(rng, items.length);
    if (tried.has(i)) continue;
    tried.add(i);
    if (accept(items[i]!)) out.push(items[i]!);
  }
  if (out.length < k) {
    const start = below(rng, items.length);
    for (let n = 0; n < items.length && out.length < k; n++) {
      const i = (start + n) % items.length;
      if (tried.has(i)) continue;
      tried.add(i);
      if (accept(items[i]!)) out.push(items[i]!);
    }
  }
  return out;
}
