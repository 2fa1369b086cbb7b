import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkAnswer, matchesNumber, matchesText } from '../../src/domain/check.js';
import { translitKey } from '../../src/domain/text.js';
import type { Answer, NumberAnswer, Question, TextAnswer } from '../../src/domain/question.js';
import type { Bank, NumberSlot } from '../../src/domain/bank.js';
import { numberAnswer } from '../../src/domain/build.js';
import { allQuestions } from '../../src/domain/generate.js';

// Real names from the two seed articles (and, as rivals, real names from outside them),
// each as label + aliases, the way a bank lists them. Spellings are deliberately left out
// here so the checker has to find the variants itself.
const PEOPLE: Record<string, string[]> = {
  syrskyi: ['Oleksandr Syrskyi', 'Syrskyi'],
  danylyuk: ['Oleksandr Danylyuk', 'Danylyuk'],
  kim: ['Kim Jong-un', 'Kim Jong Un'],
  kimIl: ['Kim Jong-il', 'Kim Jong Il'],
  putin: ['Vladimir Putin', 'Putin'],
  kirby: ['John F. Kirby', 'John Kirby', 'Kirby'],
  vedernikov: ['Mikhail Vedernikov', 'Vedernikov'],
  popko: ['Serhiy Popko', 'Popko'],
};
const PLACES: Record<string, string[]> = {
  kyiv: ['Kyiv'],
  kharkiv: ['Kharkiv'],
  kherson: ['Kherson'],
  pskov: ['Pskov'],
  morozovsk: ['Morozovsk'],
  pyongyang: ['Pyongyang'],
  moscow: ['Moscow'],
};
const CARGO_PLANES: Record<string, string[]> = {
  il76: ['Il-76'],
  il78: ['Il-78'],
  an124: ['An-124'],
  c17: ['C-17'],
};
const FIGHTER_JETS: Record<string, string[]> = {
  f16: ['F-16'],
  f15: ['F-15'],
  mig29: ['MiG-29'],
  gripen: ['Gripen'],
};

/** The answer for one entity of a type: its forms, and every other entity of the type as a rival. */
function answerFor(group: Record<string, string[]>, id: string): TextAnswer {
  return {
    accept: group[id]!,
    rivals: Object.entries(group)
      .filter(([other]) => other !== id)
      .map(([, forms]) => forms),
  };
}

const textTable: { answer: [Record<string, string[]>, string]; accepted: string[]; rejected: string[] }[] = [
  {
    answer: [PEOPLE, 'syrskyi'],
    accepted: ['syrskyi', 'Syrskyj', 'SYRSKY', 'Sirskiy', 'Syrskii', 'Oleksandr Syrskyi', 'oleksandr syrskyj', 'Olexandr Sirsky', 'Syrsky'],
    rejected: ['Danylyuk', 'Oleksandr Danylyuk', 'Oleksandr', 'Syr', 'Syrskyi Oleksandr', 'Popko', '', '   '],
  },
  {
    answer: [PEOPLE, 'kim'],
    accepted: ['kim jong un', 'Kim Jong-Un', 'KIM JONG-UN', 'Kim Jongun', 'kim jong-un'],
    rejected: ['Kim Jong Il', 'Kim Jong-il', 'Kim', 'Kim Jong', 'Jong-un', 'Kim Jong Ung'],
  },
  {
    answer: [PEOPLE, 'kirby'],
    accepted: ['Kirby', 'kirby', 'Kriby', 'Kirb', 'John Kirby', 'John F Kirby', 'john f. kirby'],
    rejected: ['John', 'Kir', 'Kriby F', 'Popko'],
  },
  {
    answer: [PEOPLE, 'vedernikov'],
    accepted: ['Vedernikow', 'Wedernikow', 'vedernikov', 'Vedernkov', 'Mikhail Vedernikov', 'Mihail Vedernikov'],
    rejected: ['Vedern', 'Mikhail', 'Danylyuk'],
  },
  {
    answer: [PEOPLE, 'danylyuk'],
    accepted: ['Danyliuk', 'Danylyuk', 'Danylyk'],
    rejected: ['Syrskyi', 'Oleksandr Syrskyi'],
  },
  {
    answer: [PLACES, 'kyiv'],
    accepted: ['Kiev', 'kyiv', 'KYIV', 'Kyjiv', 'Kyyiv', 'the Kyiv'],
    rejected: ['Kharkiv', 'Kherson', 'Ky', 'Kyiv Pskov'],
  },
  {
    answer: [PLACES, 'pskov'],
    accepted: ['Pskow', 'pskov', 'Pksov', 'PSKOV'],
    rejected: ['Popko', 'Moscow', 'Psk'],
  },
  {
    answer: [CARGO_PLANES, 'il76'],
    accepted: ['il76', 'IL-76', 'Il 76', 'il-76', 'an Il-76'],
    rejected: ['Il-78', 'Il-7', 'Il-760', '76', 'Il', 'An-124'],
  },
  {
    answer: [FIGHTER_JETS, 'f16'],
    accepted: ['F16', 'f-16', 'F 16', 'an F-16'],
    rejected: ['F-15', 'F-61', 'F', '16', 'MiG-29'],
  },
];

describe('matchesText: accepted and rejected inputs for each kind of name', () => {
  for (const { answer: [group, id], accepted, rejected } of textTable) {
    const answer = answerFor(group, id);
    for (const input of accepted) {
      it(`accepts "${input}" for ${group[id]![0]}`, () => expect(matchesText(input, answer)).to.equal(true));
    }
    for (const input of rejected) {
      it(`rejects "${input}" for ${group[id]![0]}`, () => expect(matchesText(input, answer)).to.equal(false));
    }
  }

  it('rejects an input that is as close to a rival as to the answer', () => {
    // "Kim Jong Ul" is one letter from both: a fair teacher cannot tell which was meant.
    const answer: TextAnswer = { accept: ['Kim Jong Un'], rivals: [['Kim Jong Ul']] };
    expect(matchesText('Kim Jong Ul', answer)).to.equal(false);
    expect(matchesText('Kim Jong Un', answer)).to.equal(true);
  });

  it('accepts a typo the budget allows only when no rival is as close', () => {
    const alone: TextAnswer = { accept: ['Morozovsk'], rivals: [] };
    const crowded: TextAnswer = { accept: ['Morozovsk'], rivals: [['Morozovka']] };
    expect(matchesText('Morozovka', alone)).to.equal(true);
    expect(matchesText('Morozovka', crowded)).to.equal(false);
    expect(matchesText('Morozowsk', crowded)).to.equal(true);
  });

  it('reads Roman numerals as figures, not as transliteration variants', () => {
    const ww2: TextAnswer = { accept: ['World War II', 'WWII', 'Second World War'], rivals: [['World War I', 'WWI', 'First World War']] };
    expect(matchesText('World War II', ww2)).to.equal(true);
    expect(matchesText('world war ii', ww2)).to.equal(true);
    expect(matchesText('WWII', ww2)).to.equal(true);
    expect(matchesText('Second Wolrd War', ww2)).to.equal(true);
    expect(matchesText('World War I', ww2)).to.equal(false);
    expect(matchesText('WWI', ww2)).to.equal(false);
    expect(matchesText('World War III', ww2)).to.equal(false);
    expect(matchesText('World War ll', ww2)).to.equal(true);
    expect(matchesText('WWll', ww2)).to.equal(true);
    expect(matchesText('World War l', ww2)).to.equal(false);
    expect(matchesText('World War lll', ww2)).to.equal(false);
    expect(matchesText('World War I', { accept: ['World War II'], rivals: [] })).to.equal(false);
  });

  it('accepts the own words of a name built with "of", "in" or "for" in another order, spelled right, unless a rival has the same words', () => {
    const prize = { accept: ['Golden Lyre Prize for Poetry'], rivals: [['Golden Lyre Prize for Drama'], ['Silver Quill Award']] };
    expect(matchesText('golden lyre poetry prize', prize)).to.equal(true);
    expect(matchesText('the Poetry Golden Lyre Prize.', prize)).to.equal(true);
    expect(matchesText('golden lyre drama prize', prize)).to.equal(false);
    expect(matchesText('golden lyre prize', prize)).to.equal(false);
    expect(matchesText('golden lire poetry prize', prize)).to.equal(false);
    expect(matchesText('Interior Ministry', { accept: ['Ministry of the Interior'], rivals: [] })).to.equal(true);
    expect(matchesText('pact of coastal defence', { accept: ['coastal defence pact'], rivals: [] })).to.equal(true);
    expect(matchesText('ammunition for mortar launchers', { accept: ['mortar-launcher ammunition'], rivals: [] })).to.equal(true);
    const twins = { accept: ['Bank of Port Vale'], rivals: [['Vale Port Bank']] };
    expect(matchesText('Port Vale Bank', twins)).to.equal(false);
    expect(matchesText('Marta Solberg', { accept: ['Marta Solberg'], rivals: [] })).to.equal(true);
    expect(matchesText('Solberg Marta', { accept: ['Marta Solberg'], rivals: [] })).to.equal(false);
  });

  it('accepts a name written surname first before a comma ("Solberg, Marta"), never another person\'s', () => {
    const marta = { accept: ['Marta Solberg'], rivals: [['Ivo Tarnek']] };
    expect(matchesText('Solberg, Marta', marta)).to.equal(true);
    expect(matchesText('solberg, marta.', marta)).to.equal(true);
    expect(matchesText('Tarnek, Ivo', marta)).to.equal(false);
    expect(matchesText('Solberg, Ivo', marta)).to.equal(false);
  });

  it('rejects a second country joined by "&", "+" or a comma, even one the question names', () => {
    const answer = { accept: ['Norway'], rivals: [['Denmark'], ['Sweden']] };
    const question = 'Which country, unlike Finland, signed the accord?';
    for (const input of ['Norway & Finland', 'Norway + Finland', 'Norway, Finland', 'Norway / Finland']) {
      expect(matchesText(input, answer, undefined, question), input).to.equal(false);
    }
    expect(matchesText('Norway', answer, undefined, question)).to.equal(true);
    expect(matchesText('Norway signed the accord', answer, undefined, question)).to.equal(true);
    expect(matchesText('Bergen, Norway', { accept: ['Bergen'], rivals: [['Oslo']] }, undefined, 'In which city in Norway did it happen?')).to.equal(true);
  });

  it('accepts a surname alone only when it is listed', () => {
    expect(matchesText('Putin', { accept: ['Vladimir Putin'], rivals: [] })).to.equal(false);
    expect(matchesText('Putin', { accept: ['Vladimir Putin', 'Putin'], rivals: [] })).to.equal(true);
  });

  it('forgives a leading preposition, article or title, but not a wrong name after it', () => {
    const putin = answerFor(PEOPLE, 'putin');
    expect(matchesText('President Putin', putin)).to.equal(true);
    expect(matchesText('president vladimir putin', putin)).to.equal(true);
    expect(matchesText('President Popko', putin)).to.equal(false);
    expect(matchesText('President Putin', { accept: ['Vladimir Putin'], rivals: [] })).to.equal(false);
    const kyiv = answerFor(PLACES, 'kyiv');
    expect(matchesText('in Kyiv', kyiv)).to.equal(true);
    expect(matchesText('in Kiev', kyiv)).to.equal(true);
    expect(matchesText('in Kharkiv', kyiv)).to.equal(false);
    expect(matchesText('in', kyiv)).to.equal(false);
    expect(matchesText('in the Pskov region', { accept: ['Pskov region'], rivals: [['Kursk region']] })).to.equal(true);
    expect(matchesText('in the Kursk region', { accept: ['Pskov region'], rivals: [['Kursk region']] })).to.equal(false);
  });

  it('is true for every accepted form and false for every rival form, over every real name', () => {
    for (const group of [PEOPLE, PLACES, CARGO_PLANES, FIGHTER_JETS]) {
      for (const id of Object.keys(group)) {
        const answer = answerFor(group, id);
        for (const form of answer.accept) expect(matchesText(form, answer), `${form} for ${id}`).to.equal(true);
        for (const rival of answer.rivals) {
          for (const form of rival) expect(matchesText(form, answer), `${form} against ${id}`).to.equal(false);
        }
      }
    }
  });
});

