// Translations are loaded only when used: a quiz in English (no lang, or lang="en-GB") fetches no
// other language's module. Kept in a file of its own, so that no other test of the page has loaded one.
import { expect, html } from '@open-wc/testing';
import { $, SMALL, button, quiz, uniqueId } from './helpers.js';

/** Every module or chunk of a translation the page has fetched: the sources' i18n/uk.ts, …, or the bundle's news-quiz.uk-<hash>.js, …. */
const translations = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/i18n\/(?:uk|de|fr|es)\.|\/news-quiz\.(?:uk|de|fr|es)-/.test(url));

describe('news-quiz: English needs no translation', () => {
  it('loads no translation for a page without lang, nor for en-GB, and formats dates the British way', async () => {
    const plain = await quiz(html`<news-quiz id=${uniqueId('en')} src=${SMALL} seed="en" count="2"></news-quiz>`, 'start');
    expect(button(plain, 'Start the quiz')).to.exist;
    const british = await quiz(html`<news-quiz lang="en-GB" id=${uniqueId('en-gb')} src=${SMALL} seed="en" count="2"></news-quiz>`, 'start');
    expect($(british, 'time').textContent).to.equal('19 June 2024');
    const unshipped = await quiz(html`<news-quiz lang="pt-BR" id=${uniqueId('pt')} src=${SMALL} seed="en" count="2"></news-quiz>`, 'start');
    expect(button(unshipped, 'Start the quiz')).to.exist;
    expect(translations()).to.deep.equal([]);
  });

  it('loads Ukrainian, and only Ukrainian, once a quiz asks for it', async () => {
    const el = await quiz(html`<news-quiz lang="uk" id=${uniqueId('uk-once')} src=${SMALL} seed="uk" count="2"></news-quiz>`, 'start');
    expect(button(el, 'Почати вікторину')).to.exist;
    const loaded = translations();
    expect(loaded).to.have.length(1);
    expect(loaded[0]).to.match(/uk/);
  });
});
