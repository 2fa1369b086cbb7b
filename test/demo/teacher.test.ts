// The teacher's page (demo/teacher.html): the settings, the link that opens the quiz alone for the
// class (the student page, settings fixed), and the kit (worksheet with its answer key, printed or in
// a new tab; the Moodle export), all of them the very quiz the students get.
import { expect, waitUntil } from '@open-wc/testing';
import type { Quiz } from '../../src/domain/question.js';
import { mountStudent } from '../../demo/student.js';
import { mountTeacher } from '../../demo/teacher.js';
import { quizFor } from '../../demo/settings.js';
import { shows } from '../element/helpers.js';
import { guardPage } from './page-guard.js';
import { framed, pageBody, recordingContext } from './pages.js';

const PAGE = '/demo/teacher.html';
const STUDENT = '/demo/student.html';

async function mount(href: string) {
  const root = await pageBody(PAGE);
  const { context, record } = recordingContext(href);
  const page = mountTeacher(root, context);
  return { root, page, record, bank: await page.bank };
}

const $ = <T extends HTMLElement>(root: ParentNode, selector: string): T => root.querySelector<T>(selector)!;
const ids = (quiz: Quiz | null): string[] => quiz!.questions.map((q) => `${q.id}|${q.prompt}`);

let giftParse: ((text: string) => unknown[]) | null = null;
/** gift-pegjs, the real GIFT parser (CommonJS), evaluated from its file. */
async function parseGift(text: string): Promise<unknown[]> {
  if (!giftParse) {
    const source = await (await fetch('/node_modules/gift-pegjs/pegjs-gift.js')).text();
    const module = { exports: {} as { parse: (text: string) => unknown[] } };
    new Function('module', 'exports', source)(module, module.exports);
    giftParse = module.exports.parse;
  }
  return giftParse(text);
}

