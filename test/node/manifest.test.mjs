// The custom-elements manifest (built by `npm run build`) lists every event the element declares
// in src/element/events.ts, with its class, and the `ready` promise: tools and docs read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('custom-elements.json lists every event of events.ts with its class, and the ready promise', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'news-quiz');
  assert.ok(element, 'news-quiz is in the manifest');
  const declared = [...readFileSync('src/element/events.ts', 'utf8').matchAll(/^\s+'(news-quiz-[a-z]+)': (\w+);$/gm)].map(([, name, type]) => ({ name, type }));
  assert.ok(declared.length >= 5, 'the event map of events.ts was read');
  assert.deepEqual(
    element.events.map((e) => ({ name: e.name, type: e.type.text })).sort((a, b) => a.name.localeCompare(b.name)),
    declared.sort((a, b) => a.name.localeCompare(b.name)),
  );
  for (const event of element.events) assert.ok(event.description, `${event.name} is described`);
  const ready = element.members.find((m) => m.name === 'ready');
  assert.equal(ready?.type?.text, 'Promise<Bank>');
  assert.equal(ready.readonly, true);
});
