import { expect } from '@open-wc/testing';
import { DEFAULT_SEED, GenerateError, allQuestions, candidates, generate } from '../../src/domain/generate.js';
import { below, hash128, shuffle, stream } from '../../src/domain/random.js';
import type { Bank } from '../../src/domain/bank.js';
import type { ChoiceQuestion, ClozeQuestion, MatchQuestion, NumberQuestion, OrderQuestion, Question, QuestionKind, TextQuestion } from '../../src/domain/question.js';
import { QUESTION_KINDS } from '../../src/domain/question.js';
import { matchesNumber, matchesText } from '../../src/domain/check.js';
import { indexOf } from '../../src/domain/bank-index.js';
import { everyFalseStatement } from '../../src/domain/statements.js';
import { article, normalize } from '../../src/domain/text.js';
import { claimStandingAlone, inApposition } from '../../src/domain/kinds/claim.js';
import { fairAlternatives, framed } from '../../src/domain/kinds/understanding.js';
import { pronounIn, pronounOf } from '../../src/domain/pronouns.js';
import { contentStems, splits } from '../../src/domain/reveal.js';

async function load(url: string): Promise<Bank> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Bank;
}

/** The seed bank and the banks other authors wrote for other articles. */
const BANKS = ['/questions/russia-ukraine-2024.json', ...['eads-2011', 'el-paso-budget', 'gravitational-waves-2016', 'oscars-2024', 'turkey-syria-earthquake-2023'].map((b) => `/test/fixtures/banks/${b}.json`)];

const byId = (qs: Question[], id: string) => qs.find((q) => q.id === id);

/** Every question of `kinds` each of {@link BANKS} can make, over the seeds `<prefix>-0` to `<prefix>-<seeds - 1>`, with its bank and seed. */
async function* everyQuestion(prefix: string, seeds: number, kinds: QuestionKind[]): AsyncGenerator<{ bank: Bank; q: Question; seed: number }> {
  for (const path of BANKS) {
    const bank = await load(path);
    for (let seed = 0; seed < seeds; seed++) for (const q of candidates(bank, { seed: `${prefix}-${seed}`, kinds })) yield { bank, q, seed };
  }
}

describe('random: seeded streams', () => {
  it('gives the same numbers for the same seed and key, different ones otherwise', () => {
    const take = (seed: string, key: string) => {
      const rng = stream(seed, key);
      return Array.from({ length: 8 }, () => rng());
    };
    expect(take('s', 'k')).to.deep.equal(take('s', 'k'));
    expect(take('s', 'k')).not.to.deep.equal(take('s', 'k2'));
    expect(take('ab', 'c')).not.to.deep.equal(take('a', 'bc'));
  });

  it('hashes known strings to fixed words (the same in every engine)', () => {
    expect(hash128('')).to.deep.equal(hash128(''));
    expect(hash128('news-quiz')).not.to.deep.equal(hash128('news-quiz '));
    const rng = stream('news-quiz', 'select');
    const first = rng();
    expect(first).to.be.a('number');
    expect(Number.isInteger(first) && first >= 0 && first < 2 ** 32).to.equal(true);
  });

  it('below(n) is uniform: each of 4 values within 10% of its share over 40,000 draws', () => {
    const rng = stream('uniform', 'below');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40000; i++) counts[below(rng, 4)]! += 1;
    for (const c of counts) expect(c).to.be.within(9000, 11000);
  });

  it('shuffle puts each item in each place about equally often', () => {
    const rng = stream('uniform', 'shuffle');
    const firsts = new Map<string, number>();
    for (let i = 0; i < 20000; i++) {
      const first = shuffle(rng, ['a', 'b', 'c', 'd'])[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const k of ['a', 'b', 'c', 'd']) expect(firsts.get(k)).to.be.within(4500, 5500);
  });
});