describe('matchesText over the seed bank', () => {
  it('accepts every form of every entity and no form of another entity of its type (pools included)', async () => {
    const response = await fetch('/questions/russia-ukraine-2024.json');
    expect(response.ok, 'the seed bank is served').to.equal(true);
    const bank = (await response.json()) as Bank;
    const named = [
      ...bank.entities,
      ...(bank.pools ?? []).flatMap((pool) => pool.entities.map((e) => ({ ...e, type: pool.type }))),
    ];
    const formsOf = (e: { label: string; aliases?: string[]; spellings?: string[] }) => [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])];
    let checks = 0;
    for (const entity of bank.entities) {
      const answer: TextAnswer = {
        accept: formsOf(entity),
        rivals: named.filter((o) => o.type === entity.type && o.id !== entity.id).map(formsOf),
      };
      for (const form of answer.accept) expect(matchesText(form, answer), `${form} for ${entity.id}`).to.equal(true);
      for (const rival of answer.rivals) {
        for (const form of rival) expect(matchesText(form, answer), `${form} against ${entity.id}`).to.equal(false);
      }
      checks += answer.accept.length + answer.rivals.flat().length;
    }
    expect(checks).to.be.greaterThan(400);
  });
});

describe('matchesText: properties', () => {
  const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

  it('accepts every accepted form and rejects every rival form, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), fc.array(fc.array(name, { minLength: 1, maxLength: 2 }), { maxLength: 4 }), (accept, rivalLists) => {
        const keys = new Set(accept.map((f) => translitKey(f).replace(/ /g, '')));
        // A rival whose form reads the same as an accepted one is the same name: not a fair rival.
        const rivals = rivalLists.filter((forms) => forms.every((f) => !keys.has(translitKey(f).replace(/ /g, ''))));
        const answer: TextAnswer = { accept, rivals };
        return accept.every((f) => matchesText(f, answer)) && rivals.every((forms) => forms.every((f) => !matchesText(f, answer)));
      }),
      { numRuns: 500 },
    );
  });

  it('turns down a pasted essay at once', () => {
    const essay = 'Oleksandr Syrskyi '.repeat(5000);
    const start = performance.now();
    expect(matchesText(essay, answerFor(PEOPLE, 'syrskyi'))).to.equal(false);
    expect(matchesNumber(`${'forty '.repeat(5000)}three`, exactly43)).to.equal(false);
    expect(performance.now() - start).to.be.below(50);
  });

  it('never throws and gives a boolean for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), fc.array(fc.array(fc.string())), (input, accept, rivals) => {
        return typeof matchesText(input, { accept, rivals }) === 'boolean';
      }),
    );
  });
});

const exactly43: NumberAnswer = { value: 43, min: 43, max: 43, unit: 'missiles and drones' };
const atLeast2: NumberAnswer = { value: 2, min: 2, max: Number.MAX_SAFE_INTEGER, unit: 'people', qualifier: 'at-least' };
const about30: NumberAnswer = { value: 30, min: 27, max: 33, unit: 'miles' };
const year2022: NumberAnswer = { value: 2022, min: 2022, max: 2022, unit: '' };

const numberTable: { answer: NumberAnswer; name: string; accepted: string[]; rejected: string[] }[] = [
  {
    answer: exactly43,
    name: 'exactly 43',
    accepted: ['43', 'fourty-three', 'forty three', 'forty-three', 'Forty-Three', '43.0', '43,0', ' 43 ', '43 missiles', 'forty-three missiles and drones', '43.', 'exactly 43'],
    rejected: ['42', '44', '43.5', 'forty', 'fourty', 'four three', '34', 'forty-three hundred', '', 'many', '43x', 'about 43', '43 or 44', '43-44', 'more than 43', 'at least 43', '43ish'],
  },
  {
    answer: atLeast2,
    name: 'at least 2',
    accepted: ['2', 'two', 'Two people', '3', 'ten', '2 people', 'at least two'],
    rejected: ['1', 'one', 'one person', '0', 'none', '-2'],
  },
  {
    answer: about30,
    name: 'about 30 (27 to 33)',
    accepted: ['30', 'thirty', 'thirty miles', '28', '33', '27.5', '31,5'],
    rejected: ['26', '34', 'three', '300', 'forty'],
  },
  {
    answer: year2022,
    name: 'the year 2022',
    // A year is read aloud in two pairs of figures too.
    accepted: ['2022', '2,022', '2 022', 'two thousand and twenty-two', 'two thousand twenty two', 'twenty twenty-two'],
    rejected: ['2021', '2023', '20222', '22', 'twenty twenty-one', 'twenty two'],
  },
];

describe('matchesNumber: accepted and rejected inputs', () => {
  for (const { answer, name, accepted, rejected } of numberTable) {
    for (const input of accepted) {
      it(`accepts "${input}" for ${name}`, () => expect(matchesNumber(input, answer)).to.equal(true));
    }
    for (const input of rejected) {
      it(`rejects "${input}" for ${name}`, () => expect(matchesNumber(input, answer)).to.equal(false));
    }
  }
});

const base = { facts: ['f'], article: 'arms-talks', paragraph: 5, difficulty: 2 as const, explanation: 'Because.' };
const choice: Question = { ...base, id: 'c', kind: 'choice', prompt: 'Which?', options: ['A', 'B', 'C', 'D'], correct: 2, answerText: 'C' };
const truefalse: Question = { ...base, id: 't', kind: 'truefalse', prompt: 'True or false?', options: ['True', 'False'], correct: 1, answerText: 'False' };
const text: Question = { ...base, id: 'x', kind: 'text', prompt: 'Who?', ...answerFor(PEOPLE, 'syrskyi'), answerText: 'Oleksandr Syrskyi' };
const number: Question = { ...base, id: 'n', kind: 'number', prompt: 'How many?', ...exactly43, answerText: '43' };
const clozeText: Question = {
  ...base,
  id: 'zt',
  kind: 'cloze',
  prompt: 'Fill in the blank:',
  before: 'Drones damaged four cargo planes at',
  after: 'airfield.',
  blank: { type: 'text', ...answerFor(PLACES, 'pskov') },
  answerText: 'Pskov',
};
const clozeNumber: Question = {
  ...base,
  id: 'zn',
  kind: 'cloze',
  prompt: 'Fill in the blank:',
  before: 'The air force said it stopped',
  after: 'of 44 missiles and drones.',
  blank: { type: 'number', ...exactly43 },
  answerText: '43',
};
const match: Question = {
  ...base,
  id: 'm',
  kind: 'match',
  prompt: 'Match each person with a role:',
  left: ['Kirby', 'Vedernikov', 'Popko'],
  right: ['governor', 'head of a military administration', 'spokesperson'],
  pairs: [2, 0, 1],
  answerText: 'Kirby: spokesperson; Vedernikov: governor; Popko: head of a military administration',
};
const order: Question = {
  ...base,
  id: 'o',
  kind: 'order',
  prompt: 'Put these figures in order, smallest first:',
  items: ['6 regions', '2 people', '43 missiles', '30 miles'],
  order: [1, 0, 3, 2],
  ends: { first: 'smallest', last: 'largest' },
  answerText: '2 people, 6 regions, 30 miles, 43 missiles',
};
const ALL: Question[] = [choice, truefalse, text, number, clozeText, clozeNumber, match, order];

