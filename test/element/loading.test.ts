// Loading: the ready promise and the ready and error events; a count the bank cannot fill; and
// banks the element refuses, saying why: too large (however served), not UTF-8, UTF-16, a count
// that is no whole number, thousands of problems.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
// From the element's module, so that the bundle's own classes are the ones tested against the bundle.
import { NewsQuizErrorEvent, NewsQuizLoadError, NewsQuizReadyEvent, type NewsQuiz } from '../../src/element/news-quiz.js';
import { GenerateError, generate } from '../../src/domain/generate.js';
import { MAX_BANK_BYTES } from '../../src/input/text-file.js';
import { $, $$, SMALL, button, click, failOnUncaught, live, loadBank, quiz, screen, shows, text, uniqueId } from './helpers.js';

const FIXTURES = '/test/fixtures/element';

/** Why `promise` was rejected; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('resolved where a rejection was expected'),
    (reason: unknown) => reason,
  );
}

describe('news-quiz: loading', () => {
  const realFetch = window.fetch;
  failOnUncaught();

  /** Serves `body` (bytes or a stream) for every fetch, with these headers. */
  function serve(body: BodyInit, headers: Record<string, string> = {}): void {
    window.fetch = () => Promise.resolve(new Response(body, { headers }));
  }

  it('ready resolves with the bank once its start screen is on screen, and news-quiz-ready bubbles out of shadow roots', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    try {
      const heard = oneEvent(document, 'news-quiz-ready') as unknown as Promise<NewsQuizReadyEvent>;
      const el = document.createElement('news-quiz');
      el.id = uniqueId('ready');
      el.src = SMALL;
      el.count = 3;
      root.append(el);
      const ready = el.ready;
      const bank = await ready;
      expect(bank.id).to.equal('element-small');
      expect(screen(el), 'the start screen is up when ready resolves').to.equal('start');
      const event = await heard;
      expect(event).to.be.instanceOf(NewsQuizReadyEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.bank).to.equal(bank);
      expect(event.quiz).to.equal(el.quiz);
      expect(event.quiz.questions).to.have.length(3);
      expect(el.ready, 'the same promise while nothing changes').to.equal(ready);
    } finally {
      host.remove();
    }
  });

  it('ready resolves for a bank given as a property or in a child script, and an early read waits for it', async () => {
    const given = await loadBank();
    const el = document.createElement('news-quiz');
    el.id = uniqueId('ready-prop');
    const early = el.ready;
    el.bank = given;
    document.body.append(el);
    try {
      expect(await early).to.equal(given);
    } finally {
      el.remove();
    }
    const script = await fixture<NewsQuiz>(
      html`<news-quiz id=${uniqueId('ready-script')}><script type="application/json">${JSON.stringify(given)}</script></news-quiz>`,
    );
    expect((await script.ready).id).to.equal('element-small');
  });

  it('ready rejects with the error screen\'s message and the problems; news-quiz-error says the same; Try again gives a new promise', async () => {
    const el = document.createElement('news-quiz');
    el.id = uniqueId('ready-invalid');
    el.src = `${FIXTURES}/invalid-bank.json`;
    const heard = oneEvent(el, 'news-quiz-error') as unknown as Promise<NewsQuizErrorEvent>;
    document.body.append(el);
    try {
      const error = (await rejection(el.ready)) as NewsQuizLoadError;
      expect(error).to.be.instanceOf(NewsQuizLoadError);
      expect(error.message).to.equal(`The quiz file ${FIXTURES}/invalid-bank.json has problems:`);
      expect(error.problems.map((p) => p.path)).to.deep.equal(['$', '$.facts[2].paragraph', '$.facts[3].slots.leader.entity']);
      expect(screen(el)).to.equal('error');
      const event = await heard;
      expect(event.error).to.equal(error);
      expect(event.bubbles && event.composed).to.equal(true);

      // Offline, then back: Try again loads it, and `ready` is a new promise that resolves.
      let calls = 0;
      window.fetch = () => {
        calls += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      };
      el.src = SMALL;
      await el.ready.catch(() => undefined);
      expect(calls).to.equal(1);
      const failed = el.ready;
      window.fetch = realFetch;
      await click(el, button(el, 'Try again'));
      expect(el.ready).to.not.equal(failed);
      expect((await el.ready).id).to.equal('element-small');
    } finally {
      el.remove();
    }
  });

  it('makes as many questions as the bank can when the count asks for more, and says so on the start screen and aloud', async () => {
    const bank = await loadBank();
    let capacity = 0;
    try {
      generate(bank, { seed: 'fewer', count: 500 });
    } catch (error) {
      expect(error).to.be.instanceOf(GenerateError);
      capacity = (error as GenerateError).capacity!;
    }
    expect(capacity).to.be.within(1, 499);
    const el = await quiz(html`<news-quiz id=${uniqueId('fewer')} src=${SMALL} count="500" seed="fewer"></news-quiz>`, 'start');
    expect(el.quiz!.questions).to.have.length(capacity);
    expect(el.quiz!.questions).to.deep.equal(generate(bank, { seed: 'fewer', count: capacity }).questions);
    const said = `This bank can make ${capacity} questions with these settings, not the 500 asked for.`;
    expect(text(el)).to.contain(`${capacity} questions`);
    expect($(el, '[part="start"] .fewer').textContent).to.equal(said);
    expect(live(el)).to.equal(said);
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Start the quiz'));
    expect(el.attempt!.round).to.have.length(capacity);
    // New quiz keeps doing so with a new seed.
    expect(el.count).to.equal(500);
  });

  it('names a count that is no whole number of at least 1 as the page wrote it', async () => {
    for (const value of ['Infinity', '0', '-3', '2.5']) {
      const el = await quiz(html`<news-quiz id=${uniqueId('badcount')} src=${SMALL} count=${value}></news-quiz>`, 'error');
      expect(text(el)).to.contain(`The count attribute must be a whole number of at least 1; it is "${value}".`);
      expect(text(el)).to.not.contain('null');
    }
  });

  it('still says why no quiz can be made from a valid bank (an unknown kind)', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('badkind')} src=${SMALL} kinds="essay"></news-quiz>`, 'error');
    expect(text(el)).to.contain('unknown question kind "essay"');
    expect(await rejection(el.ready)).to.be.instanceOf(NewsQuizLoadError);
  });

  it('refuses a file that is not UTF-8, and names UTF-16, as the command line does', async () => {
    const bank = await (await realFetch(SMALL)).text();
    const latin1 = new TextEncoder().encode(bank.replace('"A small quiz for the element tests"', '"A small quiz caf__"'));
    const at = latin1.indexOf('_'.charCodeAt(0));
    latin1[at] = 0xe9;
    latin1[at + 1] = 0x20;
    serve(latin1);
    const bad = await quiz(html`<news-quiz id=${uniqueId('latin1')} src="/bank.json"></news-quiz>`, 'error');
    expect(text(bad)).to.contain('The quiz file /bank.json is not UTF-8 text; save it as UTF-8.');
    const utf16 = new Uint8Array(2 + bank.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < bank.length; i++) utf16[2 + 2 * i] = bank.charCodeAt(i) & 0xff;
    serve(utf16);
    const wide = await quiz(html`<news-quiz id=${uniqueId('utf16')} src="/bank.json"></news-quiz>`, 'error');
    expect(text(wide)).to.contain('The quiz file /bank.json is UTF-16 text; save it as UTF-8.');
    await expect(wide).to.be.accessible();
  });

  it('refuses a file larger than the limit before reading it (Content-Length), and an endless one at the limit', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
        cancel() {
          cancelled = true;
        },
      });
    serve(endless(), { 'Content-Length': String(MAX_BANK_BYTES + 1) });
    const declared = await quiz(html`<news-quiz id=${uniqueId('declared')} src="/big.json"></news-quiz>`, 'error');
    expect(text(declared)).to.contain('The quiz file /big.json is larger than 5 MB, the most a quiz may be.');
    expect(pulled, 'read no further than the stream pulls by itself').to.be.at.most(2);
    expect(cancelled).to.equal(true);

    pulled = 0;
    cancelled = false;
    serve(endless());
    const streamed = await quiz(html`<news-quiz id=${uniqueId('endless')} src="/endless.json" timeout="60000"></news-quiz>`, 'error');
    expect(text(streamed)).to.contain('The quiz file /endless.json is larger than 5 MB, the most a quiz may be.');
    expect(pulled * 64 * 1024).to.be.within(MAX_BANK_BYTES, MAX_BANK_BYTES + 3 * 64 * 1024);
    expect(cancelled).to.equal(true);
    expect(() => button(streamed, 'Try again')).to.throw();
  });

  it('refuses a bank in a child script larger than the limit', async () => {
    const big = `{"title": "${'x'.repeat(MAX_BANK_BYTES)}"}`;
    const el = await quiz(html`<news-quiz id=${uniqueId('bigscript')}><script type="application/json">${big}</script></news-quiz>`, 'error');
    expect(text(el)).to.contain('The quiz given in the page is larger than 5 MB, the most a quiz may be.');
  });

  it('lists the first 100 of 32,000 problems and counts the rest', async () => {
    const bank = await loadBank();
    for (let i = 0; i < 32_000; i++) bank.entities.push({ id: `e${i}`, type: 'no-such-type', label: `Entity ${i}` });
    serve(JSON.stringify(bank));
    const el = await quiz(html`<news-quiz id=${uniqueId('many')} src="/many.json"></news-quiz>`, 'error');
    expect($$(el, '[part="error"] li')).to.have.length(100);
    expect($$(el, '[part="error"] li')[0]!.textContent).to.match(/^\$\.entities\[5\]\.type, line 1, column \d+: unknown type "no-such-type"/);
    expect(text(el)).to.contain(`… and ${(31_900).toLocaleString()} more.`);
    const error = (await rejection(el.ready)) as NewsQuizLoadError;
    expect(error.problems).to.have.length(32_000);
    await expect(el).to.be.accessible();
  });
});

describe('news-quiz: the ready promise and a change of options', () => {
  it('a failed option gives a rejected promise; fixing it gives a resolved one, with news-quiz-ready again', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('options')} src=${SMALL} count="3"></news-quiz>`, 'start');
    const first = el.ready;
    await first;
    el.kinds = ['essay' as never];
    await shows(el, 'error');
    expect(await rejection(el.ready)).to.be.instanceOf(NewsQuizLoadError);
    const heard = oneEvent(el, 'news-quiz-ready');
    el.kinds = undefined;
    await shows(el, 'start');
    await heard;
    expect((await el.ready).id).to.equal('element-small');
    expect(el.ready).to.not.equal(first);
  });
});
