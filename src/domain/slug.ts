/** Slugs: ids and file names made from names and titles. Pure: no DOM. */

/** Turns a name into an id: lower-case letters, digits and `-`, at most `max` characters, cut at a word. */
export function slugify(text: string, max = 48, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') : slug;
  return cut || fallback;
}