describe('checkAnswer', () => {
  const table: [Question, Answer | null | undefined, number][] = [
    [choice, 2, 1],
    [choice, 1, 0],
    [choice, '2', 0],
    [choice, 2.5, 0],
    [choice, [2], 0],
    [choice, -1, 0],
    [truefalse, 1, 1],
    [truefalse, 0, 0],
    [text, 'Syrskyj', 1],
    [text, 'Danylyuk', 0],
    [text, 3, 0],
    [number, 'fourty-three', 1],
    [number, 43, 1],
    [number, '42', 0],
    [number, Number.NaN, 0],
    [number, [43], 0],
    [clozeText, 'Pskow', 1],
    [clozeText, 'Moscow', 0],
    [clozeNumber, 'forty three', 1],
    [clozeNumber, '44', 0],
    [match, [2, 0, 1], 1],
    [match, [2, 1, 0], 1 / 3],
    [match, [0, 1, 2], 0],
    [match, [2, 0], 2 / 3],
    [match, [2, 2, 2], 1 / 3],
    [match, [-1, -1, -1], 0],
    [match, 'spokesperson', 0],
    [order, [1, 0, 3, 2], 1],
    [order, [0, 1, 3, 2], 5 / 6],
    [order, [1, 3, 0, 2], 5 / 6],
    [order, [2, 3, 0, 1], 0],
    [order, [0, 1, 2, 3], 4 / 6],
    [order, [1, 0, 3], 0],
    [order, [1, 1, 3, 2], 0],
    [order, [1, 0, 3, 9], 0],
    [order, 3, 0],
  ];
  for (const [question, answer, points] of table) {
    it(`${question.kind} ${question.id}: ${JSON.stringify(answer)} earns ${points.toFixed(3)}`, () => {
      const check = checkAnswer(question, answer);
      expect(check.points).to.be.closeTo(points, 1e-12);
      expect(check.correct).to.equal(points === 1);
      expect(check.answerText).to.equal(question.answerText);
    });
  }

  for (const question of ALL) {
    it(`${question.kind} ${question.id}: a missing or blank answer earns nothing`, () => {
      for (const answer of [null, undefined, '', '   ', []]) {
        expect(checkAnswer(question, answer as Answer | null | undefined)).to.deep.equal({
          points: 0,
          correct: false,
          answerText: question.answerText,
        });
      }
    });
  }

  it('marks a malformed question wrong instead of throwing', () => {
    const broken = { ...text, accept: undefined, rivals: 'x' } as unknown as Question;
    expect(checkAnswer(broken, 'Syrskyi')).to.deep.equal({ points: 0, correct: false, answerText: text.answerText });
    const brokenMatch = { ...match, pairs: null } as unknown as Question;
    expect(checkAnswer(brokenMatch, [0, 1, 2]).points).to.equal(0);
  });

  it('never throws, keeps points within 0 to 1, and is correct only with full points, for any answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.anything(), (question, answer) => {
        const check = checkAnswer(question, answer as Answer);
        return check.points >= 0 && check.points <= 1 && check.correct === (check.points === 1) && check.answerText === question.answerText;
      }),
      { numRuns: 2000 },
    );
  });

  it('gives order points that fall as more pairs are swapped', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (arrangement) => {
        const five: Question = { ...order, items: ['a', 'b', 'c', 'd', 'e'], order: [0, 1, 2, 3, 4] };
        let inversions = 0;
        for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) if (arrangement[i]! > arrangement[j]!) inversions += 1;
        return Math.abs(checkAnswer(five, arrangement).points - (1 - inversions / 10)) < 1e-12;
      }),
    );
  });
});

describe('matchesText: what students type, and what only looks like the answer', () => {
  const russia: TextAnswer = { accept: ['Russia', 'Russian Federation'], rivals: [['Ukraine'], ['Belarus'], ['Prussia']] };
  const russiaAlone: TextAnswer = { accept: ['Russia', 'Russian Federation'], rivals: [['Ukraine']] };
  const northKorea: TextAnswer = { accept: ['North Korea', 'DPRK'], rivals: [['South Korea'], ['Japan']] };
  const kyiv: TextAnswer = { accept: ['Kyiv'], spellings: ['Kiev', 'Kyjiw'], rivals: [['Kharkiv'], ['Kherson']] };
  const f16: TextAnswer = { accept: ['F-16', 'Fighting Falcon'], rivals: [['F-15'], ['F-35']], trailing: ['fighter', 'jet', 'jets', 'aircraft'] };
  const airForce: TextAnswer = { accept: ["Ukraine's Air Force", 'Ukrainian Air Force'], rivals: [["Ukraine's Navy"]], loose: ['ukraines', 'ukrainian'] };
  const ministry: TextAnswer = { accept: ['Russian Defence Ministry', 'Russian Ministry of Defence'], rivals: [['White House National Security Council']] };
  const putin: TextAnswer = { accept: ['Vladimir Putin', 'Putin'], rivals: [['Alexander Lukashenko'], ['Vladimir Zelensky']] };
  const kherson: TextAnswer = { accept: ['Kherson'], rivals: [['Kharkiv'], ['Kyiv']], trailing: ['city', 'cities', 'place', 'places'] };
  const bestActor: TextAnswer = { accept: ['Best Actor'], rivals: [['Best Actress'], ['Best Director']], trailing: ['award', 'awards'] };
  const dayOfWeek: TextAnswer = { accept: ['Tuesday'], rivals: [['Monday']], trailing: ['day', 'of', 'the', 'week', 'days'] };
  const airBase: TextAnswer = { accept: ['Tarnow air base'], rivals: [['Lublin airport'], ['Tarnow railway station']] };
  const war: TextAnswer = { accept: ['World War II', 'Second World War'], rivals: [['World War I', 'First World War'], ['Korean War']] };
  const noe: TextAnswer = { accept: ['Michiel Noe', 'Noe'], rivals: [['Carl Robinson', 'Robinson'], ['Lily Limon', 'Limon']] };
  const bomb: TextAnswer = { accept: ['atomic bomb'], rivals: [['hydrogen bomb'], ['atomic reactor']] };
  const prize: TextAnswer = { accept: ['Nobel Prize in Physics', 'Nobel Prize'], rivals: [['Nobel Prize in Chemistry'], ['Wolf Prize']] };
  const actor: TextAnswer = { accept: ['Best Actor'], rivals: [['Best Supporting Actor'], ['Best Actress']] };
  const usOnly: TextAnswer = { accept: ['United States'], rivals: [['Canada'], ['United Kingdom']] };
  const ukOnly: TextAnswer = { accept: ['United Kingdom'], rivals: [['United States'], ['Ireland']] };
  const telegram: TextAnswer = { accept: ['Telegram'], rivals: [['WhatsApp'], ['Signal']], trailing: ['app'] };
  const excavators: TextAnswer = { accept: ['excavators'], rivals: [['cranes'], ['bulldozers']] };
  const listed: TextAnswer = { accept: ['listed companies'], rivals: [['family firms'], ['state companies']] };
  const washington: TextAnswer = { accept: ['Washington'], rivals: [['New York'], ['Boston']] };
  const table: [TextAnswer, string, boolean][] = [
    [russiaAlone, 'Prussia', false],
    [russiaAlone, 'Rusia', true],
    [russiaAlone, 'Russsia', true],
    [russia, 'Prussia', false],
    [northKorea, 'N. Korea', true],
    [northKorea, 'N Korea', true],
    [northKorea, 'S. Korea', false],
    [northKorea, 'Korea', false],
    [kyiv, 'Kiev', true],
    [kyiv, 'Kyjiw', true],
    [kyiv, 'Kyvi', true],
    [kyiv, 'Kiel', false],
    [kyiv, 'Kirov', false],
    [kyiv, 'Kyiv region', false],
    [f16, 'F-16s', true],
    [f16, 'F-16 jets', true],
    [f16, 'f16 fighter jets', true],
    [f16, 'F-15 jets', false],
    [f16, 'jets', false],
    [airForce, 'Air Force', true],
    [airForce, 'the air force', true],
    [airForce, 'Navy', false],
    [airForce, 'Force', false],
    [ministry, 'Russian MoD', true],
    [ministry, 'MoD', false],
    [ministry, 'Russian Ministry of Defense', true],
    [putin, 'V. Putin', true],
    [putin, 'Vladimir V. Putin', false],
    [putin, 'V. Zelensky', false],
    [putin, 'Governor Putin', true],
    // The type's noun before the name, joined by "of" or "for", as after it: never a rival's name so wrapped.
    [kherson, 'the city of Kherson', true],
    [kherson, 'City of Kherson', true],
    [kherson, 'Kherson city', true],
    [kherson, 'the city of Kharkiv', false],
    [kherson, 'the city of', false],
    [kherson, 'the region of Kherson', false],
    [bestActor, 'the award for Best Actor', true],
    [bestActor, 'award for the Best Actor', true],
    [bestActor, 'Best Actor award', true],
    [bestActor, 'the award for Best Actress', false],
    [dayOfWeek, 'the day of Tuesday', true],
    [dayOfWeek, 'last Tuesday', true],
    [dayOfWeek, 'on last Tuesday', true],
    [dayOfWeek, 'last Monday', false],
    // A typo is a slip of the finger or the ear; a letter far on the keyboard and unlike in sound makes another word.
    [telegram, 'Telegarm', true],
    [telegram, 'Telagram', true],
    [telegram, 'Teleram', true],
    [telegram, 'Telegraph', false],
    [excavators, 'excavaters', true],
    [excavators, 'exvavators', true],
    [excavators, 'excabators', true],
    [excavators, 'escalators', false],
    [listed, 'lsited companies', true],
    [listed, 'lifted companies', false],
    [washington, 'Washingtom', true],
    [washington, 'Washinton', true],
    [washington, 'Wellington', false],
    [kherson, 'Kershon', true],
    // Inside a longer name a short word takes one slip; never the first word, nor a name's last word, nor a figure.
    [airBase, 'Tarnow air bace', true],
    [airBase, 'Tarnow ait base', true],
    [airBase, 'Tarnow air bases', true],
    [airBase, 'Tarnow air vase', false],
    [war, 'World Wat II', true],
    [war, 'World Wat I', false],
    [war, 'Wirld War II', true],
    [noe, 'Michiel Noel', false],
    [bomb, 'atomic bom', true],
    [bomb, 'atomic tomb', false],
    // A phrase after the name that says where, when, whose or by whom, with no comma; never one that names a rival
    // or changes the answer's own phrase.
    [airBase, 'Tarnow air base near the border', true],
    [airBase, 'Tarnow air base in 2024', true],
    [airBase, 'Tarnow air base or Lublin airport', false],
    [airBase, 'Tarnow air base near Lublin airport', false],
    [prize, 'Nobel Prize in Physics', true],
    [prize, 'Nobel Prize in Physics from Sweden', true],
    [prize, 'Nobel Prize in Medicine', false],
    [prize, 'Nobel Prize for Medicine', false],
    [actor, 'Best Actor in a supporting role', false],
    [actor, 'Best Actor for Oppenheimer', true],
    // A country's other names, though the bank lists only one: for the answer and for its rivals alike.
    [usOnly, 'USA', true],
    [usOnly, 'America', true],
    [usOnly, 'the States', true],
    [usOnly, 'United States of America', true],
    [usOnly, 'South America', false],
    [usOnly, 'Britain', false],
    [usOnly, 'the Americas', false],
    [usOnly, 'Americas', false],
    [ukOnly, 'Great Britain', true],
    [ukOnly, 'America', false],
    [ukOnly, 'England', false],
  ];
  for (const [answer, input, expected] of table) {
    it(`${expected ? 'accepts' : 'rejects'} "${input}" for ${answer.accept[0]}`, () => expect(matchesText(input, answer)).to.equal(expected));
  }

  it('reads number words and Roman numerals as figures, never as typos of each other', () => {
    const ww2: TextAnswer = { accept: ['World War II', 'WWII'], rivals: [['Korean War']], trailing: ['war', 'wars'] };
    for (const input of ['World War Two', 'World War 2', 'WW2', 'WW II', 'world war ii']) expect(matchesText(input, ww2), input).to.equal(true);
    for (const input of ['WWI', 'WW1', 'World War One', 'World War I', 'World War III', 'WW3']) expect(matchesText(input, ww2), input).to.equal(false);
  });
});

