// The student page (demo/student.html): the quiz alone, as the teacher's link set it. Mode, options,
// language and pass mark come from the link and cannot be changed; nothing on the page shows an
// answer before it is given; the results have no New quiz to swap the teacher's quiz for another.
import { expect, waitUntil } from '@open-wc/testing';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { mountStudent } from '../../demo/student.js';
import { answer, button, screen, shows, submit, text } from '../element/helpers.js';
import { guardPage } from './page-guard.js';
import { framed, pageBody } from './pages.js';

const PAGE = '/demo/student.html';

async function mount(search: string) {
  const root = await pageBody(PAGE);
  const html = document.createElement('div');
  const page = mountStudent(root, { href: `${location.origin}${PAGE}${search}`, search }, html);
  await shows(page.quiz, 'start', 10000);
  return { root, html, ...page };
}

describe('student page', () => {
  guardPage(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

  it("loads in a frame from the teacher's link: the quiz alone, in the class's language, named after the bank", async () => {
    const frame = await framed(`${PAGE}?seed=frame&count=3&mode=test&lang=uk&pass=70`, 1280, 900);
    const doc = frame.contentDocument!;
    const quiz = doc.querySelector('news-quiz') as NewsQuiz;
    await waitUntil(() => quiz.shadowRoot?.querySelector('[part="start"]'), 'the quiz never started', { timeout: 10000 });
    expect(doc.documentElement.lang).to.equal('uk');
    await waitUntil(() => doc.title !== 'Quiz', 'the title never came');
    expect(doc.title).to.equal('Ukraine, Russia and North Korea: the offensive, the arms talks and the drone strikes');
    expect(quiz.shadowRoot!.textContent).to.contain('3 запитання').and.to.contain('Прохідний поріг: 70%');
    // Nothing but the quiz: no settings, no kit, no event log, no other words on the page.
    expect(doc.querySelectorAll('form, button, input, select, a, iframe')).to.have.length(0);
    expect(doc.body.textContent!.trim()).to.equal('');
  });

  it('takes every setting from the link and holds them fixed', async () => {
    const { quiz, settings, html } = await mount('?seed=class-9b&count=4&mode=test&kinds=choice,truefalse&difficulty=1&articles=arms-talks&lang=fr&pass=90');
    expect([quiz.seed, quiz.count, quiz.mode, quiz.kinds, quiz.difficulty, quiz.articles, quiz.passMark, quiz.locked]).to.deep.equal([
      'class-9b',
      4,
      'test',
      ['truefalse', 'choice'],
      1,
      ['arms-talks'],
      90,
      true,
    ]);
    expect([settings.lang, html.lang]).to.deep.equal(['fr', 'fr']);
    expect(quiz.quiz!.questions.every((q) => q.article === 'arms-talks' && q.difficulty === 1 && (q.kind === 'choice' || q.kind === 'truefalse'))).to.equal(true);
  });

  it('in a test, shows no answer until the end, then no New quiz: only the retry, as practice', async () => {
    const { quiz } = await mount('?seed=locked&count=2&mode=test');
    button(quiz, 'Start the quiz').click();
    await shows(quiz, 'question');
    for (const right of [true, false]) {
      await answer(quiz, right);
      expect(quiz.shadowRoot!.querySelector('[part="feedback"]')).to.equal(null);
      await submit(quiz);
    }
    await shows(quiz, 'results');
    expect(screen(quiz)).to.equal('results');
    expect(() => button(quiz, 'New quiz')).to.throw();
    expect(button(quiz, 'Retry the missed ones')).to.exist;
    expect(text(quiz)).to.contain('Copy results').and.to.contain('Download CSV');
    await expect(quiz).to.be.accessible();
  });

  it('passes an accessibility audit (axe)', async () => {
    const { root } = await mount('?seed=axe&count=3');
    await expect(root).to.be.accessible();
  });
});
