import { expect } from '@open-wc/testing';
import { escapeGift, orderPlaces, toGift } from '../../src/export/gift.js';
import { escapeHtml, toWorksheet, WORKSHEET_STRINGS } from '../../src/export/worksheet.js';
import { generate } from '../../src/domain/generate.js';
import type { Bank } from '../../src/domain/bank.js';
import type { Question, Quiz } from '../../src/domain/question.js';

// Strings a careless export would turn into markup or GIFT syntax.
const SCRIPT = '<script>window.__pwned = true</script>';
const IMG = '"><img src=x onerror="window.__pwned = true">';

/** A small bank whose every string a reader sees carries a payload. */
const PAYLOAD_BANK: Bank = {
  version: 1,
  id: 'payloads',
  title: `Payload quiz ${SCRIPT}`,
  language: 'en',
  articles: [
    {
      id: 'one',
      title: `Article ${SCRIPT} & “quotes”`,
      site: `Site ${IMG}`,
      date: '2024-06-19',
      paragraphs: 5,
      summary: 'A test article.',
    },
    { id: 'two', title: 'Second <b>article</b>', site: null, date: null, paragraphs: 3, summary: 'Another.' },
    { id: 'unused', title: 'Never asked about', site: null, date: null, paragraphs: 1, summary: 'Unused.' },
  ],
  types: [{ id: 'person', label: 'person', plural: 'people', ask: 'Who' }],
  entities: [
    { id: 'p1', type: 'person', label: `Anna ${SCRIPT}` },
    { id: 'p2', type: 'person', label: `Boris ${IMG}` },
  ],
  facts: [
    {
      id: 'f1',
      relation: 'said',
      article: 'one',
      paragraph: 2,
      text: '{who} said something {braces} = #1 ~ maybe.',
      slots: { who: { entity: 'p1' } },
      explanation: `Because ${SCRIPT} & more.`,
    },
    { id: 'f2', relation: 'wrote', article: 'two', paragraph: 3, text: '{who} wrote a letter.', slots: { who: { entity: 'p2' } } },
  ],
};

const base = { facts: ['f1'], article: 'one', paragraph: 2, difficulty: 2 as const, explanation: `Why ${SCRIPT}: it says so.` };