describe('generate: the test bank', () => {
  let bank: Bank;
  let all: Question[];
  before(async () => {
    bank = await load('/test/fixtures/generator-bank.json');
    all = allQuestions(bank);
  });

  it('still answers to its old name, candidates, with the same questions', () => {
    expect(candidates(bank)).to.deep.equal(all);
  });

  it('makes questions of every kind but the author-written ones (a version 1 bank has no understanding items)', () => {
    expect(bank.version).to.equal(1);
    for (const kind of QUESTION_KINDS.filter((k) => !['claim', 'reason', 'sequence'].includes(k))) {
      expect(all.some((q) => q.kind === kind), kind).to.equal(true);
    }
  });

  it('asks the Pskov airfield with its qualifier, from the hand-phrased wording', () => {
    const q = byId(all, 'pskov-strike.airfield.choice') as ChoiceQuestion;
    expect(q.prompt).to.equal('At which airfield, about 30 miles from Estonia, did drones damage Il-76 cargo planes?');
    expect(q.options[q.correct]).to.equal('Pskov');
    expect(q.options).to.have.length(4);
    // Morozovsk is ruled out by the qualifier (distinct events), so it is a fair distractor.
    expect(q.explanation).to.be.a('string').and.not.equal('');
  });

  it('never asks "which airfield was hit by drones" without a qualifier (two answers in the bank)', () => {
    expect(all.filter((q) => q.id.startsWith('morozovsk-strike.airfield.'))).to.deep.equal([]);
    for (const q of all) expect(q.prompt).not.to.match(/^Ukrainian drones struck which air base/);
  });

  it('turns a statement into a wh-question: subject in front, object in place, "the X airfield" as "which"', () => {
    expect(byId(all, 'price.warner.text')!.prompt).to.equal('Which country warned that North Korea would pay a price for an arms deal with Russia?');
    expect(byId(all, 'telegram-videos.governor.text')!.prompt).to.equal('Who posted videos of the night-time fire on Telegram?');
    expect(byId(all, 'minister-trip.city.text')!.prompt).to.equal("Russia's defence minister went to which city to discuss possible arms deals?");
    expect(byId(all, 'invasion.year.number')!.prompt).to.equal("Russia's full-scale invasion of Ukraine began in which year?");
    expect(byId(all, 'killed.dead.number')!.prompt).to.equal('Falling debris killed at least how many people in Kyiv?');
    expect(byId(all, 'intercepted.launched.number')!.prompt).to.equal(
      "Ukraine's air force said it shot down 43 of how many missiles and drones fired at the country?",
    );
  });

  it('does not make a wh-question where it would garble (a name used as a modifier)', () => {
    expect(byId(all, 'pskov-strike.plane.choice')).to.equal(undefined);
    expect(byId(all, 'pskov-strike.plane.text')).to.equal(undefined);
    // ...but the statement can still be completed.
    expect(byId(all, 'pskov-strike.plane.cloze')).not.to.equal(undefined);
  });

  it('never asks for the story\'s main actors: the headline\'s countries and their leaders', () => {
    for (const id of ['letters.a', 'letters.b', 'visit.visitor', 'visit.host']) {
      expect(all.filter((q) => q.id.startsWith(`${id}.`)).map((q) => q.id), id).to.deep.equal([]);
    }
    // ...though their facts still make statements to judge.
    expect(byId(all, 'letters.support')).not.to.equal(undefined);
  });

  it('offers no name the question itself uses', () => {
    for (const q of all) {
      if (q.kind !== 'choice') continue;
      const words = ` ${q.prompt.toLowerCase()} `;
      for (const [i, o] of q.options.entries()) if (i !== q.correct) expect(words.includes(` ${o.toLowerCase()} `), `${q.id}: ${o}`).to.equal(false);
    }
  });

  it('renders figures with qualifier, unit and number agreement; a cloze keeps them outside the blank', () => {
    const cloze = byId(all, 'killed.dead.cloze') as ClozeQuestion;
    expect(cloze.before).to.equal('Falling debris killed at least ');
    expect(cloze.after).to.equal(' people in Kyiv.');
    expect(cloze.blank.type).to.equal('number');
    const typed = byId(all, 'intercepted.downed.number') as NumberQuestion;
    expect([typed.value, typed.min, typed.max]).to.deep.equal([43, 43, 43]);
    expect(matchesNumber('forty-three', typed)).to.equal(true);
    expect(matchesNumber('44', typed)).to.equal(false);
  });

  it('never asks an open-ended figure ("at least") as a choice, where smaller options would be true too', () => {
    expect(byId(all, 'killed.dead.choice')).to.equal(undefined);
    expect(byId(all, 'thwarted.missiles.choice')).to.equal(undefined);
    expect(byId(all, 'killed.dead.number')).not.to.equal(undefined);
  });

  it('keeps numeric options inside the fact\'s bounds: "43 of 44" never offers more than 44', () => {
    for (let i = 0; i < 200; i++) {
      const q = byId(allQuestions(bank, { seed: `s${i}`, kinds: ['choice'] }), 'intercepted.downed.choice') as ChoiceQuestion;
      for (const o of q.options) expect(Number(o)).to.be.within(1, 44);
      const sorted = [...q.options].sort((a, b) => Number(a) - Number(b));
      expect(q.options).to.deep.equal(sorted);
    }
  });

  it('checks a typed name leniently but not against a rival', () => {
    const q = byId(all, 'telegram-videos.governor.text') as TextQuestion;
    expect(matchesText('Wedernikow', q)).to.equal(true);
    expect(matchesText('Danylyuk', q)).to.equal(false);
  });

  it('matches four people with their roles, one to one', () => {
    const q = all.find((x) => x.kind === 'match') as MatchQuestion;
    expect(q.prompt).to.equal('Match each person with the role the articles give them:');
    expect(q.left).to.have.length(4);
    expect([...q.pairs].sort()).to.deep.equal([0, 1, 2, 3]);
    const putin = q.left.indexOf('Vladimir Putin');
    if (putin >= 0) expect(q.right[q.pairs[putin]!]).to.equal('president of Russia');
  });

  it('a match from a one-article bank says "the article", and its feedback tells a fact naming two of its people once', () => {
    const q = all.find((x) => x.kind === 'match') as MatchQuestion;
    const one: Bank = structuredClone(bank);
    one.articles = one.articles.filter((a) => a.id === q.article);
    one.facts = one.facts.filter((f) => f.article === q.article);
    one.understanding = (one.understanding ?? []).filter((u) => u.article === q.article);
    one.overlaps = (one.overlaps ?? []).filter((o) => o.facts.every((f) => one.facts.some((x) => x.id === f)));
    for (const e of one.entities) if (e.roles) e.roles = e.roles.filter((r) => r.article === q.article);
    const [a, b] = q.left.map((label) => one.entities.find((e) => e.label === label)!.id);
    // The first fact of the article, for both of them.
    one.facts.unshift({ id: 'both-met', relation: 'met', article: q.article, paragraph: 1, text: '{a} met {b} to talk.', slots: { a: { entity: a! }, b: { entity: b! } } });
    const match = allQuestions(one, { seed: 'one-article', kinds: ['match'] }).find((x): x is MatchQuestion => x.kind === 'match' && x.left.includes(q.left[0]!) && x.left.includes(q.left[1]!))!;
    expect(match.prompt).to.equal('Match each person with the role the article gives them:');
    const told = `${q.left[0]} met ${q.left[1]} to talk.`;
    expect(match.explanation.split(told), match.explanation).to.have.length(2);
  });

  it('a false true-or-false statement\'s feedback says which words were wrong, then the explanation when it names the right figure in its own words', () => {
    const told: Bank = structuredClone(bank);
    const fact = told.facts.find((f) => Object.values(f.slots).some((v) => 'number' in v && v.number > 10 && !v.qualifier))!;
    const [, value] = Object.entries(fact.slots).find(([, v]) => 'number' in v && v.number > 10 && !v.qualifier)! as [string, { number: number }];
    fact.explanation = `That came to ${value.number.toLocaleString('en-US')} in all, by the officials' own count.`;
    let seen = 0;
    for (let i = 0; i < 60; i++) {
      const q = allQuestions(told, { seed: `tf-${i}`, kinds: ['truefalse'] }).find((x) => x.facts[0] === fact.id);
      if (!q || q.kind !== 'truefalse' || q.correct !== 1) continue;
      seen += 1;
      const [, wrong, right, rest] = /^In the statement, \u201c([^\u201d]+)\u201d should be \u201c([^\u201d]+)\u201d\. (.*)$/.exec(q.explanation) ?? [];
      expect(rest, q.explanation).to.equal(fact.explanation);
      expect(q.prompt).to.include(wrong!);
      expect(q.prompt).not.to.include(right!);
      expect(right!.replace(/,/g, '')).to.include(String(value.number));
    }
    expect(seen).to.be.greaterThan(0);
  });

  it('asks no blank, no typed name and no false swap for one name of a list the fact leaves open ("among other cities")', () => {
    const open: Bank = structuredClone(bank);
    const cities = ['Lviv', 'Dnipro', 'Poltava', 'Sumy', 'Chernihiv'].map((label) => ({ id: label.toLowerCase(), type: 'city', label }));
    open.entities.push(...cities);
    const fact = { id: 'sirens-heard', relation: 'sirens-heard-in', article: 'arms-talks', paragraph: 13, text: 'Air-raid sirens sounded in {a}, {b} and {c}, among other cities.', slots: { a: { entity: 'lviv' }, b: { entity: 'dnipro' }, c: { entity: 'poltava' } } };
    open.facts.push(fact);
    const closed: Bank = structuredClone(open);
    closed.facts.at(-1)!.text = 'Air-raid sirens sounded in {a}, {b} and {c}, and nowhere else.';
    const kinds = ['cloze', 'text', 'truefalse'] as QuestionKind[];
    const about = (b: Bank) => Array.from({ length: 20 }, (_, i) => allQuestions(b, { seed: `open-${i}`, kinds })).flat().filter((q) => q.facts[0] === 'sirens-heard');
    expect(about(open)).to.deep.equal([]);
    // The same list closed gives them: the rule is the open list, not the list.
    expect(about(closed).length).to.be.greaterThan(0);
  });

  it('reads a possessive as naming its owner (so feedback saying "Putin’s trip" shows Putin to the giveaway check)', () => {
    const index = indexOf(bank);
    for (const text of ["Vladimir Putin's trip", 'Putin’s trip', "the trip of Putin's"]) expect([...index.namedIn(text)], text).to.include('putin');
    expect([...index.namedIn('Putting it plainly')]).not.to.include('putin');
  });

  it('orders figures of one unit without ties', () => {
    const q = all.find((x) => x.kind === 'order') as OrderQuestion;
    expect(q.prompt).to.equal('Put these in order by the figure the article gives for each, from smallest to largest:');
    expect(q.order.map((i) => q.items[i])).to.deep.equal([
      'Ukrainian regions Russia aimed at',
      'Russian regions where drones were stopped',
      'Russian regions hit by drones in one night',
    ]);
  });

  it('explains an order question by what each figure counts, and a match by what each person does, then their sources, without listing the answer again', () => {
    const grouped = all.filter((x) => x.kind === 'match' || x.kind === 'order');
    expect(grouped.length).to.be.greaterThan(1);
    for (const q of grouped) {
      if (q.kind === 'order') {
        expect(q.explanation, q.id).to.match(/\. The (figures|dates) come from paragraphs? [\d, and]+\.$/);
        // Each figure's fact, told once, with its unit in the answer.
        for (const id of q.facts) {
          // The longest stretch of the fact's own words between its slots: it stands in the feedback once.
          const words = bank.facts.find((f) => f.id === id)!.text.split(/\{[^}]*\}/).map((t) => t.trim()).sort((a, b) => b.length - a.length)[0]!;
          expect(words.length, id).to.be.greaterThan(5);
          expect(q.explanation.split(words), id).to.have.length(2);
        }
        expect(q.answerText).to.match(/\(\w+ regions\)/);
      }
      expect(q.explanation, q.id).not.to.contain(q.answerText.split('; ')[0]);
    }
    const match = grouped.find((x) => x.kind === 'match')!;
    expect(match.explanation).to.match(/The roles come from paragraphs? [\d, and]+\.$/);
    // Vedernikov's fact says what he did, not only who he is.
    expect(match.explanation).to.contain('Mikhail Vedernikov posted videos');
    expect(match.explanation).not.to.contain('Oleksandr Danylyuk is the former secretary');
  });

  it('gives stable ids: <fact>.<slot>.<kind>', () => {
    for (const q of all) expect(q.id).to.match(/^[a-z0-9-]+\.([A-Za-z0-9_-]+\.)?[a-z]+$|^(roles|order)\.[a-z0-9-]+\.\d+$/);
    expect(new Set(all.map((q) => q.id)).size).to.equal(all.length);
  });

  it('one seed gives one quiz; another seed another', () => {
    const a = JSON.stringify(generate(bank, { seed: 'x', count: 10 }));
    expect(JSON.stringify(generate(bank, { seed: 'x', count: 10 }))).to.equal(a);
    expect(JSON.stringify(generate(bank, { seed: 'y', count: 10 }))).not.to.equal(a);
  });

  it('adding a fact leaves every other question as it was (one stream per question)', () => {
    const grown: Bank = structuredClone(bank);
    grown.types.push({ id: 'season', label: 'season', plural: 'seasons' });
    grown.entities.push({ id: 'spring', type: 'season', label: 'spring' });
    grown.facts.push({
      id: 'since-spring',
      relation: 'largest-since',
      article: 'arms-talks',
      paragraph: 13,
      text: 'The attack on Kyiv was the heaviest since {season}.',
      slots: { season: { entity: 'spring' } },
    });
    const before = allQuestions(bank, { seed: 'grow' });
    const after = new Map(allQuestions(grown, { seed: 'grow' }).map((q) => [q.id, JSON.stringify(q)]));
    let supports = 0;
    for (const q of before) {
      // A statement question draws its false statements from the other facts of its article: a new
      // fact of that article may take one's place. Every other question stays as it was.
      if (q.kind === 'support' && q.article === 'arms-talks') {
        supports += 1;
        continue;
      }
      expect(after.get(q.id), q.id).to.equal(JSON.stringify(q));
    }
    expect(supports).to.be.greaterThan(0);
    expect(after.size).to.be.greaterThan(before.length);
  });

  it('spreads a quiz over kinds and articles and asks no fact twice while others are unused', () => {
    for (let i = 0; i < 50; i++) {
      const quiz = generate(bank, { seed: `spread-${i}`, count: 7 });
      expect(new Set(quiz.questions.map((q) => q.kind)).size, quiz.seed).to.be.at.least(3);
      expect(new Set(quiz.questions.map((q) => q.article)).size).to.equal(2);
      // What each asks about (a "which statement" question shows other facts, changed, but asks about one).
      const asked = quiz.questions.filter((q) => q.kind !== 'match').flatMap((q) => (q.kind === 'support' ? q.facts.slice(0, 1) : q.facts));
      expect(new Set(asked).size, quiz.seed).to.equal(asked.length);
    }
  });

  it('filters by kind, difficulty and article before choosing', () => {
    const quiz = generate(bank, { seed: 'f', count: 4, kinds: ['text', 'cloze'], difficulty: 3, articles: ['arms-talks'] });
    for (const q of quiz.questions) {
      expect(['text', 'cloze']).to.include(q.kind);
      expect(q.difficulty).to.equal(3);
      expect(q.article).to.equal('arms-talks');
    }
  });

  it('defaults to 10 questions; the default seed is a documented constant', () => {
    expect(generate(bank, { seed: DEFAULT_SEED }).questions).to.have.length(10);
    expect(DEFAULT_SEED).to.equal('news-quiz');
  });

  it('says how many it can make when asked for too many', () => {
    const fn = () => generate(bank, { seed: 'x', count: 500, kinds: ['choice', 'text'] });
    expect(fn).to.throw(GenerateError, /^the bank can make only \d+ questions of the kinds asked \(choice, text\); asked for 500$/);
  });

  it('carries the capacity when only the count is too large: generate with that count makes exactly those questions', () => {
    for (const seed of ['x', 'y', 'capacity']) {
      const options = { seed, count: 500, kinds: ['choice', 'text'] as QuestionKind[] };
      let capacity: number | null = null;
      try {
        generate(bank, options);
      } catch (error) {
        capacity = (error as GenerateError).capacity;
        expect((error as GenerateError).message).to.contain(`only ${capacity} questions`);
      }
      expect(capacity).to.be.a('number').and.within(1, 499);
      expect(generate(bank, { ...options, count: capacity! }).questions).to.have.length(capacity!);
      expect(() => generate(bank, { ...options, count: capacity! + 1 })).to.throw(GenerateError);
    }
    for (const bad of [{ kinds: ['essay' as never] }, { articles: ['nope'] }, { count: 0 }]) {
      try {
        generate(bank, { seed: 'x', ...bad });
        expect.fail('no GenerateError');
      } catch (error) {
        expect((error as GenerateError).capacity, JSON.stringify(bad)).to.equal(null);
      }
    }
  });

  it('shows a count that is not a number as written, not as JSON (Infinity, not null)', () => {
    expect(() => generate(bank, { seed: 'x', count: Infinity })).to.throw(GenerateError, /count must be a whole number of at least 1; got Infinity$/);
    expect(() => generate(bank, { seed: 'x', count: NaN })).to.throw(GenerateError, /got NaN$/);
    expect(() => generate(bank, { seed: 'x', count: '5' as never })).to.throw(GenerateError, /got "5"$/);
  });

  it('rejects an unknown kind, an unknown article, a bad count or difficulty, naming it', () => {
    expect(() => generate(bank, { seed: 'x', kinds: ['essay' as never] })).to.throw(GenerateError, /unknown question kind "essay"/);
    expect(() => allQuestions(bank, { kinds: ['essay' as never] })).to.throw(GenerateError, /unknown question kind "essay"/);
    expect(() => generate(bank, { seed: 'x', articles: ['nope'] })).to.throw(GenerateError, /unknown article "nope"; the bank's articles are offensive, arms-talks/);
    expect(() => generate(bank, { seed: 'x', count: 0 })).to.throw(GenerateError, /count must be a whole number/);
    expect(() => generate(bank, { seed: 'x', difficulty: 4 as never })).to.throw(GenerateError, /difficulty must be 1, 2 or 3/);
  });
});

describe('generate: byte for byte the same as in Node (golden digests)', () => {
  it('matches every digest in test/golden/quiz-digests.json', async () => {
    const golden = (await (await fetch('/test/golden/quiz-digests.json')).json()) as {
      bank: string;
      cases: { seed: string; all?: boolean; options: Record<string, unknown>; sha256: string }[];
    };
    const bank = await load(`/${golden.bank}`);
    expect(golden.cases.length).to.be.greaterThan(4);
    for (const c of golden.cases) {
      const output = c.all ? allQuestions(bank, { ...c.options, seed: c.seed }) : generate(bank, { ...c.options, seed: c.seed });
      const bytes = new TextEncoder().encode(JSON.stringify(output));
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(hex, `${c.seed} ${JSON.stringify(c.options)}`).to.equal(c.sha256);
    }
  });
});