describe("teacher's page", () => {
  guardPage(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

  it('loads in a frame: the settings, the students\' link and the kit, and no quiz to answer', async () => {
    const frame = await framed(`${PAGE}?seed=frame-check&count=4&mode=test`, 1280, 900);
    const doc = frame.contentDocument!;
    expect(doc.querySelector('news-quiz'), 'the quiz itself is on the student page').to.equal(null);
    const link = new URL((doc.getElementById('student-link') as HTMLInputElement).value);
    expect(link.pathname).to.equal(STUDENT);
    expect(link.search).to.equal('?seed=frame-check&count=4&mode=test');
    expect(doc.getElementById('print-worksheet')).to.exist;
    expect(doc.getElementById('open-worksheet')).to.exist;
    expect(doc.getElementById('download-gift')).to.exist;
    expect(frame.contentWindow!.getComputedStyle(doc.body).margin).to.equal('0px');
  });

  it('offers every kind of question, in the order and with the names the quiz gives them, here and on the self-check page', async () => {
    const { en } = await import('../../src/element/i18n/en.js');
    const { QUESTION_KINDS } = await import('../../src/domain/question.js');
    for (const path of [PAGE, '/demo/']) {
      const root = await pageBody(path);
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="kinds"]')];
      expect(boxes.map((box) => box.value), path).to.deep.equal([...QUESTION_KINDS]);
      expect(boxes.map((box) => box.parentElement!.textContent!.trim()), path).to.deep.equal(QUESTION_KINDS.map((kind) => en.kinds[kind]));
      root.remove();
    }
  });

  it('applies the address to the form, and the form to the address and the students\' link: mode, language, pass mark, kinds', async () => {
    const { root, record } = await mount(`${PAGE}?seed=abc&count=6&mode=test&lang=uk&pass=75&kinds=choice,truefalse`);
    expect($<HTMLInputElement>(root, '#seed').value).to.equal('abc');
    expect($<HTMLInputElement>(root, '#count').value).to.equal('6');
    expect($<HTMLInputElement>(root, 'input[name="mode"][value="test"]').checked).to.equal(true);
    expect($<HTMLSelectElement>(root, '#lang').value).to.equal('uk');
    expect($<HTMLInputElement>(root, '#pass').value).to.equal('75');
    expect($<HTMLDetailsElement>(root, 'details.more').open).to.equal(true);
    const link = (): URL => new URL($<HTMLInputElement>(root, '#student-link').value);
    expect(link().searchParams.get('lang')).to.equal('uk');
    const lang = $<HTMLSelectElement>(root, '#lang');
    lang.value = 'de';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const pass = $<HTMLInputElement>(root, '#pass');
    pass.value = '50';
    pass.dispatchEvent(new Event('change', { bubbles: true }));
    $<HTMLInputElement>(root, 'input[name="mode"][value="practice"]').click();
    expect(record.replaced.at(-1)).to.equal('?seed=abc&count=6&mode=practice&kinds=truefalse%2Cchoice&lang=de&pass=50');
    expect(link().search).to.equal('?seed=abc&count=6&mode=practice&kinds=truefalse%2Cchoice&lang=de&pass=50');
    expect($<HTMLAnchorElement>(root, '#student-anchor').href).to.equal(link().href);
    $<HTMLButtonElement>(root, '#new-seed').click();
    expect(link().searchParams.get('seed')).to.not.equal('abc');
    expect(link().searchParams.get('seed')).to.equal($<HTMLInputElement>(root, '#seed').value);
  });

  it("the students' link opens the quiz alone, with the very questions, mode, language and pass mark the teacher set", async () => {
    const { page, bank } = await mount(`${PAGE}?seed=class-7b&count=5&mode=test&lang=uk&pass=80`);
    const link = new URL(page.link());
    const student = await pageBody(STUDENT);
    const html = document.createElement('div');
    const { quiz, settings } = mountStudent(student, link, html);
    await shows(quiz, 'start', 10000);
    expect(ids(quiz.quiz)).to.deep.equal(ids(quizFor(bank, page.settings())));
    expect([quiz.mode, quiz.passMark, quiz.locked, settings.lang, html.lang]).to.deep.equal(['test', 80, true, 'uk', 'uk']);
  });

  it('prints the worksheet of the very quiz the students get: the questions, then the answer key on its own page', async () => {
    const { root, record, bank, page } = await mount(`${PAGE}?seed=kit&count=7`);
    const quiz = quizFor(bank, page.settings());
    $<HTMLButtonElement>(root, '#print-worksheet').click();
    await waitUntil(() => record.printed.length === 1, 'nothing printed');
    const text = new DOMParser().parseFromString(record.printed[0]!, 'text/html').body.textContent!.replace(/\s+/g, ' ');
    const [questions, key] = text.split('Answer key');
    expect(key, 'an answer key after the questions').to.be.a('string');
    for (const q of quiz.questions) {
      const words = q.kind === 'cloze' ? q.before.trim() : q.prompt;
      expect(questions).to.contain(words.replace(/\s+/g, ' ').slice(0, 40));
      if (q.kind === 'match') for (const item of q.left) expect(key).to.contain(item);
      else if (q.kind === 'order') for (const item of q.items) expect(key).to.contain(item);
      else if (q.kind === 'sequence') {
        // The key numbers the events ("1 (earliest): ...; 2: ..."): each stands there, in the answer's order.
        const at = q.order.map((i) => key.indexOf(q.items[i]!));
        expect(at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]!)), `${q.answerText} in ${key}`).to.equal(true);
      } else expect(key).to.contain(q.answerText);
    }
    expect(record.printed[0]).to.match(/break-before:\s*page/);
    expect($(root, '#kit-status').textContent).to.contain('printer');
  });

  it('opens the worksheet with its answer key in a new tab', async () => {
    const { root, record } = await mount(`${PAGE}?seed=tab&count=3`);
    $<HTMLButtonElement>(root, '#open-worksheet').click();
    await waitUntil(() => record.opened.length === 1, 'nothing opened');
    expect(record.opened[0]).to.contain('Answer key');
    expect($(root, '#kit-status').textContent).to.equal('Worksheet opened in a new tab.');
  });

  it('Export to Moodle saves a .gift file that gift-pegjs parses into one question per quiz question', async () => {
    const { root, record, bank, page } = await mount(`${PAGE}?seed=gift&count=9`);
    $<HTMLButtonElement>(root, '#download-gift').click();
    await waitUntil(() => record.saved.length === 1, 'nothing saved');
    const [file] = record.saved;
    expect(file!.name).to.equal('russia-ukraine-2024-gift.gift');
    expect(file!.type).to.contain('text/plain');
    const parsed = (await parseGift(file!.text)) as { type: string; title?: string | null }[];
    expect(parsed.filter((item) => item.type !== 'Category').map((item) => item.title)).to.deep.equal(quizFor(bank, page.settings()).questions.map((q) => q.id));
    expect($(root, '#kit-status').textContent).to.contain('russia-ukraine-2024-gift.gift');
  });

  it('a count the bank cannot fill: the kit exports the very quiz the students get, as many questions as the bank makes, and says so', async () => {
    const { root, page, record, bank } = await mount(`${PAGE}?seed=big&count=40&kinds=match`);
    const made = quizFor(bank, page.settings()).questions.length;
    expect(made).to.be.within(1, 39);
    $<HTMLButtonElement>(root, '#download-gift').click();
    await waitUntil(() => record.saved.length === 1, 'nothing saved');
    const parsed = (await parseGift(record.saved[0]!.text)) as { type: string; title?: string | null }[];
    expect(parsed.filter((item) => item.type !== 'Category').map((item) => item.title)).to.deep.equal(quizFor(bank, page.settings()).questions.map((q) => q.id));
    expect($(root, '#kit-status').textContent).to.contain(`This bank can make ${made} question${made === 1 ? "" : "s"} with these settings, not the 40 asked for.`);
  });

  it('passes an accessibility audit (axe)', async () => {
    const { root } = await mount(`${PAGE}?seed=axe&count=5`);
    await expect(root).to.be.accessible();
  });
});
