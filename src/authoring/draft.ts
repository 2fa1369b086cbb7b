/**
 * Drafting a fact bank from an article's text with NLP: the people with their
 * roles, the places, organisations and equipment, the figures with their units
 * and qualifiers, and short facts around them, each citing its paragraph.
 *
 * A draft is a start for a teacher to review, not a finished bank: drafted
 * fact texts keep the article's own wording (trimmed to the clause around the
 * slot), and every drafted fact says so in its explanation. Pure except for
 * compromise (no DOM, no storage, no clock, no randomness): the same text and
 * meta give the same bank in Node and in the browser.
 */
import type { Article, Bank, DateSlot, EntitySlot, EntityType, Fact, NumberSlot, Role, SlotValue } from '../domain/bank.js';
export { DRAFT_TYPES, slugify } from './types.js';
import { BANK_VERSION } from '../domain/bank.js';
import { normalize } from '../domain/text.js';
import { DRAFT_TYPES, slugify } from './types.js';
import { findEntities, findMentions, findRoles, type FoundEntity, type Mention } from './entities.js';
import { parseDate, readPreamble, splitArticle } from './paragraphs.js';
import { findFigures, findYears, finishStatement, splitSentences, trimClause, type Figure, type YearMention } from './tokens.js';

/** What the teacher says about the article. Missing fields are read from the text where it can be done (headline, page date). */
export interface DraftMeta {
  /** The headline. Default: the first short line of at least three words before the body. */
  title?: string;
  /** Publisher or site; `null` or absent when the page names none. */
  site?: string | null;
  /** Page date (ISO or e.g. "June 19, 2024"); `null` for none. Default: a date line before the body, if any. */
  date?: string | null;
}

/** A problem with the input that makes a draft impossible; the message says what to fix. */
export class DraftError extends Error {
  override name = 'DraftError';
}

/** The explanation every drafted fact carries, so a reader knows to review it. */
export const DRAFT_EXPLANATION = (paragraph: number): string => `Drafted from paragraph ${paragraph}; review the wording.`;

const TYPES = DRAFT_TYPES;

/** Which mention makes the best slot: specific things first, countries last. */
const SLOT_PREFERENCE: Record<string, number> = {
  'fighter-jet': 0, 'cargo-plane': 0, aircraft: 0, helicopter: 0, tank: 0, missile: 0, 'weapon-system': 0, weapon: 0,
  person: 1, airfield: 2, city: 2, region: 2, organisation: 3, place: 4, country: 5,
};

/** Gives out ids that are unique within one namespace. */
class Ids {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}

/** Slot name for a mention's entity type. */
function slotName(entity: FoundEntity): string {
  if (entity.type === 'person') return 'person';
  if (entity.type === 'organisation') return 'organisation';
  return entity.type;
}

/** Where a slot stands in a sentence; `definite` drops a "the" before it (the renderer adds its own). */
interface Span {
  start: number;
  end: number;
  name: string;
  definite: boolean;
}

/** Places the slot placeholders into a clause, dropping "the" before a definite entity (the bank's renderer adds it). */
function placeSlots(clause: string, offset: number, slots: Span[]): string {
  let text = clause;
  const sorted = [...slots].sort((a, b) => b.start - a.start);
  for (const slot of sorted) {
    let s = slot.start - offset;
    const e = slot.end - offset;
    if (slot.definite && /\bthe\s+$/i.test(text.slice(0, s))) s = text.slice(0, s).replace(/\bthe\s+$/i, '').length;
    text = `${text.slice(0, s)}{${slot.name}}${text.slice(e)}`;
  }
  return text;
}

/** Whether a "the" before a mention goes: the entity takes its own, or the article wrote another name ("the Russian Federation" for Russia). */
function dropsThe(m: Mention): boolean {
  return m.entity.definite || m.form !== m.entity.label;
}

/** Unique slot names within one fact. */
function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
  return name;
}

/** Summary of the draft in our words, for the teacher to replace. */
function draftSummary(people: FoundEntity[], places: FoundEntity[], figures: number): string {
  const names = (list: FoundEntity[]): string => list.slice(0, 3).map((e) => e.label).join(', ');
  const parts = [`A draft made from the article's text; replace this summary with two or three sentences of your own.`];
  if (people.length > 0) parts.push(`It names ${people.length === 1 ? 'one person' : `${people.length} people`} (${names(people)}).`);
  if (places.length > 0) parts.push(`Places include ${names(places)}; the draft holds ${figures} ${figures === 1 ? 'figure' : 'figures'}.`);
  return parts.join(' ');
}