describe('generate: a claim asked as "who said it" stands alone', () => {
  it('tells what the claim is about where the claim only points back to it ("the letter"), and leaves a claim that says it already', async () => {
    const bank = await load('/test/fixtures/banks/eads-2011.json');
    const item = bank.understanding!.find((u) => u.id === 'gallois-on-letter')!;
    expect(item.kind === 'claim' && item.about).to.equal("the German government's letter");
    const prompts = Array.from({ length: 20 }, (_, i) => candidates(bank, { seed: `who-${i}`, kinds: ['claim'] }).find((q) => q.id === 'gallois-on-letter.claim.who')?.prompt).filter(Boolean);
    expect(prompts.length).to.be.greaterThan(0);
    for (const p of prompts) expect(p).to.equal("Who said that the German government's letter was not appropriate for a company like EADS?");
    expect(claimStandingAlone('Russia has the initiative for now', 'the initiative on the battlefield')).to.equal('Russia has the initiative on the battlefield for now');
    expect(claimStandingAlone('North Korea would pay a price if it made such a deal', 'an arms deal with Russia')).to.equal('North Korea would pay a price if it made an arms deal with Russia');
    // Already said, or about a question rather than a thing: as written.
    expect(claimStandingAlone('people today live in the world he shaped', 'the world today')).to.equal('people today live in the world he shaped');
    expect(claimStandingAlone('the budget debate had become futile', 'how the budget debate felt to her')).to.equal('the budget debate had become futile');
  });
});

describe('generate: a claim asked as "who said it" offers no one its pronoun rules out', () => {
  it('reads a person\'s pronoun from the bank\'s own sentences about them alone, and none for a name it writes nothing of', async () => {
    const oscars = indexOf(await load('/test/fixtures/banks/oscars-2024.json'));
    expect(pronounOf(oscars, 'cillian-murphy')).to.equal('he');
    expect(pronounOf(oscars, 'emma-stone')).to.equal('she');
    const elPaso = indexOf(await load('/test/fixtures/banks/el-paso-budget.json'));
    expect(pronounOf(elPaso, 'niland')).to.equal('she');
    expect(pronounOf(elPaso, 'leeser')).to.equal('he');
    // A representative the bank only lists among the votes: nothing tells, so nothing is ruled out.
    expect(pronounOf(elPaso, 'limon')).to.equal(undefined);
    // "It was David Reitze who found the result mind-boggling; he went on to ...": the clause after the semicolon
    // names no one and points back at the one person the clause before it named.
    const waves = indexOf(await load('/test/fixtures/banks/gravitational-waves-2016.json'));
    expect(pronounOf(waves, 'reitze')).to.equal('he');
    expect(pronounIn('he believed the cold had killed some of them')).to.equal('he');
    expect(pronounIn('she said his plan would fail')).to.equal(undefined);
  });

  it('"overwhelming for her" never offers a man, "he would not back any budget" never a woman, over 40 seeds of every bank', async () => {
    const found: string[] = [];
    let pointed = 0;
    for await (const { bank, q, seed } of everyQuestion('pronoun', 40, ['claim'])) {
      if (!q.id.endsWith('.who') || !('options' in q)) continue;
      const item = bank.understanding!.find((u) => q.id.startsWith(`${u.id}.`));
      const said = item?.kind === 'claim' ? pronounIn(item.claim) : undefined;
      if (!said) continue;
      pointed += 1;
      const index = indexOf(bank);
      const byName = new Map(bank.entities.map((e) => [e.label, e.id]));
      for (const o of q.options) {
        const id = byName.get(o);
        if (id && pronounOf(index, id) && pronounOf(index, id) !== said) found.push(`${bank.id} pronoun-${seed}: ${o} for "${item!.kind === 'claim' ? item!.claim : ''}"`);
      }
    }
    // The film-awards and city-budget banks each have one such claim.
    expect(pointed).to.be.greaterThan(40);
    expect(found).to.deep.equal([]);
  });
});

describe('generate: a "which is true" answer is no longer than its false statements by a telling margin, where the article allows', () => {
  // A reader who has not read the article picks the longest statement. Measured over 40 seeds of every "which is
  // true" question: the truth alone the longest by three letters or more in 35.5% of the seed bank's, 5.2% of the
  // film awards' and 6.7% of the company results' before the sets were chosen for it; 23.5%, 0% and 6.5% after
  // (the seed bank's truths are often its article's longest statements).
  for (const [url, most] of [['/questions/russia-ukraine-2024.json', 0.26], ['/test/fixtures/banks/oscars-2024.json', 0.01], ['/test/fixtures/banks/eads-2011.json', 0.08]] as const) {
    it(`${url}: in at most ${most * 100}% of them`, async function () {
      this.timeout(120000);
      const bank = await load(url);
      let asked = 0;
      let longer = 0;
      for (let i = 0; i < 40; i++) {
        for (const q of allQuestions(bank, { seed: `level-${i}`, kinds: ['support'] })) {
          if (q.kind !== 'support') continue;
          asked += 1;
          const lengths = q.options.map((o) => o.trim().length);
          if (lengths[q.correct]! - Math.max(...lengths.filter((_, j) => j !== q.correct)) >= 3) longer += 1;
        }
      }
      expect(asked).to.be.greaterThan(500);
      expect(longer / asked).to.be.at.most(most);
    });
  }
});

describe('generate: a sum in millions or billions is offered among figures its scale writes', () => {
  // "$953.8 million" beside "$1,011.1 million": no one writes that (it is $1.01 billion), and the key alone under a
  // billion shows itself. 20 of 240 such questions of the six banks over 30 seeds before; none after, and the key
  // just under the bound is not always the largest option.
  const value = (o: string) => Number(o.replace(/[^0-9.]/g, ''));
  it('never across 1,000 or below 1 of its scale, over 30 seeds of every bank', async function () {
    this.timeout(120000);
    const found: string[] = [];
    let asked = 0;
    for (const url of ['/questions/russia-ukraine-2024.json', ...['eads-2011', 'el-paso-budget', 'gravitational-waves-2016', 'oscars-2024', 'turkey-syria-earthquake-2023'].map((b) => `/test/fixtures/banks/${b}.json`)]) {
      const bank = await load(url);
      for (let i = 0; i < 30; i++) {
        for (const q of allQuestions(bank, { seed: `scale-${i}`, kinds: ['choice'] })) {
          if (q.kind !== 'choice' || !/\b(?:million|billion)\b/.test(q.answerText)) continue;
          asked += 1;
          const key = value(q.answerText);
          const odd = q.options.filter((o) => value(o) >= 1000 !== key >= 1000 || value(o) < 1 !== key < 1);
          if (odd.length) found.push(`${q.id}: ${q.options.join(' | ')}`);
        }
      }
    }
    expect(asked).to.be.greaterThan(100);
    expect(found.slice(0, 5)).to.deep.equal([]);
  });
  it('offers no made-up sum within 3% of the answer (never €1.02 billion beside €1.03 billion), over 30 seeds of every bank', async function () {
    this.timeout(120000);
    const found: string[] = [];
    for (const url of ['/questions/russia-ukraine-2024.json', ...['eads-2011', 'el-paso-budget', 'gravitational-waves-2016', 'oscars-2024', 'turkey-syria-earthquake-2023'].map((b) => `/test/fixtures/banks/${b}.json`)]) {
      const bank = await load(url);
      // The story's own figures may stand close to each other: only the generator's near values are held apart.
      const told = new Set(bank.facts.flatMap((f) => Object.values(f.slots).flatMap((v) => ('number' in v ? [v.number] : []))));
      for (let i = 0; i < 30; i++) {
        for (const q of allQuestions(bank, { seed: `apart-${i}`, kinds: ['choice'] })) {
          if (q.kind !== 'choice' || !/\b(?:million|billion)\b/.test(q.answerText)) continue;
          const key = value(q.answerText);
          const close = q.options.filter((o) => value(o) !== key && !told.has(value(o)) && Math.abs(value(o) - key) < 0.03 * key);
          if (close.length) found.push(`${q.id}: ${q.options.join(' | ')}`);
        }
      }
    }
    expect(found.slice(0, 5)).to.deep.equal([]);
  });
  it('a figure just under its bound is not always the largest option', async () => {
    const bank = await load('/test/fixtures/banks/oscars-2024.json');
    const places = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const q = allQuestions(bank, { seed: `bound-${i}`, kinds: ['choice'] }).find((x) => x.kind === 'choice' && /953\.8/.test(x.answerText));
      if (q && q.kind === 'choice') places.add(q.correct);
    }
    expect(places.size).to.be.greaterThan(1);
  });
});

describe('generate: a person asked for by a noun of one sex ("Which spokeswoman ...?")', () => {
  it('offers no one the bank writes of with the other pronoun, over 100 seeds', async () => {
    const bank = await load('/test/fixtures/banks/gravitational-waves-2016.json');
    const index = indexOf(bank);
    const byName = new Map(bank.entities.map((e) => [e.label, e.id]));
    let asked = 0;
    const found: string[] = [];
    for (let i = 0; i < 100; i++) {
      for (const q of allQuestions(bank, { seed: `sex-${i}`, kinds: ['choice'] })) {
        if (q.kind !== 'choice' || !/^Which spokes(?:woman|person)\b/.test(q.prompt)) continue;
        asked += 1;
        for (const o of q.options) if (byName.has(o) && pronounOf(index, byName.get(o)!) === 'he') found.push(`sex-${i}: ${o}`);
        // The noun of one sex only where every option is a person the bank writes of as "she"; else the word for anyone.
        const allShe = q.options.every((o) => byName.has(o) && pronounOf(index, byName.get(o)!) === 'she');
        if (/^Which spokeswoman\b/.test(q.prompt) !== allShe) found.push(`sex-${i}: "${q.prompt}" beside ${q.options.join(', ')}`);
      }
    }
    expect(asked).to.equal(100);
    expect(found).to.deep.equal([]);
  });
});

describe('generate: no figure asked that two others of the quiz give by adding or subtracting', () => {
  it('reads a sum or a difference of figures written with decimals, within their rounding; whole numbers never', () => {
    expect(splits(8.66, [38.59, 29.93])).to.equal(true);
    expect(splits(68.52, [29.93, 12, 38.59])).to.equal(true);
    // Figures of one decimal add up by chance within their rounding: 2.4 less 1.4 is not a profit of 1.03 billion.
    expect(splits(1.03, [2.4, 1.4])).to.equal(false);
    expect(splits(8.66, [38.59, 29.9])).to.equal(false);
    expect(splits(8.66, [38.59, 20.1])).to.equal(false);
    expect(splits(8, [38, 30])).to.equal(false);
    expect(splits(8.66, [8.66, 17.32])).to.equal(false);
  });

  it('"by how many dollars a year" beside both yearly bills: in at most 6% of the city budget bank\'s quizzes (9.5% before), over 200 seeds', () => {
    // Read from what the reader sees, not from the generator's keys: each decimal figure of a question's answer
    // against every two decimal figures the other questions show or answer. Past the mix's bounds, where the
    // 13-fact bank runs short, it stays allowed, as an item beside a question on its facts is: 9 of 200 there.
    return load('/test/fixtures/banks/el-paso-budget.json').then((bank) => {
      const decimals = (t: string) => [...t.replace(/,(\d{3})/g, '$1').matchAll(/\d+\.\d+/g)].map((m) => Number(m[0]));
      const seen = (q: Question) => [q.prompt, q.explanation, q.answerText, ...('options' in q ? q.options : []), ...('before' in q ? [q.before, q.after] : []), ...('items' in q ? q.items : [])].join(' ');
      let quizzes = 0;
      for (let i = 0; i < 200; i++) {
        const { questions } = generate(bank, { seed: `sp${i}`, count: 10 });
        const found = questions.some((q) => decimals(q.answerText).some((a) => splits(a, questions.filter((o) => o !== q).flatMap((o) => decimals(seen(o))))));
        if (found) quizzes += 1;
      }
      expect(quizzes / 200).to.be.at.most(0.06);
    });
  });
});

