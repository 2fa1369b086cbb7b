// Embedding: a page that loads the element twice (the library and the bundle, or two bundle URLs) keeps working.
import { expect, fixture, html } from '@open-wc/testing';
import { NewsQuiz } from '../../src/element/news-quiz.js';

describe('embedding', () => {
  it('loading the bundle after the element is defined throws nothing, and the first definition stays', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.error);
    };
    window.addEventListener('error', onError);
    try {
      // A query string makes the browser load the bundle as a module of its own.
      await import(/* @vite-ignore */ `/dist/news-quiz.bundle.js?second=${Date.now()}`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('news-quiz')).to.equal(NewsQuiz);
    const el = await fixture(html`<news-quiz></news-quiz>`);
    expect(el).to.be.instanceOf(NewsQuiz);
  });
});
