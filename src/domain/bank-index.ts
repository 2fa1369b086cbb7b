/**
 * What a bank can ask: an index of the bank (entities by type and by
 * article, facts by relation, figures by unit, overlaps), the uniqueness rule
 * of docs/bank-format.md, and the plan of every question the bank allows.
 *
 * A plan is cheap (ids, kind, difficulty, what it asks and shows); turning it
 * into a question (distractors, shuffles) happens in `build.ts`, so a quiz
 * only pays for the questions it keeps. Pure: no DOM, no `node:` imports.
 */
import type { Article, Bank, DateSlot, Entity, EntityType, Fact, NumberSlot, PoolEntity, SlotValue } from './bank.js';
import { HASH_START, asciiWords, fold, hashOf, normalize } from './text.js';
import { matchesText } from './typed.js';
import { placeholdersOf, renderValue, withoutSlots } from './render.js';
import { push, remembered } from './maps.js';

/** An entity of the bank or of a pool, with its type (a pool name's `near` and `avoid` as the pool gives them). */
export interface Named extends PoolEntity {
  type: string;
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
  /** Whether no two bank entities share an id. */
  private readonly distinctIds: boolean;
  /** The bank entities that have roles, in bank order: few of a large bank's entities. */
  readonly withRoles: Entity[] = [];

