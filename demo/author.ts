/**
 * The authoring page: drafts facts from the pasted article with NLP (loaded
 * only here, on first use), shows each fact beside the sentence it comes from
 * with its slots marked and what to check, lets the teacher keep, drop, reword
 * and rebuild each fact and name, lists the questions each fact makes as it is
 * edited, previews the quiz in a `<news-quiz>`, and downloads it: a
 * self-contained quiz page, GIFT for Moodle, a worksheet, or the bank itself.
 * Everything typed is kept in localStorage, so a reload loses nothing.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/element/news-quiz.js';
import type { NewsQuiz } from '../src/element/news-quiz.js';
import type { Bank, Entity, Fact, NumberSlot, Qualifier, SlotValue } from '../src/domain/bank.js';
import type { Question } from '../src/domain/question.js';
import { GenerateError, allQuestions, generate } from '../src/domain/generate.js';
import { BANK_FILE, QUIZ_FORMATS, fileName } from '../src/export/formats.js';
import { saveFile } from '../src/element/download.js';
import { validateBank, type Problem } from '../src/domain/validate.js';
import { readStored, writeStored } from '../src/element/storage.js';
import { parseDate } from '../src/authoring/paragraphs.js';
import { sizeProblem, type DraftNotes, type FactNote } from '../src/authoring/types.js';
import { en } from '../src/element/i18n/en.js';
import { giftFor, quizCount, worksheetFor, type QuizSettings } from './settings.js';
import { quizPage } from './author-files.js';
import {
  AUTHOR_TYPES,
  PREVIEW_SEED,
  QUALIFIER_CHOICES,
  describeProblem,
  emptyState,
  entitiesOf,
  factKept,
  finalBank,
  newEntity,
  newFact,
  placeholders,
  removeSlot,
  restoreState,
  type AuthorState,
} from './author-state.js';

/** Where the page keeps the teacher's work. */
export const STORAGE_KEY = 'news-quiz:author';

/** The draft function, loaded with the NLP on first use. */
export type DraftFn = (text: string, meta: { title?: string; site?: string | null; date?: string | null }) => { bank: Bank; notes: DraftNotes };

/** Loads the NLP drafting code (compromise) only when a draft is asked for. */
export async function loadDrafter(): Promise<DraftFn> {
  const module = await import('../src/authoring/draft.js');
  return module.draftArticle;
}

/** What the page does outside itself: save a file, fetch the element's bundle for the quiz page. */
export interface AuthorContext {
  save(name: string, text: string, type: string): void;
  bundle(): Promise<string>;
}

/** The browser's own: a download link, and the bundle the build writes next to the demo. */
export const browserContext: AuthorContext = {
  save: (name, text, type) => saveFile(name, text, type),
  async bundle() {
    const response = await fetch(new URL('../dist/news-quiz.standalone.js', import.meta.url));
    if (!response.ok) throw new Error(`the element's bundle is missing (HTTP ${response.status}); run npm run build`);
    return response.text();
  },
};

const $ = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`authoring page: missing ${selector}`);
  return found;
};

/** Names of the question kinds as the page shows them: the element's own English names. */
const KIND_NAMES = en.kinds;

/** The running page. */
export interface AuthorPage {
  /** The current state (what storage holds). */
  state(): AuthorState;
  /** The bank as it would download now, and what the validator says of it. */
  current(): { bank: Bank | null; problems: Problem[] };
  /** Drafts from the form's text (as the Draft button does); resolves when the review shows the draft. */
  draft(): Promise<void>;
  /** The questions each fact makes now, by fact id. */
  questions(): Map<string, Question[]>;
  /** The preview element. */
  preview: NewsQuiz;
}

