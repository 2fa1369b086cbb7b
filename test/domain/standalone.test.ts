import { expect } from '@open-wc/testing';
import { allQuestions } from '../../src/domain/generate.js';
import type { Bank, Fact } from '../../src/domain/bank.js';
import type { Question } from '../../src/domain/question.js';
import { inItsYear, pointsBack, withoutPointers } from '../../src/domain/standalone.js';
import { reviewBank } from '../../src/domain/review.js';

async function load(url: string): Promise<Bank> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Bank;
}

/** Every sentence a question shows of itself: its prompt, a cloze's sentence, a "which is true" option. */
function sentencesOf(q: Question): string[] {
  if (q.kind === 'cloze') return [`${q.before} ___ ${q.after}`];
  if (q.kind === 'support') return [...q.options];
  return [q.prompt];
}

describe('standalone: sentences that point back to what they do not name', () => {
  it('finds a description that names nothing, a pointing word, a pronoun that opens', () => {
    for (const text of [
      'The listening facilities detected the gravitational waves on {day}.',
      'One of the project\u2019s leaders compared the success to landing on {body}.',
      'Most of those present thought the work deserved {prize}.',
      'The two black holes merged {ago} ago.',
      'The signal, which lasted a fraction of a second, came from {objects}.',
      'These developments led {country} to send {weapon} in response.',
      'She said {city} was hit.',
      '{country} repeated the same warning.',
      'Ukraine answered that strike with {weapon}.',
      '{ceo} went through the group\u2019s yearly results at a {event}.',
      'The German letter asked EADS to move work back to {country}.',
      'The Israeli strike killed {dead} people near {city}.',
      'The Ukrainian drones hit {count} targets in {region}.',
    ]) {
      expect(pointsBack(text), text).not.to.equal(null);
    }
  });

  it('lets a description that names something within a few words stand, and words of time after "this"', () => {
    for (const text of [
      'The {jet} jets should strengthen Ukraine\u2019s air defence.',
      'The alliance between Russia and North Korea has kept growing.',
      'The earthquake that struck {first} and {second} measured {magnitude}.',
      'The savings put forward on {day} lower the bill.',
      'The orders EADS won in 2011 took its order book to {backlog}.',
      'EADS aims to lift its operating profit to {target} this year.',
      'No earthquake had killed as many people as this one for {span}.',
      'Drones damaged {planes} at {airfield}, such as transport planes.',
      '{governor} said the airfield would be repaired.',
      'The aerospace group EADS said the group\u2019s results rose by {rise}.',
      'The Russian air force said it shot down {count} drones.',
      'The German government\u2019s coordinator asked EADS to move work to {country}.',
      'The British navy sent {ship} to the Red Sea.',
      'The Nobel committee said {winner} had changed physics.',
      'The Oscar ceremony was held in {city}.',
      'The White House said {official} would travel to Kyiv.',
    ]) {
      expect(pointsBack(text), text).to.equal(null);
    }
  });

  it('takes out only the words whose going leaves the statement true', () => {
    expect(withoutPointers('Meanwhile, exploding drones hit targets in {regions} of Russia.')).to.equal('Exploding drones hit targets in {regions} of Russia.');
    expect(withoutPointers('EADS also owns the helicopter group {maker}.')).to.equal('EADS owns the helicopter group {maker}.');
    expect(withoutPointers('{governor} later said the airfield would be repaired.')).to.equal('{governor} said the airfield would be repaired.');
    expect(withoutPointers('{country} sent {weapon}, too.')).to.equal('{country} sent {weapon}.');
    expect(withoutPointers('In response, {country} sent {weapon}.')).to.equal('{country} sent {weapon}.');
    // An opening that tells when a statement held, and points at nothing, stays: without it "$3.22 a month" is no longer
    // told from the $2.49 put forward later, nor a night's strike from any other.
    expect(withoutPointers('At first, city staff had recommended {monthly} a month.')).to.equal('At first, city staff had recommended {monthly} a month.');
    expect(withoutPointers('Initially, {x} said no.')).to.equal('Initially, {x} said no.');
    expect(withoutPointers('At night, exploding drones hit targets in {regions} of Russia.')).to.equal('At night, exploding drones hit targets in {regions} of Russia.');
    expect(withoutPointers('The week before the vote, {mayor} vetoed the budget.')).to.equal('{mayor} vetoed the budget.');
    expect(withoutPointers('A few hours later, {x} said no.')).to.equal('{x} said no.');
    // A "later" counted from a figure, a degree "too", and a plain sentence stay as they are.
    for (const text of ['{amount} was found {weeks} later.', 'Prices were too high in {city}.', 'Drones hit {airfield} at night.', 'In 2011, {x} grew.', 'The day after Christmas, {x} left.']) {
      expect(withoutPointers(text)).to.equal(text);
    }
  });
});

