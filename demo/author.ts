/**
 * The authoring page: drafts a bank from the pasted article with NLP (loaded
 * only here, on first use), lets the teacher keep, drop or fix each entity and
 * fact, previews the quiz in a `<news-quiz>`, validates the bank and downloads
 * it. Everything typed is kept in localStorage, so a reload loses nothing.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/element/news-quiz.js';
import type { NewsQuiz } from '../src/element/news-quiz.js';
import type { Bank, Entity, Fact, NumberSlot, Qualifier, SlotValue } from '../src/domain/bank.js';
import { GenerateError, generate } from '../src/domain/generate.js';
import { BANK_FILE, fileName } from '../src/export/formats.js';
import { saveFile } from '../src/element/download.js';
import { validateBank, type Problem } from '../src/domain/validate.js';
import { readStored, writeStored } from '../src/element/storage.js';
import { parseDate } from '../src/authoring/paragraphs.js';
import {
  AUTHOR_TYPES,
  QUALIFIER_CHOICES,
  describeProblem,
  emptyState,
  entitiesOf,
  factKept,
  finalBank,
  restoreState,
  type AuthorState,
} from './author-state.js';

/** Where the page keeps the teacher's work. */
export const STORAGE_KEY = 'news-quiz:author';

/** The draft function, loaded with the NLP on first use. */
type DraftFn = (text: string, meta: { title?: string; site?: string | null; date?: string | null }) => Bank;

/** Loads the NLP drafting code (compromise) only when a draft is asked for. */
export async function loadDrafter(): Promise<DraftFn> {
  const module = await import('../src/authoring/draft.js');
  return module.draftBank;
}

const $ = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`authoring page: missing ${selector}`);
  return found;
};

/** The running page. */
export interface AuthorPage {
  /** The current state (what storage holds). */
  state(): AuthorState;
  /** The bank as it would download now, and what the validator says of it. */
  current(): { bank: Bank | null; problems: Problem[] };
  /** Drafts from the form's text (as the Draft button does); resolves when the tables show the draft. */
  draft(): Promise<void>;
  /** The preview element. */
  preview: NewsQuiz;
}