/** Wires the page under `root`; `drafter` loads the NLP (tests may pass their own), `context` saves files. */
export function mountAuthor(root: ParentNode, drafter: () => Promise<DraftFn> = loadDrafter, context: AuthorContext = browserContext): AuthorPage {
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
  const leftOut = $<HTMLDetailsElement>(root, '#left-out');
  const leftSummary = $<HTMLElement>(root, '#left-out-summary');
  const leftList = $<HTMLElement>(root, '#left-list');
  const entityRows = $<HTMLElement>(root, '#entities tbody');
  const addEntity = $<HTMLFormElement>(root, '#add-entity');
  const newEntityName = $<HTMLInputElement>(root, '#new-entity-name');
  const newEntityType = $<HTMLSelectElement>(root, '#new-entity-type');
  const factList = $<HTMLElement>(root, '#facts');
  const addFact = $<HTMLButtonElement>(root, '#add-fact');
  const previewSeed = $<HTMLInputElement>(root, '#preview-seed');
  const previewCount = $<HTMLInputElement>(root, '#preview-count');
  const previewSame = $<HTMLInputElement>(root, '#preview-same');
  const previewStatus = $<HTMLElement>(root, '#preview-status');
  const preview = $<NewsQuiz>(root, '#preview');
  const checkSummary = $<HTMLElement>(root, '#check-summary');
  const problemList = $<HTMLElement>(root, '#problems');
  const downloadPage = $<HTMLButtonElement>(root, '#download-page');
  const downloadGift = $<HTMLButtonElement>(root, '#download-gift');
  const downloadWorksheet = $<HTMLButtonElement>(root, '#download-worksheet');
  const download = $<HTMLButtonElement>(root, '#download');
  const downloadStatus = $<HTMLElement>(root, '#download-status');

  render(html`${AUTHOR_TYPES.map((t) => html`<option value=${t.id}>${t.label}</option>`)}`, newEntityType);

  const stored = readStored(STORAGE_KEY);
  let state: AuthorState = stored.status === 'ok' ? restoreState(stored.value) : emptyState();
  if (stored.status === 'unavailable') showNote('This browser does not let the page keep your work: download the quiz before you leave.');
  if (stored.status === 'corrupt') showNote('The work saved earlier could not be read; the page starts empty.');

  function showNote(message: string): void {
    storageNote.textContent = message;
    storageNote.hidden = false;
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Saves soon (typing does not write on every key); `now` for decisions like dropping a fact. */
  function save(now = false): void {
    clearTimeout(saveTimer);
    const write = (): void => {
      if (!writeStored(STORAGE_KEY, state)) showNote('Your work could not be saved in this browser (storage is off or full): download the quiz before you leave.');
    };
    if (now) write();
    else saveTimer = setTimeout(write, 250);
  }
  // Whatever is still pending is written before the page goes.
  addEventListener('pagehide', () => save(true));

  let result: { bank: Bank | null; problems: Problem[] } = { bank: null, problems: [] };
  let questionsByFact = new Map<string, Question[]>();
  /** What to focus after the next render: a selector under `root`. */
  let focusNext = '';

  /** Re-reads the bank from the state, validates it, recomputes each fact's questions, redraws; `preview` also renews the quiz. */
  function refresh(options: { preview?: boolean } = {}): void {
    const bank = finalBank(state, parseDate);
    result = { bank, problems: bank ? validateBank(bank) : [] };
    questionsByFact = questionsOf(bank, result.problems);
    dateProblem.textContent = state.meta.date.trim() && !parseDate(state.meta.date) ? 'Not a date: write it as 2024-06-19, 2024-06, 2024 or “June 19, 2024”.' : '';
    renderReview();
    renderChecks();
    if (options.preview) renderPreview();
    if (focusNext) {
      root.querySelector<HTMLElement>(focusNext)?.focus();
      focusNext = '';
    }
  }

  /**
   * The questions each fact makes, as the element would ask them with the current code. Facts the
   * validator finds fault with are left out, so one unfinished fact does not hide every other's
   * questions; an article the teacher has not finished (no headline yet, a date that is not one)
   * is read as drafted meanwhile.
   */
  function questionsOf(bank: Bank | null, problems: Problem[]): Map<string, Question[]> {
    const out = new Map<string, Question[]>();
    if (!bank) return out;
    const broken = new Set<string>();
    const unfinished = new Set<number>();
    for (const p of problems) {
      const fact = /^\$\.facts\[(\d+)\]/.exec(p.path);
      const article = /^\$\.articles\[(\d+)\]\.(?:title|date|site)$/.exec(p.path);
      if (fact) broken.add(bank.facts[Number(fact[1])]?.id ?? '');
      else if (article && state.bank?.articles[Number(article[1])]) unfinished.add(Number(article[1]));
      else return out;
    }
    const articles = bank.articles.map((a, i) => (unfinished.has(i) ? state.bank!.articles[i]! : a));
    const usable = { ...bank, articles, facts: bank.facts.filter((f) => !broken.has(f.id)) };
    try {
      for (const q of allQuestions(usable, { seed: state.preview.seed || PREVIEW_SEED })) {
        if (q.facts.length !== 1) continue;
        const list = out.get(q.facts[0]!) ?? [];
        list.push(q);
        out.set(q.facts[0]!, list);
      }
    } catch {
      // A bank the generator cannot read shows no questions; the problems list says why.
    }
    return out;
  }

  function renderChecks(): void {
    const { bank, problems } = result;
    const buttons = [downloadPage, downloadGift, downloadWorksheet, download];
    if (!bank) {
      checkSummary.textContent = 'Nothing to download yet.';
      checkSummary.className = 'help';
      render(nothing, problemList);
      for (const b of buttons) b.disabled = true;
      return;
    }
    if (problems.length === 0) {
      checkSummary.textContent = `Ready: ${bank.facts.length} ${bank.facts.length === 1 ? 'fact' : 'facts'} and ${bank.entities.length} ${bank.entities.length === 1 ? 'name' : 'names'}.`;
      checkSummary.className = 'help ok';
    } else {
      checkSummary.textContent = `Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} before downloading:`;
      checkSummary.className = 'help';
    }
    render(html`${problems.map((p) => html`<li>${describeProblem(bank, p)}</li>`)}`, problemList);
    for (const b of buttons) b.disabled = problems.length > 0;
  }

  /** The quiz the preview and the downloads give: the code, and as many questions as asked or as the bank allows. */
  function settings(bank: Bank): { settings: QuizSettings; note: string } | { error: string } {
    const seed = state.preview.seed || PREVIEW_SEED;
    let count = state.preview.count;
    let note = '';
    try {
      generate(bank, { seed, count });
    } catch (error) {
      const most = error instanceof GenerateError ? error.capacity : null;
      if (!most) return { error: (error as Error).message };
      note = ` The facts give ${most} ${most === 1 ? 'question' : 'questions'} with this code, not ${count}: keep or add facts for a longer quiz.`;
      count = most;
    }
    return { settings: { seed, count, mode: 'practice' }, note };
  }

  function renderPreview(): void {
    const { bank, problems } = result;
    if (!bank || problems.length > 0) {
      preview.hidden = true;
      previewStatus.textContent = bank ? 'The preview comes back once the problems listed under 4 are fixed.' : 'Draft the facts to try their quiz here.';
      return;
    }
    const chosen = settings(bank);
    if ('error' in chosen) {
      preview.hidden = true;
      previewStatus.textContent = `No quiz yet: ${chosen.error}.`;
      return;
    }
    preview.seed = chosen.settings.seed;
    preview.count = chosen.settings.count;
    preview.bank = bank;
    preview.hidden = false;
    previewStatus.textContent = `A quiz of ${chosen.settings.count} ${chosen.settings.count === 1 ? 'question' : 'questions'} from your facts.${chosen.note}`;
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
        <select aria-label=${`Type of ${label}`} @change=${(e: Event) => update(() => (entity.type = (e.target as HTMLSelectElement).value), { preview: true, now: true })}>
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

  /** The source sentence with each slot's value marked. */
  function sourceView(fact: Fact, note: FactNote | undefined): TemplateResult {
    if (!note) return html`<p class="help source-none">Written on this page: no sentence of the article stands behind it, so check it against the article yourself.</p>`;
    const marks = note.marks.filter((m) => m.slot in fact.slots).sort((a, b) => a.start - b.start);
    const parts: (string | TemplateResult)[] = [];
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      parts.push(note.source.slice(at, m.start));
      parts.push(html`<mark title=${`slot {${m.slot}}`}>${note.source.slice(m.start, m.end)}<span class="visually-hidden"> (slot ${m.slot})</span></mark>`);
      at = m.end;
    }
    parts.push(note.source.slice(at));
    return html`<blockquote class="source-sentence"><p><span class="visually-hidden">From the article: </span>${parts}</p></blockquote>`;
  }

  function slotEditor(bank: Bank, fact: Fact, name: string, slot: SlotValue): TemplateResult {
    const labelFor = (what: string): string => `${what} of slot ${name} in fact ${fact.id}`;
    let value: TemplateResult;
    if ('entity' in slot) {
      const options = bank.entities.filter((e) => !state.dropped.entities.includes(e.id) || e.id === slot.entity);
      value = html`<select aria-label=${labelFor('Name')} @change=${(e: Event) => update(() => (slot.entity = (e.target as HTMLSelectElement).value), { preview: true, now: true })}>
        ${options.map((e) => html`<option value=${e.id} ?selected=${e.id === slot.entity}>${e.label}</option>`)}
      </select>`;
    } else if ('number' in slot) {
      const n = slot as NumberSlot;
      value = html`<span class="slot-number">
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
          aria-label=${labelFor('Figure')}
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
      <label class="slot-label" for=${`label-${cssId(fact.id)}-${name}`}>What it counts, for questions that put figures in order</label>
      <input
        id=${`label-${cssId(fact.id)}-${name}`}
        .value=${live(n.label)}
        @input=${(e: Event) => update(() => (n.label = (e.target as HTMLInputElement).value))}
        @change=${() => refresh({ preview: true })}
      />`;
    } else {
      value = html`<input
        aria-label=${labelFor('Date')}
        .value=${live(slot.date)}
        @change=${(e: Event) => update(() => (slot.date = (e.target as HTMLInputElement).value.trim()), { preview: true })}
      />`;
    }
    const askId = `ask-${fact.id}-${name}`;
    return html`<fieldset class="slot">
      <legend>Slot <code>{${name}}</code></legend>
      <div class="slot-value">${value}</div>
      <div class="field">
        <label for=${askId}>Question on it</label>
        <textarea
          id=${askId}
          rows=${rowsFor(fact.ask?.[name] ?? '')}
          .value=${live(fact.ask?.[name] ?? '')}
          placeholder="Empty: the statement turned into a question"
          @input=${(e: Event) =>
            update(() => {
              const wording = (e.target as HTMLTextAreaElement).value;
              fact.ask = { ...(fact.ask ?? {}), [name]: wording };
            })}
          @change=${() => refresh({ preview: true })}
        ></textarea>
      </div>
      <button
        type="button"
        class="secondary small"
        @click=${() =>
          update(
            () => {
              removeSlot(bank, stateFact(fact.id)!, name);
              focusNext = `#statement-${cssId(fact.id)}`;
            },
            { preview: true, now: true },
          )}
      >
        Remove slot {${name}} (keep its value as text)
      </button>
    </fieldset>`;
  }

  /** Rows for a text box: enough for the text at about 70 characters a line, two to six. */
const rowsFor = (text: string): number => Math.max(2, Math.min(6, Math.ceil(text.length / 70)));

/** The fact as the state holds it (the bank on screen is a copy without what was dropped). */
  const stateFact = (id: string): Fact | undefined => state.bank?.facts.find((f) => f.id === id);
  const cssId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

  /** Buttons that give a `{name}` written in the statement a value. */
  function missingSlots(bank: Bank, fact: Fact): TemplateResult | typeof nothing {
    const missing = placeholders(fact.text).filter((p) => !(p in fact.slots));
    if (missing.length === 0) return nothing;
    const add = (name: string, value: SlotValue): void =>
      update(
        () => {
          stateFact(fact.id)!.slots[name] = value;
        },
        { preview: true, now: true },
      );
    const firstName = bank.entities.find((e) => !state.dropped.entities.includes(e.id));
    return html`${missing.map(
      (name) => html`<p class="slot-missing">
        <code>{${name}}</code> has no value yet:
        <button type="button" class="secondary small" ?disabled=${!firstName} @click=${() => add(name, { entity: firstName!.id })}>It is a name</button>
        <button type="button" class="secondary small" @click=${() => add(name, { number: 1, unit: 'units', label: name })}>It is a figure</button>
        <button type="button" class="secondary small" @click=${() => add(name, { date: '2024', label: name })}>It is a year</button>
      </p>`,
    )}`;
  }

  function questionView(q: Question): TemplateResult {
    const prompt = q.kind === 'cloze' ? `${q.before} ____ ${q.after}`.replace(/\s+([.,;:!?])/g, '$1') : q.prompt;
    const options = 'options' in q && q.kind === 'choice' ? q.options : null;
    return html`<li>
      <span class="kind">${KIND_NAMES[q.kind]}</span>
      <span class="prompt">${prompt}</span>
      ${options ? html`<span class="options">Options: ${options.join(' · ')}</span>` : nothing}
      <span class="answer">Answer: ${q.answerText}</span>
    </li>`;
  }

  function factCard(bank: Bank, fact: Fact, n: number): TemplateResult {
    const own = !state.dropped.facts.includes(fact.id);
    const kept = factKept(state, fact);
    const note = state.notes?.facts[fact.id];
    const goneWith = entitiesOf(fact).filter((id) => state.dropped.entities.includes(id));
    const id = cssId(fact.id);
    const questions = questionsByFact.get(fact.id) ?? [];
    const paragraphs = bank.articles.find((a) => a.id === fact.article)?.paragraphs ?? 1;
    return html`<li class=${`fact${kept ? '' : ' dropped'}`} id=${`fact-${id}`}>
      <article aria-labelledby=${`fact-${id}-heading`}>
        <header class="fact-head">
          <h4 id=${`fact-${id}-heading`}>Fact ${n} <span class="fact-id">· paragraph ${fact.paragraph} · <code>${fact.id}</code></span></h4>
          <label class="keep"
            ><input
              type="checkbox"
              .checked=${live(own)}
              @change=${(e: Event) =>
                update(
                  () => {
                    const on = (e.target as HTMLInputElement).checked;
                    state.dropped.facts = on ? state.dropped.facts.filter((x) => x !== fact.id) : [...state.dropped.facts, fact.id];
                  },
                  { preview: true, now: true },
                )}
            />
            Keep</label
          >
        </header>
        ${note?.checks.length ? html`<ul class="checks">${note.checks.map((c) => html`<li><strong>Check:</strong> ${c}</li>`)}</ul>` : nothing}
        ${goneWith.length ? html`<p class="help">Dropped with ${goneWith.map((x) => bank.entities.find((e) => e.id === x)?.label ?? x).join(', ')}.</p>` : nothing}
        ${sourceView(fact, note)}
        <div class="field">
          <label for=${`statement-${id}`}>Statement (slots as <code>{name}</code>)</label>
          <textarea
            id=${`statement-${id}`}
            rows=${rowsFor(fact.text)}
            .value=${live(fact.text)}
            @input=${(e: Event) => update(() => (stateFact(fact.id)!.text = (e.target as HTMLTextAreaElement).value))}
            @change=${() => refresh({ preview: true })}
          ></textarea>
        </div>
        ${missingSlots(bank, fact)}
        <div class="slots">${Object.entries(fact.slots).map(([name, slot]) => slotEditor(bank, fact, name, slot))}</div>
        <div class="fact-more">
          <div class="field">
            <label for=${`paragraph-${id}`}>Paragraph</label>
            <input
              id=${`paragraph-${id}`}
              type="number"
              min="1"
              max=${paragraphs}
              step="1"
              .value=${live(String(fact.paragraph))}
              @change=${(e: Event) => update(() => (stateFact(fact.id)!.paragraph = Number((e.target as HTMLInputElement).value)), { preview: true })}
            />
          </div>
          <div class="field grow">
            <label for=${`feedback-${id}`}>Feedback after the answer</label>
            <textarea
              id=${`feedback-${id}`}
              rows="2"
              placeholder="Empty: the statement itself"
              .value=${live(fact.explanation ?? '')}
              @input=${(e: Event) => update(() => (stateFact(fact.id)!.explanation = (e.target as HTMLTextAreaElement).value))}
              @change=${() => refresh({ preview: true })}
            ></textarea>
          </div>
        </div>
        <details class="questions" ?open=${questions.length > 0 && questions.length <= 8}>
          <summary>${kept ? `Questions this fact makes: ${questions.length}` : 'Dropped: it makes no question'}</summary>
          ${kept && questions.length ? html`<ol>${questions.map(questionView)}</ol>` : kept ? html`<p class="help">None yet: give the statement a slot, and fix any problem listed under 4.</p>` : nothing}
        </details>
      </article>
    </li>`;
  }

  function renderReview(): void {
    const draftBank = state.bank;
    reviewEmpty.hidden = Boolean(draftBank);
    reviewBody.hidden = !draftBank;
    if (!draftBank) {
      render(nothing, entityRows);
      render(nothing, factList);
      render(nothing, leftList);
      return;
    }
    const keptFacts = draftBank.facts.filter((f) => factKept(state, f)).length;
    const keptEntities = draftBank.entities.length - state.dropped.entities.length;
    const paragraphs = draftBank.articles[0]?.paragraphs ?? 0;
    const used = new Set(draftBank.facts.filter((f) => factKept(state, f)).map((f) => f.paragraph)).size;
    const questions = [...questionsByFact.values()].reduce((n, list) => n + list.length, 0);
    counts.textContent = `Keeping ${keptFacts} of ${draftBank.facts.length} facts, from ${used} of ${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}; ${keptEntities} of ${draftBank.entities.length} names; ${questions} ${questions === 1 ? 'question' : 'questions'}.`;
    const left = state.notes?.left ?? [];
    leftOut.hidden = left.length === 0;
    leftSummary.textContent = `What the draft left out (${left.length})`;
    render(
      html`${left.map((l) => html`<li><span class="where">${l.paragraph === null ? 'Outside the body' : `Paragraph ${l.paragraph}`}:</span> ${l.reason}. <q>${l.text}</q></li>`)}`,
      leftList,
    );
    // The entities and facts as the state holds them, so dropped ones stay on screen to be taken back.
    render(html`${draftBank.entities.map((e) => entityRow(draftBank, e))}`, entityRows);
    render(html`${draftBank.facts.map((f, i) => factCard(draftBank, f, i + 1))}`, factList);
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
  previewSeed.addEventListener('change', () => update(() => (state.preview.seed = previewSeed.value.trim() || PREVIEW_SEED), { preview: true }));
  previewCount.addEventListener('change', () =>
    update(
      () => {
        state.preview.count = quizCount(previewCount.value);
      },
      { preview: true },
    ),
  );
  previewSame.addEventListener('change', () => update(() => (state.preview.same = previewSame.checked), { now: true }));

  addEntity.addEventListener('submit', (event) => {
    event.preventDefault();
    const label = newEntityName.value.trim();
    if (!label || !state.bank) {
      newEntityName.focus();
      return;
    }
    update(
      () => {
        state.bank!.entities.push(newEntity(state.bank!, label, newEntityType.value));
        newEntityName.value = '';
      },
      { preview: true, now: true },
    );
  });
  addFact.addEventListener('click', () => {
    if (!state.bank) return;
    let id = '';
    update(
      () => {
        const fact = newFact(state.bank!);
        id = fact.id;
        state.bank!.facts.push(fact);
      },
      { now: true },
    );
    root.querySelector<HTMLTextAreaElement>(`#statement-${cssId(id)}`)?.focus();
  });

  /** Counts drafts and Start overs: a draft that finishes after a later one began is dropped. */
  let drafts = 0;

  async function draft(): Promise<void> {
    const run = ++drafts;
    const tooLarge = sizeProblem(state.text);
    if (tooLarge) {
      draftStatus.textContent = `Cannot draft: ${tooLarge}`;
      return;
    }
    draftButton.disabled = true;
    draftStatus.textContent = 'Drafting…';
    try {
      const draftArticle = await drafter();
      // Let the status show before a long text keeps the page busy.
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (run !== drafts) return;
      const meta = { title: state.meta.title, site: state.meta.site || null, date: state.meta.date.trim() || undefined };
      const { bank, notes } = draftArticle(state.text, meta);
      update(
        () => {
          state.bank = bank;
          state.notes = notes;
          state.dropped = { entities: [], facts: [] };
          if (!state.meta.title && notes.headline) state.meta.title = notes.headline;
          if (!state.meta.date && bank.articles[0]?.date) state.meta.date = bank.articles[0].date;
        },
        { preview: true, now: true },
      );
      fillForm();
      draftButton.textContent = 'Draft again (replaces your edits)';
      const checks = Object.values(notes.facts).reduce((n, f) => n + f.checks.length, 0);
      const headline = notes.headline === null && !state.meta.title.trim() ? ' The text has no headline: type it under Headline.' : '';
      draftStatus.textContent = `Drafted ${bank.facts.length} facts from ${notes.used.length} of ${bank.articles[0]?.paragraphs ?? 0} paragraphs${checks ? `; ${checks} to check` : ''}. Check them below.${headline}`;
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
      draftStatus.textContent = 'Example article pasted: press “Draft the facts”.';
    } catch (error) {
      draftStatus.textContent = `The example article could not be loaded (${(error as Error).message}).`;
    }
  });
  $(root, '#start-over').addEventListener('click', () => {
    drafts += 1;
    update(() => (state = emptyState()), { preview: true, now: true });
    fillForm();
    draftButton.textContent = 'Draft the facts';
    draftStatus.textContent = 'Started over: the form and the review are empty.';
  });

  /** Runs a download with the current bank and settings; says what was saved or why not. */
  function withQuiz(make: (bank: Bank, quiz: QuizSettings) => Promise<string> | string): void {
    const { bank, problems } = result;
    if (!bank || problems.length > 0) return;
    const chosen = settings(bank);
    if ('error' in chosen) {
      downloadStatus.textContent = `Cannot make the quiz: ${chosen.error}.`;
      return;
    }
    Promise.resolve()
      .then(() => make(bank, chosen.settings))
      .then(
        (message) => (downloadStatus.textContent = `${message}${chosen.note}`),
        (error: Error) => (downloadStatus.textContent = `Could not make the file: ${error.message}.`),
      );
  }
  downloadPage.addEventListener('click', () =>
    withQuiz(async (bank, quiz) => {
      const seed = state.preview.same ? quiz.seed : null;
      const name = fileName(seed === null ? [bank.id] : [bank.id, seed], 'html');
      context.save(name, quizPage(bank, await context.bundle(), { seed, count: quiz.count }), 'text/html;charset=utf-8');
      return `Saved ${name}: a page of ${quiz.count} questions that works on its own.`;
    }),
  );
  downloadGift.addEventListener('click', () =>
    withQuiz((bank, quiz) => {
      const name = fileName([bank.id, quiz.seed], QUIZ_FORMATS.gift.extension);
      context.save(name, giftFor(bank, quiz), QUIZ_FORMATS.gift.mediaType);
      return `Saved ${name}: in Moodle, Question bank › Import › GIFT format.`;
    }),
  );
  downloadWorksheet.addEventListener('click', () =>
    withQuiz((bank, quiz) => {
      const name = fileName([bank.id, quiz.seed, 'worksheet'], QUIZ_FORMATS.worksheet.extension);
      context.save(name, worksheetFor(bank, quiz), QUIZ_FORMATS.worksheet.mediaType);
      return `Saved ${name}: open it and print; the answers are on the last page.`;
    }),
  );
  download.addEventListener('click', () =>
    withQuiz((bank) => {
      const name = fileName([bank.id], BANK_FILE.extension);
      context.save(name, BANK_FILE.render(bank), BANK_FILE.mediaType);
      return `Saved ${name}: use it with <news-quiz src="${name}">.`;
    }),
  );

  function fillForm(): void {
    title.value = state.meta.title;
    site.value = state.meta.site;
    date.value = state.meta.date;
    text.value = state.text;
    previewSeed.value = state.preview.seed;
    previewCount.value = String(state.preview.count);
    previewSame.checked = state.preview.same;
    if (state.bank) draftButton.textContent = 'Draft again (replaces your edits)';
  }

  fillForm();
  refresh({ preview: true });
  return { state: () => state, current: () => result, draft, questions: () => questionsByFact, preview };
}

if (document.body?.dataset['page'] === 'author') {
  mountAuthor(document);
  document.documentElement.dataset['ready'] = 'true';
}
