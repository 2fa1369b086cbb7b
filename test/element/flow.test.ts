// The quiz from Start to results, in practice and test mode, with events, focus, live region and axe.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NewsQuizAnswerEvent, NewsQuizCompleteEvent, NewsQuizStartEvent } from '../../src/element/news-quiz.js';
import { $, $$, SMALL, answer, once, button, click, current, focused, live, loadBank, quiz, screen, shows, submit, text, uniqueId } from './helpers.js';

describe('news-quiz: start screen', () => {
  it('shows the title, the articles with site and date, the number of questions, and Start; axe passes', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('start')} src=${SMALL} seed="s1" count="6"></news-quiz>`, 'start');
    const shown = text(el);
    expect($(el, 'h2').textContent).to.equal('A small quiz for the element tests');
    expect(shown).to.contain('Intensified Russian Offensive in Ukraine');
    expect(shown).to.contain('MegaloPreneur');
    expect($(el, 'time').getAttribute('datetime')).to.equal('2024-06-19');
    expect($(el, 'time').textContent).to.match(/2024/);
    expect(shown).to.contain('6 questions');
    expect(button(el, 'Start the quiz')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists only the articles the questions come from', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('start')} src=${SMALL} seed="s1" count="2" articles="arms-talks"></news-quiz>`, 'start');
    expect($$(el, 'cite').map((c) => c.textContent)).to.deep.equal([
      'Russia and North Korea Forge Advancements in Arms Talks, as Ukraine Conflict Escalates',
    ]);
    expect(el.quiz!.questions.every((q) => q.article === 'arms-talks')).to.equal(true);
  });

  it('takes the bank from a child JSON script', async () => {
    const bank = await loadBank();
    const el = await quiz(
      html`<news-quiz id=${uniqueId('inline')} count="3"><script type="application/json">${JSON.stringify(bank)}</script></news-quiz>`,
      'start',
    );
    expect($(el, 'h2').textContent).to.equal(bank.title);
  });

  it('waits for a child JSON script the parser has not reached yet', async () => {
    const bank = await loadBank();
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const el = document.createElement('news-quiz');
    try {
      el.id = uniqueId('parsing');
      el.count = 3;
      document.body.append(el);
      await el.updateComplete;
      expect(text(el)).to.contain('Loading the quiz');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bank);
      el.append(script);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await shows(el, 'start');
    expect($(el, 'h2').textContent).to.equal(bank.title);
    el.remove();
  });

  it('a src set while the page is still parsing is not loaded a second time when parsing ends', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const el = document.createElement('news-quiz');
    try {
      el.id = uniqueId('parsing-src');
      el.count = 3;
      el.seed = 'parse';
      document.body.append(el);
      await el.updateComplete;
      el.src = SMALL;
      await shows(el, 'start');
      await click(el, button(el, 'Start the quiz'));
      await answer(el, true);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    const before = el.attempt;
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await el.updateComplete;
    // A second load would drop the attempt on screen and the reader's focus with it, and fetch the bank again.
    expect(el.attempt).to.equal(before);
    expect(screen(el)).to.equal('question');
    el.remove();
  });

  it('takes the bank from the bank property, over src', async () => {
    const bank = await loadBank();
    const el = await quiz(html`<news-quiz id=${uniqueId('prop')} .bank=${{ ...bank, title: 'Given as a property' }} src="/nowhere.json" count="3"></news-quiz>`, 'start');
    expect($(el, 'h2').textContent).to.equal('Given as a property');
  });

  it('shows a loading message, never a blank box, while the bank loads', async () => {
    const el = document.createElement('news-quiz');
    el.src = SMALL;
    el.count = 3;
    el.id = uniqueId('loading');
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.contain('Loading the quiz');
    await expect(el).to.be.accessible();
    await shows(el, 'start');
    el.remove();
  });
});

