/**
 * What a bank can ask: an index of the bank (entities by type and by
 * article, facts by relation, figures by unit, overlaps), the uniqueness rule
 * of docs/bank-format.md, and the plan of every question the bank allows.
 *
 * A plan is cheap (ids, kind, difficulty, what it asks and shows); turning it
 * into a question (distractors, shuffles) happens in `build.ts`, so a quiz
 * only pays for the questions it keeps. Pure: no DOM, no `node:` imports.
 */
import type { Bank, DateSlot, Entity, EntityType, Fact, NumberSlot, PoolEntity, SlotValue } from './bank.js';
import { asciiWords, normalize } from './text.js';
import { matchesText } from './typed.js';
import { placeholdersOf, renderValue } from './render.js';

/** An entity of the bank or of a pool, with its type. */
export interface Named {
  id: string;
  type: string;
  label: string;
  aliases?: string[];
  spellings?: string[];
  definite?: boolean;
  /** Pool names: the bank entities they belong with. */
  near?: string[];
  /** Pool names: relations or facts where they could look right. */
  avoid?: string[];
}

/** A figure of the bank, for numeric distractors and ordering. */
export interface Figure {
  fact: Fact;
  slot: string;
  value: NumberSlot;
}

/**
 * Lookups over one bank, built once per bank object, each part on first use: a quiz from a large
 * bank reads few of them, and those only for the articles it draws from.
 */
export class BankIndex {
  readonly bank: Bank;
  private readonly types = new Map<string, EntityType>();
  private readonly named = new Map<string, Named>();
  /** Pool entity ids by exact type. */
  readonly poolByType = new Map<string, string[]>();
  /** Types by parent type. */
  readonly children = new Map<string, string[]>();
  private readonly sortedByUnit = new Map<string, number[]>();
  private readonly sameEvent = new Map<string, Set<string>>();
  private readonly poolIds = new Set<string>();
  private readonly distinctEvents = new Map<string, Set<string>>();

  constructor(bank: Bank) {
    this.bank = bank;
    for (const t of bank.types) this.types.set(t.id, t);
    for (const t of bank.types) if (t.parent) push(this.children, t.parent, t.id);
    for (const e of bank.entities) this.named.set(e.id, e);
    for (const pool of bank.pools ?? []) {
      for (const e of pool.entities) {
        if (this.named.has(e.id)) continue;
        this.named.set(e.id, { ...(e as PoolEntity), type: pool.type });
        this.poolIds.add(e.id);
        push(this.poolByType, pool.type, e.id);
      }
    }
    for (const o of bank.overlaps ?? []) {
      const map = o.kind === 'same-event' ? this.sameEvent : this.distinctEvents;
      for (const a of o.facts) for (const b of o.facts) if (a !== b) addTo(map, a, b);
    }
  }

  private typeLists: Map<string, string[]> | null = null;

  /** Bank entity ids by exact type, in bank order. */
  get byType(): Map<string, string[]> {
    if (!this.typeLists) {
      this.typeLists = new Map();
      for (const e of this.bank.entities) push(this.typeLists, e.type, e.id);
    }
    return this.typeLists;
  }

  private entityMap: Map<string, Entity> | null = null;

  /** The bank entity (not a pool name) with this id, roles and all: the first one, should two share it. */
  bankEntity(id: string): Entity | undefined {
    if (!this.entityMap) {
      this.entityMap = new Map();
      for (const e of this.bank.entities) if (!this.entityMap.has(e.id)) this.entityMap.set(e.id, e);
    }
    return this.entityMap.get(id);
  }

  private factMap: Map<string, Fact> | null = null;

  /** Facts by id. */
  get facts(): Map<string, Fact> {
    if (!this.factMap) {
      this.factMap = new Map();
      for (const f of this.bank.facts) this.factMap.set(f.id, f);
    }
    return this.factMap;
  }

  private relationLists: Map<string, Fact[]> | null = null;

  /** Facts by relation, in bank order. */
  get byRelation(): Map<string, Fact[]> {
    if (!this.relationLists) {
      this.relationLists = new Map();
      for (const f of this.bank.facts) push(this.relationLists, f.relation, f);
    }
    return this.relationLists;
  }

  private articleLists: Map<string, Fact[]> | null = null;
  private articleFactsInBankOrder: Map<string, Fact[]> | null = null;