describe('matchesNumber: other words for what is counted and for a bound', () => {
  const regions: NumberAnswer = { value: 6, min: 6, max: 6, unit: 'regions' };
  const drones: NumberAnswer = { value: 8, min: 8, max: 8, unit: 'drones', qualifier: 'at-least' };
  const moreThan20: NumberAnswer = { value: 20, min: 20, max: 20, unit: 'missiles', qualifier: 'more-than' };
  const table: [NumberAnswer, string, boolean][] = [
    [regions, '6 oblasts', true],
    [regions, 'six provinces', true],
    [regions, '6 drones', false],
    [drones, '8 UAVs', true],
    [drones, 'at least 8 UAVs', true],
    [drones, 'minimum of 8', true],
    [drones, 'minimum 8 drones', true],
    [drones, 'maximum of 8', false],
    [drones, 'at least 8 missiles', false],
    [moreThan20, '20-plus', true],
    [moreThan20, '20-plus missiles', true],
    [moreThan20, '20-plus drones', false],
    [moreThan20, 'twenty-plus', true],
    [moreThan20, 'just over 20', true],
    [moreThan20, 'slightly more than 20 missiles', true],
    [moreThan20, 'just under 20', false],
  ];
  for (const [answer, input, expected] of table) {
    it(`${expected ? 'accepts' : 'rejects'} "${input}" for ${answer.qualifier ?? 'exactly'} ${answer.value} ${answer.unit}`, () => expect(matchesNumber(input, answer)).to.equal(expected));
  }
});

describe('matchesNumber: units, hedges and qualifiers as a student types them', () => {
  const years: NumberAnswer = { value: 24, min: 24, max: 24, unit: 'years' };
  const miles: NumberAnswer = { value: 30, min: 30, max: 30, unit: 'miles', words: ['miles between the Pskov airfield and the Estonian border'] };
  const two: NumberAnswer = { value: 2, min: 2, max: 2, unit: 'people' };
  const moreThan20: NumberAnswer = { value: 20, min: 20, max: 20, unit: 'missiles', qualifier: 'more-than' };
  const money: NumberAnswer = { value: 7.31e9, min: 7.31e9, max: 7.31e9, unit: 'dollars' };
  const moreThan24Countries: NumberAnswer = { value: 24, min: 24, max: 24, unit: 'countries', qualifier: 'more-than' };
  const decade: NumberAnswer = { value: 10, min: 10, max: 10, unit: 'years', qualifier: 'more-than' };
  const cold: NumberAnswer = { value: -6, min: -6, max: -6, unit: 'degrees Celsius' };
  const dozen: NumberAnswer = { value: 12, min: 12, max: 12, unit: 'people' };
  const toll: NumberAnswer = { value: 11000, min: 11000, max: 11000, unit: 'people', qualifier: 'more-than' };
  const nearly: NumberAnswer = { value: 20000, min: 18000, max: 20000, unit: 'people', qualifier: 'nearly' };
  const age: NumberAnswer = { value: 1.3, min: 1.3, max: 1.3, unit: 'billion years' };
  const grant: NumberAnswer = { value: 3, min: 3, max: 3, unit: 'million dollars' };
  const gross: NumberAnswer = { value: 953.8, min: 953.8, max: 953.8, unit: 'million dollars' };
  const sales: NumberAnswer = { value: 49.1, min: 49.1, max: 49.1, unit: 'billion euros' };
  const share: NumberAnswer = { value: 87.5, min: 87.5, max: 87.5, unit: 'per cent' };
  const ago: NumberAnswer = { value: 400, min: 400, max: 400, unit: 'years' };
  const year: NumberAnswer = { value: 2016, min: 2016, max: 2016, unit: '' };
  const count: NumberAnswer = { value: 2022, min: 2022, max: 2022, unit: 'people' };
  const table: [NumberAnswer, string, boolean][] = [
    [years, '24yrs', true],
    [years, '24 yrs.', true],
    [years, '24.', true],
    [years, 'twenty-four years', true],
    [years, '24 months', false],
    [years, '24 or 25', false],
    [years, 'about 24', false],
    [years, '24ish', false],
    [miles, '30 mi', true],
    // Words around a right figure are the student's own sentence, not a hedge.
    [miles, '30 miles to the border', true],
    [miles, '30 km', false],
    [miles, '30 kilometres', false],
    [two, 'two people', true],
    [two, 'more than 2', false],
    [two, 'at most 2', false],
    [two, '2 or 3', false],
    [two, '2-3', false],
    [moreThan20, 'more than 20', true],
    [moreThan20, 'over 20', true],
    [moreThan20, '20', true],
    [moreThan20, 'at least 20', false],
    [money, '$7.31 billion', true],
    [money, '7.31 billion dollars', true],
    [money, '7.31 billion euros', false],
    // Counting words, the minus sign and the degree sign, "k" for thousand.
    [moreThan24Countries, 'two dozen', true],
    [moreThan24Countries, 'more than two dozen countries', true],
    [moreThan24Countries, 'three dozen', false],
    [decade, 'a decade', true],
    [decade, 'more than a decade', true],
    [decade, 'two decades', false],
    [decade, 'a decade and a half', false],
    [cold, 'minus 6', true],
    [cold, 'minus six degrees', true],
    [cold, '−6°C', true],
    [cold, '-6 °C', true],
    [cold, '6', false],
    [cold, 'minus 6 °F', false],
    [cold, 'min 6', false],
    [dozen, 'a dozen', true],
    [dozen, 'half a dozen', false],
    [toll, '11k', true],
    [toll, 'over 11k people', true],
    // "About" a figure in round hundreds or thousands says no more than the article ("about 43" for 43, "about 20"
    // for "more than 20" hedge); "then" typed for "than"; thousands set off by points.
    [toll, 'about 11,000', true],
    [toll, 'around 11000 people', true],
    [toll, 'more then 11,000', true],
    [toll, '11.000', true],
    [nearly, '20.000 people', true],
    [ago, 'about 400 years', true],
    [year, 'the year 2016', true],
    [toll, '11', false],
    // "Nearly 20,000": the figure or a little under it, never over; "about" says no more than the article.
    [nearly, 'nearly 20,000', true],
    [nearly, 'almost 20000', true],
    [nearly, 'just under 20,000 people', true],
    [nearly, 'about 20,000', true],
    [nearly, '19,000', true],
    [nearly, '21,000', false],
    [nearly, 'more than 20,000', false],
    [nearly, 'just 25,000', false],
    // A unit that holds a scale: the figure typed with it, or in full, is the same answer.
    [age, '1.3', true],
    [age, '1.3 billion years', true],
    [age, '1,300,000,000 years', true],
    [age, '1.3bn years', true],
    [age, '1.3 million years', false],
    [age, '13 billion years', false],
    [age, '1.3 billion km', false],
    [grant, 'three million dollars', true],
    [grant, '$3 million', true],
    [grant, '3,000,000 dollars', true],
    [grant, '3 billion dollars', false],
    // A figure with decimals rounded to a whole number of three figures or more is what a reader remembers;
    // a rounding to fewer figures, or of a whole number, is another figure.
    [gross, '954 million dollars', true],
    [gross, '$954m', true],
    [gross, '954', true],
    [gross, '$954,000,000', true],
    [gross, '953', false],
    [gross, '953.9', false],
    [gross, '950 million dollars', false],
    [sales, '49 billion euros', false],
    [share, '88 per cent', false],
    [count, '2020', false],
  ];
  for (const [answer, input, expected] of table) {
    it(`${expected ? 'accepts' : 'rejects'} "${input}" for ${answer.value} ${answer.unit}`, () => expect(matchesNumber(input, answer)).to.equal(expected));
  }

  it('takes "about", "then" and points between thousands only for the figure itself', () => {
    const wrong: [NumberAnswer, string][] = [
      [toll, 'about 12,000'], [toll, 'less then 11,000'], [toll, 'fewer then 11000'], [toll, '11.500'], [toll, '1.100'], [toll, '11.0'],
      [ago, 'about 300 years'], [ago, 'about 4000 years'], [moreThan20, 'about 20'], [moreThan24Countries, 'about 24'], [year, 'about 2016'], [year, 'the year 2017'], [years, 'about 24'], [two, 'about 2'],
    ];
    for (const [answer, input] of wrong) expect(matchesNumber(input, answer), input).to.equal(false);
    expect(matchesNumber('1.3', age)).to.equal(true);
  });

  it('takes the figure with what it counts, or another word for it, but not with another thing counted', () => {
    const drones: NumberAnswer = { value: 8, min: 8, max: 8, unit: 'Ukrainian drones', words: ['Ukrainian drones the ministry said it shot down over five regions', 'Ukrainian drone'] };
    const regions: NumberAnswer = { value: 6, min: 6, max: 6, unit: 'regions', words: ['regions the drones hit'] };
    const awards: NumberAnswer = { value: 7, min: 7, max: 7, unit: 'Academy Awards', words: ['Academy Awards the film won'] };
    const countries: NumberAnswer = { value: 24, min: 24, max: 24, unit: 'countries', words: [] };
    const fuel: NumberAnswer = { value: 200000, min: 200000, max: 200000, unit: 'dollars of fuel spending', words: [] };
    const dead: NumberAnswer = { value: 11000, min: 11000, max: 11000, unit: 'people', qualifier: 'more-than', words: ['people the earthquake killed'] };
    const right: [NumberAnswer, string][] = [
      [drones, '8'], [drones, '8 drones'], [drones, 'eight Ukrainian drones'], [drones, '8 drones were shot down'], [drones, '8 of them'],
      [regions, 'six regions'], [regions, '6 were hit'], [awards, '7 Oscars'], [awards, 'seven awards'], [awards, '7 this time'],
      [countries, '24 nations'], [fuel, '$200,000'], [dead, '11,000 deaths'], [dead, '11,000 victims'], [dead, '11,000 people'],
    ];
    for (const [answer, input] of right) expect(matchesNumber(input, answer), input).to.equal(true);
    const wrong: [NumberAnswer, string][] = [
      [drones, '8 missiles'], [drones, '8 regions'], [drones, '8 Russian planes'], [regions, '6 drones'], [regions, '6 cities'],
      [awards, '7 nominations'], [countries, '24 teams'], [fuel, '200,000 gallons'], [dead, '11,000 buildings'],
      [countries, '24 people'], [regions, '6 people'], [awards, '7 people'],
    ];
    for (const [answer, input] of wrong) expect(matchesNumber(input, answer), input).to.equal(false);
  });
});

