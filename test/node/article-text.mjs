// Helpers shared by the tests that hold a bank to the text of its source articles
// (bank-sources.test.mjs for the seed bank, other-banks.test.mjs for the banks in
// test/fixtures/banks on test articles): word tokens, runs copied from an article,
// the forms a figure or a name may take in a paragraph, and the role check.

/** The run length that counts as copying. */
export const RUN = 8;

/** Word tokens, case- and punctuation-insensitive; letters and digits split ("F-16s" -> f 16 s). */
export function tokens(text) {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // British and American spellings of the same word count as one.
      .replace(/defence/g, 'defense')
      .match(/[a-z]+|[0-9]+/g) ?? []
  );
}

/** Whether the token sequence `needle` occurs in `haystack`, both as token arrays. */
export function containsRun(haystack, needle) {
  if (needle.length === 0) return false;
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The English words for a whole number below 1000, as tokens ("forty three"). */
export function numberWords(n) {
  if (!Number.isInteger(n) || n < 0 || n > 999) return [];
  if (n < 20) return [ONES[n]];
  if (n < 100) return n % 10 === 0 ? [TENS[n / 10]] : [TENS[Math.floor(n / 10)], ONES[n % 10]];
  const rest = n % 100;
  return [ONES[Math.floor(n / 100)], 'hundred', ...(rest ? numberWords(rest) : [])];
}

/**
 * The ways an article may write a figure, as token arrays: digits ("11,000" -> 11 000,
 * "7.8" -> 7 8), words ("eight"), a negative one with "minus", a multiple of twelve in
 * dozens ("two dozen"), and ten years as "a decade".
 */
export function figureForms(number, unit = '') {
  const magnitude = Math.abs(number);
  const digits = tokens(magnitude.toLocaleString('en-US', { maximumFractionDigits: 6 }));
  const forms = [digits, numberWords(magnitude)];
  if (magnitude % 12 === 0 && magnitude > 0) forms.push([...numberWords(magnitude / 12), 'dozen']);
  if (magnitude === 10 && /^years?$/.test(unit)) forms.push(['decade']);
  const found = forms.filter((form) => form.length > 0);
  return number < 0 ? found.map((form) => ['minus', ...form]) : found;
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_ENDINGS = { 1: 'st', 2: 'nd', 3: 'rd' };

/**
 * The ways an article may write a count of things as the place of the last of them, as token
 * arrays: "the second Academy Award for Stone" backs 2 Academy Awards. Only an ordinal right
 * before the thing counted ("second award", "2nd award") counts, so "the third day" backs no
 * count of people. `thing` is the unit in the singular.
 */
export function ordinalForms(number, thing) {
  const noun = tokens(thing ?? '');
  if (!Number.isInteger(number) || number < 1 || number >= ORDINALS.length || noun.length === 0) return [];
  const suffix = number % 100 >= 11 && number % 100 <= 13 ? 'th' : ORDINAL_ENDINGS[number % 10] ?? 'th';
  return [[ORDINALS[number], ...noun], [String(number), suffix, ...noun]];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The ways a page or a note may write an ISO date: as is, "June 19, 2024", "19 June 2024",
 * "19 Jun 2024", "June 2024".
 */
export function datelines(iso) {
  const [y, m, d] = iso.split('-');
  if (!m) return [y];
  const month = MONTHS[Number(m) - 1];
  if (!d) return [iso, `${month} ${y}`];
  return [iso, `${month} ${Number(d)}, ${y}`, `${Number(d)} ${month} ${y}`, `${Number(d)} ${month.slice(0, 3)} ${y}`];
}

/** Every name of an entity as token arrays: label, aliases, spellings. */
export function forms(entity) {
  return [entity.label, ...(entity.aliases ?? []), ...(entity.spellings ?? [])].map(tokens).filter((t) => t.length > 0);
}

/** Line number (1-based) in the bank file of the first occurrence of `needle`, for messages. */
export function lineOf(raw, needle) {
  const at = raw.indexOf(needle);
  return at < 0 ? '?' : raw.slice(0, at).split('\n').length;
}

/** Every string in the bank with its JSON path. */
export function* strings(value, path = '$') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/**
 * Every RUN-word run that a string of `bank` (other than the article titles) shares with
 * one of `texts` ({ name, text }), one line per run, each starting with `bankName`.
 */
export function copiedRuns(bankName, bank, texts) {
  const runs = new Map();
  for (const { name, text } of texts) {
    const words = tokens(text);
    for (let k = 0; k + RUN <= words.length; k++) {
      const run = words.slice(k, k + RUN).join(' ');
      if (!runs.has(run)) runs.set(run, name);
    }
  }
  const problems = [];
  for (const [path, text] of strings(bank)) {
    // The headlines are quoted on purpose, as the article's own title.
    if (/^\$\.articles\[\d+\]\.title$/.test(path)) continue;
    const words = tokens(text);
    for (let k = 0; k + RUN <= words.length; k++) {
      const run = words.slice(k, k + RUN).join(' ');
      if (runs.has(run)) problems.push(`${bankName} ${path}: "${run}" is copied from ${runs.get(run)}`);
    }
  }
  return problems;
}

const STOP = new Set(['the', 'of', 'for', 'and', 'a', 'an', 's', 'in', 'to', 'on']);

/**
 * Roles whose paragraph does not name the person or most of the role's words.
 * `sources` maps an article id to `{ tokens }`, the token arrays of its body paragraphs.
 */
export function unsupportedRoles(bankName, raw, bank, sources) {
  const problems = [];
  for (const [i, entity] of (bank.entities ?? []).entries()) {
    for (const [j, role] of (entity.roles ?? []).entries()) {
      const where = `${bankName}:${lineOf(raw, `"id": "${entity.id}"`)} $.entities[${i}].roles[${j}] (${entity.label}, "${role.title}")`;
      const source = sources.get(role.article);
      const paragraph = source?.tokens[role.paragraph - 1];
      if (!paragraph) {
        problems.push(`${where}: cites paragraph ${role.paragraph} of "${role.article}", which does not exist`);
        continue;
      }
      if (!forms(entity).some((form) => containsRun(paragraph, form))) {
        problems.push(`${where}: "${role.article}" paragraph ${role.paragraph} does not name ${entity.label} by any of its names`);
      }
      const words = [...new Set(tokens(role.title).filter((w) => !STOP.has(w)))];
      // A role word stands in the paragraph as written or in the plural ("Representatives Svarzbein, Tolbert ...").
      const missing = words.filter((w) => !paragraph.includes(w) && !paragraph.includes(`${w}s`) && !paragraph.includes(`${w}es`));
      if (missing.length * 2 > words.length) {
        problems.push(`${where}: "${role.article}" paragraph ${role.paragraph} lacks most of the role's words (${missing.join(', ')})`);
      }
    }
  }
  return problems;
}
