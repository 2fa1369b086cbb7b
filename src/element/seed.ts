/** A fresh quiz code for a quiz the page did not fix, from the platform's random source (never the generator's). */

/** Letters and digits that are hard to mix up (no i, l, o, 0 or 1). */
const SEED_LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Six letters or digits, e.g. `k3tq9x`. */
export function newSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => SEED_LETTERS[b % SEED_LETTERS.length]).join('');
}