describe('what students type around an answer, and what only looks like it', () => {
  // Said in a sentence ("it was Kyiv", "I think 43", "maybe 43"), with the title, ordinal, short form or rate a student
  // uses; never with a second name or figure, "not", a hedge ("about", "43ish"), another country a letter away, or
  // another unit.
  const kyiv: TextAnswer = { accept: ['Kyiv'], spellings: ['Kiev'], rivals: [['Kharkiv'], ['Lviv']] };
  const ireland: TextAnswer = { accept: ['Ireland', 'Republic of Ireland'], rivals: [['Australia'], ['Canada']] };
  const nigeria: TextAnswer = { accept: ['Nigeria'], rivals: [['Ghana']] };
  const nsdc: TextAnswer = { accept: ['National Security and Defence Council of Ukraine', 'National Security and Defence Council', 'NSDC'], rivals: [['White House National Security Council', 'National Security Council', 'NSC']] };
  const ww2: TextAnswer = { accept: ['World War II', 'Second World War', 'WWII'], rivals: [['World War I', 'First World War', 'WWI']], trailing: ['war', 'wars'] };
  const army12: TextAnswer = { accept: ['12th Army'], rivals: [['11th Army'], ['13th Army']] };
  const thirtyYears: TextAnswer = { accept: ["Thirty Years' War"], rivals: [["Hundred Years' War"], ['Eighty Years War']] };
  const sept14: TextAnswer = { accept: ['September 14', '14 September'], rivals: [['September 4'], ['October 14']], trailing: ['day'] };
  const tuesday: TextAnswer = { accept: ['Tuesday'], rivals: [['Monday'], ['Thursday']] };
  const sept14Short: TextAnswer = { accept: ['Sept 14'], rivals: [['Sept 4'], ['Oct 14']] };
  const theSun: TextAnswer = { accept: ['the Sun'], rivals: [['the Moon'], ['Sirius']] };
  const kirby: TextAnswer = { accept: ['John F. Kirby', 'John Kirby', 'Kirby'], rivals: [['Matthew Miller']] };
  const telescope: TextAnswer = { accept: ['telescope'], rivals: [['microscope']] };
  const f16: TextAnswer = { accept: ['F-16'], rivals: [['F-15']], trailing: ['fighter', 'jet', 'jets'] };
  const holes: TextAnswer = { accept: ['black holes', 'black hole'], rivals: [['neutron stars']] };
  const aBomb: TextAnswer = { accept: ['atomic bomb', 'A-bomb'], rivals: [['hydrogen bomb', 'H-bomb']], loose: ['weapon'], trailing: ['weapon', 'weapons'] };
  const an124: TextAnswer = { accept: ['An-124'], rivals: [['An-12'], ['Il-76']] };
  const washington: TextAnswer = { accept: ['Washington', 'Washington, D.C.', 'DC'], rivals: [['New York', 'NYC'], ['Chicago']] };
  const poorThings: TextAnswer = { accept: ['Poor Things'], rivals: [['La La Land']], trailing: ['film', 'films'] };
  const malatya: TextAnswer = { accept: ['Malatya'], rivals: [['Kahramanmaraş'], ['Gaziantep']], trailing: ['city', 'cities'] };
  const names: [TextAnswer, string, boolean][] = [
    [kyiv, 'it was Kyiv', true], [kyiv, 'I think Kyiv', true], [kyiv, "I think it's Kiev.", true], [kyiv, 'The answer is Kyiv', true],
    [kyiv, 'Kyiv, I think', true], [kyiv, 'maybe Kyiv', true], [kyiv, 'it was in Kyiv', true],
    // How sure the reader is leaves the answer as it is, before it or after it, for names as for figures.
    [kyiv, 'perhaps Kyiv', true], [kyiv, 'possibly Kyiv', true], [kyiv, 'Kyiv, possibly', true], [kyiv, 'I think maybe Kyiv', true],
    [kyiv, 'I think the answer is Kyiv', true], [kyiv, "Kyiv, I'm sure", true], [kyiv, 'maybe Kyiv or Lviv', false], [kyiv, 'Kyiv, maybe Lviv', false],
    [kyiv, "it wasn't Kyiv", false], [kyiv, "it's not Kyiv", false], [kyiv, 'I think Kyiv or Lviv', false], [kyiv, 'it was Lviv', false], [kyiv, 'it was', false],
    [ireland, 'Iceland', false], [ireland, 'Irland', true], [ireland, 'it was Iceland', false], [nigeria, 'Niger', false], [nigeria, 'Nigera', true],
    [nsdc, 'National Security and Defence Council (NSDC)', true], [nsdc, 'national security & defence council', true],
    [nsdc, 'National Security Council (NSC)', false], [nsdc, 'NSDC (NSC)', false],
    [{ accept: ['Sputnik (satellite)'], rivals: [['Vostok']] }, 'Sputnik (satellite)', true],
    [ww2, '2nd World War', true], [ww2, 'the 2nd world war', true], [ww2, '1st World War', false], [ww2, 'second world war', true],
    // Every ordinal and ten the number words list is a figure in a name, as in a typed figure.
    [army12, 'Twelfth Army', true], [army12, 'the twelfth army', true], [army12, 'Eleventh Army', false], [army12, '11th Army', false],
    [thirtyYears, '30 Years War', true], [thirtyYears, 'the thirty years war', true], [thirtyYears, '40 Years War', false],
    [sept14, '14th September', true], [sept14, 'the 14th of September', true], [sept14, 'Sept 14', true], [sept14, '14 Sept.', true], [sept14, 'September 14th', true],
    [sept14, '4th September', false], [sept14, 'Oct 14', false], [sept14, '14th of October', false], [sept14, '14nd September', false],
    // A short form holds both ways: the bank's "Sept" takes "September", and "Sep"; the bank's "the Sun" is no Sunday.
    [sept14Short, 'September 14', true], [sept14Short, 'Sep 14', true], [sept14Short, 'October 14', false], [sept14Short, 'Sept 4', false],
    [{ accept: ['Tues'], rivals: [['Thurs']] }, 'Tuesday', true], [{ accept: ['Tues'], rivals: [['Thurs']] }, 'Thursday', false],
    [theSun, 'the Sun', true], [theSun, 'Sunday', false], [{ accept: ['Sunday'], rivals: [['Monday']] }, 'Sun', true],
    [tuesday, 'Tues', true], [tuesday, 'Tue.', true], [tuesday, 'Thurs', false], [tuesday, 'Mon', false],
    [kirby, 'Admiral Kirby', true], [kirby, 'Rep. Kirby', true], [kirby, 'Admiral Miller', false],
    [telescope, 'his telescope', true], [telescope, 'his microscope', false],
    [f16, 'F-16 fighters', true], [f16, 'F-15 fighters', false],
    [holes, 'blackholes', true], [holes, 'Blackhole', true], [holes, 'blackstars', false],
    // A name's own "A-" or "An-" is no article: "bomb" is not the A-bomb, nor "124" the An-124.
    [aBomb, 'bomb', false], [aBomb, 'a bomb', false], [aBomb, 'the bomb', false], [aBomb, 'bombs', false], [aBomb, 'Abomb', true], [an124, '124', false],
    // A possessive after a short name or a numeral ("WWII's", "DC's"), as after a long one ("Putin's").
    [ww2, "World War II's", true], [ww2, "WWII's", true], [washington, "DC's", true],
    // The type's noun before the name with no "of" ("the film Poor Things"), a place's country after a comma, a
    // count before a name where the question counts ("two of what?").
    [poorThings, 'the film Poor Things', true], [kyiv, 'Kyiv, Ukraine', true], [malatya, 'Malatya, Turkey', true], [holes, 'two black holes', true],
  ];
  const bodies: NumberAnswer = { value: 8, min: 8, max: 8, unit: 'bodies', words: ['bodies pulled from one building', 'body'] };
  const monthly: NumberAnswer = { value: 2.49, min: 2.29, max: 2.69, unit: 'dollars', words: ['monthly cost of the tax increase', 'dollar'] };
  const yearly: NumberAnswer = { value: 29.93, min: 29.43, max: 30.43, unit: 'dollars', words: ['yearly cost of the tax increase', 'dollar'] };
  const million: NumberAnswer = { value: 3, min: 3, max: 3, unit: 'million dollars', words: ['money found earlier', 'million dollars'] };
  const magnitude: NumberAnswer = { value: 7.8, min: 7.8, max: 7.8, unit: 'magnitude', words: ['magnitude of the earthquake'] };
  const euros: NumberAnswer = { value: 1.03, min: 1.03, max: 1.03, unit: 'billion euros', words: ['net profit', 'billion euros'] };
  const forty3: NumberAnswer = { value: 43, min: 43, max: 43, unit: 'missiles and drones', words: ['missiles and drones intercepted', 'missile or drone'] };
  const moreThan20: NumberAnswer = { value: 20, min: 20, max: 20, unit: 'missiles', qualifier: 'more-than', words: ['missiles stopped', 'missile'] };
  const atLeast8: NumberAnswer = { value: 8, min: 8, max: 8, unit: 'drones', qualifier: 'at-least' };
  const about13: NumberAnswer = { value: 1.3, min: 1.17, max: 1.43, unit: 'billion years', qualifier: 'about' };
  const oscars: NumberAnswer = { value: 7, min: 7, max: 7, unit: 'Academy Awards', words: ['Academy Awards won', 'Academy Award'] };
  const years: NumberAnswer = { value: 24, min: 24, max: 24, unit: 'years' };
  const cold: NumberAnswer = { value: -6, min: -6, max: -6, unit: 'degrees Celsius' };
  const numbers: [NumberAnswer, string, boolean][] = [
    [forty3, 'it was 43', true], [forty3, 'I think 43', true], [forty3, 'they intercepted 43', true], [forty3, 'The answer is 43.', true], [forty3, '43 I think', true],
    [forty3, 'maybe 43', true], [forty3, '43 maybe', true], [forty3, 'possibly 43', true], [forty3, 'I think maybe 43', true], [forty3, '43, probably', true],
    [forty3, 'I think the answer is 43', true], [forty3, 'there were 43', true], [forty3, 'they possibly intercepted 43', true],
    [forty3, 'maybe about 43', false], [forty3, 'probably 43 or 44', false], [forty3, 'not 43, I think', false], [forty3, '43, maybe 44', false],
    [forty3, 'it was about 43', false], [forty3, 'not 43', false], [forty3, 'I think not 43', false], [forty3, 'it was 43 or 44', false], [forty3, 'between 43 and 44', false],
    [forty3, '43+', false], [forty3, '43 or more', false], [forty3, '43ish', false], [forty3, '43 or so', false], [forty3, '43 maybe 44', false], [forty3, '43x', false],
    // A bound or a time around the figure is not the figure: "43 and over", "before 2022"; "point five" is a half.
    [forty3, '43 and over', false], [forty3, '43 and up', false], [forty3, '43 minimum', false], [forty3, '43 tops', false],
    [{ value: 2022, min: 2022, max: 2022, unit: '' }, 'before 2022', false], [{ value: 2022, min: 2022, max: 2022, unit: '' }, 'after 2022', false], [{ value: 2022, min: 2022, max: 2022, unit: '' }, 'in 2022', true],
    [{ value: 5, min: 5, max: 5, unit: '' }, 'point five', false], [{ value: 0.5, min: 0.5, max: 0.5, unit: '' }, 'point five', true],
    [moreThan20, '20+', true], [moreThan20, 'more than 20', true], [moreThan20, '20 or more', false], [atLeast8, '8+', true], [atLeast8, '8 or more', true], [atLeast8, '8 at least', true],
    [about13, '1.3 billion or so', true],
    [years, '24 years ago', true], [years, 'it was 24 years', true], [years, '24 months ago', false], [years, '24 years, maybe 25', false],
    [bodies, '8 people', true], [bodies, '8 dead bodies', true], [bodies, '8 km', false],
    [oscars, '7 Oscars', true], [oscars, 'seven oscars', true], [oscars, '7 per cent', false], [oscars, '7%', false],
    [monthly, '$2.49 a month', true], [monthly, '$2.49/month', true], [monthly, '2.49 dollars per month', true], [monthly, '$2.49 more a month', true],
    [monthly, '$2.49 a year', false], [monthly, '2.49 euros a month', false], [yearly, '$29.93 a year', true], [yearly, '$29.93 per year', true], [yearly, '$29.93 a month', false],
    [million, '$3m', true], [million, '$3M', true], [million, '3mil', true], [million, '$3 mil', true], [million, '3 mn dollars', true], [million, '$3bn', false], [million, '$3k', false],
    [euros, '€1.03bn', true], [euros, 'EUR 1.03 billion', true], [euros, 'USD 1.03 billion', false], [euros, '$1.03bn', false], [euros, '1.03 trillion euros', false],
    [magnitude, 'magnitude 7.8', true], [magnitude, 'a magnitude of 7.8', true], [magnitude, 'seven point eight', true], [magnitude, '7.8 on the Richter scale', true],
    [magnitude, 'seven point nine', false], [magnitude, 'seventy-eight', false], [magnitude, 'magnitude 7.8 or 7.9', false],
    [cold, 'minus 6 °F', false], [cold, '-6 fahrenheit', false], [cold, 'minus 6 centigrade', true],
    // Tens and units run together, "and a half", a plural dozen after a figure, a decade on its own.
    [years, 'twentyfour', true], [years, 'twentyfour years', true], [years, 'twentyfive', false], [years, 'fortytwo', false],
    [{ value: 2.5, min: 2.5, max: 2.5, unit: 'billion euros' }, 'two and a half billion euros', true],
    [{ value: 2.5, min: 2.5, max: 2.5, unit: 'billion euros' }, 'two and a half', true],
    [{ value: 2.5, min: 2.5, max: 2.5, unit: 'billion euros' }, 'three and a half', false],
    [{ value: 2.5, min: 2.5, max: 2.5, unit: 'billion euros' }, 'two and a half million euros', false],
    [{ value: 24, min: 24, max: 24, unit: 'countries' }, 'two dozens', true], [{ value: 24, min: 24, max: 24, unit: 'countries' }, 'dozens', false],
    [{ value: 10, min: 10, max: 10, unit: 'years' }, 'decade', true], [{ value: 10, min: 10, max: 10, unit: 'years' }, 'decades', false],
    [{ value: 10, min: 10, max: 10, unit: 'people' }, 'decade', false],
    // Dollars and cents said apart; a slip in the word for what is counted.
    [monthly, '3 dollars and 22 cents', false], [{ ...monthly, value: 3.22, min: 3.22, max: 3.22 }, '3 dollars and 22 cents a month', true],
    [{ ...monthly, value: 3.05, min: 3.05, max: 3.05 }, '3 dollars and 5 cents', true], [{ ...monthly, value: 3.22, min: 3.22, max: 3.22 }, '3 dollars and 22 euros', false],
    [{ value: 3, min: 3, max: 3, unit: 'weeks' }, 'three weaks', true], [{ value: 3, min: 3, max: 3, unit: 'weeks' }, 'three months', false],
  ];

  for (const [answer, input, expected] of names) {
    it(`${expected ? 'accepts' : 'rejects'} "${input}" for ${answer.accept[0]}`, () => expect(matchesText(input, answer)).to.equal(expected));
  }

  it('reads a possessive, a country, a count or a noun around a name, but never a second name so', () => {
    const france: TextAnswer = { accept: ['France', 'French Republic'], rivals: [['Italy'], ['United Kingdom', 'UK']] };
    const wrong: [TextAnswer, string][] = [
      [ww2, "WWI's"], [washington, "NYC's"], [washington, "Chicago's"], [kyiv, 'Lviv, Ukraine'], [kyiv, 'Kharkiv, Ukraine'], [kyiv, 'Kyiv, Lviv'],
      [france, 'France, Germany'], [france, 'Italy, France'], [ireland, 'Ireland, France'], [holes, 'two neutron stars'], [poorThings, 'the film La La Land'],
      [aBomb, 'the H-bomb'], [aBomb, 'it was a bomb'], [an124, 'Il-124'], [malatya, 'Gaziantep, Turkey'],
    ];
    for (const [answer, input] of wrong) expect(matchesText(input, answer), input).to.equal(false);
    for (const [answer, input] of [[aBomb, 'the A-bomb'], [aBomb, 'it was A-bomb'], [an124, 'An-124'], [an124, 'An124']] as [TextAnswer, string][]) {
      expect(matchesText(input, answer), input).to.equal(true);
    }
  });

  it('takes a slip in a long name, but not the name cut short or run on by two letters or more, which is another word', () => {
    const robinson: TextAnswer = { accept: ['Carl Robinson', 'Robinson'], rivals: [['Cortney Niland'], ['Emma Acosta']] };
    for (const input of ['Robinson', 'Robinsen', 'Robbinson', 'Carl Robinsen']) expect(matchesText(input, robinson), input).to.equal(true);
    for (const input of ['Robins', 'Carl Robins', 'Robinsonian']) expect(matchesText(input, robinson), input).to.equal(false);
  });

  it('takes a first name spelt with "K" for a hard "C", but never another ending of one stem, which is another word', () => {
    const robinson: TextAnswer = { accept: ['Carl Robinson', 'Robinson'], rivals: [['Cortney Niland'], ['Emma Acosta']] };
    for (const input of ['Karl Robinson', 'Karl Robinsen']) expect(matchesText(input, robinson), input).to.equal(true);
    for (const input of ['Kurt Robinson', 'Carlos Robinson', 'K. Robinson']) expect(matchesText(input, robinson), input).to.equal(false);
    const excavators: TextAnswer = { accept: ['excavators', 'excavator', 'diggers'], rivals: [], trailing: ['machine', 'machines'] };
    for (const input of ['excavaters', 'escavators', 'excavator', 'excavators.']) expect(matchesText(input, excavators), input).to.equal(true);
    for (const input of ['excavation', 'excavations', 'excavate', 'excavated', 'excavating']) expect(matchesText(input, excavators), input).to.equal(false);
    const independence: TextAnswer = { accept: ['independence'], rivals: [] };
    expect(matchesText('independance', independence)).to.equal(true);
  });

  it('takes a name without a "the" inside it, or with its country said short after a comma; no acronym of a short form', () => {
    const killers: TextAnswer = { accept: ['Killers of the Flower Moon'], rivals: [['Poor Things'], ['Oppenheimer']] };
    expect(matchesText('Killers of Flower Moon', killers)).to.equal(true);
    expect(matchesText('Killers of the Moon', killers)).to.equal(false);
    const washington: TextAnswer = { accept: ['Washington', 'Washington, DC'], rivals: [['Pasadena'], ['New York']] };
    for (const input of ['Washington, USA', 'Washington, US', 'Washington, U.S.']) expect(matchesText(input, washington), input).to.equal(true);
    expect(matchesText('Pasadena, USA', washington)).to.equal(false);
    const council: TextAnswer = { accept: ['White House National Security Council', 'US National Security Council', 'NSC'], rivals: [['National Security and Defence Council']] };
    expect(matchesText('UN Security Council', council)).to.equal(false);
    expect(matchesText('NSC', council)).to.equal(true);
  });

  it('reads a name followed by what it is after a comma, as an article writes it, but not a second name or a doubt there', () => {
    const governor: TextAnswer = { accept: ['Mikhail Vedernikov'], rivals: [['Roman Starovoit'], ['Vladimir Putin']] };
    const right: [TextAnswer, string][] = [
      [governor, 'Mikhail Vedernikov, the governor of the Pskov region'],
      [governor, 'Mikhail Vedernikov, the Pskov governor'],
      [kyiv, 'Kyiv, the capital of Ukraine'],
      [kyiv, 'Kyiv, in the north of the country'],
      // A description with no opening word: two words or more, one in small letters.
      [governor, 'Mikhail Vedernikov, Pskov governor'],
      [governor, 'Mikhail Vedernikov, governor of Pskov'],
      [kyiv, 'Kyiv, capital city'],
    ];
    for (const [answer, input] of right) expect(matchesText(input, answer), input).to.equal(true);
    const wrong: [TextAnswer, string][] = [
      [governor, 'Roman Starovoit, the governor of the Pskov region'],
      [governor, 'Mikhail Vedernikov, or Roman Starovoit'],
      [governor, 'Mikhail Vedernikov, the deputy of Roman Starovoit'],
      [kyiv, 'Kyiv, the Kharkiv region'],
      [kyiv, 'Kyiv, not Lviv'],
      [kyiv, 'Lviv, the capital of Ukraine'],
      [kyiv, 'Kyiv, Lviv'],
      [kyiv, 'Kyiv, lviv'],
      [kyiv, 'Kyiv, Lviv City'],
      [kyiv, 'Kyiv, Ukraine or Poland'],
      [kyiv, 'Kyiv, capital or Lviv'],
      [governor, 'Mikhail Vedernikov, Roman Starovoit too'],
    ];
    for (const [answer, input] of wrong) expect(matchesText(input, answer), input).to.equal(false);
  });
  for (const [answer, input, expected] of numbers) {
    it(`${expected ? 'accepts' : 'rejects'} "${input}" for ${answer.value} ${answer.unit}`, () => expect(matchesNumber(input, answer)).to.equal(expected));
  }
});