/** One question of every kind, all strings carrying payloads. */
const ALL_KINDS: Quiz = {
  bank: 'payloads',
  seed: `seed ${SCRIPT}`,
  questions: [
    { ...base, id: 'q-choice', kind: 'choice', prompt: `Which ${SCRIPT}?`, options: ['Il-76', `B ${IMG}`, 'C-17', 'An-124'], correct: 1, answerText: `B ${IMG}` },
    { ...base, id: 'q-tf', kind: 'truefalse', prompt: `True or false? ${SCRIPT}`, options: ['True', 'False'], correct: 1, answerText: 'False' },
    { ...base, id: 'q-text', kind: 'text', prompt: `Who ${SCRIPT}?`, accept: ['Anna', 'A. Nna'], rivals: [], answerText: `Anna ${SCRIPT}` },
    { ...base, id: 'q-number', kind: 'number', prompt: 'How many?', value: 43, min: 43, max: 43, unit: `planes ${SCRIPT}`, answerText: '43' },
    {
      ...base,
      article: 'two',
      paragraph: 3,
      id: 'q-cloze',
      kind: 'cloze',
      prompt: 'Fill in the blank:',
      before: `Before ${SCRIPT}`,
      after: `after ${IMG}.`,
      blank: { type: 'number', value: 4, min: 4, max: 4, unit: 'planes' },
      answerText: '4',
    },
    {
      ...base,
      id: 'q-match',
      kind: 'match',
      prompt: 'Match each person with a role:',
      left: ['Kirby', `Vedernikov ${SCRIPT}`, 'Popko'],
      right: ['governor', 'head of a military administration', `spokesperson ${IMG}`],
      pairs: [2, 0, 1],
      answerText: 'Kirby: spokesperson',
    },
    {
      ...base,
      id: 'q-order',
      kind: 'order',
      prompt: 'Put these figures in order, smallest first:',
      items: ['6 regions', `2 people ${SCRIPT}`, '43 missiles', '30 miles'],
      order: [1, 0, 3, 2],
      ends: { first: 'smallest', last: 'largest' },
      answerText: '2 people, 6 regions, 30 miles, 43 missiles',
    },
  ],
};

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Load a whole worksheet into a frame, as a browser would open the file. */
async function openInFrame(html: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

describe('toWorksheet', () => {
  const html = toWorksheet(ALL_KINDS, PAYLOAD_BANK);
  const doc = parseHtml(html);

  it('is a complete standalone HTML document: doctype, language, charset, viewport, title, inline styles only', () => {
    expect(html.startsWith('<!doctype html>')).to.equal(true);
    expect(doc.doctype?.name).to.equal('html');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).to.equal('utf-8');
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).to.equal('width=device-width, initial-scale=1');
    expect(doc.title).to.equal(PAYLOAD_BANK.title);
    expect(doc.querySelectorAll('style')).to.have.length(1);
    expect(doc.querySelectorAll('link, script, img, iframe, object, [src], [href]')).to.have.length(0);
  });

  it('shows every bank string as text, never as markup', () => {
    expect(doc.querySelectorAll('script, img')).to.have.length(0);
    const withHandlers = [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
    expect(withHandlers).to.have.length(0);
    const text = doc.body.textContent!;
    expect(text).to.include(SCRIPT);
    expect(text).to.include(IMG);
    expect(doc.querySelector('h1')!.textContent).to.equal(PAYLOAD_BANK.title);
    expect(doc.querySelector('.meta')!.textContent).to.include(ALL_KINDS.seed);
  });

  it('lists the articles it draws on with title, site and date, and no others', () => {
    const items = [...doc.querySelectorAll('.sources li')];
    expect(items).to.have.length(2);
    expect(items[0]!.querySelector('cite')!.textContent).to.equal(PAYLOAD_BANK.articles[0]!.title);
    expect(items[0]!.textContent).to.include(PAYLOAD_BANK.articles[0]!.site!);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-06-19');
    expect(items[0]!.querySelector('time')!.textContent).to.equal('19 June 2024');
    expect(items[1]!.textContent).to.include(WORKSHEET_STRINGS.noSite).and.include(WORKSHEET_STRINGS.noDate);
    expect(doc.body.textContent).not.to.include('Never asked about');
  });

  it('has lines for the name and the date', () => {
    const student = [...doc.querySelectorAll('.student p')].map((p) => p.textContent!.trim());
    expect(student).to.deep.equal(['Name:', 'Date:']);
    expect(doc.querySelectorAll('.student .line')).to.have.length(2);
  });

  it('numbers the questions and gives each what a student needs to answer on paper', () => {
    const items = [...doc.querySelectorAll('ol.questions > li')];
    expect(items).to.have.length(ALL_KINDS.questions.length);
    ALL_KINDS.questions.forEach((q, i) => {
      const li = items[i]!;
      expect(li.querySelector('.prompt')!.textContent, q.id).to.equal(q.prompt);
      switch (q.kind) {
        case 'choice':
        case 'truefalse': {
          const options = [...li.querySelectorAll('ul.options li')];
          expect(options.map((o) => o.textContent!.trim())).to.deep.equal(q.options.map((o, k) => `${'ABCD'[k]}. ${o}`));
          expect(li.querySelectorAll('ul.options .box')).to.have.length(q.options.length);
          break;
        }
        case 'text':
          expect(li.querySelectorAll('.line')).to.have.length(1);
          break;
        case 'number':
          expect(li.querySelectorAll('.line')).to.have.length(1);
          expect(li.textContent).to.include(q.unit);
          break;
        case 'cloze':
          expect(li.querySelectorAll('.blank')).to.have.length(1);
          expect(li.textContent).to.include(q.before).and.include(q.after);
          break;
        case 'match': {
          const rows = [...li.querySelectorAll<HTMLTableRowElement>('table.match tbody tr')];
          expect(rows).to.have.length(q.left.length);
          expect(rows.map((r) => r.cells[0]!.textContent)).to.deep.equal(q.left.map((l, k) => `${k + 1}. ${l}`));
          expect(rows.map((r) => r.cells[2]!.textContent)).to.deep.equal(q.right.map((r, k) => `${'ABC'[k]}. ${r}`));
          expect(li.querySelectorAll('table.match th[scope="col"]')).to.have.length(3);
          break;
        }
        case 'order':
          expect([...li.querySelectorAll('ul.options li')].map((o) => o.textContent)).to.deep.equal(q.items);
          expect(li.querySelectorAll('.place')).to.have.length(q.items.length);
          expect(li.querySelector('.hint')!.textContent).to.equal('Write 1 (smallest) to 4 (largest) beside each item.');
          break;
      }
    });
  });

  it('gives the answer key after the questions, with the answer, the explanation and the source of each', () => {
    const questions = doc.querySelector('ol.questions')!;
    const key = doc.querySelector('section.answer-key')!;
    expect(key.querySelector('h2')!.textContent).to.equal('Answer key');
    expect(questions.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const entries = [...key.querySelectorAll('ol.key > li')];
    expect(entries).to.have.length(ALL_KINDS.questions.length);
    const answers = entries.map((li) => li.querySelector('.answer')!.textContent);
    expect(answers).to.deep.equal([
      `B. B ${IMG}`,
      'B. False',
      `Anna ${SCRIPT}`,
      '43',
      '4',
      `1 → C (Kirby: spokesperson ${IMG}); 2 → A (Vedernikov ${SCRIPT}: governor); 3 → B (Popko: head of a military administration)`,
      `1 (smallest): 2 people ${SCRIPT}; 2: 6 regions; 3: 30 miles; 4 (largest): 43 missiles`,
    ]);
    ALL_KINDS.questions.forEach((q, i) => {
      const article = PAYLOAD_BANK.articles.find((a) => a.id === q.article)!;
      expect(entries[i]!.textContent, q.id).to.include(q.explanation);
      const source = entries[i]!.querySelector('.source')!;
      expect(source.querySelector('cite')!.textContent).to.equal(article.title);
      expect(source.textContent).to.equal(`Source: ${article.title}, paragraph ${q.paragraph}`);
    });
  });

  it('starts the answer key on a new page when printed, and carries a print stylesheet', async () => {
    const { frame, doc: shown } = await openInFrame(html);
    try {
      const key = shown.querySelector('section.answer-key')!;
      expect(shown.defaultView!.getComputedStyle(key).breakBefore).to.equal('page');
      const rules = [...shown.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      // The frame has its own CSSMediaRule class, so `instanceof` with ours would never hold.
      const print = rules.filter((rule) => (rule as CSSMediaRule).media?.mediaText === 'print');
      expect(print).to.have.length(1);
      expect((shown.defaultView as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('sets short options side by side, and a long option that wraps clear of its box and letter', async () => {
    const long = 'A statement long enough to wrap onto a second line of the worksheet, as the statements of a support question do';
    const quiz: Quiz = { ...ALL_KINDS, questions: [ALL_KINDS.questions[1]!, { ...ALL_KINDS.questions[0]!, options: [long, 'B', 'C', 'D'], correct: 1 } as Quiz['questions'][number]] };
    const { frame, doc: shown } = await openInFrame(toWorksheet(quiz, PAYLOAD_BANK));
    try {
      const [short, wrapped] = [...shown.querySelectorAll('ol.questions ul.options')];
      const [yes, no] = [...short!.children].map((li) => li.getBoundingClientRect());
      expect(no!.top, 'True and False on one line').to.equal(yes!.top);
      const first = wrapped!.children[0]!;
      const box = first.querySelector('.box')!.getBoundingClientRect();
      const range = shown.createRange();
      range.selectNodeContents(first);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const text = lines.filter((r) => r.left > box.right);
      expect(lines.every((r) => r.top < box.bottom || r.left > box.right), 'no line of the option runs back under its box').to.equal(true);
      expect(new Set(text.map((r) => Math.round(r.top))).size, 'the option wraps').to.be.at.least(2);
      expect(wrapped!.children[1]!.getBoundingClientRect().top, 'long options one per line').to.be.greaterThan(first.getBoundingClientRect().bottom - 1);
    } finally {
      frame.remove();
    }
  });

  it('passes an accessibility audit', async () => {
    const container = document.createElement('div');
    container.innerHTML = doc.body.innerHTML;
    document.body.append(container);
    try {
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });

  it('takes a title and words to replace', () => {
    const other = parseHtml(toWorksheet(ALL_KINDS, PAYLOAD_BANK, { title: 'Week 3', strings: { answerKey: 'Lösungen', name: 'Nom' } }));
    expect(other.title).to.equal('Week 3');
    expect(other.querySelector('.answer-key h2')!.textContent).to.equal('Lösungen');
    expect(other.querySelector('.student p')!.textContent!.trim()).to.equal('Nom:');
  });

  it('works on a quiz the generator made from the payload bank', () => {
    const quiz = generate(PAYLOAD_BANK, { seed: 'w', count: 2 });
    const made = parseHtml(toWorksheet(quiz, PAYLOAD_BANK));
    expect(made.querySelectorAll('script, img')).to.have.length(0);
    expect(made.querySelectorAll('ol.questions > li')).to.have.length(2);
    expect(made.querySelectorAll('ol.key > li')).to.have.length(2);
    expect(made.body.textContent).to.include(SCRIPT);
  });
});

describe('a blank at the end of a sentence', () => {
  const quiz: Quiz = {
    bank: 'payloads',
    seed: 's',
    questions: [
      {
        ...base,
        id: 'q-end',
        kind: 'cloze',
        prompt: 'Fill in the missing name:',
        before: 'Russia pushed from Kharkiv down to',
        after: '.',
        blank: { type: 'text', accept: ['Kherson'], rivals: [] },
        answerText: 'Kherson',
      },
    ],
  };

  it('keeps the full stop against the blank on the worksheet', () => {
    const p = parseHtml(toWorksheet(quiz, PAYLOAD_BANK)).querySelector('ol.questions li p:not(.prompt)')!;
    expect(p.innerHTML).to.equal('Russia pushed from Kharkiv down to <span class="blank"></span>.');
  });

  it('puts one space between the prompt and a blank that opens the sentence in GIFT', () => {
    const first = { ...quiz.questions[0]!, before: '', after: 'lies at the southern end of the front.' } as Question;
    const gift = toGift({ ...quiz, questions: [first] });
    expect(gift).to.include('::q-end:: Fill in the missing name\\: {=Kherson ');
  });

  it('keeps the full stop against the blank in GIFT', () => {
    expect(toGift(quiz)).to.include('down to {=Kherson ####Why <script>window.__pwned \\= true</script>\\: it says so. (Source\\: article one, paragraph 2.)}.\n');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});

describe('escapeGift', () => {
  const table: [string, string][] = [
    ['plain text', 'plain text'],
    ['a ~ b = c # d', 'a \\~ b \\= c \\# d'],
    ['{braces}', '\\{braces\\}'],
    ['time: 10:30', 'time\\: 10\\:30'],
    ['back\\slash', 'back\\\\slash'],
    ['two\n\nlines', 'two lines'],
  ];
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(escapeGift(input)).to.equal(expected));
  }
});

describe('toGift', () => {
  const gift = toGift(ALL_KINDS, { title: 'Week 3 / news' });
  const blocks = gift.trimEnd().split('\n\n');

  it('starts with a header naming bank, seed and count, then the category', () => {
    expect(blocks[0]).to.equal(
      `// news-quiz: bank payloads, seed "${ALL_KINDS.seed}", 7 questions.\n// Import in Moodle: Question bank > Import > GIFT format.`,
    );
    expect(blocks[1]).to.equal('$CATEGORY: $course$/Week 3 // news');
  });

  it('writes one block per question, titled with its id and tagged with kind and difficulty', () => {
    const questions = blocks.slice(2);
    expect(questions).to.have.length(ALL_KINDS.questions.length);
    ALL_KINDS.questions.forEach((q: Question, i) => {
      expect(questions[i]!.startsWith(`// [tag:news-quiz] [tag:${q.kind}] [tag:difficulty-2]\n`), q.id).to.equal(true);
      expect(questions[i]).to.include(`::${q.id}:: `);
      expect(questions[i]).to.include(`####${escapeGift(q.explanation)} (Source\\: article ${q.article}, paragraph ${q.paragraph}.)`);
    });
  });

  it('maps each kind to GIFT as documented', () => {
    const [choice, tf, text, number, cloze, match, order] = blocks.slice(2);
    expect(choice).to.include('\t~Il-76\n\t=B "><img src\\=x onerror\\="window.__pwned \\= true">\n\t~C-17\n\t~An-124\n');
    expect(tf).to.match(/\{F ####/);
    expect(text).to.include('// Moodle short answer: only the forms listed are accepted');
    expect(text).to.include('{=Anna =A. Nna ####');
    expect(number).to.include('{#43:0 ####');
    expect(cloze).to.include(`${escapeGift(`Before ${SCRIPT}`)} {#4:0 ####`);
    expect(cloze.trimEnd().endsWith(`} after "><img src\\=x onerror\\="window.__pwned \\= true">.`)).to.equal(true);
    expect(match).to.include('\t=Kirby -> spokesperson "><img src\\=x onerror\\="window.__pwned \\= true">\n');
    expect(order).to.include('// GIFT has no ordering question: exported as matching');
    expect(order).to.include('\t=2 people <script>window.__pwned \\= true</script> -> 1 (smallest)\n');
  });

  it('writes a number range when the bounds are not symmetric', () => {
    const more: Quiz = {
      bank: 'b',
      seed: 's',
      questions: [{ ...base, id: 'n', kind: 'number', prompt: 'How many?', value: 20, min: 21, max: 1000, unit: 'missiles', answerText: 'more than 20' }],
    };
    expect(toGift(more)).to.include('{#21..1000 ####');
  });

  it('leaves out, with a comment, a matching question Moodle would refuse', () => {
    const lone: Quiz = {
      bank: 'b',
      seed: 's',
      questions: [{ ...base, id: 'lone', kind: 'match', prompt: 'Match:', left: ['Kirby'], right: ['spokesperson'], pairs: [0], answerText: '' }],
    };
    const out = toGift(lone);
    expect(out).to.include("// not exported: lone (Moodle's matching question needs at least two pairs)");
    expect(out).not.to.include('::lone::');
  });

  it('cites the article by title when given the bank', () => {
    expect(toGift(ALL_KINDS, { bank: PAYLOAD_BANK })).to.include(`(Source\\: “${escapeGift(PAYLOAD_BANK.articles[0]!.title)}”, paragraph 2.)`);
  });
});

describe('orderPlaces', () => {
  it('names the ends', () => {
    expect(orderPlaces(4, { first: 'earliest', last: 'latest' })).to.deep.equal(['1 (earliest)', '2', '3', '4 (latest)']);
  });
});