describe('generate: no right option that alone echoes the title or a headline above the quiz', () => {
  /**
   * The banks among `paths` with more than one quiz of 100 (10 questions, seeds `echo-<i>`) in which `echoes` finds
   * a question, given the word stems of the title and the headlines the start screen shows above it.
   */
  async function echoing(paths: readonly string[], echoes: (q: Question, above: ReadonlySet<string>) => boolean): Promise<string[]> {
    const found: string[] = [];
    for (const path of paths) {
      const bank = await load(path);
      let quizzes = 0;
      for (let i = 0; i < 100; i++) {
        const { questions } = generate(bank, { seed: `echo-${i}`, count: 10 });
        const articles = new Set(questions.map((q) => q.article));
        const above = contentStems([bank.title, ...bank.articles.filter((a) => articles.has(a.id)).map((a) => a.title)].join('. '));
        if (questions.some((q) => echoes(q, above))) quizzes += 1;
      }
      if (quizzes > 1) found.push(`${path}: ${quizzes} of 100`);
    }
    return found;
  }
  const sharedWords = (options: readonly string[], above: ReadonlySet<string>) => options.map((o) => [...contentStems(o)].filter((w) => above.has(w)).length);

  it('"a completely new way to study the universe" under "... opens new window on universe": in at most 1% of quizzes of any bank, over 100 seeds', async function () {
    this.timeout(120000);
    // The start screen shows the quiz's title and its articles' headlines. A statement option that alone shares two
    // or more words with them, where no wrong option shares one, is picked from the start screen, not the article.
    // Gravitational waves: 47 of these 100 quizzes before (68 of 200 other seeds; 1 after, its last resort).
    const found = await echoing(BANKS, (q, above) => {
      if (!('options' in q) || !('correct' in q) || !q.options.some((o) => o.split(' ').length >= 5)) return false;
      const shared = sharedWords(q.options, above);
      return shared[q.correct as number]! >= 2 && shared.every((n, j) => j === q.correct || n === 0);
    });
    expect(found).to.deep.equal([]);
  });

  it('nor a name or a short option that alone shares the title\'s words ("gravitational wave astronomy" under "Gravitational waves: ..."), where the bank has other questions', async function () {
    this.timeout(120000);
    // The earthquake bank (13 facts) reaches its last resort in most quizzes ("the cold" under "... and the cold"): left
    // out here. Gravitational waves: 20 of these 100 quizzes before.
    const found = await echoing(BANKS.filter((b) => !b.includes('earthquake')), (q, above) => {
      if (!('options' in q) || !('correct' in q) || q.kind === 'truefalse') return false;
      const own = [...contentStems(q.options[q.correct as number]!)];
      const shared = sharedWords(q.options, above);
      return own.length > 0 && shared[q.correct as number]! >= Math.min(2, own.length) && shared.every((n, j) => j === q.correct || n === 0);
    });
    expect(found).to.deep.equal([]);
  });
});

describe('generate: no speaker asked about twice in a quiz, where the bank allows', () => {
  // Over 1,000 seeds, before and after: the city budget bank 12.4% and 3.9% (a small bank, its last pass), the
  // gravitational waves bank 9.1% and 0%. A draw that needed its last resort is then drawn again in another
  // order, as one short of questions is: over these 300 seeds the city budget bank 4.3% before and 1.0% after,
  // the earthquake bank (13 facts and two claims of one survivor among its five items) 79% and 70%.
  it('two claims of one speaker only as a last resort: in at most 2% of the city budget quizzes, 1% of the gravitational waves ones and 75% of the earthquake ones, over 300 seeds', async function () {
    // 900 quizzes: a property over many seeds, not a measure of speed (npm run bench is).
    this.timeout(120000);
    for (const [path, most] of [
      ['/test/fixtures/banks/el-paso-budget.json', 0.02],
      ['/test/fixtures/banks/gravitational-waves-2016.json', 0.01],
      ['/test/fixtures/banks/turkey-syria-earthquake-2023.json', 0.75],
    ] as const) {
      const bank = await load(path);
      const speakerOf = (q: Question) => bank.understanding?.find((u) => u.kind === 'claim' && q.id.startsWith(`${u.id}.`)) as { speaker: string } | undefined;
      let twice = 0;
      for (let i = 0; i < 300; i++) {
        const speakers = generate(bank, { seed: `quoted-${i}`, count: 10 }).questions.flatMap((q) => speakerOf(q)?.speaker ?? []);
        if (new Set(speakers).size < speakers.length) twice += 1;
      }
      expect(twice / 300, path).to.be.at.most(most);
    }
  });
});