describe("checkAnswer: the question's own words said again before the answer", () => {
  // A student finishes the question's phrase: "the fabric of spacetime" for "... the fabric of what?", "worked with
  // excavators" for "worked with ___". The words must be the question's, in its order, ending where it asks, and hold a
  // word of content ("of spacetime" is already a preposition before the name); what follows them is judged as ever.
  const spacetime: Question = {
    ...base,
    id: 'echo-text',
    kind: 'text',
    prompt: 'Gravitational waves are often pictured as ripples in the fabric of what?',
    accept: ['spacetime', 'space-time'],
    rivals: [['space'], ['time']],
    answerText: 'spacetime',
  };
  const war: Question = { ...spacetime, id: 'echo-war', prompt: 'The two countries have been close since the end of which war?', accept: ['World War II', 'Second World War', 'WWII'], rivals: [['World War I', 'First World War', 'WWI']], trailing: ['war'], answerText: 'World War II' };
  const diggers: Question = {
    ...base,
    id: 'echo-cloze',
    kind: 'cloze',
    prompt: 'Fill in the blank:',
    before: 'Some of the time the rescue teams worked with',
    after: '; at other times they dug by hand.',
    blank: { type: 'text', accept: ['excavators', 'diggers'], rivals: [['cranes'], ['dogs']] },
    answerText: 'excavators',
  };
  const table: [Question, string, boolean][] = [
    [spacetime, 'the fabric of spacetime', true], [spacetime, 'fabric of spacetime', true], [spacetime, 'the fabric of space-time', true],
    [spacetime, 'spacetime', true], [spacetime, 'the fabric of space', false], [spacetime, 'the fabric of time', false],
    // Words of the question around the answer, not in its order, are the question's too ("ripples in spacetime").
    [spacetime, 'the fabric of', false], [spacetime, 'ripples in spacetime', true], [spacetime, 'the fabric of spacetime and time', false],
    [war, 'the end of World War II', true], [war, 'end of WW2', true], [war, 'the end of World War I', false], [war, 'the end of the war', false],
    [diggers, 'worked with excavators', true], [diggers, 'the rescue teams worked with diggers', true], [diggers, 'excavators', true],
    [diggers, 'worked with cranes', false], [diggers, 'worked with', false], [diggers, 'worked with their hands', false],
    // A subject and one verb of the student's own, in small letters: a sentence, where no word names, denies or doubts.
    [diggers, 'they used excavators', true], [diggers, 'they used diggers', true], [diggers, 'they used cranes', false],
    [diggers, 'they never excavators', false], [diggers, 'I doubt excavators', false], [diggers, 'they Dogs excavators', false],
    [diggers, 'used excavators', false], [diggers, 'they really used excavators', false],
    [war, 'it ended World War II', true], [war, 'it ended World War I', false],
    [war, 'since World War II', true], [war, 'since World War I', false], [diggers, 'with excavators', true],
  ];
  for (const [q, input, right] of table) {
    it(`${right ? 'accepts' : 'rejects'} "${input}" for ${q.id}`, () => expect(checkAnswer(q, input).correct).to.equal(right));
  }
});