  /** Facts by article, in bank order. */
  private factsByArticleInBankOrder(): Map<string, Fact[]> {
    if (!this.articleFactsInBankOrder) {
      this.articleFactsInBankOrder = new Map();
      for (const f of this.bank.facts) push(this.articleFactsInBankOrder, f.article, f);
    }
    return this.articleFactsInBankOrder;
  }

  /** Facts by article, in id order (where a fact stands in the file never changes a quiz). */
  get byArticle(): Map<string, Fact[]> {
    if (!this.articleLists) {
      this.articleLists = new Map();
      for (const [article, list] of this.factsByArticleInBankOrder()) this.articleLists.set(article, sortedById(list));
    }
    return this.articleLists;
  }

  private roleLists: Map<string, string[]> | null = null;
  private readonly articleTypeLists = new Map<string, Map<string, string[]>>();

  /**
   * Bank entity ids of one exact type that one article names, in a fact (facts in bank order) or
   * in a role (entities in bank order); worked out per article, when first asked.
   */
  namedByArticle(article: string, type: string): string[] | undefined {
    let byType = this.articleTypeLists.get(article);
    if (!byType) {
      byType = new Map();
      const seen = new Set<string>();
      const mention = (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        const e = this.named.get(id);
        if (e && !this.poolIds.has(id)) push(byType!, e.type, id);
      };
      for (const f of this.factsByArticleInBankOrder().get(article) ?? []) {
        for (const slot in f.slots) {
          const v = f.slots[slot]!;
          if ('entity' in v) mention(v.entity);
        }
      }
      if (!this.roleLists) {
        this.roleLists = new Map();
        for (const e of this.bank.entities) for (const r of e.roles ?? []) push(this.roleLists, r.article, e.id);
      }
      for (const id of this.roleLists.get(article) ?? []) mention(id);
      this.articleTypeLists.set(article, byType);
    }
    return byType.get(type);
  }

  private unitLists: Map<string, Figure[]> | null = null;
  private dateList: { fact: Fact; slot: string; value: DateSlot }[] | null = null;

  /** The figures and dates of every fact, in bank order. */
  private slotValues(): void {
    const byUnit = new Map<string, Figure[]>();
    const dates: { fact: Fact; slot: string; value: DateSlot }[] = [];
    for (const f of this.bank.facts) {
      for (const slot in f.slots) {
        const v = f.slots[slot]!;
        if ('entity' in v) continue;
        if ('number' in v) push(byUnit, unitKey(v.unit), { fact: f, slot, value: v });
        else dates.push({ fact: f, slot, value: v });
      }
    }
    this.unitLists = byUnit;
    this.dateList = dates;
  }

  private distinctDateList: string[] | null = null;

  /** The bank's dates, each once, in the order they first stand in the bank. */
  get distinctDates(): string[] {
    if (!this.distinctDateList) this.distinctDateList = [...new Set(this.dates.map((d) => d.value.date))];
    return this.distinctDateList;
  }

  /** Figures by unit (normalised plural unit). */
  get figuresByUnit(): Map<string, Figure[]> {
    if (!this.unitLists) this.slotValues();
    return this.unitLists!;
  }

  /** Every date slot of the bank, in bank order. */
  get dates(): { fact: Fact; slot: string; value: DateSlot }[] {
    if (!this.dateList) this.slotValues();
    return this.dateList!;
  }

  private mentions: Map<string, number> | null = null;
  private sampled = 0;