describe('generate: a bank by another author (the 2024 Oscars)', () => {
  let bank: Bank;
  before(async () => {
    bank = await load('/test/fixtures/banks/oscars-2024.json');
  });

  it('offers no name marked as of the other sex than the people its question names: no "Best Actress" for Cillian Murphy, over 40 seeds', () => {
    const men = /\b(?:Cillian Murphy|Christopher Nolan|Robert Downey)\b/;
    const women = /\b(?:Emma Stone|Lily Gladstone|Da'Vine Joy Randolph)\b/;
    const found: string[] = [];
    let asked = 0;
    for (let i = 0; i < 40; i++) {
      for (const q of candidates(bank, { seed: `sex-${i}`, kinds: ['choice', 'truefalse'] })) {
        const shown = q.kind === 'choice' ? q.options.filter((_, k) => k !== q.correct) : q.kind === 'truefalse' && q.correct === 1 ? [q.prompt] : [];
        if (men.test(q.prompt) === women.test(q.prompt)) continue;
        asked += 1;
        const unlike = men.test(q.prompt) ? /\b(?:actress|woman|women|female)\b/i : /\b(?:man|men|male)\b/i;
        for (const o of shown) if (unlike.test(o)) found.push(`${q.id}: ${o}`);
      }
    }
    expect(asked).to.be.above(40);
    expect([...new Set(found)]).to.deep.equal([]);
  });

  it('a blank says what kind of name it wants: "Emma Stone won ___ for playing ..." asks for the missing award, not any words ("an Oscar")', () => {
    const clozes = allQuestions(bank, { kinds: ['cloze'] }).filter((q): q is ClozeQuestion => q.kind === 'cloze');
    const award = clozes.find((q) => q.before.startsWith('Emma Stone won') && q.answerText === 'Best Actress');
    expect(award?.prompt).to.equal('Fill in the missing award:');
    // Every blank for a name of a type: a person's "name", else the type's own label; figures and years as before.
    const labels = new Set(bank.types.map((t) => `Fill in the missing ${t.label}:`));
    for (const q of clozes) expect(labels.has(q.prompt) || ['Fill in the missing name:', 'Fill in the missing number:', 'Fill in the missing year:'].includes(q.prompt), q.prompt).to.equal(true);
  });

  it('a blank for a type the bank asks about with a bare "What" or "Where" does not show its label ("the missing medium" for spacetime) but says it wants a word, words or a place, never a bare "Fill in the blank:"', async () => {
    const waves = await load('/test/fixtures/banks/gravitational-waves-2016.json');
    const plain = new Set(waves.types.filter((t) => /^(?:what|where|when)$/i.test(t.ask ?? '')).map((t) => `Fill in the missing ${t.label}:`));
    expect(plain.size).to.be.above(2);
    const clozes = allQuestions(waves, { kinds: ['cloze'] }).filter((q): q is ClozeQuestion => q.kind === 'cloze');
    expect(clozes.find((q) => q.answerText === 'spacetime')?.prompt).to.equal('Fill in the missing word:');
    expect(clozes.filter((q) => plain.has(q.prompt)).map((q) => q.prompt)).to.deep.equal([]);
    // In every bank, a blank says what it wants.
    for (const path of BANKS) {
      const all = allQuestions(await load(path), { kinds: ['cloze'] });
      expect(all.filter((q) => q.prompt === 'Fill in the blank:').map((q) => q.id), path).to.deep.equal([]);
    }
  });

  it('a long title is not the one option two words longer than every other where the pool allows ("Killers of the Flower Moon" among one-word titles)', () => {
    const words = (t: string) => t.trim().split(/\s+/).length;
    const lone: string[] = [];
    let seen = 0;
    for (let i = 0; i < 20; i++) {
      const q = candidates(bank, { seed: `title-${i}`, kinds: ['choice'] }).find((c) => c.id === 'gladstone-nominated.film.choice');
      if (q?.kind !== 'choice') continue;
      seen += 1;
      const others = q.options.filter((_, j) => j !== q.correct).map(words);
      if (words(q.answerText) >= Math.max(...others) + 2) lone.push(q.options.join(' | '));
    }
    expect(seen).to.be.above(0);
    expect(lone).to.deep.equal([]);
  });

  it('offers no name of the article that it places in another time (a director\'s earlier films, "the 2016 musical") as a rival for this year\'s award', () => {
    // The films each question and false statement on Emma Stone's 2024 award offers in place of Poor Things.
    const offered = (b: Bank) => {
      const names = new Set<string>();
      for (let i = 0; i < 40; i++) {
        for (const q of candidates(b, { seed: `time-${i}`, kinds: ['choice', 'truefalse'] })) {
          if (q.id === 'stone-best-actress.film.choice' && q.kind === 'choice') for (const o of q.options) names.add(o);
          if (q.id === 'stone-best-actress.truefalse' && q.kind === 'truefalse' && q.correct === 1) names.add(/ in (.+)\. True or false\?$/.exec(q.prompt)![1]!);
        }
      }
      names.delete('Poor Things');
      return names;
    };
    const names = offered(bank);
    for (const earlier of ['Inception', 'Memento', 'La La Land']) expect(names.has(earlier), earlier).to.equal(false);
    // Films of the same night stay: Oppenheimer, Killers of the Flower Moon, the pool's films of that season.
    for (const same of ['Oppenheimer', 'Killers of the Flower Moon', 'Barbie']) expect(names.has(same), same).to.equal(true);
    // The rule is the time the bank gives: told as films of now, Nolan's are rivals again.
    const now: Bank = structuredClone(bank);
    const fact = now.facts.find((f) => f.id === 'nolan-earlier-films')!;
    expect(fact.text).to.match(/^Before Oppenheimer, /);
    fact.text = fact.text.replace(/^Before Oppenheimer, Christopher Nolan had won/, 'Christopher Nolan wins');
    expect(offered(now).has('Inception')).to.equal(true);
  });
});

describe('generate: the seed bank', () => {
  let bank: Bank;
  before(async () => {
    bank = await load('/questions/russia-ukraine-2024.json');
  });

  it('makes questions of every kind its content allows, covering every fact of both articles', () => {
    const all = allQuestions(bank);
    // No order question: its only comparable figures are two counts of regions (a third is a bound, "at least three").
    for (const kind of QUESTION_KINDS.filter((k) => k !== 'order')) expect(all.some((q) => q.kind === kind), kind).to.equal(true);
    // A fact whose only slot is given is asked only as "which statement", and a seed's draw of three false
    // statements may make its long statement stand out (in about one seed of six or seven): over twelve seeds, every fact is asked.
    const covered = new Set([all, ...Array.from({ length: 11 }, (_, i) => candidates(bank, { seed: `cover-${i + 1}` }))].flat().flatMap((q) => q.facts));
    // But one: its only question is "which statement", and its statement ("... how much damage was done is still
    // unclear") is the one guarded statement beside any three false ones, which a reader picks unread.
    const guarded = 'smoke-over-pskov-airfield';
    for (const f of bank.facts) expect(covered.has(f.id), f.id).to.equal(f.id !== guarded);
  });

  it('writes a name without its middle initial where the other options have none ("John Kirby" among "Pat Ryder", "Matthew Miller")', () => {
    const shown: string[][] = [];
    for (let i = 0; i < 20; i++) {
      const q = candidates(bank, { seed: `initial-${i}`, kinds: ['choice'] }).find((c) => c.id === 'kirby-describes-talks.spokesperson.choice');
      if (q?.kind === 'choice') shown.push(q.options);
    }
    expect(shown.length).to.be.above(0);
    expect(shown.filter((options) => options.some((o) => /\b\p{Lu}\.\s/u.test(o)))).to.deep.equal([]);
  });

  it('a named answer among options is never the only one of its number of words, nor two words longer or shorter than every other ("the moon" among "Mars", "Venus" and "Jupiter"): such a name is asked typed', async function () {
    this.timeout(120000);
    const words = (t: string) => t.trim().split(/\s+/).length;
    let total = 0;
    const alone: string[] = [];
    for await (const { q } of everyQuestion('shape', 10, ['choice'])) {
      if (q.kind !== 'choice' || /\d/.test(q.answerText)) continue;
      total += 1;
      const others = q.options.filter((_, j) => j !== q.correct).map(words);
      const n = words(q.options[q.correct]!);
      if ((others.every((m) => m === others[0]) && n !== others[0]) || n >= Math.max(...others) + 2 || n <= Math.min(...others) - 2) alone.push(`${q.id}: ${q.options.join(' | ')}`);
    }
    expect(total).to.be.above(500);
    expect(alone.slice(0, 5), `${alone.length} of ${total}`).to.deep.equal([]);
  });

  it('asks the Pskov airfield only with a detail that rules out Morozovsk', () => {
    const all = allQuestions(bank);
    const airfield = all.filter((q) => (q.kind === 'choice' || q.kind === 'text') && q.answerText.startsWith('Pskov'));
    expect(airfield.length).to.be.greaterThan(0);
    for (const q of airfield) expect(q.prompt).to.match(/Estonia|Il-76|30 miles|smoke|runway|governor/);
    for (const q of all) expect(q.prompt).not.to.match(/^Which airfield was (hit|struck) by drones\?$/);
  });

  it('a false statement puts at one end of a span ("from Kharkiv down to Kherson") only a name the bank places beside that end', () => {
    // The bank's own rivals for the two ends (Sumy near Kharkiv, Zaporizhzhia near Kherson) taken out: the pool's other cities are left.
    const untied: Bank = structuredClone(bank);
    for (const p of untied.pools!) for (const e of p.entities) delete e.near;
    const fact = untied.facts.find((f) => f.id === 'offensive-along-eastern-front')!;
    expect(fact.text).to.match(/from \{north\} down to \{south\}/);
    // What a quiz shows of the fact, changed: true-or-false statements and the wrong options of "which statement".
    const shown = (b: Bank) => {
      const out = new Set<string>();
      for (let i = 0; i < 40; i++) {
        for (const q of candidates(b, { seed: `span-${i}`, kinds: ['truefalse', 'support'] })) {
          if (q.kind === 'truefalse' && q.facts[0] === fact.id && q.correct === 1) out.add(q.prompt);
          if (q.kind === 'support') for (const o of q.options) if (/eastern front, from/.test(o)) out.add(o);
        }
      }
      return [...out].filter((t) => !/from Kharkiv down to Kherson/.test(t));
    };
    // The pool's cities of Ukraine (Odesa, Lviv, Dnipro, Mykolaiv) are wrong answers to "which city", not ends of the front.
    expect(shown(untied)).to.deep.equal([]);
    expect(everyFalseStatement(indexOf(untied), fact)).to.deep.equal([]);
    // A city the bank places beside an end (pool `near`) may stand in for that end, and for no other.
    const swaps = everyFalseStatement(indexOf(bank), bank.facts.find((f) => f.id === fact.id)!);
    expect(swaps.map((t) => /from (.+) down to (.+)\.$/.exec(t)!.slice(1).join(' / ')).sort()).to.deep.equal(['Kharkiv / Zaporizhzhia', 'Sumy / Kherson']);
    expect(shown(bank).length).to.be.greaterThan(0);
    for (const t of shown(bank)) expect(t).to.match(/from (?:Sumy down to Kherson|Kharkiv down to Zaporizhzhia)\./);
  });
});

describe('generate: no question gives another away by its feedback or its form', () => {
  /** Everything a question shows, its feedback included (in practice mode it is read before the next question). */
  const everything = (q: Question): string => {
    const parts = [q.prompt, q.explanation, q.answerText];
    if ('options' in q) parts.push(...q.options);
    if (q.kind === 'cloze') parts.push(q.before, q.after);
    if (q.kind === 'match') parts.push(...q.left, ...q.right);
    if (q.kind === 'order' || q.kind === 'sequence') parts.push(...q.items);
    return parts.join(' ');
  };

  it('a person asked for is given away by their family name alone, whatever else it names ("the world Oppenheimer made")', async () => {
    const bank = structuredClone(await load('/test/fixtures/minimal-bank.json'));
    // The leader has no alias "Putin" (as a physicist's label may be his full name alone), and a feedback names him by it.
    delete bank.entities.find((e) => e.id === 'putin')!.aliases;
    bank.facts.find((f) => f.id === 'drone-raid')!.explanation = 'The raid shows Ukraine reaching bases Putin has long thought out of range.';
    const asksLeader = (q: Question) => q.answerText === 'Vladimir Putin' && ['choice', 'text', 'cloze'].includes(q.kind);
    expect(candidates(bank, { seed: 's' }).some(asksLeader), 'the bank can ask for the leader').to.equal(true);
    let together = 0;
    for (let i = 0; i < 200; i++) {
      const { questions } = generate(bank, { seed: `family-${i}`, count: 3 });
      const leader = questions.find(asksLeader);
      if (leader && questions.some((q) => q !== leader && /\bPutin\b/.test(everything(q)))) together += 1;
    }
    expect(together).to.equal(0);
  });

  it('a statement answer is given away by two of its rare words in another question ("a few budgeting tactics")', async () => {
    const bank = await load('/test/fixtures/banks/el-paso-budget.json');
    const reason = 'why-niland-no.reason';
    let seen = 0;
    const found: string[] = [];
    // The kinds that show whole statements, so that the pair has its chance often.
    for (let i = 0; i < 100; i++) {
      const { questions } = generate(bank, { seed: `seed-${i}`, count: 5, kinds: ['support', 'reason', 'claim'] });
      if (!questions.some((q) => q.id === reason)) continue;
      seen += 1;
      // The answer: "much like the old budget, with a few budgeting tactics added"; "few" and "tactics" are in no other option.
      for (const q of questions) if (q.id !== reason && /\bfew\b/i.test(everything(q)) && /\btactics?\b/i.test(everything(q))) found.push(`seed-${i}: ${q.id}`);
    }
    expect(seen).to.be.greaterThan(20);
    expect(found).to.deep.equal([]);
  });

  it('a "why" or "what did they say" answer is not the lone longest by a tenth where the author\'s wrong answers allow it', () => {
    // Answer 60 letters; three wrong answers of 51 to 53 (less than a fifth short: fair by the looser rule, yet
    // beside them the answer is the lone longest by more than a tenth) and three of 56 to 59.
    const answer = 'The council wanted the savings to reach the tax bill at once';
    const short = ['The mayor asked for a delay of the vote till spring', 'The state had ordered every city to cut its taxes now', 'The staff found the savings only after the vote ended'];
    const long = ['The council wished to keep the money for road repairs later', 'The council feared that the fuel prices would rise again', 'The mayor wanted the savings spent on new police vehicles'];
    expect(answer.length).to.equal(60);
    for (const w of short) expect(w.length * 1.2).to.be.above(60);
    const threes = fairAlternatives(answer, [...short, ...long]);
    expect(threes.length).to.be.above(0);
    for (const three of threes) expect(answer.length, three.join(' | ')).to.be.at.most(1.1 * Math.max(...three.map((t) => t.length)));
    // Where no three allow it, the looser rule still lets the item be asked.
    expect(fairAlternatives(answer, short)).to.have.length(1);
  });

  it('a "why" or "what did they say" answer is not even the lone longest by three letters where the author\'s wrong answers allow it', () => {
    // Answer 60 letters; wrong answers of 56, 56 and 57 letters (within a tenth, yet three short) and one of 59.
    const answer = 'The council wanted the savings to reach the tax bill at once';
    const near = 'The council wished to keep the money for road repairs later';
    const shorter = ['The council feared that the fuel prices would rise again', 'The mayor wanted the savings spent on new police vehicles', 'The mayor hoped the fuel savings would pay for new parks'];
    expect([answer, near, ...shorter].map((t) => t.length)).to.deep.equal([60, 59, 56, 57, 56]);
    const threes = fairAlternatives(answer, [...shorter, near]);
    expect(threes).to.have.length(3);
    for (const three of threes) expect(three).to.include(near);
    // Where no three allow it, the tenth still holds.
    expect(fairAlternatives(answer, shorter)).to.have.length(1);
  });

  it('a "why" or "what did they say" answer alone in its tense or alone qualified is never asked: the author\'s alternatives decide', () => {
    // "It is a three-hour drama" beside three "It was ...": no three alternatives hide it, so the item is not asked.
    const drama = 'It is a three-hour drama about science and politics';
    const was = ['It was made by a director new to big studio films', 'It was shown in only a handful of small cinemas', 'It was released with no well-known actors in it'];
    expect(fairAlternatives(drama, was)).to.deep.equal([]);
    // One alternative in its tense among four: every three offered holds it.
    const is = 'It is a drama that most cinemas would not show at all';
    const threes = fairAlternatives(drama, [...was, is]);
    expect(threes.length).to.be.above(0);
    for (const three of threes) expect(three).to.include(is);
    // Alone qualified ("could bring"), and alone plain where every other is qualified.
    const could = 'The talks were gaining pace and could bring meetings within months';
    const plain = ['The talks had stalled and no meetings were planned', 'The talks had ended in a signed weapons deal', 'The talks were slowing over disputes about payment'];
    expect(fairAlternatives(could, plain)).to.deep.equal([]);
    expect(fairAlternatives(could, [...plain, 'The talks were losing pace and might be called off within months']).length).to.be.above(0);
    const mights = ['The talks might collapse within weeks', 'The talks could end in a deal by spring', 'The talks may be moved to Beijing soon'];
    expect(fairAlternatives('The talks had stalled before the summer', mights)).to.deep.equal([]);
  });

  it('a true statement whose figure a headline on the start screen shows ("wins seven awards" above "collected seven Academy Awards"): only as a last resort, in at most 5% of the film awards bank\'s quizzes (43% before), over 200 seeds', async () => {
    const bank = await load('/test/fixtures/banks/oscars-2024.json');
    const headings = [bank.title, ...bank.articles.map((a) => a.title)].join(' ');
    const shown = new Set([...headings.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi)].map((m) => m[1]!.toLowerCase()));
    let quizzes = 0;
    for (let i = 0; i < 200; i++) {
      const { questions } = generate(bank, { seed: `headline-true-${i}`, count: 10 });
      const found = questions.some((q) => q.kind === 'truefalse' && q.correct === 0 && [...q.prompt.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi)].some((m) => shown.has(m[1]!.toLowerCase())));
      if (found) quizzes += 1;
    }
    expect(shown.has('seven')).to.equal(true);
    expect(quizzes / 200).to.be.at.most(0.05);
  });

  it('a quiz follows the story: article by article in the bank\'s order, paragraph by paragraph, a question gathering facts from across an article after its paragraphs, an author\'s item before the questions on facts of its paragraph, in every bank, over 20 seeds', async () => {
    const items = new Set<QuestionKind>(['claim', 'reason', 'sequence']);
    const gathering = new Set<QuestionKind>(['match', 'order', 'sequence']);
    const found: string[] = [];
    let twoArticles = 0;
    let itemsAmongFacts = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      const articleOf = new Map(bank.facts.map((f) => [f.id, f.article]));
      const rank = (q: Question) => {
        const across = q.facts.some((f) => articleOf.get(f) !== q.article);
        return across ? bank.articles.length : bank.articles.findIndex((a) => a.id === q.article);
      };
      const place = (q: Question) => [rank(q), gathering.has(q.kind) ? 1 : 0, q.paragraph, items.has(q.kind) ? 0 : 1];
      for (let seed = 0; seed < 20; seed++) {
        const { questions } = generate(bank, { seed: `story-${seed}`, count: 10 });
        if (new Set(questions.map((q) => q.article)).size > 1) twoArticles += 1;
        const kinds = questions.map((q) => q.kind);
        if (kinds.some((k) => items.has(k)) && kinds.map((k) => !items.has(k)).lastIndexOf(true) > kinds.findIndex((k) => items.has(k))) itemsAmongFacts += 1;
        for (let i = 1; i < questions.length; i++) {
          const [a, b] = [place(questions[i - 1]!), place(questions[i]!)];
          const before = a.findIndex((x, j) => x !== b[j]);
          if (before >= 0 && a[before]! > b[before]!) found.push(`${path} seed ${seed}: ${questions[i - 1]!.id} (${a}) before ${questions[i]!.id} (${b})`);
        }
      }
    }
    // The seed bank's quizzes draw from both its articles, and items stand among the facts, not all first.
    expect(twoArticles).to.be.at.least(15);
    expect(itemsAmongFacts).to.be.above(60);
    expect(found.slice(0, 3), `${found.length} pairs`).to.deep.equal([]);
  });

  it('no "why", "what did they say" or "which is true" answer is alone in its tense or alone qualified, in any bank, over 20 seeds', async () => {
    const tense = (t: string) => /\b(?:is|are|has|have|does)\b/i.exec(t)?.index ?? Infinity;
    const past = (t: string) => /\b(?:was|were|had|did)\b/i.exec(t)?.index ?? Infinity;
    const tenseOf = (t: string) => (tense(t) < past(t) ? 'present' : past(t) < tense(t) ? 'past' : undefined);
    const qualified = (t: string) => /\b(?:might|may|could|possibly|perhaps|probably|likely|unlikely|unclear|uncertain|unknown)\b/i.test(t);
    const found: string[] = [];
    let seen = 0;
    for await (const { q, seed } of everyQuestion('tone', 20, ['reason', 'claim', 'support'])) {
      if (!('options' in q)) continue;
      seen += 1;
      const key = q.options[q.correct]!;
      const others = q.options.filter((_, j) => j !== q.correct);
      const t = others.map(tenseOf);
      if (tenseOf(key) && t.every((x) => x && x === t[0]) && tenseOf(key) !== t[0]) found.push(`${q.id} (${seed}): alone ${tenseOf(key)}`);
      if (others.every((o) => qualified(o) !== qualified(key))) found.push(`${q.id} (${seed}): alone ${qualified(key) ? '' : 'un'}qualified`);
    }
    expect(seen).to.be.above(500);
    expect(found.slice(0, 5), `${found.length} of ${seen}`).to.deep.equal([]);
  });

  it('no option of a "which is true" question writes the value a false statement beside it changed ("the border of Estonia" beside "Finland belongs to NATO")', async () => {
    const words = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    const found: string[] = [];
    let total = 0;
    for (const path of ['/test/fixtures/generator-bank.json', '/questions/russia-ukraine-2024.json']) {
      const bank = await load(path);
      for (let i = 0; i < 40; i++) {
        for (const q of allQuestions(bank, { seed: `sup-${i}`, kinds: ['support'] })) {
          if (q.kind !== 'support') continue;
          total += 1;
          // The feedback names each change: "“Finland” should be “Estonia”".
          for (const [, right] of q.explanation.matchAll(/should be \u201c([^\u201d]+)\u201d/g)) {
            const hit = q.options.find((o) => words(o).includes(words(right!)));
            if (hit) found.push(`${q.id} (${i}): "${right}" written in "${hit}"`);
          }
        }
      }
    }
    expect(total).to.be.above(1000);
    expect(found.slice(0, 5), `${found.length} of ${total}`).to.deep.equal([]);
  });

  it('a "which is true" answer is neither the lone longest by a tenth nor alone with or without a figure, where the bank allows (the test bank does)', async () => {
    const bank = await load('/test/fixtures/generator-bank.json');
    const found: string[] = [];
    for (let i = 0; i < 200; i++) {
      for (const q of candidates(bank, { seed: `form-${i}`, kinds: ['support'] })) {
        if (q.kind !== 'support') continue;
        const key = q.options[q.correct]!;
        const others = q.options.filter((_, j) => j !== q.correct);
        const figure = (t: string) => /(?:^|[^\p{L}\d-])\d/u.test(t) || /\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b/i.test(t);
        if (key.length > 1.1 * Math.max(...others.map((o) => o.length))) found.push(`${q.id} (${i}): the lone longest`);
        if (others.every((o) => figure(o) !== figure(key))) found.push(`${q.id} (${i}): the only one ${figure(key) ? 'with' : 'without'} a figure`);
      }
    }
    expect(found.slice(0, 5), `${found.length} found`).to.deep.equal([]);
  });
});

