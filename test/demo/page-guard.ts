// Shared by the page tests: a test fails when the page writes to console.error, and the mounted
// page (a div under body) is removed after each test.
import { expect } from '@open-wc/testing';

/** Call inside a `describe`: fails each test that logs a console error, then removes the mounted page. */
export function guardPage(after: () => void = () => undefined): void {
  const errors: string[] = [];
  const consoleError = console.error;
  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      consoleError(...args);
    };
  });
  afterEach(() => {
    console.error = consoleError;
    expect(errors, 'console errors').to.deep.equal([]);
    document.querySelectorAll('body > div').forEach((d) => d.remove());
    after();
  });
}
