// A page that enforces Trusted Types: with the policy docs/element.md gives (lit-html allowed) the
// quiz works; with an allowlist that leaves lit-html out it stays empty, which is why the docs say so.
import { expect, waitUntil } from '@open-wc/testing';

/** The Content-Security-Policy line docs/element.md tells a page with Trusted Types to send. */
async function documentedPolicy(): Promise<string> {
  const docs = await (await fetch('/docs/element.md')).text();
  const line = /^Content-Security-Policy: (.*trusted-types[^\n]*)$/m.exec(docs);
  if (!line) throw new Error('docs/element.md gives no Content-Security-Policy line for Trusted Types');
  return line[1]!;
}

/** A page in a frame under `policy`, with the bundle and a quiz of the small bank inline. */
async function pageUnder(policy: string): Promise<HTMLIFrameElement> {
  const bank = await (await fetch('/test/fixtures/element/small-bank.json')).text();
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}; script-src 'self'">
    <script type="module" src="/dist/news-quiz.bundle.js"></script>
    <news-quiz id="tt-${Date.now()}" count="3" seed="tt"><script type="application/json">${bank}</script></news-quiz>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

describe('Trusted Types', () => {
  it('the policy the docs give lets the quiz run', async () => {
    const policy = await documentedPolicy();
    expect(policy).to.match(/require-trusted-types-for 'script'/);
    const frame = await pageUnder(policy);
    try {
      const start = () => frame.contentDocument!.querySelector('news-quiz')?.shadowRoot?.querySelector('[part="start"]');
      await waitUntil(start, 'the start screen under the documented policy', { timeout: 10000 });
      expect(start()!.textContent).to.contain('A small quiz for the element tests');
    } finally {
      frame.remove();
    }
  });

  it('an allowlist without lit-html leaves the element undefined and empty', async () => {
    const frame = await pageUnder(`require-trusted-types-for 'script'; trusted-types my-app`);
    try {
      // Module scripts run before the frame's load event: by now the bundle has run, or been refused.
      const win = frame.contentWindow as Window & typeof globalThis;
      expect(win.customElements.get('news-quiz')).to.equal(undefined);
      expect(frame.contentDocument!.querySelector('news-quiz')!.shadowRoot).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