describe('generate: a figure of another period is no distractor', () => {
  it('a monthly figure is never offered beside yearly ones of the story, nor the other way, in any bank over 20 seeds', async () => {
    const period = (label: string) => (/\b(?:monthly|a month|per month)\b/i.test(label) ? 'month' : /\b(?:yearly|annual|a year|per year)\b/i.test(label) ? 'year' : '');
    const found: string[] = [];
    let dated = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      const figures = bank.facts.flatMap((f) => Object.values(f.slots).flatMap((v) => ('number' in v ? [v] : [])));
      for (let i = 0; i < 20; i++) {
        for (const q of candidates(bank, { seed: `period-${i}`, kinds: ['choice'] })) {
          if (q.kind !== 'choice') continue;
          const fact = bank.facts.find((f) => f.id === q.facts[0])!;
          const value = fact.slots[q.id.split('.')[1]!]!;
          if (!('number' in value) || !period(value.label)) continue;
          dated += 1;
          for (const [j, o] of q.options.entries()) {
            if (j === q.correct) continue;
            const n = Number(o.replace(/[^\d.]/g, ''));
            const same = figures.filter((v) => v.number === n && v.unit === value.unit);
            if (same.length && same.every((v) => period(v.label) && period(v.label) !== period(value.label))) found.push(`${q.id}: ${o} is ${same[0]!.label}`);
          }
        }
      }
    }
    expect(dated).to.be.above(20);
    expect([...new Set(found)]).to.deep.equal([]);
  });
});

describe('generate: no named answer is the only option shaped like its question', () => {

  /** The words of five letters or more of a text, lower case. */
  const longWords = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length >= 5);
  /** Whether an option shares a run of five letters with a word of the stem ("copter" in "Eurocopter" and "helicopter"). */
  const echoes = (option: string, stem: string) =>
    longWords(option).some((w) => longWords(stem).some((s) => Array.from({ length: w.length - 4 }, (_, i) => w.slice(i, i + 5)).some((run) => s.includes(run))));

  it('"Eurocopter" is never the one option echoing "Which helicopter group", in any bank, over 20 seeds', async () => {
    const found: string[] = [];
    let total = 0;
    for await (const { q } of everyQuestion('echo', 20, ['choice'])) {
      if (q.kind !== 'choice' || /\d/.test(q.answerText)) continue;
      total += 1;
      const others = q.options.filter((_, j) => j !== q.correct);
      if (echoes(q.answerText, q.prompt) && !others.some((o) => echoes(o, q.prompt))) found.push(`${q.id}: ${q.prompt} ${q.options.join(' | ')}`);
    }
    expect(total).to.be.above(1000);
    expect([...new Set(found)]).to.deep.equal([]);
  });
});

describe('generate: a right figure is not the one option in the middle of two others', () => {
  /** Whether `m` is halfway between two other options. */
  const centre = (xs: number[], m: number) => xs.some((a) => a < m && xs.some((b) => b > m && Math.abs(a + b - 2 * m) <= 1e-9 * Math.max(1, Math.abs(m))));

  it('"2.82, 3.22, 3.62" beside "8.66" is not drawn: in at most 1 of 100 figure choices, in every bank, over 20 seeds', async () => {
    const found: string[] = [];
    let total = 0;
    for await (const { q, seed } of everyQuestion('centre', 20, ['choice'])) {
      if (q.kind !== 'choice' || !q.options.every((o) => /^[^\p{L}]*\d/u.test(o))) continue;
      const xs = q.options.map((o) => Number(o.replace(/[^\d.-]/g, '')));
      if (xs.some(Number.isNaN)) continue;
      total += 1;
      const key = xs[q.correct]!;
      if (centre(xs, key) && xs.every((m) => m === key || !centre(xs, m))) found.push(`${q.id} (${seed}): ${q.options.join(' | ')}`);
    }
    expect(total).to.be.above(500);
    expect(found.length, found.slice(0, 5).join('\n')).to.be.at.most(total / 100);
  });
});

