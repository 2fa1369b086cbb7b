// The parts of the element loaded apart (in the bundle, chunks beside it): a network fault while
// fetching one gives a clear message and loses no answer. A browser keeps a failed module fetch
// for the page's life, so the message asks for a reload, which resumes the saved answers. Its own
// test file, so that its page has fetched neither part before.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, SMALL, answer, button, click, live, quiz, shows, submit, text, uniqueId } from './helpers.js';

const FIXTURES = '/test/fixtures/element';
/** The list of a bank's problems: the sources' domain/parse.js, or the bundle's news-quiz.parse-<hash>.js. */
const EXPLANATION = String.raw`(?:/domain/parse\.[jt]s|/news-quiz\.parse-[\w-]+\.js)$`;
/** The results screen: the sources' element/results-screen.js, or the bundle's news-quiz.results-screen-<hash>.js. */
const RESULTS = String.raw`(?:/element/results-screen\.[jt]s|/news-quiz\.results-screen-[\w-]+\.js)$`;

const refuse = (pattern?: string): Promise<unknown> => executeServerCommand('refuse-requests', pattern);

describe('news-quiz: parts fetched apart', () => {
  before(async function () {
    // Named on the command line, this file also runs in the browser other files share, whose memory cache
    // serves a part without a request to refuse: there it skips, and its own browser runs it.
    if (!(await executeServerCommand('own-browser'))) this.skip();
  });
  afterEach(() => refuse());

  it('says a bank has problems when the list of them cannot be fetched', async () => {
    await refuse(EXPLANATION);
    const el = await quiz(html`<news-quiz id=${uniqueId('unlisted')} src="${FIXTURES}/invalid-bank.json"></news-quiz>`, 'error');
    expect(text(el)).to.contain(`The quiz file ${FIXTURES}/invalid-bank.json has problems:`);
    expect(text(el)).to.contain('The list of its problems could not be loaded. Check the connection, then reload the page.');
    expect($$(el, '[part="error"] li')).to.have.length(0);
    // Trying again in this page would meet the same failed fetch.
    expect(() => button(el, 'Try again')).to.throw();
    await expect(el).to.be.accessible();
    const error = await el.ready.then(() => null, (e: unknown) => e as Error);
    expect(error?.message).to.equal(`The quiz file ${FIXTURES}/invalid-bank.json has problems:`);
  });

  it('says a bank given as a property has problems when the words for them cannot be fetched', async () => {
    await refuse(EXPLANATION);
    const el = await quiz(html`<news-quiz id=${uniqueId('unlisted-property')} .bank=${{ version: 1, id: 'Bad Id' }}></news-quiz>`, 'error');
    expect(text(el)).to.contain('The quiz given in the page has problems:');
    expect(text(el)).to.contain('The list of its problems could not be loaded. Check the connection, then reload the page.');
    expect($$(el, '[part="error"] li')).to.have.length(0);
    expect(() => button(el, 'Try again')).to.throw();
    await expect(el).to.be.accessible();
  });

  it('makes the quiz of a sound bank, fetched or given as a property, without the list of problems', async () => {
    await refuse(EXPLANATION);
    const fetched = await quiz(html`<news-quiz id=${uniqueId('sound-src')} src=${SMALL} seed="parts"></news-quiz>`, 'start');
    const bank = await (await fetch(SMALL)).json();
    const given = await quiz(html`<news-quiz id=${uniqueId('sound-property')} .bank=${bank} seed="parts"></news-quiz>`, 'start');
    expect(given.quiz!.questions.map((q) => q.id)).to.deep.equal(fetched.quiz!.questions.map((q) => q.id));
    expect(await given.ready).to.equal(bank);
  });

  it('keeps every answer when the results screen cannot be fetched, and says to reload', async () => {
    await refuse(RESULTS);
    const id = uniqueId('stalled');
    const template = html`<news-quiz id=${id} src=${SMALL} seed="parts" count="3"></news-quiz>`;
    let el = await quiz(template, 'start');
    await click(el, button(el, 'Start the quiz'));
    for (const right of [true, false, true]) {
      await answer(el, right);
      await submit(el);
      await click(el, $(el, '[data-next]'));
    }
    await shows(el, 'error');
    expect($(el, 'h2').textContent).to.equal('The results could not be shown');
    const message = 'Your answers are kept, but this part of the quiz could not be loaded. Check the connection, then reload the page.';
    expect(text(el)).to.contain(message);
    expect(live(el)).to.equal(message);
    expect(el.shadowRoot!.activeElement, 'focus moves to the message').to.equal($(el, 'h2'));
    await expect(el).to.be.accessible();
    // The score is recorded (the complete event has fired) and the attempt kept, as after any finish.
    expect([el.result!.score, el.result!.max]).to.deep.equal([2, 3]);
    expect(el.attempt!.phase).to.equal('results');
    const answers = el.attempt!.answers;

    // The quiz made again, as after a reload: the saved answers come back, whole.
    el.remove();
    el = await quiz(template, 'error');
    expect(el.attempt!.answers).to.deep.equal(answers);
    expect([el.result!.score, el.result!.max]).to.deep.equal([2, 3]);
    expect($(el, 'h2').textContent).to.equal('The results could not be shown');
  });
});
