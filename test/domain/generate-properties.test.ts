// The generator's invariants over at least 1,000 seeds on the seed bank (and the
// test bank). Each check is computed from the bank and the question alone, not
// from the generator's internals.
import { expect } from '@open-wc/testing';
import { candidates, generate } from '../../src/domain/generate.js';
import type { Bank, Fact, NumberSlot, SlotValue } from '../../src/domain/bank.js';
import type { ChoiceQuestion, MatchQuestion, OrderQuestion, Question } from '../../src/domain/question.js';
import { checkAnswer, matchesNumber, matchesText } from '../../src/domain/check.js';
import { article, normalize } from '../../src/domain/text.js';

const SEEDS = 1000;

async function load(url: string): Promise<Bank> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Bank;
}

/** Every text a question shows. */
function texts(q: Question): string[] {
  const out = [q.prompt, q.answerText, q.explanation];
  if ('options' in q) out.push(...q.options);
  if (q.kind === 'cloze') out.push(`${q.before}${q.answerText}${q.after}`);
  if (q.kind === 'match') out.push(...q.left, ...q.right);
  if (q.kind === 'order') out.push(...q.items);
  return out;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Checks a question against the bank; returns what is wrong, one line each. */
function problems(bank: Bank, q: Question): string[] {
  const out: string[] = [];
  const fail = (m: string) => out.push(`${q.id}: ${m}`);
  const { entities, idPattern, plurals } = context(bank);
  const forms = (id: string) => {
    const e = entities.get(id)!;
    return [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])];
  };

  // Citations.
  const art = bank.articles.find((a) => a.id === q.article);
  if (!art) fail(`unknown article ${q.article}`);
  else if (!(q.paragraph >= 1 && q.paragraph <= art.paragraphs)) fail(`paragraph ${q.paragraph} out of range`);
  for (const f of q.facts) if (!bank.facts.some((x) => x.id === f)) fail(`unknown fact ${f}`);
  if (q.kind !== 'match' && q.facts.length === 0) fail('cites no fact');
  if (![1, 2, 3].includes(q.difficulty)) fail(`difficulty ${q.difficulty}`);

  // Text hygiene and grammar.
  for (const t of texts(q)) {
    if (typeof t !== 'string' || !t.trim()) fail('empty text');
    if (/[{}]|undefined|NaN|\bnull\b|\[object/.test(t)) fail(`leftover in "${t}"`);
    const raw = idPattern && idPattern.exec(t);
    if (raw) fail(`raw id ${raw[1]} in "${t}"`);
    for (const m of t.matchAll(/(?:^|[\s(])([Aa]n?) ([A-Za-z0-9][\w-]*)/g)) {
      if (article(m[2]!) !== m[1]!.toLowerCase()) fail(`"${m[1]} ${m[2]}" in "${t}"`);
    }
    for (const [pattern, what] of plurals) if (pattern.test(t)) fail(`${what} in "${t}"`);
  }
  const ends = q.kind === 'cloze' || q.kind === 'match' || q.kind === 'order' ? ':' : '?';
  if (!q.prompt.endsWith(ends)) fail(`prompt does not end with "${ends}": ${q.prompt}`);
  if (ends === '?' && (q.prompt.match(/\?/g) ?? []).length !== 1) fail(`more than one question mark: ${q.prompt}`);
  if (!/^[A-Z0-9"'‘“]/.test(q.prompt)) fail(`prompt does not start with a capital: ${q.prompt}`);

  // The right answer checks as right.
  const right: Record<string, unknown> = {
    choice: (q as ChoiceQuestion).correct,
    truefalse: (q as ChoiceQuestion).correct,
    text: q.answerText,
    number: q.answerText,
    cloze: q.answerText,
    match: (q as MatchQuestion).pairs,
    order: (q as OrderQuestion).order,
  };
  if (!checkAnswer(q, right[q.kind] as never).correct) fail(`its own answer "${q.answerText}" does not check as correct`);

  const [factId, slot] = q.id.split('.');
  const fact = bank.facts.find((f) => f.id === factId);
  if (q.kind === 'choice') {
    if (q.options.length !== 4) fail(`${q.options.length} options`);
    if (!(q.correct >= 0 && q.correct < q.options.length)) fail('correct out of range');
    if (new Set(q.options.map(normalize)).size !== q.options.length) fail(`options not distinct: ${q.options.join(' | ')}`);
    const value = fact!.slots[slot!]!;
    const distractors = q.options.filter((_, i) => i !== q.correct);
    if ('entity' in value) {
      const answer = { accept: forms(value.entity), rivals: [] };
      if (!matchesText(q.options[q.correct]!, answer)) fail('correct option is not the answer');
      for (const d of distractors) if (matchesText(d, answer)) fail(`distractor "${d}" is accepted as the answer`);
      for (const d of distractors) {
        const id = [...entities].find(([, e]) => e.label === d)?.[0];
        if (!id) fail(`distractor "${d}" is no entity`);
        else if (competitorAnswers(bank, fact!, slot!, q.prompt, { entity: id })) fail(`distractor "${d}" also answers it`);
      }
    } else if ('number' in value) {
      const numbers = q.options.map((o) => Number(o.replace(/,/g, '')));
      if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) fail(`numeric options not ascending: ${q.options}`);
      const typed = { value: value.number, min: value.number - tol(value), max: value.number + tol(value), unit: value.unit };
      for (const d of distractors) if (matchesNumber(d, typed)) fail(`distractor ${d} within tolerance`);
      const [low, high] = bounds(fact!, slot!, value);
      for (const n of numbers) {
        if (n < low || n > high) fail(`option ${n} outside the bounds ${low}..${high}`);
        if (Number.isInteger(value.number) && !Number.isInteger(n)) fail(`option ${n} not whole`);
      }
      for (const d of distractors) {
        if (competitorAnswers(bank, fact!, slot!, q.prompt, { ...value, number: Number(d.replace(/,/g, '')) })) fail(`distractor ${d} also answers it`);
      }
    }
  }
  if (q.kind === 'truefalse') {
    if (q.options.join() !== 'True,False') fail('options are not True, False');
    const statement = q.prompt.replace(/ True or false\?$/, '');
    if (statement === q.prompt) fail('prompt lacks "True or false?"');
    if (q.correct === 1 && q.explanation.startsWith(statement)) fail('false statement equals the true one');
    if (q.correct === 0 && q.explanation.includes(statement) === false && !bank.facts.find((f) => f.id === factId)?.explanation) fail('true statement not explained');
  }
  if (q.kind === 'match') {
    if (q.left.length < 3 || q.left.length !== q.right.length) fail('sizes');
    if ([...q.pairs].sort().join() !== q.left.map((_, i) => i).join()) fail(`pairs not one to one: ${q.pairs}`);
    if (new Set(q.right.map(normalize)).size !== q.right.length) fail('roles repeat');
    if (new Set(q.left).size !== q.left.length) fail('people repeat');
    for (const [i, name] of q.left.entries()) {
      const person = bank.entities.find((e) => e.label === name);
      if (!person?.roles?.some((r) => q.right[q.pairs[i]!]!.endsWith(r.title))) fail(`${name} is not ${q.right[q.pairs[i]!]}`);
    }
  }
  if (q.kind === 'order') {
    if (q.items.length < 3) fail('fewer than 3 items');
    if ([...q.order].sort().join() !== q.items.map((_, i) => i).join()) fail('order is no permutation');
    const values = q.order.map((i) => valueOfLabel(bank, q.items[i]!));
    if (values.some((v) => v === null)) fail('an item is no label of the bank');
    if (values.some((v, i) => i > 0 && !(v! > values[i - 1]!))) fail(`not strictly increasing (a tie?): ${values}`);
  }
  return out;
}

type Context = {
  entities: Map<string, { label: string; aliases?: string[]; spellings?: string[]; type: string }>;
  idPattern: RegExp | null;
  plurals: [RegExp, string][];
};
const contexts = new WeakMap<Bank, Context>();

/** What the checks need from a bank, worked out once. */
function context(bank: Bank): Context {
  let c = contexts.get(bank);
  if (c) return c;
  const entities: Context['entities'] = new Map();
  for (const e of bank.entities) entities.set(e.id, e);
  for (const p of bank.pools ?? []) for (const e of p.entities) entities.set(e.id, { ...e, type: p.type });
  // Ids with a hyphen that no label or statement uses: they may never show.
  const bankWords = JSON.stringify(bank.entities.map((e) => [e.label, e.aliases])) + bank.facts.map((f) => f.text).join(' ');
  const ids = [...bank.entities.map((e) => e.id), ...bank.facts.map((f) => f.id)].filter((id) => id.includes('-') && !bankWords.includes(id));
  const idPattern = ids.length ? new RegExp(`(?:^|[^\\w-])(${ids.map(escape).join('|')})(?:[^\\w-]|$)`) : null;
  const plurals: [RegExp, string][] = [];
  const many = `(?:${SMALL.slice(2).join('|')}|\\d*[02-9]|\\d+\\d)`;
  for (const f of bank.facts) {
    for (const v of Object.values(f.slots)) {
      if (!('number' in v)) continue;
      const singular = v.unitSingular ?? v.unit.replace(/s$/, '');
      if (singular === v.unit) continue;
      plurals.push([new RegExp(`\\b(one|1) ${escape(v.unit)}\\b`), `"one ${v.unit}"`]);
      plurals.push([new RegExp(`\\b${many} ${escape(singular)}\\b(?! or)`), `a plural figure with "${singular}"`]);
    }
  }
  c = { entities, idPattern, plurals };
  contexts.set(bank, c);
  return c;
}

/**
 * Questions of one quiz that give another away: an answer (a name, a figure)
 * standing in another question's wording, or two facts of one event both asked.
 */
function giveaways(bank: Bank, questions: Question[]): string[] {
  const out: string[] = [];
  const common = commonNames(bank);
  const wordingOf = (q: Question) => ` ${normalize(q.kind === 'cloze' ? `${q.before} ${q.after}` : q.prompt)} `;
  for (const q of questions) {
    let answer: string | null = null;
    if (q.kind === 'choice' || q.kind === 'text' || (q.kind === 'cloze' && q.blank.type === 'text')) answer = normalize(q.answerText);
    if (q.kind === 'number' || (q.kind === 'cloze' && q.blank.type === 'number')) answer = normalize(q.answerText).split(' ')[0]!;
    if (!answer || common.has(answer)) continue;
    // The name itself, or its adjective: "Estonian", "Ukrainian".
    const forms = [answer, `${answer}n`, `${answer.replace(/e$/, '')}ian`];
    for (const other of questions) {
      if (other !== q && forms.some((f) => wordingOf(other).includes(` ${f} `))) out.push(`${other.id} shows the answer to ${q.id} (${q.answerText})`);
    }
  }
  const asked = questions.filter((q) => q.kind !== 'match' && q.kind !== 'order').map((q) => q.facts[0]!);
  for (const o of bank.overlaps ?? []) {
    if (o.kind === 'same-event' && o.facts.filter((f) => asked.includes(f)).length > 1) out.push(`one event asked twice: ${o.facts.join(', ')}`);
  }
  return out;
}

/** Names (normalised) the bank mentions in a fifth or more of its facts: naming them gives nothing away. */
function commonNames(bank: Bank): Set<string> {
  const texts = bank.facts.map((f) => {
    const labels = Object.values(f.slots).map((v) => ('entity' in v ? bank.entities.find((e) => e.id === v.entity)?.label ?? '' : ''));
    return ` ${normalize(`${f.text} ${labels.join(' ')}`)} `;
  });
  const out = new Set<string>();
  for (const e of bank.entities) {
    const forms = [e.label, ...(e.aliases ?? [])].map((f) => ` ${normalize(f)} `);
    if (texts.filter((t) => forms.some((f) => t.includes(f))).length / texts.length >= 0.2) out.add(normalize(e.label));
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tol(v: NumberSlot): number {
  return v.tolerance ?? (v.qualifier === 'about' ? v.number / 10 : 0);
}

/** A figure and a larger one of the same unit in one fact bound each other ("43 of 44"); counts are positive. */
function bounds(fact: Fact, slot: string, v: NumberSlot): [number, number] {
  let low = v.number >= 1 ? 1 : -Infinity;
  let high = Infinity;
  for (const [s, w] of Object.entries(fact.slots)) {
    if (s === slot || !('number' in w) || normalize(w.unit) !== normalize(v.unit)) continue;
    if (w.number > v.number) high = Math.min(high, w.number);
    if (w.number < v.number) low = Math.max(low, w.number);
  }
  return [low, high];
}

/** The figure or date an order item's label stands for. */
function valueOfLabel(bank: Bank, label: string): number | null {
  for (const f of bank.facts) {
    for (const v of Object.values(f.slots)) {
      if ('number' in v && v.label === label) return v.number;
      if ('date' in v && v.label === label) return Number(v.date.replace(/-/g, '').padEnd(8, '0'));
    }
  }
  return null;
}

const same = (a: SlotValue, b: SlotValue) => JSON.stringify('entity' in a ? a.entity : 'number' in a ? a.number : a.date) === JSON.stringify('entity' in b ? b.entity : 'number' in b ? b.number : b.date);

/** How a slot value shows in a prompt, any of these. */
function shows(bank: Bank, v: SlotValue): string[] {
  if ('entity' in v) {
    const e = bank.entities.find((x) => x.id === v.entity);
    return e ? [e.label, ...(e.aliases ?? [])] : [];
  }
  if ('number' in v) return [String(v.number), SMALL[v.number] ?? String(v.number)];
  return [v.date.slice(0, 4)];
}

/**
 * Whether `candidate` is the value of `slot` in another fact of the same
 * relation that the prompt does not rule out: the prompt must show some other
 * detail of `fact` that the other fact has differently (or lacks, for facts
 * marked as distinct events).
 */
function competitorAnswers(bank: Bank, fact: Fact, slot: string, prompt: string, candidate: SlotValue): boolean {
  const text = normalize(prompt);
  for (const other of bank.facts) {
    if (other === fact || other.relation !== fact.relation) continue;
    const theirs = other.slots[slot];
    if (!theirs || !same(theirs, candidate)) continue;
    const distinct = (bank.overlaps ?? []).some((o) => o.kind === 'distinct-events' && o.facts.includes(fact.id) && o.facts.includes(other.id));
    const ruledOut = Object.entries(fact.slots).some(([s, v]) => {
      if (s === slot || !shows(bank, v).some((f) => ` ${text} `.includes(` ${normalize(f)} `))) return false;
      const w = other.slots[s];
      return w ? !same(v, w) : distinct;
    });
    if (!ruledOut) return true;
  }
  return false;
}

describe('the invariant checks themselves', () => {
  it('catch broken questions (so a green run means something)', async () => {
    const bank = await load('/test/fixtures/generator-bank.json');
    const all = candidates(bank, { seed: 'checks' });
    const choice = all.find((q) => q.id === 'pskov-strike.airfield.choice') as ChoiceQuestion;
    const numeric = all.find((q) => q.id === 'intercepted.downed.choice') as ChoiceQuestion;
    const match = all.find((q) => q.kind === 'match') as MatchQuestion;
    const order = all.find((q) => q.kind === 'order') as OrderQuestion;
    for (const q of [choice, numeric, match, order]) expect(problems(bank, q), q.id).to.deep.equal([]);
    const broken: [Question, RegExp][] = [
      [{ ...choice, options: [...choice.options.slice(0, 3), choice.options[choice.correct]!.toUpperCase()] }, /not distinct|accepted as the answer/],
      [{ ...choice, prompt: 'Which airfield did {x} hit?' }, /leftover/],
      [{ ...choice, prompt: 'Was it a F-16 or a Il-76?' }, /"a F-16"/],
      [{ ...choice, prompt: choice.prompt.replace('?', '.') }, /does not end with/],
      [{ ...choice, correct: (choice.correct + 1) % 4 }, /correct option is not the answer/],
      [{ ...choice, explanation: 'It was pskov-strike.' }, /raw id pskov-strike/],
      [{ ...choice, prompt: 'Which airfield did drones hit?', options: choice.options.map((o, i) => (i === choice.correct ? o : i === (choice.correct + 1) % 4 ? 'Morozovsk' : o)) }, /also answers it/],
      [{ ...numeric, options: ['41', '43', '44', '47'], correct: 1 }, /outside the bounds/],
      [{ ...numeric, options: ['44', '43', '41', '40'] }, /not ascending/],
      [{ ...numeric, explanation: 'Drones damaged 1 planes.' }, /one planes/],
      [{ ...match, pairs: match.pairs.map(() => 0) }, /one to one/],
      [{ ...order, items: order.items.map(() => order.items[0]!) }, /tie/],
    ];
    for (const [q, pattern] of broken) expect(problems(bank, q).join('\n'), q.prompt).to.match(pattern);
    expect(giveaways(bank, [choice, numeric])).to.deep.equal([]);
    expect(giveaways(bank, [choice, { ...numeric, prompt: 'How many drones hit Pskov?' }]).join()).to.match(/shows the answer to pskov-strike\.airfield\.choice/);
  });
});

for (const [name, url] of [
  ['the seed bank', '/questions/russia-ukraine-2024.json'],
  ['the test bank', '/test/fixtures/generator-bank.json'],
] as const) {
  describe(`generator invariants over ${SEEDS} seeds: ${name}`, function () {
    this.timeout(240000);
    let bank: Bank;
    before(async () => {
      bank = await load(url);
    });

    it('every quiz: valid questions, unique ids, spread over kinds and articles, no fact asked twice', () => {
      const found: string[] = [];
      const kindCounts: number[] = [];
      for (let i = 0; i < SEEDS; i++) {
        const quiz = generate(bank, { seed: `seed-${i}`, count: 10 });
        if (quiz.questions.length !== 10) found.push(`seed-${i}: ${quiz.questions.length} questions`);
        const ids = quiz.questions.map((q) => q.id);
        if (new Set(ids).size !== ids.length) found.push(`seed-${i}: repeated id`);
        const asked = quiz.questions.filter((q) => q.kind !== 'match').flatMap((q) => q.facts);
        if (new Set(asked).size !== asked.length) found.push(`seed-${i}: a fact asked twice`);
        if (new Set(quiz.questions.map((q) => q.article)).size !== bank.articles.length) found.push(`seed-${i}: an article left out`);
        kindCounts.push(new Set(quiz.questions.map((q) => q.kind)).size);
        found.push(...giveaways(bank, quiz.questions).map((m) => `seed-${i}: ${m}`));
        for (const q of quiz.questions) found.push(...problems(bank, q));
        if (found.length > 20) break;
      }
      expect(found).to.deep.equal([]);
      expect(Math.min(...kindCounts)).to.equal(7);
    });

    it('every candidate question of every seed: the invariants hold', () => {
      const found: string[] = [];
      for (let i = 0; i < SEEDS && found.length < 20; i += 5) {
        for (const q of candidates(bank, { seed: `all-${i}` })) found.push(...problems(bank, q));
      }
      expect(found).to.deep.equal([]);
    });

    it('the correct option is in each place about equally often, and true and false are balanced', () => {
      const places = [0, 0, 0, 0];
      let trueCount = 0;
      let falseCount = 0;
      for (let i = 0; i < SEEDS; i++) {
        for (const q of candidates(bank, { seed: `balance-${i}`, kinds: ['choice', 'truefalse'] })) {
          if (q.kind === 'choice') places[q.correct]! += 1;
          else if (q.kind === 'truefalse' && q.correct === 0) trueCount += 1;
          else if (q.kind === 'truefalse') falseCount += 1;
        }
      }
      const total = places.reduce((a, b) => a + b, 0);
      for (const p of places) expect(p / total, `places ${places}`).to.be.within(0.22, 0.28);
      expect(trueCount / (trueCount + falseCount), `${trueCount} true, ${falseCount} false`).to.be.within(0.47, 0.53);
    });

    it('the correct option is not systematically the longest', () => {
      let longest = 0;
      let total = 0;
      for (let i = 0; i < 200; i++) {
        for (const q of candidates(bank, { seed: `long-${i}`, kinds: ['choice'] })) {
          if (q.kind !== 'choice') continue;
          const lengths = q.options.map((o) => o.length);
          if (new Set(lengths).size === 1) continue;
          total += 1;
          if (lengths[q.correct] === Math.max(...lengths)) longest += 1;
        }
      }
      expect(longest / total).to.be.below(0.5);
    });
  });
}