describe('standalone: what a bank\u2019s questions show', () => {
  let bank: Bank;
  before(async () => {
    bank = await load(new URL('../fixtures/generator-bank.json', import.meta.url).href);
  });

  /** The test bank with one fact's text rewritten (its slots kept) and, where given, its `ask` wordings. */
  function withText(id: string, text: string, ask?: Record<string, string>): Bank {
    const copy = structuredClone(bank);
    const fact = copy.facts.find((f) => f.id === id)! as Fact;
    fact.text = text;
    if (ask) fact.ask = ask;
    return copy;
  }

  const questionsOf = (b: Bank, id: string) => {
    const out: Question[] = [];
    for (let i = 0; i < 12; i++) out.push(...allQuestions(b, { seed: `alone-${i}` }).filter((q) => q.facts.includes(id)));
    return out;
  };

  it('a fact whose text names nothing it opens with makes no statement, blank or option, and its ask still asks', () => {
    const changed = withText('killed', 'The falling debris from the downed missiles killed {dead} in {city}.', {
      city: 'In which city did debris from downed missiles kill people?',
    });
    const shown = questionsOf(changed, 'killed');
    const fromText = shown.filter((q) => sentencesOf(q).some((s) => /falling debris from the downed/i.test(s)));
    expect(fromText.map((q) => q.id)).to.deep.equal([]);
    expect(shown.some((q) => q.id === 'killed.city.choice' || q.id === 'killed.city.text')).to.equal(true);
    // The same fact, told in full, makes them.
    const told = questionsOf(withText('killed', 'Falling debris from downed missiles killed {dead} in {city}.'), 'killed');
    expect(told.some((q) => q.kind === 'truefalse' || q.kind === 'cloze')).to.equal(true);
  });

  it('a fact that opens "Meanwhile," and says "also" shows neither in any sentence made of it', () => {
    const changed = withText('regions-hit', 'Meanwhile, exploding drones also hit targets in {regions} Russian regions.');
    const made = questionsOf(changed, 'regions-hit').filter((q) => q.kind === 'truefalse' || q.kind === 'cloze');
    expect(made.length).to.be.above(0);
    const sentences = questionsOf(changed, 'regions-hit').flatMap(sentencesOf);
    expect(sentences.filter((s) => /\bmeanwhile\b|\balso\b/i.test(s))).to.deep.equal([]);
    expect(sentences.some((s) => /^Exploding drones hit targets in/.test(s))).to.equal(true);
  });

  it('an ask wording read on its own loses its "later" and "also" as a statement does', () => {
    const changed = withText('telegram-videos', '{governor} later posted videos of the night-time fire on {app}.', {
      governor: 'Who later posted videos of the night-time fire on Telegram?',
      app: 'On which app did Mikhail Vedernikov also post videos of the night-time fire?',
    });
    const prompts = questionsOf(changed, 'telegram-videos').flatMap((q) => ('prompt' in q ? [q.prompt] : []));
    expect(prompts).to.include('Who posted videos of the night-time fire on Telegram?');
    expect(prompts).to.include('On which app did Mikhail Vedernikov post videos of the night-time fire?');
    expect(prompts.filter((p) => /\blater\b|\balso\b/.test(p))).to.deep.equal([]);
  });

  it('the review sheet says which fact makes no statement and why', () => {
    const changed = withText('killed', 'The falling debris from the downed missiles killed {dead} in {city}.');
    const note = reviewBank(changed).notes.find((n) => n.path === `$.facts[${changed.facts.findIndex((f) => f.id === 'killed')}].text`);
    expect(note?.message).to.match(/opens with a description that names nothing.*"The falling debris from the downed"; no true-or-false/);
  });
});

describe('standalone: "this year" told as the article\u2019s year', () => {
  it('writes the year with the words around it, and leaves a text alone without a date', () => {
    expect(inItsYear('EADS forecasts that its sales will grow by {rise} this year.', '2012-03-08')).to.equal('EADS forecasts that its sales will grow by {rise} in 2012.');
    expect(inItsYear('What makes the outlook for this year ambitious?', '2012-03-08')).to.equal('What makes the outlook for 2012 ambitious?');
    expect(inItsYear('on top of last year\u2019s strong gain', '2012-03-08')).to.equal("on top of 2011's strong gain");
    expect(inItsYear('a vote expected next year', '2012')).to.equal('a vote expected in 2013');
    expect(inItsYear('sales will grow this year', null)).to.equal('sales will grow this year');
    expect(inItsYear('a yearly bill', '2012-03-08')).to.equal('a yearly bill');
  });

  it('no question of a dated bank says "this year" or "last year" (the company results of 2011, told in 2012)', async () => {
    const bank = await load(new URL('../fixtures/banks/eads-2011.json', import.meta.url).href);
    const said: string[] = [];
    for (let i = 0; i < 6; i++) {
      for (const q of allQuestions(bank, { seed: `year-${i}` })) {
        const texts = [...sentencesOf(q), q.explanation, q.answerText, ...('options' in q ? q.options : []), ...('items' in q ? q.items : [])];
        said.push(...texts.filter((t) => /\b(?:this|last|next) year\b/i.test(t)).map((t) => `${q.id}: ${t}`));
      }
    }
    expect([...new Set(said)]).to.deep.equal([]);
  });
});