/** Wires the page under `root`; `drafter` loads the NLP (tests may pass the same loader). */
export function mountAuthor(root: ParentNode, drafter: () => Promise<DraftFn> = loadDrafter): AuthorPage {
  const form = $<HTMLFormElement>(root, '#article-form');
  const title = $<HTMLInputElement>(root, '#article-title');
  const site = $<HTMLInputElement>(root, '#article-site');
  const date = $<HTMLInputElement>(root, '#article-date');
  const dateProblem = $<HTMLElement>(root, '#date-problem');
  const text = $<HTMLTextAreaElement>(root, '#article-text');
  const draftButton = $<HTMLButtonElement>(root, '#draft');
  const draftStatus = $<HTMLElement>(root, '#draft-status');
  const storageNote = $<HTMLElement>(root, '#storage-note');
  const reviewEmpty = $<HTMLElement>(root, '#review-empty');
  const reviewBody = $<HTMLElement>(root, '#review-body');
  const counts = $<HTMLElement>(root, '#counts');
  const summary = $<HTMLTextAreaElement>(root, '#article-summary');
  const entityRows = $<HTMLElement>(root, '#entities tbody');
  const factRows = $<HTMLElement>(root, '#facts tbody');
  const previewSeed = $<HTMLInputElement>(root, '#preview-seed');
  const previewCount = $<HTMLInputElement>(root, '#preview-count');
  const previewStatus = $<HTMLElement>(root, '#preview-status');
  const preview = $<NewsQuiz>(root, '#preview');
  const checkSummary = $<HTMLElement>(root, '#check-summary');
  const problemList = $<HTMLElement>(root, '#problems');
  const download = $<HTMLButtonElement>(root, '#download');

  const stored = readStored(STORAGE_KEY);
  let state: AuthorState = stored.status === 'ok' ? restoreState(stored.value) : emptyState();
  if (stored.status === 'unavailable') showNote('This browser does not let the page keep your work: download the bank before you leave.');
  if (stored.status === 'corrupt') showNote('The work saved earlier could not be read; the page starts empty.');

  function showNote(message: string): void {
    storageNote.textContent = message;
    storageNote.hidden = false;
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Saves soon (typing does not write on every key); `now` for decisions like dropping a row. */
  function save(now = false): void {
    clearTimeout(saveTimer);
    const write = (): void => {
      if (!writeStored(STORAGE_KEY, state)) showNote('Your work could not be saved in this browser (storage is off or full): download the bank before you leave.');
    };
    if (now) write();
    else saveTimer = setTimeout(write, 250);
  }
  // Whatever is still pending is written before the page goes.
  addEventListener('pagehide', () => save(true));

  let result: { bank: Bank | null; problems: Problem[] } = { bank: null, problems: [] };

  /** Re-reads the bank from the state, validates it, updates tables, checks and (when asked) the preview. */
  function refresh(options: { preview?: boolean } = {}): void {
    const bank = finalBank(state, parseDate);
    result = { bank, problems: bank ? validateBank(bank) : [] };
    dateProblem.textContent = state.meta.date.trim() && !parseDate(state.meta.date) ? 'Not a date: write it as 2024-06-19, 2024-06, 2024 or “June 19, 2024”.' : '';
    renderTables();
    renderChecks();
    if (options.preview) renderPreview();
  }

  function renderChecks(): void {
    const { bank, problems } = result;
    if (!bank) {
      checkSummary.textContent = 'Nothing to download yet.';
      render(nothing, problemList);
      download.disabled = true;
      return;
    }
    if (problems.length === 0) {
      checkSummary.textContent = `The bank is valid: ${bank.entities.length} entities, ${bank.facts.length} facts.`;
      checkSummary.className = 'help ok';
    } else {
      checkSummary.textContent = `Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} before downloading:`;
      checkSummary.className = 'help';
    }
    render(html`${problems.map((p) => html`<li>${describeProblem(bank, p)}</li>`)}`, problemList);
    download.disabled = problems.length > 0;
  }

  function renderPreview(): void {
    const { bank, problems } = result;
    if (!bank || problems.length > 0) {
      preview.hidden = true;
      previewStatus.textContent = bank ? 'The preview comes back once the problems below are fixed.' : 'Draft the bank to try its quiz here.';
      return;
    }
    const seed = state.preview.seed || 'preview';
    let count = state.preview.count;
    let note = '';
    try {
      generate(bank, { seed, count });
    } catch (error) {
      const most = error instanceof GenerateError ? error.capacity : null;
      if (!most) {
        preview.hidden = true;
        previewStatus.textContent = `No quiz yet: ${(error as Error).message}.`;
        return;
      }
      note = ` The bank can make ${most} questions with this code; keep more facts for a longer quiz.`;
      count = most;
    }
    preview.seed = seed;
    preview.count = count;
    preview.bank = bank;
    preview.hidden = false;
    previewStatus.textContent = `A quiz of ${count} questions from your bank.${note}`;
  }

  const update = (change: () => void, options: { preview?: boolean; now?: boolean } = {}): void => {
    change();
    save(options.now);
    refresh(options);
  };

  function entityRow(bank: Bank, entity: Entity): TemplateResult {
    const kept = !state.dropped.entities.includes(entity.id);
    const uses = bank.facts.filter((f) => entitiesOf(f).includes(entity.id)).length;
    const label = entity.label || entity.id;
    return html`<tr class=${kept ? '' : 'dropped'}>
      <td data-label="Keep">
        <input
          type="checkbox"
          aria-label=${`Keep ${label}`}
          .checked=${live(kept)}
          @change=${(e: Event) =>
            update(
              () => {
                const on = (e.target as HTMLInputElement).checked;
                state.dropped.entities = on ? state.dropped.entities.filter((id) => id !== entity.id) : [...state.dropped.entities, entity.id];
              },
              { preview: true, now: true },
            )}
        />
      </td>
      <td data-label="Type">
        <select
          aria-label=${`Type of ${label}`}
          @change=${(e: Event) => update(() => (entity.type = (e.target as HTMLSelectElement).value), { preview: true, now: true })}
        >
          ${AUTHOR_TYPES.map((t) => html`<option value=${t.id} ?selected=${t.id === entity.type}>${t.label}</option>`)}
        </select>
      </td>
      <td data-label="Name">
        <input
          aria-label=${`Name of ${label}`}
          .value=${live(entity.label)}
          @input=${(e: Event) => update(() => (entity.label = (e.target as HTMLInputElement).value))}
          @change=${() => refresh({ preview: true })}
        />
      </td>
      <td data-label="Other names">
        <input
          aria-label=${`Other names of ${label}`}
          .value=${live((entity.aliases ?? []).join(', '))}
          @change=${(e: Event) =>
            update(
              () => {
                const names = (e.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean);
                if (names.length) entity.aliases = names;
                else delete entity.aliases;
              },
              { preview: true },
            )}
        />
      </td>
      <td data-label="Roles">
        ${(entity.roles ?? []).map(
          (role, i) => html`<input
            aria-label=${`Role ${i + 1} of ${label}`}
            .value=${live(role.title)}
            @input=${(e: Event) => update(() => (role.title = (e.target as HTMLInputElement).value))}
            @change=${() => refresh({ preview: true })}
          />`,
        )}
      </td>
      <td data-label="Facts">${uses}</td>
    </tr>`;
  }

  function slotEditor(bank: Bank, fact: Fact, name: string, slot: SlotValue): TemplateResult {
    const labelFor = (what: string): string => `${what} of slot ${name} in fact ${fact.id}`;
    if ('entity' in slot) {
      const options = bank.entities.filter((e) => !state.dropped.entities.includes(e.id));
      return html`<div class="slot">
        <span class="slot-name">{${name}}</span>
        <select
          aria-label=${labelFor('Entity')}
          @change=${(e: Event) => update(() => (slot.entity = (e.target as HTMLSelectElement).value), { preview: true, now: true })}
        >
          ${options.map((e) => html`<option value=${e.id} ?selected=${e.id === slot.entity}>${e.label}</option>`)}
        </select>
      </div>`;
    }
    if ('number' in slot) {
      const n = slot as NumberSlot;
      return html`<div class="slot">
        <span class="slot-name">{${name}}</span>
        <span class="slot-number">
          <select
            aria-label=${labelFor('Qualifier')}
            @change=${(e: Event) =>
              update(
                () => {
                  const q = (e.target as HTMLSelectElement).value as Qualifier;
                  if (q === 'exactly') delete n.qualifier;
                  else n.qualifier = q;
                },
                { preview: true, now: true },
              )}
          >
            ${QUALIFIER_CHOICES.map((q) => html`<option value=${q.value} ?selected=${q.value === (n.qualifier ?? 'exactly')}>${q.label}</option>`)}
          </select>
          <input
            type="number"
            step="any"
            aria-label=${labelFor('Number')}
            .value=${live(String(n.number))}
            @change=${(e: Event) => update(() => (n.number = Number((e.target as HTMLInputElement).value)), { preview: true })}
          />
          <input
            aria-label=${labelFor('Unit')}
            .value=${live(n.unit)}
            @input=${(e: Event) => update(() => (n.unit = (e.target as HTMLInputElement).value))}
            @change=${() => refresh({ preview: true })}
          />
        </span>
      </div>`;
    }
    return html`<div class="slot">
      <span class="slot-name">{${name}}</span>
      <input
        aria-label=${labelFor('Date')}
        .value=${live(slot.date)}
        @change=${(e: Event) => update(() => (slot.date = (e.target as HTMLInputElement).value.trim()), { preview: true })}
      />
    </div>`;
  }

  function factRow(bank: Bank, fact: Fact): TemplateResult {
    const own = !state.dropped.facts.includes(fact.id);
    const kept = factKept(state, fact);
    const goneWith = entitiesOf(fact).filter((id) => state.dropped.entities.includes(id));
    return html`<tr class=${kept ? '' : 'dropped'}>
      <td data-label="Keep">
        <input
          type="checkbox"
          aria-label=${`Keep fact ${fact.id}`}
          .checked=${live(own)}
          @change=${(e: Event) =>
            update(
              () => {
                const on = (e.target as HTMLInputElement).checked;
                state.dropped.facts = on ? state.dropped.facts.filter((id) => id !== fact.id) : [...state.dropped.facts, fact.id];
              },
              { preview: true, now: true },
            )}
        />
      </td>
      <td data-label="Paragraph">${fact.paragraph}</td>
      <td data-label="Statement">
        <textarea
          aria-label=${`Statement of fact ${fact.id}`}
          .value=${live(fact.text)}
          @input=${(e: Event) => update(() => (fact.text = (e.target as HTMLTextAreaElement).value))}
          @change=${() => refresh({ preview: true })}
        ></textarea>
        ${goneWith.length
          ? html`<p class="help">Dropped with ${goneWith.map((id) => bank.entities.find((e) => e.id === id)?.label ?? id).join(', ')}.</p>`
          : nothing}
      </td>
      <td data-label="Slots">${Object.entries(fact.slots).map(([name, slot]) => slotEditor(bank, fact, name, slot))}</td>
    </tr>`;
  }

  function renderTables(): void {
    const bank = state.bank;
    reviewEmpty.hidden = Boolean(bank);
    reviewBody.hidden = !bank;
    if (!bank) {
      render(nothing, entityRows);
      render(nothing, factRows);
      return;
    }
    const keptFacts = bank.facts.filter((f) => factKept(state, f)).length;
    const keptEntities = bank.entities.length - state.dropped.entities.length;
    const paragraphs = bank.articles[0]?.paragraphs ?? 0;
    counts.textContent = `Keeping ${keptEntities} of ${bank.entities.length} entities and ${keptFacts} of ${bank.facts.length} facts, from ${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}.`;
    if (document.activeElement !== summary) summary.value = bank.articles[0]?.summary ?? '';
    render(html`${bank.entities.map((e) => entityRow(bank, e))}`, entityRows);
    render(html`${bank.facts.map((f) => factRow(bank, f))}`, factRows);
  }

  // The article form: every keystroke is kept.
  const fields: [HTMLInputElement | HTMLTextAreaElement, (value: string) => void][] = [
    [title, (v) => (state.meta.title = v)],
    [site, (v) => (state.meta.site = v)],
    [date, (v) => (state.meta.date = v)],
    [text, (v) => (state.text = v)],
  ];
  for (const [field, set] of fields) {
    field.addEventListener('input', () => update(() => set(field.value)));
    field.addEventListener('change', () => refresh({ preview: true }));
  }
  summary.addEventListener('input', () =>
    update(() => {
      if (state.bank?.articles[0]) state.bank.articles[0].summary = summary.value;
    }),
  );
  previewSeed.addEventListener('change', () => update(() => (state.preview.seed = previewSeed.value.trim() || 'preview'), { preview: true }));
  previewCount.addEventListener('change', () =>
    update(
      () => {
        const n = Number(previewCount.value);
        state.preview.count = Number.isInteger(n) && n >= 1 && n <= 40 ? n : 10;
      },
      { preview: true },
    ),
  );

  /** Counts drafts and Start overs: a draft that finishes after a later one began is dropped. */
  let drafts = 0;

  async function draft(): Promise<void> {
    const run = ++drafts;
    draftButton.disabled = true;
    draftStatus.textContent = 'Drafting…';
    try {
      const draftBank = await drafter();
      if (run !== drafts) return;
      const meta = { title: state.meta.title, site: state.meta.site || null, date: state.meta.date.trim() || undefined };
      const bank = draftBank(state.text, meta);
      update(
        () => {
          state.bank = bank;
          state.dropped = { entities: [], facts: [] };
          if (!state.meta.title) state.meta.title = bank.articles[0]?.title ?? '';
          if (!state.meta.date && bank.articles[0]?.date) state.meta.date = bank.articles[0].date;
        },
        { preview: true, now: true },
      );
      fillForm();
      draftButton.textContent = 'Draft again (replaces the tables)';
      draftStatus.textContent = `Drafted ${bank.entities.length} entities and ${bank.facts.length} facts. Review them below.`;
    } catch (error) {
      if (run === drafts) draftStatus.textContent = `Cannot draft: ${(error as Error).message}`;
    } finally {
      draftButton.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void draft();
  });
  $(root, '#example').addEventListener('click', async () => {
    try {
      const response = await fetch(new URL('./example-article.txt', import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const example = await response.text();
      update(() => {
        state.meta = { title: '', site: 'Example Daily', date: '' };
        state.text = example;
      }, { now: true });
      fillForm();
      draftStatus.textContent = 'Example article pasted: press “Draft the bank”.';
    } catch (error) {
      draftStatus.textContent = `The example article could not be loaded (${(error as Error).message}).`;
    }
  });
  $(root, '#start-over').addEventListener('click', () => {
    drafts += 1;
    update(() => (state = emptyState()), { preview: true, now: true });
    fillForm();
    draftButton.textContent = 'Draft the bank';
    draftStatus.textContent = 'Started over: the form and the tables are empty.';
  });
  download.addEventListener('click', () => {
    const { bank, problems } = result;
    if (!bank || problems.length > 0) return;
    const name = fileName([bank.id], BANK_FILE.extension);
    saveFile(name, BANK_FILE.render(bank), BANK_FILE.mediaType);
    checkSummary.textContent = `Downloaded ${name}.`;
  });

  function fillForm(): void {
    title.value = state.meta.title;
    site.value = state.meta.site;
    date.value = state.meta.date;
    text.value = state.text;
    previewSeed.value = state.preview.seed;
    previewCount.value = String(state.preview.count);
    if (state.bank) draftButton.textContent = 'Draft again (replaces the tables)';
  }

  fillForm();
  refresh({ preview: true });
  return { state: () => state, current: () => result, draft, preview };
}

if (document.body?.dataset['page'] === 'author') {
  mountAuthor(document);
  document.documentElement.dataset['ready'] = 'true';
}