describe('generate: words every option of a claim or reason repeats are said once, in the question', () => {
  const SMALL = new Set('a an the of and or but in on at to for by with from as that this it its he she they his her their was were is are be been had has have would could will did do not no'.split(' '));

  it('moves a shared opening or closing into the question, and leaves options with little in common as they are', () => {
    expect(framed('What did Niland say?', ['The budget debate had become futile.', 'The budget debate had moved quickly.', 'The budget debate had been hard going.', 'The budget debate had produced a compromise.'])).to.deep.equal({
      prompt: 'What did Niland say? The budget debate had …',
      options: ['become futile', 'moved quickly', 'been hard going', 'produced a compromise'],
    });
    // As the caller says it, and one word of meaning is enough: "The dead were".
    expect(framed('What did Pikal say?', ['The dead were buried.', 'The dead were left.', 'The dead were laid out.', 'The dead were carried off.'], (gap) => `Pikal said ${gap.toLowerCase()}`)).to.deep.equal({
      prompt: 'Pikal said the dead were …',
      options: ['buried', 'left', 'laid out', 'carried off'],
    });
    expect(framed('What did Pikal say?', ['he believed the cold had killed the victims', 'he believed gas had killed the victims', 'he believed fires had killed the victims', 'he believed aftershocks had killed the victims'])).to.deep.equal({
      prompt: 'What did Pikal say? He believed ___ had killed the victims.',
      options: ['the cold', 'gas', 'fires', 'aftershocks'],
    });
    // Two small words, or one of meaning, are no frame worth moving; nor is one that would leave an option empty.
    const loose = ['To win the vote', 'To win time', 'To win support abroad', 'To win the war'];
    expect(framed('Why?', loose)).to.deep.equal({ prompt: 'Why?', options: loose });
    const whole = ['The council met on Monday', 'The council met on Monday again', 'The council met on Monday late', 'The council met on Monday early'];
    expect(framed('When?', whole)).to.deep.equal({ prompt: 'When? The council met on …', options: ['Monday', 'Monday again', 'Monday late', 'Monday early'] });
  });

  it("tells a speaker's role after the name as news writing does: with a, an, the or, for an office of someone or something, bare", () => {
    const said = (title: string, former = false) => inApposition({ title, former });
    expect(said('city representative')).to.equal('a city representative');
    expect(said('journalist', true)).to.equal('a former journalist');
    expect(said('analyst at CM-CIC')).to.equal('an analyst at CM-CIC');
    expect(said('helper in the rescue efforts')).to.equal('a helper in the rescue efforts');
    expect(said('mayor')).to.equal('the mayor');
    expect(said('Mayor', true)).to.equal('a former Mayor');
    expect(said('president of Turkey')).to.equal('president of Turkey');
    expect(said('spokeswoman for LIGO')).to.equal('spokeswoman for LIGO');
    expect(said("Ukraine's defence minister")).to.equal("Ukraine's defence minister");
    expect(said('the leader of North Korea')).to.equal('leader of North Korea');
  });

  it('no claim or reason question of any bank, over 20 seeds, has options that open or close alike by three words, one of meaning', async () => {
    const found: string[] = [];
    let framedCount = 0;
    for await (const { bank, q } of everyQuestion('frame', 20, ['claim', 'reason'])) {
      if (q.kind !== 'claim' && q.kind !== 'reason') continue;
      if (/ (?:…|___ .*\.)$/.test(q.prompt)) {
        framedCount += 1;
        // A claim is one sentence: its speaker with their role, "said", the words the options share.
        if (q.kind === 'claim') expect(q.prompt, q.id).to.match(/^[^?]+ said [^?]+$/);
        // What the options point back to ("finance the vehicles", "such a deal") is named in the question.
        if (q.kind === 'claim') {
          const item = bank.understanding!.find((u) => q.id.startsWith(`${u.id}.`))!;
          const about = new Set(normalize(item.kind === 'claim' ? item.about : '').split(' ').filter((w) => w.length > 3));
          const prompt = normalize(q.prompt);
          for (const o of q.options) for (const m of o.matchAll(/\b(?:the|such an?|its|their)\s+([a-z-]+)/gi)) {
            if (about.has(m[1]!.toLowerCase()) && !prompt.includes(m[1]!.toLowerCase())) found.push(`${q.id}: "${m[0]}" points to nothing in "${q.prompt}"`);
          }
        }
        // Its speaker's role reads as English: never "Ozel Pikal, former journalist, said".
        if (q.kind === 'claim') expect(q.prompt, q.id).not.to.match(/^[^,]+, (?:former )?[a-z]+(?: [a-z]+)?, said/);
      }
      expect(q.answerText, q.id).to.equal(q.options[q.correct]);
      const words = q.options.map((o) => o.replace(/[.!?]+$/, '').split(/\s+/));
      const shared = (at: (w: string[], k: number) => string | undefined) => {
        const out: string[] = [];
        for (let k = 0; words.every((w) => w.length > k + 1 && at(w, k) === at(words[0]!, k)); k++) out.push(at(words[0]!, k)!);
        return out;
      };
      const frame = [...shared((w, k) => w[k]), ...shared((w, k) => w[w.length - 1 - k])];
      if (frame.length >= 3 && frame.filter((w) => !SMALL.has(w.toLowerCase()) && w.length >= 3).length >= 1) found.push(`${q.id}: ${q.options.join(' | ')}`);
    }
    expect([...new Set(found)]).to.deep.equal([]);
    expect(framedCount, 'questions with a frame in the question').to.be.above(0);
  });

  it('names what a framed claim points back to: "the results" as EADS\'s results for 2011, "the vehicles" by what it is about ("Commenting on ...", not a bare "On ..."), inventing no question put to the speaker', async () => {
    const prompts = async (path: string) => {
      const bank = await load(`/test/fixtures/banks/${path}.json`);
      const out = new Set<string>();
      for (let i = 0; i < 20; i++) for (const q of candidates(bank, { seed: `frame-${i}`, kinds: ['claim'] })) if (q.id.endsWith('.what')) out.add(q.prompt);
      return [...out];
    };
    expect(await prompts('eads-2011')).to.include('Haralf Liberge-Dondoux, an analyst at CM-CIC, said EADS\'s results for 2011 were …');
    expect((await prompts('el-paso-budget')).filter((p) => p.includes('said the city should'))).to.deep.equal([
      'Commenting on how the city should pay for emergency and police vehicles, Robert Cortinas, director of management and budget for the city of El Paso, said the city should …',
    ]);
    // Nor a bare "On an arms deal between North Korea and Russia, the United States said ...", which reads stilted.
    const bare: string[] = [];
    for await (const { q } of everyQuestion('frame', 20, ['claim'])) if (/^On\b[^,?]*,/.test(q.prompt)) bare.push(q.prompt);
    expect([...new Set(bare)]).to.deep.equal([]);
    // The article reports what was said, not that anyone asked: "Asked about an arms deal, the US said ..." invented a question.
    const asked: string[] = [];
    for await (const { q } of everyQuestion('frame', 20, ['claim'])) if (/\basked\b/i.test(q.prompt)) asked.push(q.prompt);
    expect([...new Set(asked)]).to.deep.equal([]);
  });
});

describe('generate: "who said it" offers people who speak in the articles before names from outside them', () => {
  it('never three names of a pool beside a speaker, in any bank over 20 seeds, where the bank has other speakers', async () => {
    const found: string[] = [];
    let asked = 0;
    for await (const { bank, q } of everyQuestion('who', 20, ['claim'])) {
      if (q.kind !== 'claim' || !q.id.endsWith('.who')) continue;
      asked += 1;
      const pooled = new Set((bank.pools ?? []).flatMap((p) => p.entities.map((e) => normalize(e.label))));
      const outside = q.options.filter((o, k) => k !== q.correct && pooled.has(normalize(o)));
      if (outside.length === 3) found.push(`${q.id}: ${q.options.join(' / ')}`);
    }
    expect(asked).to.be.above(50);
    expect([...new Set(found)]).to.deep.equal([]);
  });
});

describe('generate: a blank after "a" or "an" reads as English', () => {
  it('takes the article its answer takes, never "a(n)", in every cloze of every bank', async () => {
    const found: string[] = [];
    let before = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      for (const q of candidates(bank, { seed: 'article', kinds: ['cloze'] })) {
        if (q.kind !== 'cloze') continue;
        if (/\(n\)/.test(q.before)) found.push(`${q.id}: ${q.before}___`);
        const m = /(?:^|\s)(an?)\s$/i.exec(q.before);
        if (m && q.blank.type === 'text') {
          before += 1;
          if (m[1]!.toLowerCase() !== article(q.answerText)) found.push(`${q.id}: ${q.before}${q.answerText}`);
        }
      }
    }
    expect(found).to.deep.equal([]);
    expect(before, 'blanks after an article').to.be.above(0);
  });
});

describe('generate: no wrong name of a question is told of by another question of the quiz', () => {
  it('over 200 quizzes of each bank, no choice has two wrong options another prompt names ("joined Niland, Limon and Noe in voting against")', async function () {
    // 1,200 quizzes: a property over many seeds, not a measure of speed (npm run bench is).
    this.timeout(120000);
    const found: string[] = [];
    for (const path of BANKS) {
      const bank = await load(path);
      const index = indexOf(bank);
      const names = (text: string) => [...index.namedIn(text)];
      // The one name an option is ("Pskov airfield", not the Pskov region it also names).
      const whole = (option: string) => names(option).filter((id) => index.norms(id).includes(normalize(option)));
      for (let i = 0; i < 200; i++) {
        const { questions } = generate(bank, { seed: `cue-${i}`, count: 10 });
        for (const q of questions) {
          if (!('options' in q) || !('correct' in q)) continue;
          const wrong = q.options.filter((o, k) => k !== q.correct && o.split(' ').length < 5).flatMap(whole);
          for (const other of questions) {
            if (other === q) continue;
            const told = names(other.prompt).filter((id) => wrong.includes(id));
            if (told.length >= 2) found.push(`${q.id} beside ${other.id}: ${told.join(', ')}`);
          }
        }
      }
    }
    expect([...new Set(found)]).to.deep.equal([]);
  });

  it('over 300 quizzes of each bank, no question has two wrong figures that another question states as what they are ("40 per cent" and "87 per cent" for the growth of orders)', async function () {
    // 1,800 quizzes: about 50 s in Node alone, more beside another test file on two cores. How fast they are
    // drawn is the bench's to tell, not this test's.
    this.timeout(300000);
    // Figures written in digits ("€1.8 billion" is 1.8); a count up to ten tells no fact from another.
    const telling = (text: string) =>
      [...text.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).filter((n) => !(Number.isInteger(n) && n <= 10));
    const found: string[] = [];
    let offered = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      for (let i = 0; i < 300; i++) {
        const { questions } = generate(bank, { seed: `figure-cue-${i}`, count: 10 });
        const wrongOf = (q: (typeof questions)[number]) =>
          'options' in q && 'correct' in q ? q.options.filter((o, k) => k !== q.correct && o.split(' ').length < 5).flatMap((o) => telling(o).slice(0, 1)) : [];
        for (const q of questions) {
          const wrong = new Set(wrongOf(q));
          if (wrong.size >= 2) offered += 1;
          for (const other of questions) {
            if (other === q) continue;
            // What the other question states: its prompt, answer and feedback, not the wrong figures its feedback corrects.
            const own = new Set(wrongOf(other));
            const stated = new Set(telling([other.prompt, other.answerText, other.explanation].join(' ')).filter((n) => !own.has(n)));
            const told = [...wrong].filter((n) => stated.has(n));
            if (told.length >= 2) found.push(`${path}: ${q.id} beside ${other.id}: ${told.join(', ')}`);
          }
        }
      }
    }
    expect(offered, 'questions with two telling wrong figures').to.be.above(100);
    expect([...new Set(found)]).to.deep.equal([]);
  });
});

describe('generate: a figure typed back is one a reader can recall', () => {
  it('no typed question asks a figure of more than three significant digits, or two with a decimal part, unless the bank gives a tolerance; such a figure is asked among options', async function () {
    this.timeout(120000);
    // Counted from the answer a student sees: "$953.8 million" has four, "€1.03 billion" three with a decimal part.
    const significant = (n: number) => {
      const [whole, part = ''] = String(Math.abs(n)).split('.');
      const digits = `${whole}${part}`.replace(/^0+/, '');
      return { count: (part ? digits : digits.replace(/0+$/, '')).length, decimal: part !== '' };
    };
    const hard = (n: number) => significant(n).count > (significant(n).decimal ? 2 : 3);
    const found: string[] = [];
    const asChoice = new Set<string>();
    for await (const { bank, q, seed } of everyQuestion('recall', 4, ['number', 'cloze', 'choice'])) {
      const fact = bank.facts.find((f) => f.id === q.facts[0])!;
      const slot = q.id.split('.')[1]!;
      const v = fact.slots[slot];
      if (!v || !('number' in v) || typeof v.tolerance === 'number' || !hard(v.number)) continue;
      if (q.kind === 'choice') asChoice.add(q.id);
      else found.push(`${q.id} (${seed}): ${v.number} typed`);
    }
    expect(found).to.deep.equal([]);
    expect([...asChoice].sort()).to.include.members(['box-office-takings.gross.choice', 'net-profit-jump.profit.choice']);
  });
});