describe("checkAnswer: the question's own words said again after the answer", () => {
  // A student goes on with words the question says itself: "Il-76 military cargo planes" for "Which type of military
  // cargo plane ...?", "National Press Club, Washington" for "gathered at ___ in Washington". The name is still judged
  // as ever, and the words after it may not be a second name, a doubt or words of the student's own.
  const plane: Question = {
    ...base,
    id: 'tail-text',
    kind: 'text',
    prompt: 'Which type of military cargo plane was damaged at the Pskov airfield?',
    accept: ['Il-76'],
    rivals: [['An-124'], ['Il-78'], ['C-17']],
    answerText: 'Il-76',
  };
  const club: Question = {
    ...base,
    id: 'tail-cloze',
    kind: 'cloze',
    prompt: 'Fill in the blank:',
    before: 'Leading scientists gathered at',
    after: 'in Washington to announce the discovery.',
    blank: { type: 'text', accept: ['National Press Club'], rivals: [['White House'], ['Capitol']] },
    answerText: 'the National Press Club',
  };
  const table: [Question, string, boolean][] = [
    [plane, 'Il-76 military cargo planes', true], [plane, 'the Il-76 cargo plane', true], [plane, 'Il-76, a military cargo plane', true],
    [plane, 'Il-76 planes damaged at the Pskov airfield', true],
    [plane, 'An-124 military cargo planes', false], [plane, 'Il-76 and An-124 cargo planes', false], [plane, 'Il-76 or Il-78 planes', false],
    [plane, 'Il-76 transport planes', false], [plane, 'military cargo planes', false], [plane, 'Il-76 not damaged', false], [plane, 'Il-76 Il-78', false],
    [club, 'National Press Club, Washington', true], [club, 'the National Press Club in Washington', true],
    [club, 'White House in Washington', false], [club, 'National Press Club in New York', false], [club, 'National Press Club, not the White House', false],
    [club, 'National Press Club in Washington or the Capitol', false],
  ];
  for (const [q, input, right] of table) {
    it(`${right ? 'accepts' : 'rejects'} "${input}" for ${q.id}`, () => expect(checkAnswer(q, input).correct).to.equal(right));
  }
});

describe('checkAnswer: a figure "out of" another the question gives', () => {
  const intercepted: Question = {
    ...base,
    id: 'out-of',
    kind: 'number',
    prompt: 'The navy fired 52 flares; how many did the lookouts report seeing?',
    value: 49,
    min: 49,
    max: 49,
    unit: 'flares',
    answerText: '49 flares',
  };
  const silent: Question = { ...intercepted, id: 'out-of-silent', prompt: 'How many flares did the lookouts report seeing?' };
  const table: [Question, string, boolean][] = [
    [intercepted, '49 out of 52', true], [intercepted, '49 of the 52 flares', true], [intercepted, '49 of 52', true],
    [intercepted, '52 out of 52', false], [intercepted, '49 out of 60', false], [intercepted, '48 out of 52', false], [intercepted, '49 or 50 out of 52', false],
    [silent, '49 out of 52', false], [silent, '49', true],
  ];
  for (const [q, input, right] of table) {
    it(`${right ? 'accepts' : 'rejects'} "${input}" for ${q.id}`, () => expect(checkAnswer(q, input).correct).to.equal(right));
  }
});

