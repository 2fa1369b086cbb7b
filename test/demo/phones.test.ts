// Phones: no page of the project scrolls sideways at 320 px, in any state of its quiz (start, every
// kind of question asked and checked, results with the review opened), and the self-check page no
// longer widens to 678 px at 375 px with a matching question on screen.
import { expect, waitUntil } from '@open-wc/testing';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { answer, current, screen, submit } from '../element/helpers.js';
import { guardPage } from './page-guard.js';
import { framed } from './pages.js';

/** The page in `frame` fits its width: nothing scrolls sideways. */
function fits(frame: HTMLIFrameElement, what: string): void {
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  expect(doc.scrollingElement!.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(win.innerWidth);
}

/** Takes the quiz in `frame` through every screen, checking the page fits at each. */
async function everyState(frame: HTMLIFrameElement, name: string): Promise<string[]> {
  const quiz = frame.contentDocument!.querySelector('news-quiz') as NewsQuiz;
  await waitUntil(() => quiz.shadowRoot?.querySelector('section'), `${name}: no quiz`, { timeout: 10000 });
  localStorage.clear();
  const seen: string[] = [];
  const step = async (what: string): Promise<void> => {
    await quiz.updateComplete;
    seen.push(what);
    fits(frame, `${name}, ${what}`);
  };
  await step('start');
  quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"] button')!.click();
  await quiz.updateComplete;
  while (screen(quiz) === 'question') {
    const kind = current(quiz).kind;
    await step(`${kind} asked`);
    // An arrangement (order, sequence) is an answer as it stands: no hint for none.
    if (!('items' in current(quiz))) {
      await submit(quiz);
      await step(`${kind}: give an answer first`);
    }
    await answer(quiz, seen.length % 2 === 0);
    await submit(quiz);
    await step(`${kind} checked`);
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[data-next]')!.click();
    await quiz.updateComplete;
  }
  await step('results');
  quiz.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
  await step('review');
  return seen;
}

describe('phones', () => {
  guardPage(() => {
    document.querySelectorAll('body > iframe').forEach((f) => f.remove());
    localStorage.clear();
  });

  it('self-check page at 375 px with a matching question on screen: no sideways scrolling (it widened to 678 px)', async () => {
    const frame = await framed('/demo/?seed=phone&count=1&kinds=match', 375);
    const quiz = frame.contentDocument!.querySelector('news-quiz') as NewsQuiz;
    await waitUntil(() => quiz.shadowRoot?.querySelector('[part="start"]'), 'no quiz', { timeout: 10000 });
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"] button')!.click();
    await quiz.updateComplete;
    expect(current(quiz).kind).to.equal('match');
    fits(frame, 'matching question');
    await answer(quiz, false);
    await submit(quiz);
    fits(frame, 'matching question checked');
  });

  for (const [name, path] of [
    ['self-check page', '/demo/?seed=phone-a&count=7'],
    ['self-check page, the other kinds', '/demo/?seed=phone-b&count=4&kinds=match,cloze,text,number'],
    ['student page, ordering', '/demo/student.html?seed=phone&count=3&kinds=choice,truefalse,match&lang=uk'],
  ] as const) {
    it(`${name} at 320 px, in every state of its quiz`, async () => {
      const frame = await framed(path, 320);
      const seen = await everyState(frame, name);
      expect(seen).to.include('results');
      expect(seen.filter((s) => s.endsWith('checked')).length).to.be.at.least(3);
    });
  }

  it('every kind of question on a page at 320 px, ordering included', async () => {
    // The seed bank makes no ordering question; the generator's fixture bank does.
    const frame = await framed('/demo/student.html?seed=phone&count=1&kinds=order', 320);
    const quiz = frame.contentDocument!.querySelector('news-quiz') as NewsQuiz;
    quiz.src = '/test/fixtures/generator-bank.json';
    await waitUntil(() => quiz.quiz?.questions.every((q) => q.kind === 'order'), 'no ordering quiz', { timeout: 10000 });
    const seen = await everyState(frame, 'ordering');
    expect(seen).to.include('order checked');
  });

  it("the teacher's page at 320 px, with every option open", async () => {
    const frame = await framed('/demo/teacher.html?seed=phone&kinds=match', 320);
    const doc = frame.contentDocument!;
    expect(doc.querySelector<HTMLDetailsElement>('details.more')!.open).to.equal(true);
    fits(frame, "teacher's page");
  });

  it('the authoring page at 320 px, empty and with a draft', async () => {
    localStorage.removeItem('news-quiz:author');
    const frame = await framed('/demo/author.html', 320);
    const doc = frame.contentDocument!;
    fits(frame, 'authoring page, empty');
    const set = (id: string, value: string): void => {
      const field = doc.getElementById(id) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('article-title', 'Drones strike air base far from the front');
    set('article-site', 'Example Daily');
    set('article-date', '2024-05-02');
    set('article-text', await (await fetch('/test/fixtures/draft/airstrike.txt')).text());
    doc.getElementById('draft')!.click();
    await waitUntil(() => doc.querySelectorAll('#entities tbody tr').length > 0, 'no draft', { timeout: 20000 });
    fits(frame, 'authoring page, drafted');
    localStorage.removeItem('news-quiz:author');
  });
});