describe('generate: a speaker\'s role told once a quiz', () => {
  it('no prompt names a person with the role an earlier prompt of the quiz gave them ("Ozel Pikal, a former journalist," three times)', async function () {
    this.timeout(120000);
    const found: string[] = [];
    let shortened = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      const people = bank.entities.filter((e) => e.roles?.length).map((e) => e.label);
      for (let i = 0; i < 100; i++) {
        const { questions } = generate(bank, { seed: `role-${i}`, count: 10 });
        const told = new Set<string>();
        const named = new Set<string>();
        for (const q of questions) {
          for (const name of people) {
            if (!q.prompt.includes(name)) continue;
            const withRole = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, [^,]{3,80},`).exec(q.prompt)?.[0];
            if (withRole && told.has(withRole)) found.push(`${path} role-${i} ${q.id}: ${withRole}`);
            if (withRole) told.add(withRole);
            else if ([...told].some((t) => t.startsWith(`${name},`)) && named.has(name)) shortened += 1;
            named.add(name);
          }
        }
      }
    }
    expect(found.slice(0, 5), `${found.length}`).to.deep.equal([]);
    expect(shortened, 'a name told alone after its role').to.be.above(10);
  });
});

describe('role links (a question naming one never offers the other)', () => {
  const role = (title: string) => ({ title, article: 'a', paragraph: 1 });
  const person = (id: string, label: string, ...titles: string[]) => ({ id, type: 'person', label, roles: titles.map(role) });
  const country = (id: string, label: string, aliases?: string[]) => ({ id, type: 'country', label, ...(aliases ? { aliases } : {}) });
  const bank = {
    types: [
      { id: 'person', label: 'person', plural: 'people', ask: 'Who' },
      { id: 'country', label: 'country', plural: 'countries' },
      { id: 'aircraft', label: 'aircraft', plural: 'aircraft' },
    ],
    entities: [
      person('kim', 'Kim Jong-un', 'leader of North Korea'),
      country('north-korea', 'North Korea', ['DPRK']),
      country('south-korea', 'South Korea'),
      person('zelensky', 'Volodymyr Zelensky', 'Ukrainian president'),
      country('ukraine', 'Ukraine'),
      person('kallas', 'Kaja Kallas', 'Estonian prime minister'),
      country('estonia', 'Estonia'),
      person('lavrov', 'Sergei Lavrov', "Russia's foreign minister"),
      country('russia', 'Russia'),
      person('pilot', 'Anna Bondar', 'instructor on the F-16 at the academy'),
      { id: 'f-16', type: 'aircraft', label: 'F-16' },
      person('envoy', 'Ivan Holub', 'envoy to the DPRK', 'former envoy of himself, Ivan Holub'),
    ],
    pools: [{ type: 'country', entities: [{ id: 'moldova', label: 'Moldova' }] }],
    facts: [],
    articles: [],
  } as unknown as Bank;
  const links = (id: string) => [...indexOf(bank).linked(id)].sort();

  it('ties a person and the names their role holds, both ways: whole names, aliases, adjectives, possessives, codes', () => {
    expect(links('kim')).to.deep.equal(['north-korea']);
    expect(links('north-korea')).to.deep.equal(['envoy', 'kim']);
    expect(links('ukraine')).to.deep.equal(['zelensky']);
    expect(links('zelensky')).to.deep.equal(['ukraine']);
    expect(links('estonia')).to.deep.equal(['kallas']);
    expect(links('russia')).to.deep.equal(['lavrov']);
    expect(links('f-16')).to.deep.equal(['pilot']);
    expect(links('pilot')).to.deep.equal(['f-16']);
  });

  it('ties no name that shares only a word, no pool name that no title holds, never a person to themselves', () => {
    expect(links('south-korea')).to.deep.equal([]);
    expect(links('moldova')).to.deep.equal([]);
    expect(links('envoy')).to.deep.equal(['north-korea']);
    expect(links('nobody')).to.deep.equal([]);
  });
});

describe('generate: the start screen gives no answer away', () => {
  /** The figures a headline writes: digits ("11K" as 11,000) and number words up to ten. */
  const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const figuresIn = (text: string): number[] => [
    ...[...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(k?)\b/gi)].map((m) => Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1)),
    ...normalize(text).split(' ').flatMap((w) => (WORDS.includes(w) ? [WORDS.indexOf(w)] : [])),
  ];

  it('over 200 quizzes of 6 from each bank, no name or figure asked for is in the quiz\'s title or a headline it shows ("death toll goes over 11K")', async () => {
    const found: string[] = [];
    for (const path of BANKS) {
      const bank = await load(path);
      for (let i = 0; i < 200; i++) {
        const { questions } = generate(bank, { seed: `headline-${i}`, count: 6 });
        const shown = [bank.title, ...bank.articles.filter((a) => questions.some((q) => q.article === a.id)).map((a) => a.title)];
        const words = ` ${normalize(shown.join(' '))} `;
        const figures = shown.flatMap(figuresIn);
        for (const q of questions) {
          if (!['choice', 'text', 'number', 'cloze'].includes(q.kind)) continue;
          const answer = q.answerText;
          const figure = /^[$€£]?\d/.test(answer) ? Number(answer.replace(/^[$€£]/, '').split(' ')[0]!.replace(/,/g, '')) : undefined;
          const name = normalize(answer).replace(/^the /, '');
          if (figure !== undefined ? figures.includes(figure) : words.includes(` ${name} `)) found.push(`${path} ${q.id}: ${answer}`);
        }
      }
    }
    expect([...new Set(found)]).to.deep.equal([]);
  });

  it('no statement is the right option by a rare word its article\'s headline shows (the company results bank: "Interference")', async () => {
    const bank = await load('/test/fixtures/banks/eads-2011.json');
    const headline = normalize(bank.articles[0]!.title);
    expect(headline, 'the headline quotes the word').to.contain('interference');
    for (let i = 0; i < 200; i++) {
      for (const q of generate(bank, { seed: `headline-${i}`, count: 6 }).questions) {
        expect(normalize(q.answerText), q.id).not.to.contain('interference');
      }
    }
  });

  it('a typed answer or a false statement\'s right name that the title or a headline above the quiz says ("gravitational waves" above "Which new window on the universe did Reitze say the team was opening?", or above "... that of radio astronomy. True or false?", for gravitational wave astronomy): only as a last resort, in at most 1 of 100 quizzes of each bank (44 of 100 of the gravitational waves bank before)', async function () {
    this.timeout(120000);
    const small = new Set(['the', 'of', 'a', 'an', 'in', 'on', 'and', 'to', 'for', 'at', 'by', 'with']);
    const words = (t: string) => new Set(t.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter((w) => w && !small.has(w)).map((w) => w.replace(/s$/, '')));
    let seen = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      const labels = new Map(bank.entities.map((e) => [e.id, e.label]));
      let hinted = 0;
      for (let i = 0; i < 100; i++) {
        const { questions } = generate(bank, { seed: `hint-${i}`, count: 10 });
        const headings = words([bank.title, ...bank.articles.filter((a) => questions.some((q) => q.article === a.id)).map((a) => a.title)].join(' '));
        const hints = questions.some((q) => {
          // The names a student must come up with: a typed answer's, the right value of a false statement.
          const fact = bank.facts.find((f) => f.id === q.facts[0]);
          let slots: string[];
          if (q.kind === 'truefalse' && q.correct === 1) slots = Object.keys(fact?.slots ?? {});
          else if (q.kind === 'text' || q.kind === 'cloze') slots = [q.id.split('.')[1]!];
          else return false;
          seen += 1;
          const said = words([q.prompt, q.kind === 'cloze' ? `${q.before} ${q.after}` : ''].join(' '));
          return slots.some((slot) => {
            const v = fact?.slots[slot];
            if (!v || !('entity' in v)) return false;
            const missing = [...words(labels.get(v.entity) ?? '')].filter((w) => !said.has(w));
            return missing.length > 0 && missing.filter((w) => headings.has(w)).length * 2 >= missing.length;
          });
        });
        if (hints) hinted += 1;
      }
      expect(hinted, path).to.be.at.most(1);
    }
    expect(seen, 'typed questions and false statements seen').to.be.above(600);
  });

  it('a small bank still fills a quiz of 10 with an answer a headline shows, as a last resort, for every seed', async function () {
    // A hundred quizzes of a bank that needs its last resorts: time enough on a busy machine (speed is the bench's).
    this.timeout(120000);
    const bank = await load('/test/fixtures/banks/turkey-syria-earthquake-2023.json');
    for (let i = 0; i < 100; i++) expect(generate(bank, { seed: `headline-${i}`, count: 10 }).questions).to.have.length(10);
  });
});

describe('generate: a "which is true" question and a bank near its limit', () => {
  it('a "which is true" question two of whose false statements another question strikes out by telling the right value on the same paragraph ("How many miles separate the Pskov airfield from the Estonian border?" beside "Because Norway belongs to NATO, the strike on the Pskov airfield ... mattered"): only as a last resort, in at most 4 of 100 quizzes of each bank (the film awards bank\'s 10 of 100 before, 2 after)', async function () {
    this.timeout(120000);
    let supports = 0;
    for (const path of BANKS) {
      const bank = await load(path);
      const at = new Map(bank.facts.map((f) => [f.id, `${f.article}#${f.paragraph}`]));
      let found = 0;
      for (let i = 0; i < 100; i++) {
        const questions = generate(bank, { seed: `struck-${i}`, count: 10 }).questions;
        const told = (q: Question) => {
          const parts = q as unknown as Record<string, unknown>;
          const lists = ['left', 'right', 'items'].flatMap((k) => (Array.isArray(parts[k]) ? (parts[k] as string[]) : []));
          return [q.prompt, q.answerText, q.explanation, parts.before, parts.after, ...lists].filter((t) => typeof t === 'string').join(' ').toLowerCase();
        };
        const struck = questions.some((s) => {
          if (s.kind !== 'support') return false;
          supports += 1;
          // The feedback names each false statement's right value in the order of the facts they were made from.
          const rights = [...s.explanation.matchAll(/\u201c([^\u201d]+)\u201d should be \u201c([^\u201d]+)\u201d/g)].map((m) => m[2]!.toLowerCase());
          return rights.filter((r, j) => questions.some((q) => q !== s && `${q.article}#${q.paragraph}` === at.get(s.facts[j + 1]!) && told(q).includes(r))).length > 1;
        });
        if (struck) found += 1;
      }
      expect(found, path).to.be.at.most(4);
    }
    expect(supports, '"which is true" questions seen').to.be.above(100);
  });

  it('a bank near its limit fills a quiz of 10 for a seed whose first nine orders of drawing fall one short (the gravitational waves bank, 1 seed in 2,000)', async () => {
    const bank = await load('/test/fixtures/banks/gravitational-waves-2016.json');
    for (const seed of ['tfh-77', 'short-1982']) expect(generate(bank, { seed, count: 10 }).questions, seed).to.have.length(10);
  });
});

describe('generate: figures with decimals', () => {
  it('no choice among figures with decimals keeps the answer\'s last digit in every option (853.8, 903.8, 953.8, 1,003.8), in any bank over 20 seeds', async () => {
    const found: string[] = [];
    for await (const { q } of everyQuestion('ladder', 20, ['choice'])) {
      if (q.kind !== 'choice') continue;
      const figures = q.options.map((o) => /\d[\d,]*\.(\d+)/.exec(o)?.[1]);
      if (figures.some((f) => f === undefined)) continue;
      const last = new Set(figures.map((f) => f!.at(-1)));
      if (last.size === 1) found.push(`${q.id}: ${q.options.join(' / ')}`);
    }
    expect([...new Set(found)]).to.deep.equal([]);
  });
});
