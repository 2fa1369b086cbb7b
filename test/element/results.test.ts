// The results screen's teacher tools: Copy results (plain text) and Download CSV with a student's name.
import { expect, html } from '@open-wc/testing';
import type { NewsQuiz } from '../../src/element/news-quiz.js';
import { $, SMALL, answer, button, click, live, quiz, shows, submit, uniqueId } from './helpers.js';

async function finished(): Promise<NewsQuiz> {
  const el = await quiz(html`<news-quiz id=${uniqueId('results')} src=${SMALL} seed="res" count="3"></news-quiz>`, 'start');
  await click(el, button(el, 'Start the quiz'));
  for (const right of [true, false, true]) {
    await answer(el, right);
    await submit(el);
    await click(el, $(el, '[data-next]'));
  }
  // The results screen is a part of its own, fetched while the quiz is under way.
  await shows(el, 'results');
  return el;
}

async function typeName(el: NewsQuiz, name: string): Promise<void> {
  const field = $<HTMLInputElement>(el, '[part="results"] input');
  expect(field.labels![0]!.textContent).to.contain('Student name (optional)');
  field.value = name;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('news-quiz: results tools', () => {
  const undo: (() => void)[] = [];
  afterEach(() => undo.splice(0).forEach((f) => f()));

  it('copies the results as plain text and says so', async () => {
    const el = await finished();
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (t: string) => void (copied = t);
    undo.push(() => (clipboard.writeText = original));
    await typeName(el, 'Ana');
    await click(el, button(el, 'Copy results'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const lines = copied.split('\n');
    expect(lines[0]).to.equal('A small quiz for the element tests (Ana)');
    expect(lines[1]).to.equal('Score: 2 / 3 (67%)');
    expect(lines[2]).to.equal('Quiz code: res');
    expect(copied).to.contain(`1. ${el.result!.questions[0]!.prompt} [right, 1]`);
    expect(live(el)).to.equal('The results are copied.');
  });

  it('copies in the words of the strings property', async () => {
    const el = await finished();
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (t: string) => void (copied = t);
    undo.push(() => (clipboard.writeText = original));
    el.strings = { copyLabels: 'Punkte|Code|Antwort|Lösung|richtig|falsch|(keine)' };
    await el.updateComplete;
    await click(el, button(el, 'Copy results'));
    await new Promise((r) => setTimeout(r));
    expect(copied.split('\n').slice(1, 3)).to.deep.equal(['Punkte: 2 / 3 (67%)', 'Code: res']);
    expect(copied).to.contain('[richtig, 1]').and.to.contain('   Antwort: ').and.to.contain('   Lösung: ');
  });

  it('says so when the clipboard refuses', async () => {
    const el = await finished();
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    undo.push(() => (clipboard.writeText = original));
    await click(el, button(el, 'Copy results'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(live(el)).to.equal('The results could not be copied.');
  });

  it('downloads a CSV with the student name in every row', async () => {
    const el = await finished();
    let blob: Blob | null = null;
    let name = '';
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:stub';
    };
    const clickLink = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    undo.push(() => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = clickLink;
    });
    await typeName(el, 'Ana Lima');
    await click(el, button(el, 'Download CSV'));
    expect(name).to.equal('element-small-res-ana-lima.csv');
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    const rows = (await blob!.text()).split('\r\n');
    expect(rows[0]).to.equal('student,date,quiz code,mode,total,out of,question number,question,given answer,correct answer,points');
    expect(rows.slice(1, 4).map((r) => r.split(',')[0])).to.deep.equal(['Ana Lima', 'Ana Lima', 'Ana Lima']);
    expect(rows.slice(1, 4).map((r) => r.split(',').at(-1))).to.deep.equal(['1', '0', '1']);
    const [, date, code, mode, total, outOf] = rows[1]!.split(',');
    expect(date).to.match(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    // The moment the quiz was finished, in the reader's time zone: within the last minutes.
    expect(Date.now() - new Date(date!.replace(' ', 'T')).getTime()).to.be.within(-60_000, 10 * 60_000);
    expect([code, mode, total, outOf]).to.deep.equal(['res', 'practice', '2', '3']);
  });

  it('shows the student name it will put in the results again after Retry the missed ones', async () => {
    const el = await finished();
    await typeName(el, 'Ana');
    await click(el, button(el, 'Retry the missed ones'));
    await answer(el, true);
    await submit(el);
    await click(el, $(el, '[data-next]'));
    // The name goes into Copy results and Download CSV, so the field must not look empty.
    expect($<HTMLInputElement>(el, '[part="results"] input').value).to.equal('Ana');
  });
});
