// Bad input: missing, unreachable and slow banks, text that is not JSON, banks that fail validation,
// and banks full of HTML and script. The quiz always says what is wrong and never runs a bank's text.
import { expect, fixture, html } from '@open-wc/testing';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, $$, SMALL, answer, button, click, failOnUncaught, quiz, screen, shows, submit, text, uniqueId } from './helpers.js';

const FIXTURES = '/test/fixtures/element';

describe('news-quiz: bad input', () => {
  const realFetch = window.fetch;
  failOnUncaught();
  const consoleError = console.error;
  /** What the element told the page's developer through console.error. */
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = consoleError;
  });

  it('logs each load failure to the console too, for the page\'s developer, with the file and every problem', async () => {
    await quiz(html`<news-quiz id=${uniqueId('log404')} src="${FIXTURES}/missing.json"></news-quiz>`, 'error');
    expect(logged).to.deep.equal([`news-quiz: The quiz file ${FIXTURES}/missing.json could not be loaded (HTTP 404).`]);
    logged = [];
    await quiz(html`<news-quiz id=${uniqueId('loginvalid')} src="${FIXTURES}/invalid-bank.json"></news-quiz>`, 'error');
    expect(logged).to.have.length(1);
    const lines = logged[0]!.split('\n');
    expect(lines[0]).to.equal(`news-quiz: The quiz file ${FIXTURES}/invalid-bank.json has problems:`);
    expect(lines.slice(1)).to.have.length(3);
    expect(lines[1]).to.match(/^ {2}\$ \(line 1, column 1\): missing "title"/);
    expect(lines[2]).to.match(/^ {2}\$\.facts\[2\]\.paragraph \(line \d+, column \d+\): paragraph 40 is beyond/);
    logged = [];
    await quiz(html`<news-quiz id=${uniqueId('logok')} src=${SMALL} count="3"></news-quiz>`, 'start');
    expect(logged, 'nothing logged when the quiz loads').to.deep.equal([]);
  });

  it('says which file was not found (404) and offers Try again', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('404')} src="${FIXTURES}/missing.json"></news-quiz>`, 'error');
    expect($(el, 'h2').textContent).to.equal('The quiz could not be loaded');
    expect(text(el)).to.contain(`The quiz file ${FIXTURES}/missing.json could not be loaded (HTTP 404).`);
    expect(button(el, 'Try again')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says the file could not be reached, and Try again loads it once the network is back', async () => {
    let calls = 0;
    window.fetch = () => {
      calls += 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const el = await quiz(html`<news-quiz id=${uniqueId('offline')} src=${SMALL} count="3"></news-quiz>`, 'error');
    expect(calls).to.equal(1);
    expect(text(el)).to.contain(`The quiz file ${SMALL} could not be reached.`);
    window.fetch = realFetch;
    await click(el, button(el, 'Try again'));
    await shows(el, 'start');
    expect($(el, 'h2').textContent).to.equal('A small quiz for the element tests');
    expect(el.shadowRoot!.activeElement, 'focus moves to the start screen').to.equal($(el, 'h2'));
  });

  it('gives up on a slow file after the timeout', async () => {
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    const started = performance.now();
    const el = await quiz(html`<news-quiz id=${uniqueId('slow')} src=${SMALL} timeout="300"></news-quiz>`, 'error');
    expect(performance.now() - started).to.be.within(250, 3000);
    expect(text(el)).to.contain(`The quiz file ${SMALL} took longer than 0.3 s to load.`);
    expect(button(el, 'Try again')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('waits 15 s by default, and when the timeout attribute is not a number', async () => {
    expect(document.createElement('news-quiz').timeout).to.equal(15000);
    let signal: AbortSignal | undefined;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    };
    const el = await fixture<NewsQuiz>(html`<news-quiz id=${uniqueId('badtimeout')} src=${SMALL} timeout="soon"></news-quiz>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(signal!.aborted).to.equal(false);
    expect(screen(el)).to.equal('');
    expect(text(el)).to.contain('Loading the quiz');
  });

  it('shows where a file that is not JSON goes wrong (line and column), without Try again', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('notjson')} src="${FIXTURES}/not-json.json"></news-quiz>`, 'error');
    // Named like the other loading failures, so a page with several quizzes knows which file to fix.
    expect(text(el)).to.contain(`The quiz file ${FIXTURES}/not-json.json has problems:`);
    const problems = $$(el, '[part="error"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^\$, line 5, column 3: expected "," or "}"/);
    expect(() => button(el, 'Try again')).to.throw();
    await expect(el).to.be.accessible();
  });

  it("lists the validator's problems with their JSON path, line and column", async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('invalid')} src="${FIXTURES}/invalid-bank.json"></news-quiz>`, 'error');
    const problems = $$(el, '[part="error"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(problems).to.have.length(3);
    expect(problems[0]).to.match(/^\$, line 1, column 1: missing "title"/);
    expect(problems[1]).to.match(/^\$\.facts\[2\]\.paragraph, line \d+, column \d+: paragraph 40 is beyond/);
    expect(problems[2]).to.match(/^\$\.facts\[3\]\.slots\.leader\.entity, line \d+, column \d+: unknown entity "nobody"/);
    await expect(el).to.be.accessible();

    // On a phone a long path wraps after a dot or a comma, never inside a name ("leader.e" / "ntity").
    el.style.width = '320px';
    const code = $$(el, '[part="error"] code')[2]!;
    const range = document.createRange();
    const lineStarts: string[] = [];
    let top = -Infinity;
    for (const node of [...code.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)) {
      for (let i = 0; i < node.textContent!.length; i += 1) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.top > top + 2) {
          lineStarts.push(node.textContent!.slice(0, i) + '|' + node.textContent!.slice(i));
          top = rect.top;
        }
      }
    }
    expect(lineStarts.length, 'the path takes more than one line at 320 px').to.be.greaterThan(1);
    for (const start of lineStarts.slice(1)) expect(start, 'a line starts after a dot or a comma').to.match(/(^|[.,])\|/);
    el.style.width = '';
  });

  it('lists the problems of a bank given as a property (paths, no lines)', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('badprop')} .bank=${{ version: 1, id: 'Bad Id' }}></news-quiz>`, 'error');
    const problems = $$(el, '[part="error"] li').map((li) => li.textContent!);
    expect(problems.length).to.be.greaterThan(1);
    expect(problems.some((p) => p.startsWith('$.id: '))).to.equal(true);
    expect(text(el)).to.contain('The quiz given in the page has problems:');
  });

  it('shows why a quiz cannot be made from a valid bank (an article it lacks)', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('noarticle')} src=${SMALL} articles="nope"></news-quiz>`, 'error');
    expect(text(el)).to.contain('unknown article "nope"');
  });

  it('names a count or difficulty attribute that is not a number as the page wrote it', async () => {
    const count = await quiz(html`<news-quiz id=${uniqueId('nancount')} src=${SMALL} count="ten"></news-quiz>`, 'error');
    expect(text(count)).to.contain('The count attribute must be a number; it is "ten".');
    const difficulty = await quiz(html`<news-quiz id=${uniqueId('nandifficulty')} src=${SMALL} difficulty="hard"></news-quiz>`, 'error');
    expect(text(difficulty)).to.contain('The difficulty attribute must be a number; it is "hard".');
  });

  it('says what to do when no bank is given at all, and logs nothing: a page may be about to give one', async () => {
    const warned: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args[0]);
    try {
      const el = await quiz(html`<news-quiz id=${uniqueId('nobank')}></news-quiz>`, 'error');
      expect(text(el)).to.contain('No quiz given');
    } finally {
      console.warn = warn;
    }
    expect([...warned, ...logged]).to.deep.equal([]);
  });
});