/**
 * Drafts a fact bank from an article's text.
 *
 * Paragraphs follow the rule in {@link splitArticle} (blocks of at least 20
 * words, counted from 1). Throws {@link DraftError} when the text is empty,
 * has no body paragraph, gives no fact, or `meta.date` is not a date.
 *
 * @example
 * const bank = draftBank(text, { title: 'Drones hit an airfield', site: 'Example News', date: '2024-06-19' });
 */
export function draftBank(text: string, meta: DraftMeta = {}): Bank {
  // Braces mark slots in a fact's text, so the article's own become parentheses.
  const source = text
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(/\{/g, '(')
    .replace(/\}/g, ')');
  if (source.trim() === '') throw new DraftError('The article text is empty: paste the text of the article.');
  const { paragraphs, preamble } = splitArticle(source);
  if (paragraphs.length === 0) {
    throw new DraftError('No body paragraph found: a body paragraph is a block of at least 20 words (put a blank line or a line break between paragraphs).');
  }
  const read = readPreamble(preamble);
  const title = meta.title?.trim() || read.title || 'Untitled article';
  let date: string | null;
  if (meta.date === undefined) date = read.date;
  else if (meta.date === null || meta.date.trim() === '') date = null;
  else {
    date = parseDate(meta.date);
    if (date === null) throw new DraftError(`The date "${meta.date}" is not a date: write it as 2024-06-19, 2024-06, 2024 or "June 19, 2024".`);
  }
  const site = meta.site?.trim() ? meta.site.trim() : null;
  const articleId = slugify(title.split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ') || title, 32);

  const registry = findEntities(paragraphs);
  const found = [...registry.byLabel.values()];
  const people = found.filter((e) => e.type === 'person');
  findRoles(paragraphs, people, found);

  const facts: Fact[] = [];
  const factIds = new Ids();
  let figureCount = 0;
  const labelsSeen = new Map<string, number>();

  /** The `keep` best mentions for slots: specific things first, one per entity, in reading order among equals. */
  const entitySlots = (mentions: Mention[], keep: number): Mention[] =>
    mentions
      .map((m, order) => ({ m, order }))
      .sort((a, b) => (SLOT_PREFERENCE[a.m.entity.type] ?? 9) - (SLOT_PREFERENCE[b.m.entity.type] ?? 9) || a.order - b.order)
      .filter((x, k, all) => all.findIndex((y) => y.m.entity === x.m.entity) === k)
      .slice(0, keep)
      .map((x) => x.m);

  paragraphs.forEach((paragraph, index) => {
    const n = index + 1;
    const prominence: 1 | 2 | 3 = n === 1 ? 1 : n <= Math.max(2, Math.ceil(paragraphs.length / 3)) ? 2 : 3;
    /** A drafted fact of this paragraph: the clause with its slots put in. */
    const draftFact = (id: string, clause: { text: string; offset: number }, spans: Span[], slots: Record<string, SlotValue>): void => {
      facts.push({
        id: factIds.take(id),
        relation: '',
        article: articleId,
        paragraph: n,
        text: finishStatement(placeSlots(clause.text, clause.offset, spans)),
        slots,
        explanation: DRAFT_EXPLANATION(n),
        prominence,
      });
    };
    splitSentences(paragraph).forEach((sentence, s) => {
      const mentions = findMentions(sentence, found);
      const figures = findFigures(sentence).filter((f) => !mentions.some((m) => f.start < m.end && f.end > m.start));
      const years: YearMention[] = findYears(sentence);
      const base = `p${n}-s${s + 1}`;

      if (figures.length > 0 || years.length > 0) {
        // Figures in different clauses ("water rose 3 metres ..., and about 40 houses were damaged") make separate facts.
        const items = [
          ...figures.map((figure) => ({ start: figure.start, end: figure.whole?.end ?? figure.end, figure, year: undefined })),
          ...years.map((year) => ({ start: year.start, end: year.end, figure: undefined, year })),
        ].sort((a, b) => a.start - b.start);
        const groups: { start: number; end: number; items: typeof items; clause: { text: string; offset: number } }[] = [];
        for (const item of items) {
          const clause = trimClause(sentence, item.start, item.end, 5);
          const previous = groups[groups.length - 1];
          if (previous && clause.offset < previous.clause.offset + previous.clause.text.length) {
            previous.items.push(item);
            previous.end = item.end;
            previous.clause = trimClause(sentence, previous.start, previous.end, 5);
          } else groups.push({ start: item.start, end: item.end, items: [item], clause });
        }
        for (const group of groups) {
          const { clause } = group;
          const inClause = (a: number, b: number): boolean => a >= clause.offset && b <= clause.offset + clause.text.length;
          const names = new Set<string>();
          const slots: Record<string, SlotValue> = {};
          const spans: Span[] = [];
          for (const { figure, year } of group.items.filter((item) => inClause(item.start, item.end))) {
            if (figure) {
              // Slot names are letters, digits and "-", starting with a letter.
              const head = slugify(figure.unit.split(' ').pop()!, 24);
              const name = uniqueName(/^[a-z]/.test(head) ? head : 'count', names);
              slots[name] = numberSlot(figure, figure.value, figure.qualifier, labelsSeen, n);
              spans.push({ start: figure.start, end: figure.end, name, definite: false });
              figureCount += 1;
              if (figure.whole) {
                const wholeName = uniqueName(`${name}-total`, names);
                slots[wholeName] = numberSlot({ ...figure, phrase: `${figure.phrase} in all` }, figure.whole.value, 'exactly', labelsSeen, n);
                spans.push({ start: figure.whole.start, end: figure.whole.end, name: wholeName, definite: false });
                figureCount += 1;
              }
            } else if (year) {
              const name = uniqueName('year', names);
              const slot: DateSlot = { date: String(year.year), label: year.label };
              slots[name] = slot;
              // The slot stands for the year alone: "in {year}".
              spans.push({ start: year.end - 4, end: year.end, name, definite: false });
            }
          }
          // A person named with a title or role here is asked about in the role fact; as a slot in a
          // longer statement the question would read "Governor who of the region said ...".
          const extra = entitySlots(
            mentions.filter(
              (m) =>
                inClause(m.start, m.end) &&
                !spans.some((p) => m.start < p.end && m.end > p.start) &&
                !m.entity.roles.some((r) => r.paragraph === n),
            ),
            1,
          );
          for (const m of extra) {
            const name = uniqueName(slotName(m.entity), names);
            slots[name] = { entity: m.entity.label } satisfies EntitySlot;
            spans.push({ start: m.start, end: m.end, name, definite: dropsThe(m) });
          }
          if (spans.length === 0) continue;
          draftFact(`${base}-${group.items.some((item) => item.figure) ? 'figure' : 'date'}`, clause, spans, slots);
        }
        return;
      }

      // A sentence without figures gives one fact about its most specific named thing (people with roles have their own facts).
      // A sentence that gives a person's role is already a role fact.
      if (mentions.some((m) => m.entity.roles.some((r) => r.paragraph === n))) return;
      const candidates = mentions;
      const [main] = entitySlots(candidates, 1);
      if (!main) return;
      const clause = trimClause(sentence, main.start, main.end);
      const inClause = (m: Mention): boolean => m.start >= clause.offset && m.end <= clause.offset + clause.text.length;
      const second = entitySlots(
        candidates.filter((m) => inClause(m) && m.entity !== main.entity && m.entity.type !== main.entity.type && m.entity.type !== 'country'),
        1,
      );
      const names = new Set<string>();
      const slots: Record<string, SlotValue> = {};
      const spans: Span[] = [];
      for (const m of [main, ...second]) {
        const name = uniqueName(slotName(m.entity), names);
        slots[name] = { entity: m.entity.label } satisfies EntitySlot;
        spans.push({ start: m.start, end: m.end, name, definite: dropsThe(m) });
      }
      draftFact(`${base}-${slotName(main.entity)}`, clause, spans, slots);
    });
  });

  // One fact per role: "{person} is the Russian governor of the Pskov region."
  for (const person of people) {
    for (const role of person.roles) {
      const names = new Set<string>(['person']);
      const slots: Record<string, SlotValue> = { person: { entity: person.label } };
      const mentions = findMentions(role.title, found.filter((e) => e !== person && e.type !== 'country'));
      const spans = mentions.slice(0, 1).map((m) => {
        const name = uniqueName(slotName(m.entity), names);
        slots[name] = { entity: m.entity.label } satisfies EntitySlot;
        return { start: m.start, end: m.end, name, definite: dropsThe(m) };
      });
      const title = placeSlots(role.title, 0, spans);
      facts.push({
        id: factIds.take(`p${role.paragraph}-role-${slugify(person.label.split(' ').pop()!, 24)}`),
        relation: '',
        article: articleId,
        paragraph: role.paragraph,
        text: `{person} is ${role.former ? 'a former' : role.determiner === 'a' ? (/^[aeiou]/i.test(title) ? 'an' : 'a') : 'the'} ${title}.`,
        slots,
        explanation: DRAFT_EXPLANATION(role.paragraph),
        prominence: 2,
      });
    }
  }

  if (facts.length === 0) {
    throw new DraftError('No facts found: the text names no person, place, organisation or figure the draft can use (is it a news article in English?).');
  }

  // Entities that no fact names still go in the bank (as distractors), with ids from their labels.
  const entityIds = new Ids();
  const idOf = new Map<string, string>();
  const sortedEntities: FoundEntity[] = [];
  // Two found names of one type that a typed answer reads alike ("Kyiv", "Kyiv —") are one entity.
  const sameName = new Map<string, string>();
  for (const entity of [...found].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))) {
    const key = `${entity.type}\u0000${normalize(entity.label)}`;
    const first = sameName.get(key);
    if (first !== undefined) {
      idOf.set(entity.label, idOf.get(first)!);
      continue;
    }
    sameName.set(key, entity.label);
    sortedEntities.push(entity);
    idOf.set(entity.label, entityIds.take(slugify(entity.label)));
  }
  for (const fact of facts) {
    fact.relation = fact.id;
    for (const slot of Object.values(fact.slots)) if ('entity' in slot) slot.entity = idOf.get(slot.entity)!;
  }
  facts.sort((a, b) => a.paragraph - b.paragraph || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const typesInUse = new Set<string>();
  for (const entity of found) {
    for (let t: EntityType | undefined = TYPES.find((x) => x.id === entity.type); t; t = TYPES.find((x) => x.id === t!.parent)) typesInUse.add(t.id);
  }
  const article: Article = {
    id: articleId,
    title,
    site,
    date,
    paragraphs: paragraphs.length,
    summary: draftSummary(people, found.filter((e) => ['country', 'city', 'region', 'airfield', 'place'].includes(e.type)), figureCount),
  };
  return {
    $schema: '../schema/bank.schema.json',
    version: BANK_VERSION,
    id: slugify(title),
    title: `Quiz: ${title}`,
    language: 'en',
    articles: [article],
    types: TYPES.filter((t) => typesInUse.has(t.id)).map((t) => ({ ...t })),
    entities: sortedEntities.map((entity) => {
      const aliases = [...entity.forms].filter((f) => f !== entity.label && f !== `${entity.label}s` && !/ border$/.test(f));
      const roles: Role[] = entity.roles.map((r) => ({ title: r.title, article: articleId, paragraph: r.paragraph, ...(r.former ? { former: true } : {}) }));
      return {
        id: idOf.get(entity.label)!,
        type: entity.type,
        label: entity.label,
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(entity.definite ? { definite: true } : {}),
        ...(roles.length > 0 ? { roles } : {}),
      };
    }),
    facts,
  };
}

/** A number slot from a figure; labels that repeat get their paragraph added so ordering lists stay distinct. */
function numberSlot(figure: Figure, value: number, qualifier: NumberSlot['qualifier'], seen: Map<string, number>, paragraph: number): NumberSlot {
  // A one-word phrase ("miles") says too little for an ordering list: add the words after it.
  let label = figure.phrase.includes(' ')
    ? figure.phrase
    : figure.context
      ? `${figure.phrase} ${figure.context}`
      : figure.verbBefore
        ? `${figure.phrase} ${figure.verbBefore}`
        : `${figure.phrase} (paragraph ${paragraph})`;
  const count = seen.get(label) ?? 0;
  seen.set(label, count + 1);
  if (count > 0) label = `${label} (paragraph ${paragraph})`;
  const slot: NumberSlot = { number: value, unit: figure.unit, label };
  if (qualifier && qualifier !== 'exactly') slot.qualifier = qualifier;
  if (figure.unitSingular) slot.unitSingular = figure.unitSingular;
  return slot;
}