  constructor(bank: Bank) {
    this.bank = bank;
    for (const t of bank.types) this.types.set(t.id, t);
    for (const t of bank.types) if (t.parent) push(this.children, t.parent, t.id);
    for (const e of bank.entities) {
      this.named.set(e.id, e);
      if (e.roles?.length) this.withRoles.push(e);
    }
    this.distinctIds = this.named.size === bank.entities.length;
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
    // Ids that are all distinct (as in every sound bank): the table of names holds each bank entity already.
    if (this.distinctIds) return this.poolIds.has(id) ? undefined : (this.named.get(id) as Entity | undefined);
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

  /** The fact with this id, for an id an overlap names (as {@link sameEventFacts} gives): no table of every fact made for them. */
  overlapFact(id: string): Fact | undefined {
    if (!this.articleFactsInBankOrder) this.readFacts();
    return this.overlapFacts.get(id);
  }

  private articleMap: Map<string, Article> | null = null;

  /** The article with this id: the first one, should two share it. */
  article(id: string): Article | undefined {
    if (!this.articleMap) {
      this.articleMap = new Map();
      for (const a of this.bank.articles) if (!this.articleMap.has(a.id)) this.articleMap.set(a.id, a);
    }
    return this.articleMap.get(id);
  }

  private relationLists: Map<string, Fact[]> | null = null;
  private articleFactsInBankOrder: Map<string, Fact[]> | null = null;
  private readonly overlapFacts = new Map<string, Fact>();

  /**
   * One pass over the facts for what every quiz reads: facts by article and by relation, in bank
   * order, and the facts overlaps name, by id (the first of an id, as {@link facts} keeps the last:
   * one in a sound bank).
   */
  private readFacts(): void {
    const byArticle = new Map<string, Fact[]>();
    const byRelation = new Map<string, Fact[]>();
    const overlaps = this.sameEvent.size + this.distinctEvents.size > 0;
    for (const f of this.bank.facts) {
      push(byArticle, f.article, f);
      push(byRelation, f.relation, f);
      if (overlaps && (this.sameEvent.has(f.id) || this.distinctEvents.has(f.id))) this.overlapFacts.set(f.id, f);
    }
    this.articleFactsInBankOrder = byArticle;
    this.relationLists = byRelation;
  }

  /** Facts by relation, in bank order. */
  get byRelation(): Map<string, Fact[]> {
    if (!this.relationLists) this.readFacts();
    return this.relationLists!;
  }

  private articleLists: Map<string, Fact[]> | null = null;

  /** Facts by article, in bank order. */
  private factsByArticleInBankOrder(): Map<string, Fact[]> {
    if (!this.articleFactsInBankOrder) this.readFacts();
    return this.articleFactsInBankOrder!;
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
        for (const e of this.withRoles) for (const r of e.roles ?? []) push(this.roleLists, r.article, e.id);
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
    const mentions = this.countMentions();
    const hits = mentions.get(id) ?? 0;
    // In a small bank one mention is already a fifth: a main actor is named in at least four facts too.
    return this.sampled > 0 && hits / this.sampled >= 0.2 && hits >= Math.min(4, this.sampled);
  }

  /** Every entity {@link common} holds to be a main actor. */
  commonNames(): string[] {
    return [...this.countMentions().keys()].filter((id) => this.common(id));
  }

  /** How many of the sampled facts name each entity, counted once. */
  private countMentions(): Map<string, number> {
    if (!this.mentions) {
      const facts = this.bank.facts;
      const step = Math.max(1, Math.floor(facts.length / 200));
      const counts = new Map<string, number>();
      let sampled = 0;
      for (let i = 0; i < facts.length; i += step) {
        const f = facts[i]!;
        const ids = new Set(this.namedIn(withoutSlots(f.text)));
        for (const v of Object.values(f.slots)) if ('entity' in v && this.named.has(v.entity)) ids.add(v.entity);
        for (const e of ids) counts.set(e, (counts.get(e) ?? 0) + 1);
        sampled += 1;
      }
      this.mentions = counts;
      this.sampled = sampled;
    }
    return this.mentions;
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

  /**
   * The short forms of a person's name a reader types, that the bank need not list: the surname alone
   * ("Oppenheimer" for J. Robert Oppenheimer) when no other person of the bank has that word in a name,
   * and the first and last names without the middle ones ("J. Oppenheimer"). The surname is the label's
   * last word before a "Jr." or a numeral, of three letters at least; none for a name of one word.
   */
  personShortForms(id: string): string[] {
    const e = this.named.get(id);
    if (!e || !this.isPersonType(e.type)) return [];
    const words = e.label.trim().split(/\s+/);
    while (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
    const surname = words[words.length - 1]!;
    if (words.length < 2 || !/^\p{Lu}/u.test(surname) || normalize(surname).replace(/ /g, '').length < 3) return [];
    const out: string[] = [];
    if (this.peopleNamedBy(normalize(surname)) === 1) out.push(surname);
    if (words.length > 2) out.push(`${words[0]} ${surname}`);
    return out;
  }

  /** Each person's id and forms in lower case without apostrophes or backticks; `null` for a form past ASCII. */
  private peopleForms: { id: string; forms: (string | null)[] }[] | null = null;

  /**
   * How many people (bank and pool names of a person type) have a run of one to three words of a
   * form of their names that reads `run` (normalised), counted when asked. A form in ASCII is read
   * in full ({@link norms}) only where it holds each word of the run.
   */
  private peopleNamedBy(run: string): number {
    const words = run.split(' ');
    if (words.length > 3) return 0;
    if (!this.peopleForms) {
      this.peopleForms = [];
      for (const [id, named] of this.named) {
        if (!this.isPersonType(named.type)) continue;
        const forms = this.forms(id).map((f) => (/^[\x00-\x7f]*$/.test(f) ? f.toLowerCase().replace(/['`]/g, '') : null));
        this.peopleForms.push({ id, forms });
      }
    }
    const padded = ` ${run} `;
    let n = 0;
    for (const { id, forms } of this.peopleForms) {
      if (!forms.some((f) => f === null || words.every((w) => f.includes(w)))) continue;
      if (this.norms(id).some((form) => ` ${form} `.includes(padded))) n += 1;
    }
    return n;
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
  private nameTable: NameTable | null = null;

  /** Entity ids by each form (label, alias), built on first use. */
  private names(): NameTable {
    if (!this.nameTable) {
      const ids: string[] = [];
      const forms: string[] = [];
      for (const [id, e] of this.named) {
        ids.push(id);
        forms.push(e.label);
        for (const alias of e.aliases ?? []) {
          ids.push(id);
          forms.push(alias);
        }
      }
      this.nameTable = new NameTable(ids, forms);
    }
    return this.nameTable;
  }

  /**
   * The entities a text names by label or alias (runs of one to five words),
   * or by the adjective of a place name ending the run: "Estonian" names
   * Estonia, "Ukrainian" Ukraine, "North Korean" North Korea.
   */
  readonly namedIn = remembered((text): Set<string> => {
    const out = new Set<string>();
    this.addNamed(text, out);
    return out;
  }, 5000);

  /** Adds to `out` the entities a text names ({@link namedIn}), in the order it names them. */
  private addNamed(text: string, out: Set<string>): void {
    const words = nameKey(text).split(' ');
    const table = this.names();
    for (let i = 0; i < words.length; i++) {
      // The hash of the run of words i to i + n - 1, grown a word at a time; the run's text is made only for a hit.
      let h = HASH_START;
      for (let n = 1; n <= 5 && i + n <= words.length; n++) {
        const word = words[i + n - 1]!;
        if (n > 1) h = fold(h, 32);
        // The hashes before the run's last letter and before its last three: the run less "n", less "ian".
        let lessN = h;
        let lessIan = h;
        for (let c = 0; c < word.length; c++) {
          if (c === word.length - 3) lessIan = h;
          if (c === word.length - 1) lessN = h;
          h = fold(h, word.charCodeAt(c));
        }
        table.find(h, words, i, n, '', out);
        if (word.endsWith('n')) {
          table.find(lessN, words, i, n, 'n', out);
          if (word.endsWith('ian')) table.find(fold(lessIan, 101), words, i, n, 'ian', out);
        }
      }
    }
  }

  private slotPairs: Int32Array | null = null;
  private wordingText: Searchable | null = null;
  private readonly namingCache = new Map<string, readonly Fact[]>();

  /**
   * The facts that name an entity, in a slot or in their wording (its `{slot}`s aside, as
   * {@link namedIn} reads it), in bank order; worked out per entity when first asked. Only the
   * facts whose slots' ids hold each pair of characters of its id are read for it in their slots,
   * and only the wordings that may name it ({@link mayName}) are read for names.
   */
  factsNaming(id: string): readonly Fact[] {
    const known = this.namingCache.get(id);
    if (known) return known;
    const facts = this.bank.facts;
    if (!this.slotPairs) {
      this.slotPairs = new Int32Array(facts.length * PAIR_INTS);
      for (let k = 0; k < facts.length; k++) {
        const slots = facts[k]!.slots;
        for (const slot in slots) {
          const v = slots[slot]!;
          if ('entity' in v && typeof v.entity === 'string') addPairs(v.entity, this.slotPairs, k * PAIR_INTS);
        }
      }
    }
    const found = new Set<number>();
    const wanted = new Int32Array(PAIR_INTS);
    addPairs(id, wanted, 0);
    for (let k = 0; k < facts.length; k++) {
      if (!holdsPairs(this.slotPairs, k, wanted)) continue;
      const slots = facts[k]!.slots;
      for (const slot in slots) {
        const v = slots[slot]!;
        if ('entity' in v && v.entity === id) {
          found.add(k);
          break;
        }
      }
    }
    const e = this.named.get(id);
    if (e) {
      this.wordingText ??= searchable(facts.map((f) => f.text));
      for (const form of [e.label, ...(e.aliases ?? [])]) {
        for (const k of mayName(this.wordingText, form)) {
          if (!found.has(k) && this.namedIn(withoutSlots(facts[k]!.text)).has(id)) found.add(k);
        }
      }
    }
    const result = [...found].sort((a, b) => a - b).map((k) => facts[k]!);
    this.namingCache.set(id, result);
    return result;
  }

  /**
   * Entities tied to this one by a role: a person and what their role names
   * ("leader of North Korea" ties Kim Jong-un and North Korea). A question
   * naming one never offers the other as a wrong answer: "Which leader plans
   * a trip to North Korea?" does not offer Kim Jong-un. Worked out per entity
   * when first asked: its own roles' titles, and the titles that may name it
   * ({@link mayName}), read in full.
   */
  linked(id: string): ReadonlySet<string> {
    const known = this.linkCache.get(id);
    if (known) return known;
    const roles = this.roleTitles();
    const tied = new Set<string>();
    for (const r of roles.byOwner.get(id) ?? []) for (const other of this.namedInRole(r)) if (other !== id) tied.add(other);
    const e = this.named.get(id);
    if (e) {
      const seen = new Set<number>();
      for (const form of [e.label, ...(e.aliases ?? [])]) {
        for (const r of mayName(roles.search, form)) {
          if (seen.has(r)) continue;
          seen.add(r);
          const owner = roles.owners[r]!;
          if (owner !== id && this.namedInRole(r).has(id)) tied.add(owner);
        }
      }
    }
    const result = tied.size ? tied : EMPTY;
    this.linkCache.set(id, result);
    return result;
  }

  private readonly linkCache = new Map<string, ReadonlySet<string>>();
  private readonly roleNames = new Map<number, Set<string>>();
  private roleIndex: RoleTitles | null = null;

  /** The entities role `r` of {@link roleTitles} names in its title, read once. */
  private namedInRole(r: number): Set<string> {
    let named = this.roleNames.get(r);
    if (!named) {
      named = new Set();
      this.addNamed(this.roleTitles().titles[r]!, named);
      this.roleNames.set(r, named);
    }
    return named;
  }

  /**
   * Every role of the bank's entities, numbered in bank order, by its owner, and their titles
   * made searchable ({@link searchable}): searching them all at once for a name's words is cheaper
   * than finding every name in every title.
   */
  private roleTitles(): RoleTitles {
    if (!this.roleIndex) {
      const owners: string[] = [];
      const titles: string[] = [];
      const byOwner = new Map<string, number[]>();
      for (const e of this.withRoles) {
        for (const role of e.roles ?? []) {
          push(byOwner, e.id, titles.length);
          owners.push(e.id);
          titles.push(role.title);
        }
      }
      this.roleIndex = { owners, titles, byOwner, search: searchable(titles) };
    }
    return this.roleIndex;
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

/** What may follow a surname in a full name: "Jr.", "Sr", a numeral ("III"). */
const NAME_SUFFIX = /^(?:jr|sr|[ivx]+)\.?,?$/i;

/** The roles of a bank's entities, numbered: see `BankIndex.roleTitles`. */
interface RoleTitles {
  owners: string[];
  titles: string[];
  byOwner: Map<string, number[]>;
  search: Searchable;
}

/**
 * Texts as {@link mayName} searches them: each with a possessive's "s" dropped, in lower case,
 * without apostrophes (so each word {@link nameKey} finds in a text stands in it whole), and the
 * pairs of characters each holds, as bits ({@link PAIR_INTS} numbers a text).
 */
interface Searchable {
  texts: string[];
  pairs: Int32Array;
}

/** How many 32-bit numbers hold the pairs of characters of one text: 256 bits, about a third of them set in a sentence. */
const PAIR_INTS = 8;

/** Texts made {@link Searchable}. */
function searchable(texts: readonly string[]): Searchable {
  const lowered: string[] = [];
  const pairs = new Int32Array(texts.length * PAIR_INTS);
  texts.forEach((text, k) => {
    let lower = (text.includes("'") || text.includes('’') ? text.replace(POSSESSIVE, '$1') : text).toLowerCase();
    if (lower.includes("'") || lower.includes('’')) lower = lower.replace(/['’]/g, '');
    lowered.push(lower);
    addPairs(lower, pairs, k * PAIR_INTS);
  });
  return { texts: lowered, pairs };
}

/**
 * Sets in `bits` (from `at`) a bit for each pair of neighbouring characters of a text that may stand
 * in one word of its lower case: letters and digits (any character past ASCII may be a letter).
 */
function addPairs(text: string, bits: Int32Array, at: number): void {
  let before = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 128 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      before = -1;
      continue;
    }
    if (before >= 0) {
      const bit = Math.imul((before << 16) | c, 0x9e3779b1) >>> 24;
      bits[at + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    before = c;
  }
}

/**
 * The places, in order, of the texts of `s` that may name a name ({@link BankIndex.namedIn}
 * reading them): those holding each word of its {@link nameKey}, the last less its last letter (it
 * may stand as an adjective: "Ukrainian" for Ukraine, "Estonian" for Estonia). Only the texts that
 * hold every pair of characters of those words are searched for them.
 */
function* mayName(s: Searchable, name: string): Generator<number> {
  const words = nameKey(name).split(' ').filter(Boolean);
  if (!words.length) return;
  words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
  const wanted = new Int32Array(PAIR_INTS);
  for (const word of words) addPairs(word, wanted, 0);
  const { texts, pairs } = s;
  for (let k = 0; k < texts.length; k++) if (holdsPairs(pairs, k, wanted) && words.every((w) => texts[k]!.includes(w))) yield k;
}

/** Whether text `k` of `pairs` holds every pair of characters `wanted` holds. */
function holdsPairs(pairs: Int32Array, k: number, wanted: Int32Array): boolean {
  for (let j = 0; j < PAIR_INTS; j++) if ((pairs[k * PAIR_INTS + j]! & wanted[j]!) !== wanted[j]) return false;
  return true;
}

/**
 * The hash of a name's {@link nameKey}, or `null` for an empty key. A name in ASCII without an
 * apostrophe (most names) is hashed as it is read, the key never made: the same letters and
 * single spaces {@link asciiWords} would give (lower case, any other character a break between
 * words, letters split from digits).
 */
function nameHash(form: string): number | null {
  let h = HASH_START;
  // What the last letter or digit kept was: 0 none yet, 1 a letter, 2 a digit; and whether a break came after it.
  let last = 0;
  let gap = false;
  for (let i = 0; i < form.length; i++) {
    let c = form.charCodeAt(i);
    if (c >= 128 || c === 39) {
      const key = nameKey(form);
      return key ? hashOf(key) : null;
    }
    if (c >= 65 && c <= 90) c += 32;
    const sort = c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (sort === 0) {
      gap = true;
      continue;
    }
    if (last !== 0 && (gap || last !== sort)) h = fold(h, 32);
    h = fold(h, c);
    last = sort;
    gap = false;
  }
  return last === 0 ? null : h;
}

/**
 * Entity ids by the {@link nameKey} of each of their forms, as a hash table in flat arrays: a
 * large bank's hundreds of thousands of names are hashed, not turned into keys and strings in a
 * map; a key is made only for a name a text may hold, to tell it from another of the same hash.
 */
class NameTable {
  /** Form numbers by bucket: those of bucket b are `order[start[b]]` to `order[start[b + 1] - 1]`, in the order given. */
  private readonly start: Int32Array;
  private readonly order: Int32Array;
  private readonly hashes: Int32Array;
  private readonly keys: (string | undefined)[];
  private readonly mask: number;
  /**
   * One bit per slot, set for the hash of each form, in about eight bits per form: a run of words
   * that names nothing (most runs) is told by one read of this small table, not of the large ones.
   */
  private readonly seen: Int32Array;
  private readonly seenShift: number;

  constructor(
    private readonly ids: readonly string[],
    private readonly forms: readonly string[],
  ) {
    const n = forms.length;
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    // size * 4 bits: a power of two of at least eight per form; the top bits of a second mix of the hash pick one.
    this.seen = new Int32Array(size >>> 3);
    this.seenShift = 32 - Math.log2(size * 4);
    this.hashes = new Int32Array(n);
    const bucketOf = new Int32Array(n);
    const start = new Int32Array(size + 1);
    for (let f = 0; f < n; f++) {
      const h = nameHash(forms[f]!);
      // A form without a key names nothing: it is left out of every bucket.
      if (h === null) {
        bucketOf[f] = -1;
        continue;
      }
      this.hashes[f] = h;
      const bit = Math.imul(h, 0x9e3779b1) >>> this.seenShift;
      this.seen[bit >>> 5]! |= 1 << (bit & 31);
      const b = spread(h) & this.mask;
      bucketOf[f] = b;
      start[b + 1]! += 1;
    }
    for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, size);
    this.order = new Int32Array(start[size]!);
    for (let f = 0; f < n; f++) {
      const b = bucketOf[f]!;
      if (b >= 0) this.order[fill[b]!++] = f;
    }
    this.start = start;
    this.keys = new Array<string | undefined>(n);
  }

  /**
   * Adds to `out`, in the order the forms were given, the ids of the forms whose key is the run of
   * `words` from `i`, `n` long, of hash `h`; less its last letter for `less` 'n', with its "ian" made
   * "e" for 'ian' (an adjective: "Estonian", "Ukrainian").
   */
  find(h: number, words: readonly string[], i: number, n: number, less: '' | 'n' | 'ian', out: Set<string>): void {
    const bit = Math.imul(h, 0x9e3779b1) >>> this.seenShift;
    if ((this.seen[bit >>> 5]! & (1 << (bit & 31))) === 0) return;
    const b = spread(h) & this.mask;
    let wanted: string | undefined;
    for (let k = this.start[b]!, end = this.start[b + 1]!; k < end; k++) {
      const f = this.order[k]!;
      if (this.hashes[f] !== h) continue;
      if (wanted === undefined) {
        const run = words.slice(i, i + n).join(' ');
        wanted = less === '' ? run : less === 'n' ? run.slice(0, -1) : `${run.slice(0, -3)}e`;
      }
      const own = (this.keys[f] ??= nameKey(this.forms[f]!));
      if (own === wanted) out.add(this.ids[f]!);
    }
  }
}

/** A hash's high bits folded into its low ones, which pick the bucket. */
const spread = (h: number): number => h ^ (h >>> 16);

/** A possessive's "'s" after a letter: "Gladstone's part" names Lily Gladstone, "Russia's war" Russia. */
const POSSESSIVE = /(\p{L})['’]s\b/gu;

/**
 * A quick key for finding names in a text: lower case, apostrophes dropped,
 * anything but letters and digits a space, letters split from digits ("F-16s"
 * holds "f 16"). Coarser than `normalize`, but the
 * same on both sides, and cheap enough to run over every name of a large bank.
 */
function nameKey(text: string): string {
  // A possessive names its owner: "Gladstone's part" names Lily Gladstone, "Russia's war" Russia.
  const s = text.includes("'") || text.includes('’') ? text.replace(POSSESSIVE, '$1') : text;
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