describe('news-quiz: text from a bank is only ever text', () => {
  const PAYLOAD = `${FIXTURES}/payload-bank.json`;
  const w = window as { __xss?: unknown };
  beforeEach(() => delete w.__xss);

  /** No element made from a bank's text, nothing run. */
  async function clean(el: HTMLElement & { shadowRoot: ShadowRoot | null }): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for an onerror to fire, were there an <img>
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(w.__xss).to.equal(undefined);
  }

  it('shows HTML and script in every field literally, on every screen, and runs none of it', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('xss')} src=${PAYLOAD} seed="x" count="6"></news-quiz>`, 'start');
    const literal = (label: string): string => `<img src=x onerror="window.__xss=1">${label}<script>window.__xss=1</script>&amp;`;
    expect($(el, 'h2').textContent).to.equal(literal('Title'));
    expect($$(el, 'cite').map((c) => c.textContent)).to.deep.equal([literal('Article offensive'), literal('Article arms-talks')]);
    expect(text(el)).to.contain(literal('Site'));
    await clean(el);

    await click(el, button(el, 'Start the quiz'));
    for (let i = 0; i < 6; i += 1) {
      // Whatever the kind, the question shows text from the bank, payload and all.
      expect($(el, '[part="question"]').textContent).to.contain('<img src=x onerror="window.__xss=1">');
      await answer(el, i % 2 === 0);
      await submit(el);
      expect($(el, '[part="feedback"]').textContent).to.contain('<script>window.__xss=1</script>');
      expect($(el, '[part="feedback"]').textContent).to.match(/Source: <img src=x onerror="window.__xss=1">Article [a-z-]+<script>window.__xss=1<\/script>&amp;, paragraph \d+/);
      await clean(el);
      await click(el, $(el, '[data-next]'));
    }
    // The results screen is a part fetched apart; it may arrive after the last answer.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
    expect(text(el)).to.contain(literal('Article offensive'));
    await clean(el);
  });
});