  /**
   * Whether the bank mentions an entity in a fifth or more of its facts, and
   * in four at least (Russia, in a bank on Russia's war): a main actor of the
   * story, whom every other question names. Counted over up to 200 facts
   * spread evenly over the bank, once for every entity.
   */
  common(id: string): boolean {
    if (!this.mentions) {
      const facts = this.bank.facts;
      const step = Math.max(1, Math.floor(facts.length / 200));
      const counts = new Map<string, number>();
      let sampled = 0;
      for (let i = 0; i < facts.length; i += step) {
        const f = facts[i]!;
        const ids = new Set(this.namedIn(f.text.replace(/\{[^}]*\}/g, ' ')));
        for (const v of Object.values(f.slots)) if ('entity' in v && this.named.has(v.entity)) ids.add(v.entity);
        for (const e of ids) counts.set(e, (counts.get(e) ?? 0) + 1);
        sampled += 1;
      }
      this.mentions = counts;
      this.sampled = sampled;
    }
    const hits = this.mentions.get(id) ?? 0;
    // In a small bank one mention is already a fifth: a main actor is named in at least four facts too.
    return this.sampled > 0 && hits / this.sampled >= 0.2 && hits >= Math.min(4, this.sampled);
  }

  /** The entity (bank or pool) with this id. */
  entity(id: string): Named | undefined {
    return this.named.get(id);
  }

  /** The type with this id. */
  type(id: string): EntityType | undefined {
    return this.types.get(id);
  }

  private readonly typeWordCache = new Map<string, Set<string>>();

  /** The normalised words of a type's nouns and its ancestors' ("fighter", "jet", "jets", "aircraft"): what a reader may add after a name. */
  typeWords(id: string): Set<string> {
    let words = this.typeWordCache.get(id);
    if (!words) {
      words = new Set();
      const seen = new Set<string>();
      for (let t = this.type(id); t && !seen.has(t.id); t = t.parent ? this.type(t.parent) : undefined) {
        seen.add(t.id);
        for (const noun of [t.label, t.plural]) for (const w of normalize(noun).split(' ')) if (w) words.add(w);
      }
      this.typeWordCache.set(id, words);
    }
    return words;
  }

  private readonly placeTypes = new Map<string, boolean>();
  private readonly personTypes = new Map<string, boolean>();

  /** Whether a type or one of its ancestors passes `test`; worked out once per type. */
  private typeIs(id: string, known: Map<string, boolean>, test: (t: EntityType) => boolean): boolean {
    let result = known.get(id);
    if (result === undefined) {
      result = false;
      const seen = new Set<string>();
      for (let t = this.type(id); t && !seen.has(t.id); t = t.parent ? this.type(t.parent) : undefined) {
        seen.add(t.id);
        if (test(t)) {
          result = true;
          break;
        }
      }
      known.set(id, result);
    }
    return result;
  }

  /** Whether a type is a kind of place (its type or an ancestor is `place`, or asks "Where"). */
  isPlaceType(id: string): boolean {
    return this.typeIs(id, this.placeTypes, (t) => t.id === 'place' || t.ask?.trim().toLowerCase() === 'where');
  }

  /** Whether a type is a kind of person (its type or an ancestor asks "Who"). */
  isPersonType(id: string): boolean {
    return this.typeIs(id, this.personTypes, (t) => t.ask?.trim().toLowerCase() === 'who');
  }

  /** Whether an overlap marks the two facts as one event told two ways. */
  isSameEvent(a: string, b: string): boolean {
    return this.sameEvent.get(a)?.has(b) ?? false;
  }

  /** Whether an overlap marks the two facts as two different events. */
  isDistinctEvents(a: string, b: string): boolean {
    return this.distinctEvents.get(a)?.has(b) ?? false;
  }

  /** Ids of the facts told as the same event as this one. */
  sameEventFacts(id: string): Iterable<string> {
    return this.sameEvent.get(id) ?? [];
  }

  private readonly normCache = new Map<string, string[]>();
  private readonly confusableCache = new Map<string, boolean>();
  private formMap: Map<string, string[]> | null = null;
  /** The most words of a form by its first word, for forms of two words or more: no longer run of words can name anything. */
  private readonly formWords = new Map<string, number>();
  private readonly namedCache = new Map<string, Set<string>>();
  private linkMap: Map<string, Set<string>> | null = null;

  /** Entity ids by each normalised form (label, alias), built on first use. */
  private byForm(): Map<string, string[]> {
    if (!this.formMap) {
      const map = new Map<string, string[]>();
      const add = (id: string, form: string) => {
        const key = nameKey(form);
        if (!key) return;
        const list = map.get(key);
        if (!list) map.set(key, [id]);
        else if (!list.includes(id)) list.push(id);
        const space = key.indexOf(' ');
        if (space > 0) {
          let words = 2;
          for (let at = key.indexOf(' ', space + 1); at > 0; at = key.indexOf(' ', at + 1)) words++;
          const first = key.slice(0, space);
          if (!(words <= (this.formWords.get(first) ?? 0))) this.formWords.set(first, words);
        }
      };
      for (const [id, e] of this.named) {
        add(id, e.label);
        for (const alias of e.aliases ?? []) add(id, alias);
      }
      this.formMap = map;
    }
    return this.formMap;
  }

  /**
   * The entities a text names by label or alias (runs of one to five words),
   * or by the adjective of a place name ending the run: "Estonian" names
   * Estonia, "Ukrainian" Ukraine, "North Korean" North Korea.
   */
  namedIn(text: string): Set<string> {
    const known = this.namedCache.get(text);
    if (known) return known;
    const words = nameKey(text).split(' ');
    const map = this.byForm();
    const out = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      let run = '';
      // A run of two words or more names a form that begins with its first word, unchanged (an adjective changes the last).
      const most = Math.min(5, this.formWords.get(words[i]!) ?? 1);
      for (let n = 1; n <= most && i + n <= words.length; n++) {
        run = n === 1 ? words[i]! : `${run} ${words[i + n - 1]}`;
        for (const id of map.get(run) ?? []) out.add(id);
        if (run.endsWith('n')) {
          for (const id of map.get(run.slice(0, -1)) ?? []) out.add(id);
          if (run.endsWith('ian')) for (const id of map.get(`${run.slice(0, -3)}e`) ?? []) out.add(id);
        }
      }
    }
    // Bounded: when full it starts afresh, so that the texts read now stay quick however many came before.
    if (this.namedCache.size >= 5000) this.namedCache.clear();
    this.namedCache.set(text, out);
    return out;
  }

  /**
   * Entities tied to this one by a role: a person and what their role names
   * ("leader of North Korea" ties Kim Jong-un and North Korea). A question
   * naming one never offers the other as a wrong answer: "Which leader plans
   * a trip to North Korea?" does not offer Kim Jong-un.
   */
  linked(id: string): ReadonlySet<string> {
    if (!this.linkMap) {
      const map = new Map<string, Set<string>>();
      for (const e of this.bank.entities) {
        for (const r of e.roles ?? []) {
          for (const other of this.namedIn(r.title)) {
            if (other === e.id) continue;
            addTo(map, e.id, other);
            addTo(map, other, e.id);
          }
        }
      }
      this.linkMap = map;
    }
    return this.linkMap.get(id) ?? EMPTY;
  }

  /** The year of the newest dated article, or `null` when no article has a date. */
  latestYear(): number | null {
    let latest: number | null = null;
    for (const a of this.bank.articles) {
      if (typeof a.date === 'string' && /^\d{4}/.test(a.date)) latest = Math.max(latest ?? 0, Number(a.date.slice(0, 4)));
    }
    return latest;
  }

  /** The distinct figures of one unit in the bank, ascending. */
  sortedFigures(unit: string): number[] {
    let list = this.sortedByUnit.get(unit);
    if (!list) {
      list = [...new Set((this.figuresByUnit.get(unit) ?? []).map((f) => f.value.number))].sort((a, b) => a - b);
      this.sortedByUnit.set(unit, list);
    }
    return list;
  }

  /** The {@link normalize}d forms of an entity, computed once. */
  norms(id: string): string[] {
    let list = this.normCache.get(id);
    if (!list) {
      list = this.forms(id).map(normalize);
      this.normCache.set(id, list);
    }
    return list;
  }

  /**
   * Whether the lenient typed check would take one entity's name for the
   * other's (in either direction), or they normalise alike: such a pair never
   * stands side by side as answer and distractor. Computed once per pair.
   */
  confusable(a: string, b: string): boolean {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let result = this.confusableCache.get(key);
    if (result === undefined) {
      const na = this.norms(a);
      result =
        this.norms(b).some((f) => na.includes(f)) ||
        this.forms(b).some((f) => matchesText(f, this.alone(a))) ||
        this.forms(a).some((f) => matchesText(f, this.alone(b)));
      this.confusableCache.set(key, result);
    }
    return result;
  }

  private readonly aloneCache = new Map<string, { accept: string[]; spellings: string[]; rivals: string[][] }>();

  /** An entity's forms as a typed answer without rivals; one object per entity, so the checker's preparation is reused. */
  private alone(id: string): { accept: string[]; spellings: string[]; rivals: string[][] } {
    let answer = this.aloneCache.get(id);
    if (!answer) {
      const e = this.named.get(id);
      answer = { accept: e ? [e.label, ...(e.aliases ?? [])] : [id], spellings: e?.spellings ?? [], rivals: [] };
      this.aloneCache.set(id, answer);
    }
    return answer;
  }

  /** Every accepted form of an entity: label, aliases, spellings. */
  forms(id: string): string[] {
    const e = this.named.get(id);
    if (!e) return [id];
    return [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])];
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * A quick key for finding names in a text: lower case, apostrophes dropped,
 * anything but letters and digits a space, letters split from digits ("F-16s"
 * holds "f 16"). Coarser than `normalize`, but the
 * same on both sides, and cheap enough to run over every name of a large bank.
 */