describe('news-quiz: practice mode', () => {
  it('asks one question at a time, gives feedback after each answer, and ends on the results', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('practice')} src=${SMALL} seed="practice" count="3"></news-quiz>`, 'start');

    setTimeout(() => button(el, 'Start the quiz').click());
    const started = await once(el, 'news-quiz-start');
    expect(started).to.be.instanceOf(NewsQuizStartEvent);
    expect(started.bubbles && started.composed).to.equal(true);
    expect(started.seed).to.equal('practice');
    expect(started.questions.map((q) => q.id)).to.deep.equal(el.quiz!.questions.map((q) => q.id));
    await el.updateComplete;

    expect(screen(el)).to.equal('question');
    expect($(el, 'h2').textContent).to.equal('Question 1 of 3');
    expect(focused(el)).to.equal($(el, 'h2'));
    expect($(el, '[role="progressbar"]').getAttribute('aria-valuetext')).to.equal('1 of 3');
    expect($(el, 'legend').textContent).to.equal(current(el).prompt);
    await expect(el).to.be.accessible();

    const first = current(el);
    await answer(el, true);
    let seen: unknown = 'not yet';
    el.addEventListener('news-quiz-answer', () => (seen = el.attempt!.answers[0]), { once: true });
    setTimeout(() => submit(el));
    const answered = await once(el, 'news-quiz-answer');
    expect(answered).to.be.instanceOf(NewsQuizAnswerEvent);
    expect(answered.bubbles && answered.composed).to.equal(true);
    expect([answered.questionId, answered.kind, answered.correct, answered.points]).to.deep.equal([first.id, first.kind, true, 1]);
    expect(seen, 'the element holds the answer when the event fires').to.deep.equal(answered.answer);
    await el.updateComplete;

    const feedback = $(el, '[part="feedback"]');
    expect(feedback.textContent).to.contain('Right');
    expect(feedback.querySelector('[aria-hidden="true"]')!.textContent).to.equal('✓');
    // The right answer is said once: on the marked option, in the verdict for a typed answer, or in the box as the
    // student typed it (then, told apart by case only, it is not said again).
    const typed = $(el, '[part="question"]').querySelector<HTMLInputElement>('input#typed');
    expect(`${$(el, '[part="question"]').textContent} ${typed?.value ?? ''}`.toLowerCase()).to.contain(first.answerText.toLowerCase());
    expect(feedback.textContent).to.contain(first.explanation);
    expect(feedback.textContent).to.match(/Source: .+, paragraph \d+/);
    // The citation is a line of its own that a page can style (part "source"), not the explanation's tail.
    expect($(el, '[part="feedback"] [part="source"]').textContent).to.match(/^Source: .+, paragraph \d+$/);
    expect(live(el)).to.contain('Right.').and.to.contain(first.explanation);
    expect(focused(el)).to.equal(button(el, 'Next question'));
    expect($<HTMLFieldSetElement>(el, 'fieldset').disabled).to.equal(true);
    await expect(el).to.be.accessible();

    await click(el, button(el, 'Next question'));
    expect($(el, 'h2').textContent).to.equal('Question 2 of 3');
    expect(focused(el)).to.equal($(el, 'h2'));

    const second = current(el);
    await answer(el, false);
    await submit(el);
    expect($(el, '[part="feedback"]').textContent).to.contain('Wrong');
    expect($(el, '[part="feedback"] [aria-hidden="true"]').textContent).to.equal('✗');
    expect(live(el)).to.contain('Wrong.').and.to.contain(second.answerText);
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Next question'));

    await answer(el, true);
    await submit(el);
    setTimeout(() => button(el, 'See the results').click());
    const completed = await once(el, 'news-quiz-complete');
    expect(completed).to.be.instanceOf(NewsQuizCompleteEvent);
    expect(completed.bubbles && completed.composed).to.equal(true);
    expect([completed.score, completed.max, completed.percent, completed.passed, completed.seed]).to.deep.equal([2, 3, 67, true, 'practice']);
    expect(completed.questions.map((q) => q.correct)).to.deep.equal([true, false, true]);
    expect(el.result).to.deep.equal(completed.result);
    await el.updateComplete;

    // The results screen's part is fetched while the reader answers; three quick answers may end before it arrives.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
    expect(focused(el)).to.equal($(el, 'h2'));
    const results = text(el);
    expect(results).to.contain('2 points out of 3');
    expect($(el, '.percent').textContent).to.equal('67%');
    expect(results).to.contain('Passed');
    expect(results).to.contain('Quiz code: practice');
    expect(results).to.contain('By article');
    expect(results).to.contain('By kind of question');
    expect($$(el, '.review > li')).to.have.length(3);
    expect($$(el, '.review > li')[1]!.textContent)
      .to.contain(`The answer: ${second.answerText}`)
      .and.to.contain('Your answer:')
      .and.to.contain(second.explanation)
      .and.to.match(/Source: .+, paragraph \d+/);
    const sources = $$(el, '.review [part="source"]');
    expect(sources, 'each answer in the review cites its source on a line of its own').to.have.length(3);
    expect(sources[1]!.textContent).to.match(/^Source: .+, paragraph \d+$/);
    expect(sources[1]!.previousElementSibling!.textContent).to.equal(second.explanation);
    await expect(el).to.be.accessible();
  });

  it('says so on screen and to screen readers instead of checking when no answer is given', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('empty')} src=${SMALL} seed="e" count="2" kinds="truefalse"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    let answers = 0;
    el.addEventListener('news-quiz-answer', () => (answers += 1));
    expect($$(el, '[part="hint"]')).to.have.length(0);
    await submit(el);
    expect(live(el)).to.equal('Give an answer first.');
    const hint = $(el, '[part="hint"]');
    expect(hint.textContent).to.contain('Give an answer first.');
    expect(hint.getBoundingClientRect().height, 'shown, not only read out').to.be.greaterThan(10);
    expect(getComputedStyle(hint).clipPath).to.equal('none');
    expect(answers).to.equal(0);
    expect($$(el, '[part="feedback"]')).to.have.length(0);
    await expect(el).to.be.accessible();
    await submit(el);
    expect(live(el)).to.contain('Give an answer first.');
    // Gone as soon as the reader answers.
    await answer(el, true);
    expect($$(el, '[part="hint"]')).to.have.length(0);
  });

  it('keeps a running tally of right answers while practising, and none in a test', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('tally')} src=${SMALL} seed="tally" count="3"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    expect($$(el, '.tally'), 'nothing answered yet').to.have.length(0);
    await answer(el, true);
    await submit(el);
    expect($(el, '.tally').textContent).to.equal('1 of 1 right so far');
    await click(el, $(el, '[data-next]'));
    expect($(el, '.tally').textContent).to.equal('1 of 1 right so far');
    await answer(el, false);
    await submit(el);
    expect($(el, '.tally').textContent).to.equal('1 of 2 right so far');
    const test = await quiz(html`<news-quiz id=${uniqueId('tally-test')} src=${SMALL} seed="tally" count="3" mode="test"></news-quiz>`, 'start');
    await click(test, button(test, 'Start the quiz'));
    await answer(test, true);
    await submit(test);
    expect($$(test, '.tally')).to.have.length(0);
  });

  it('reads a pass mark that is not a number as 60%', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('badmark')} src=${SMALL} seed="bm" count="2" pass-mark="most"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    for (const right of [true, true]) {
      await answer(el, right);
      await submit(el);
      await click(el, $(el, '[data-next]'));
    }
    expect(el.result!.passed).to.equal(true);
  });

  it('fails below the pass mark and says what the mark is', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('fail')} src=${SMALL} seed="f" count="2" pass-mark="75"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    for (const right of [true, false]) {
      await answer(el, right);
      await submit(el);
      await click(el, $(el, '[data-next]'));
    }
    expect(el.result!.passed).to.equal(false);
    expect(el.result!.percent).to.equal(50);
    expect($(el, '.passed').textContent!.trim()).to.equal('✗ Not passed yet');
    expect(text(el)).to.contain('Pass mark: 75%');
  });
});

describe('news-quiz: the article above each question', () => {
  it('names the article a question comes from above it, before it is answered, in practice and in a test', async () => {
    // "The council", "the signal": a question's words are about its article's story, which two articles make
    // a reader guess at unless the question screen says which.
    const bank = await loadBank();
    const titles = new Map(bank.articles.map((a) => [a.id, a.title]));
    for (const mode of ['practice', 'test']) {
      const el = await quiz(html`<news-quiz id=${uniqueId(`story-${mode}`)} src=${SMALL} seed="story" count="4" mode=${mode}></news-quiz>`, 'start');
      await click(el, button(el, 'Start the quiz'));
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) {
        const q = current(el);
        seen.add(q.article);
        expect($(el, '[part="story"]').textContent, `${mode} ${i}`).to.equal(`Article: ${titles.get(q.article)}`);
        if (i === 0) await expect(el).to.be.accessible();
        await answer(el, true);
        await submit(el);
        if (mode === 'practice') await click(el, $(el, '[data-next]'));
      }
      expect(seen.size, 'both articles asked').to.equal(2);
    }
  });
});

describe('news-quiz: test mode', () => {
  it('gives no feedback until the end', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('test')} src=${SMALL} seed="t" count="3" mode="test"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    const events: NewsQuizAnswerEvent[] = [];
    el.addEventListener('news-quiz-answer', (e) => events.push(e));
    await answer(el, false);
    await click(el, button(el, 'Next question'));
    expect($$(el, '[part="feedback"]')).to.have.length(0);
    expect(live(el)).to.equal('');
    expect($(el, 'h2').textContent).to.equal('Question 2 of 3');
    expect(focused(el)).to.equal($(el, 'h2'));
    await answer(el, true);
    await click(el, button(el, 'Next question'));
    await answer(el, true);
    setTimeout(() => button(el, 'See the results').click());
    const done = await once(el, 'news-quiz-complete');
    expect(events.map((e) => e.correct)).to.deep.equal([false, true, true]);
    expect(done.score).to.equal(2);
    await el.updateComplete;
    // The results screen's part is fetched while the reader answers; three quick answers may end before it arrives.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
  });
});

describe('news-quiz: seeds, retry and new quiz', () => {
  it('gives the same quiz for the same seed, in two elements', async () => {
    const a = await quiz(html`<news-quiz id=${uniqueId('same')} src=${SMALL} seed="class-7b" count="4"></news-quiz>`, 'start');
    const b = await quiz(html`<news-quiz id=${uniqueId('same')} src=${SMALL} seed="class-7b" count="4"></news-quiz>`, 'start');
    expect(a.quiz).to.deep.equal(b.quiz);
  });

  it('without a seed makes a new one per quiz and shows it on the results', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('noseed')} src=${SMALL} count="1"></news-quiz>`, 'start');
    const seed = el.quiz!.seed;
    expect(seed).to.match(/^[a-z0-9]{6}$/);
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    expect(text(el)).to.contain(`Quiz code: ${seed}`);

    setTimeout(() => button(el, 'New quiz').click());
    const started = await once(el, 'news-quiz-start');
    expect(started.seed).to.not.equal(seed);
    await el.updateComplete;
    expect(screen(el)).to.equal('question');
    expect(focused(el)).to.equal($(el, 'h2'));
  });

  it('retries only the missed questions, as practice: the recorded result stays the first round\'s', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('retry')} src=${SMALL} seed="r" count="4"></news-quiz>`, 'start');
    await click(el, button(el, 'Start the quiz'));
    const missed: string[] = [];
    for (const right of [true, false, true, false]) {
      if (!right) missed.push(current(el).id);
      await answer(el, right);
      await submit(el);
      await click(el, $(el, '[data-next]'));
    }
    const recorded = el.result!;
    expect(recorded.score).to.equal(2);
    setTimeout(() => button(el, 'Retry the missed ones').click());
    const started = await once(el, 'news-quiz-start');
    expect(started.questions.map((q) => q.id)).to.deep.equal(missed);
    expect(started.retry).to.equal(1);
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Question 1 of 2');
    expect($(el, '.retrying').textContent).to.equal('Retry 1: practice, not counted');
    expect(el.result, 'the recorded result while retrying').to.deep.equal(recorded);
    const answers: number[] = [];
    el.addEventListener('news-quiz-answer', (e) => answers.push(e.retry));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    await answer(el, true);
    await submit(el);
    setTimeout(() => $(el, '[data-next]').click());
    const completed = await once(el, 'news-quiz-complete');
    expect(answers).to.deep.equal([1, 1]);
    expect(completed.result).to.deep.equal(recorded);
    expect([completed.score, completed.percent]).to.deep.equal([2, 50]);
    expect(completed.retry!.retry).to.equal(1);
    expect(completed.retry!.questions.map((q) => q.id)).to.deep.equal(missed);
    expect([completed.retry!.score, completed.retry!.max, completed.retry!.percent]).to.deep.equal([2, 2, 100]);
    await el.updateComplete;
    expect(el.result).to.deep.equal(recorded);
    expect($(el, '.percent').textContent).to.equal('50%');
    expect($(el, '.retries').textContent).to.contain('Retry 1: 2 of 2 right (practice)').and.to.contain('Your result is your first try.');
    expect(() => button(el, 'Retry the missed ones')).to.throw();
    await expect(el).to.be.accessible();
  });

  it('locked (a teacher\'s link): no New quiz on the results, so the set quiz is the one answered', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('locked')} src=${SMALL} seed="set" count="1" locked></news-quiz>`, 'start');
    expect(el.locked).to.equal(true);
    await click(el, button(el, 'Start the quiz'));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    // The results screen's part is fetched while the reader answers; three quick answers may end before it arrives.
    await shows(el, 'results');
    expect(screen(el)).to.equal('results');
    expect($$(el, '[part="results"] button').map((b) => b.textContent!.trim())).to.deep.equal(['Copy results', 'Download CSV']);
    el.locked = false;
    await el.updateComplete;
    expect(button(el, 'New quiz')).to.exist;
  });

  it('asks only the kinds, difficulty and articles given', async () => {
    const el = await quiz(
      html`<news-quiz id=${uniqueId('filters')} src="/questions/russia-ukraine-2024.json" seed="f" count="3" kinds="choice, text" difficulty="2" articles="arms-talks"></news-quiz>`,
      'start',
    );
    const questions = el.quiz!.questions;
    expect(questions).to.have.length(3);
    expect(new Set(questions.map((q) => q.kind))).to.satisfy((kinds: Set<string>) => [...kinds].every((k) => k === 'choice' || k === 'text'));
    expect(questions.every((q) => q.difficulty === 2 && q.article === 'arms-talks')).to.equal(true);
    expect(el.kinds).to.deep.equal(['choice', 'text']);
  });

  it('fires no event when the page sets properties', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('quiet')} src=${SMALL} seed="q" count="2"></news-quiz>`, 'start');
    let events = 0;
    for (const name of ['news-quiz-start', 'news-quiz-answer', 'news-quiz-complete'] as const) el.addEventListener(name, () => (events += 1));
    el.seed = 'other';
    el.count = 3;
    await el.updateComplete;
    el.bank = await loadBank();
    await shows(el, 'start');
    expect(el.quiz!.questions).to.have.length(3);
    expect(el.quiz!.seed).to.equal('other');
    expect(events).to.equal(0);
  });
});

describe('news-quiz: keyboard alone', () => {
  it('starts, answers and goes on with Tab, arrows, Space and Enter', async () => {
    const el = await quiz(html`<news-quiz id=${uniqueId('keys')} src=${SMALL} seed="k" count="2" kinds="truefalse"></news-quiz>`, 'start');
    button(el, 'Start the quiz').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, 'h2'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($$(el, 'input[type="radio"]')[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.attempt!.draft).to.equal(1);
    await sendKeys({ press: 'Enter' }); // Enter in a radio group submits its form
    await el.updateComplete;
    expect(screen(el)).to.equal('question');
    expect($$(el, '[part="feedback"]')).to.have.length(1);
    expect(el.attempt!.answers[0]).to.equal(1);
    expect(focused(el)).to.equal(button(el, 'Next question'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Question 2 of 2');
  });
});

describe('news-quiz: strings', () => {
  it('takes any word from the strings property', async () => {
    const el = await quiz(
      html`<news-quiz id=${uniqueId('strings')} src=${SMALL} seed="w" count="2" .strings=${{ start: 'Los', question: 'Frage {n} von {total}' }}></news-quiz>`,
      'start',
    );
    await click(el, button(el, 'Los'));
    expect($(el, 'h2').textContent).to.equal('Frage 1 von 2');
  });
});

describe('news-quiz: several on one page', () => {
  it('keeps two quizzes with the same bank apart', async () => {
    const a = await quiz(html`<news-quiz id=${uniqueId('pair')} src=${SMALL} seed="p" count="2"></news-quiz>`, 'start');
    const b = await quiz(html`<news-quiz id=${uniqueId('pair')} src=${SMALL} seed="p" count="2"></news-quiz>`, 'start');
    await click(a, button(a, 'Start the quiz'));
    await answer(a, true);
    await submit(a);
    expect(screen(b)).to.equal('start');
    expect(b.attempt).to.equal(null);
    await click(b, button(b, 'Start the quiz'));
    expect(b.attempt!.answers.every((x) => x === null)).to.equal(true);
    expect(a.attempt!.answers[0]).to.not.equal(null);
  });
});
