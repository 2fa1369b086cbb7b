import { fixture, html, expect } from '@open-wc/testing';
import '../../src/element/news-quiz.js';

describe('news-quiz (skeleton)', () => {
  it('defines the element', async () => {
    const el = await fixture(html`<news-quiz></news-quiz>`);
    expect(el).to.be.instanceOf(customElements.get('news-quiz')!);
  });
});