describe('checkAnswer: a figure the question gives, said again around the answer', () => {
  const growth: Question = {
    ...base,
    id: 'in-year',
    kind: 'number',
    prompt: 'By how many per cent did the ferry company\'s passenger numbers grow in 2019?',
    value: 31,
    min: 31,
    max: 31,
    unit: 'per cent',
    answerText: '31 per cent',
  };
  const silent: Question = { ...growth, id: 'in-year-silent', prompt: 'By how many per cent did the ferry company\'s passenger numbers grow?' };
  const table: [Question, string, boolean][] = [
    [growth, '31% in 2019', true], [growth, 'In 2019 they grew by 31 per cent', true], [growth, '31 per cent (2019)', true],
    [growth, 'it grew 31% for the year 2019', true],
    [growth, '31% in 2018', false], [growth, '30% in 2019', false], [growth, '31 or 2019', false], [growth, 'in 2019', false],
    [growth, '31% in 2019 or 32%', false],
    [silent, '31% in 2019', false], [silent, '31%', true],
  ];
  for (const [q, input, right] of table) {
    it(`${right ? 'accepts' : 'rejects'} "${input}" for ${q.id}`, () => expect(checkAnswer(q, input).correct).to.equal(right));
  }
});

describe('matchesText: two forms of the answer joined', () => {
  const sector: TextAnswer = { accept: ['shipping', 'shipping industry', 'maritime'], rivals: [['fishing'], ['tourism']] };
  const table: [TextAnswer, string, boolean][] = [
    [sector, 'shipping and maritime', true], [sector, 'maritime & shipping industry', true], [sector, 'shipping/maritime', true],
    [sector, 'shipping and fishing', false], [sector, 'tourism and maritime', false], [sector, 'shipping and trade', false],
    [sector, 'shipping or fishing', false],
  ];
  for (const [answer, input, expected] of table) {
    it(`${expected ? 'accepts' : 'rejects'} "${input}" for ${answer.accept[0]}`, () => expect(matchesText(input, answer)).to.equal(expected));
  }
});

describe('matchesText: a word for what kind of body or thing a proper name is, after it', () => {
  const broker: TextAnswer = { accept: ['CM-CIC', 'CM-CIC Securities'], rivals: [['Natixis'], ['Oddo Securities']] };
  const award: TextAnswer = { accept: ['Best Actor'], rivals: [['Best Actress'], ['Best Director']] };
  const city: TextAnswer = { accept: ['Kyiv'], rivals: [['Kharkiv']] };
  const machines: TextAnswer = { accept: ['excavators'], rivals: [['cranes']] };
  const table: [TextAnswer, string, boolean][] = [
    [broker, 'CM-CIC bank', true], [broker, 'cm-cic bank', true], [broker, 'Natixis bank', false], [award, 'Best Actor Oscar', true],
    [award, 'Best Actress Oscar', false], [city, 'Kyiv region', false], [machines, 'excavators company', false],
  ];
  for (const [answer, input, right] of table) {
    it(`${right ? 'accepts' : 'rejects'} "${input}" for ${answer.accept[0]}`, () => expect(matchesText(input, answer)).to.equal(right));
  }
});

describe('matchesText: a title cited with its year in brackets', () => {
  const film: TextAnswer = { accept: ['Poor Things'], rivals: [['Past Lives'], ['Barbie']] };
  for (const [input, right] of [['Poor Things (2023)', true], ['Poor Things(2023).', true], ['Barbie (2023)', false], ['Poor Things (Barbie)', false], ['Poor Things (23)', false]] as const) {
    it(`${right ? 'accepts' : 'rejects'} "${input}"`, () => expect(matchesText(input, film)).to.equal(right));
  }
});

describe('checkAnswer: the answer said in a sentence of the question\'s own words', () => {
  // "he works at CM-CIC" for "who works at ___": a subject, its helper and the question's words (by their stems)
  // before the name, the question's words after it; never a word that denies, doubts or adds a second answer, nor a
  // word of a rival's name ("Claudia" before "Niland" makes another person of the bank).
  const firm: Question = {
    ...base,
    id: 'sentence-cloze',
    kind: 'cloze',
    prompt: 'Fill in the blank:',
    before: 'The analyst, who works at',
    after: ', judged the results better than expected.',
    blank: { type: 'text', accept: ['Fjordbank'], rivals: [['Nordkredit'], ['Elvbank Securities']] },
    answerText: 'Fjordbank',
  };
  const base2: Question = {
    ...base,
    id: 'sentence-text',
    kind: 'text',
    prompt: 'In which country is the shipbuilder Marvik based?',
    accept: ['Norway'],
    rivals: [['Sweden'], ['Denmark']],
    answerText: 'Norway',
  };
  const voter: Question = {
    ...base,
    id: 'sentence-person',
    kind: 'text',
    prompt: 'Which councillor joined Anna Berg and Ola Lind in voting against the plan?',
    accept: ['Kari Dahl', 'Dahl'],
    rivals: [['Anna Berg', 'Berg'], ['Ola Lind', 'Lind'], ['Per Moe', 'Moe']],
    answerText: 'Kari Dahl',
  };
  const table: [Question, string, boolean][] = [
    [firm, 'he works at Fjordbank', true], [firm, 'works at Fjordbank', true], [firm, 'he works at Fjordbnak', true],
    [firm, 'he does not work at Fjordbank', false], [firm, "he doesn't work at Fjordbank", false], [firm, 'he works at Nordkredit', false],
    [firm, 'he works at Fjordbank and Nordkredit', false], [firm, 'he works at Fjordbank or Nordkredit', false], [firm, 'he used to work at Fjordbank', false],
    [base2, 'it is based in Norway', true], [base2, 'Marvik is based in Norway', true], [base2, 'it is based in Sweden', false],
    [base2, 'other than Norway', false], [base2, 'not in Norway', false],
    // The shortest sentence a student writes, a subject, a verb of their own and the name, names the answer.
    [base2, 'it moved to Norway', true], [base2, 'it moved to Sweden', false], [base2, 'it moved away from Norway', false],
    // The subject may be a name the question gives.
    [base2, 'Marvik sits in Norway', true], [base2, 'Marvik sits in Sweden', false], [base2, 'Oslo sits in Norway', false],
    // A word of the question that ends as a contraction does ("government") is still the question's.
    [{ ...base2, prompt: 'In which country is the government shipbuilder Marvik based?' }, 'the government shipbuilder is based in Norway', true],
    [base2, "it isn't based in Norway", false], [base2, 'it wasnt based in Norway', false],
    [voter, 'she voted against the plan, Kari Dahl', true], [voter, 'Dahl voted against the plan', true],
    [voter, 'Anna Dahl', false], [voter, 'Berg and Dahl', false], [voter, 'Dahl joined Anna Berg', false],
    // What it was done to after the question's words; what the person is in brackets, as after a comma; a title before.
    [voter, 'Kari Dahl voted against it', true], [voter, 'Kari Dahl voted against Berg', false],
    [voter, 'Kari Dahl (a councillor)', true], [voter, 'Kari Dahl (Per Moe)', false], [voter, 'Kari Dahl (or Per Moe)', false],
    [voter, 'Director Kari Dahl', true], [voter, 'Director Per Moe', false],
  ];
  for (const [q, input, right] of table) {
    it(`${right ? 'accepts' : 'rejects'} "${input}" for ${q.id}`, () => expect(checkAnswer(q, input).correct).to.equal(right));
  }
});

describe("a person's surname alone and name without the middle ones, which the bank need not list", () => {
  const physicist = (bank: Bank) => allQuestions(bank).find((q) => q.id === 'murphy-best-actor.physicist.text')!;
  it('takes the surname no other person of the bank has in a name, and the first and last names together', async () => {
    const bank = (await (await fetch('/test/fixtures/banks/oscars-2024.json')).json()) as Bank;
    const q = physicist(bank);
    expect(q.answerText).to.equal('J. Robert Oppenheimer');
    for (const input of ['Oppenheimer', 'oppenheimer', 'Oppenhiemer', 'J. Oppenheimer', 'J Oppenheimer']) expect(checkAnswer(q, input).correct, input).to.equal(true);
    for (const input of ['Robert', 'J.', 'Fermi', 'Oppenheimer and Fermi']) expect(checkAnswer(q, input).correct, input).to.equal(false);
  });
  it('takes no surname another person of the bank shares, a pool name or not', async () => {
    const bank = (await (await fetch('/test/fixtures/banks/oscars-2024.json')).json()) as Bank;
    bank.pools!.find((p) => p.type === 'physicist')!.entities.push({ id: 'frank-oppenheimer', label: 'Frank Oppenheimer' });
    const q = physicist(bank);
    expect(checkAnswer(q, 'Oppenheimer').correct).to.equal(false);
    expect(checkAnswer(q, 'J. Oppenheimer').correct).to.equal(true);
    expect(checkAnswer(q, 'Frank Oppenheimer').correct).to.equal(false);
  });
});

describe('numberAnswer: the figures a typed answer may give', () => {
  const range = (slot: NumberSlot) => {
    const a = numberAnswer(slot);
    return [a.min, a.max];
  };
  it('an "about" figure takes no more than the article\'s precision: about 1.3 takes neither 1.2 nor 1.4', () => {
    expect(range({ number: 1.3, qualifier: 'about', unit: 'billion years', label: 'age' })).to.deep.equal([1.25, 1.35]);
    expect(range({ number: 400, qualifier: 'about', unit: 'years', label: 'years' })).to.deep.equal([360, 440]);
    expect(range({ number: 20000, qualifier: 'nearly', unit: 'people', label: 'people' })).to.deep.equal([18000, 20000]);
    expect(range({ number: 43, qualifier: 'about', unit: 'missiles', label: 'missiles' })).to.deep.equal([42.5, 43.5]);
  });
  it('a tolerance the bank sets is kept, and an exact figure is itself', () => {
    expect(range({ number: 1.3, qualifier: 'about', unit: 'billion years', label: 'age', tolerance: 0.2 })).to.deep.equal([1.1, 1.5]);
    expect(range({ number: 24, unit: 'years', label: 'years' })).to.deep.equal([24, 24]);
  });
});