function nameKey(text: string): string {
  // A possessive names its owner: "Gladstone's part" names Lily Gladstone, "Russia's war" Russia.
  const s = text.includes("'") || text.includes('’') ? text.replace(/(\p{L})['’]s\b/gu, '$1') : text;
  return (
    asciiWords(s, false) ??
    s
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
      .trim()
  );
}

const cache = new WeakMap<Bank, BankIndex>();

/** The index of a bank, built on first use and kept while the bank object lives. */
export function indexOf(bank: Bank): BankIndex {
  let index = cache.get(bank);
  if (!index) {
    index = new BankIndex(bank);
    cache.set(bank, index);
  }
  return index;
}

/** Facts in id order; the list itself when it is in order already, as a bank written in order is. */
function sortedById(list: Fact[]): Fact[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]!.id > list[i]!.id) return list.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return list;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const unitKeys = new Map<string, string>();

/** Units compare by their normalised plural: "Missiles and drones" and "missiles and drones" are one unit. */
export function unitKey(unit: string): string {
  let key = unitKeys.get(unit);
  if (key === undefined) {
    key = normalize(unit);
    if (unitKeys.size < 10000) unitKeys.set(unit, key);
  }
  return key;
}

/** A key equal for equal slot values. */
export function valueKey(v: SlotValue): string {
  if ('entity' in v) return `e:${v.entity}`;
  if ('number' in v) return `n:${v.number}`;
  return `d:${v.date}`;
}

/** Where one slot's value is one answer of a question on it. */
export interface Answers {
  /** Value keys of every fact the question fits (the asked fact's own first). */
  keys: Set<string>;
  /** Value keys of facts that the question's details rule out: fair distractors. */
  ruledOut: Set<string>;
}

/**
 * The uniqueness rule (docs/bank-format.md): the answers a question on `slot`
 * of `fact` has among the facts of the same relation, when the question names
 * the other slots in `named`. A competing fact is ruled out when a named slot
 * has another value in it, or when it lacks that slot and an overlap marks
 * the two as distinct events.
 */
export function answersFor(index: BankIndex, fact: Fact, slot: string, named: readonly string[]): Answers {
  const own = fact.slots[slot]!;
  const keys = new Set([valueKey(own)]);
  const ruledOut = new Set<string>();
  for (const other of index.byRelation.get(fact.relation) ?? []) {
    if (other === fact) continue;
    const theirs = other.slots[slot];
    if (!theirs) continue;
    const out = named.some((n) => {
      const v = other.slots[n];
      if (!v) return index.isDistinctEvents(fact.id, other.id);
      return valueKey(v) !== valueKey(fact.slots[n]!);
    });
    if (out) {
      if (!index.isSameEvent(fact.id, other.id)) ruledOut.add(valueKey(theirs));
    } else {
      keys.add(valueKey(theirs));
    }
  }
  for (const k of keys) ruledOut.delete(k);
  return { keys, ruledOut };
}

/**
 * What a false statement on `slot` must avoid: every value the slot has in
 * another fact of the same relation, ruled out or not. "Ukraine struck the
 * Pskov airfield to prepare for its F-16s" is not plainly false when Ukraine
 * did strike Pskov, for another reason, in the other article.
 */
export function falseAvoids(index: BankIndex, fact: Fact, slot: string, others: readonly string[]): Answers {
  const answers = answersFor(index, fact, slot, others);
  return { keys: new Set([...answers.keys, ...answers.ruledOut]), ruledOut: new Set() };
}

/** The other slots a hand-phrased wording names: its `{slot}`s, and slots whose value it spells out. */
export function namedInWording(index: BankIndex, fact: Fact, slot: string, wording: string): string[] {
  const named = new Set(placeholdersOf(wording));
  const lower = ` ${wording.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  for (const [other, v] of Object.entries(fact.slots)) {
    if (other === slot || named.has(other)) continue;
    if ('entity' in v) {
      if (index.forms(v.entity).some((f) => wordPrefix(lower, f.toLowerCase()))) named.add(other);
    } else if ('number' in v) {
      if (lower.includes(` ${v.number} `) || lower.includes(` ${renderValue(index, fact, other, v).toLowerCase()} `)) named.add(other);
    } else if (lower.includes(` ${v.date.slice(0, 4)} `)) {
      named.add(other);
    }
  }
  named.delete(slot);
  return [...named];
}

function wordPrefix(haystack: string, word: string): boolean {
  const w = word.replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
  return w.length > 0 && haystack.includes(` ${w}`);
}
