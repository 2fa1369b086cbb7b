// Drafting a bank from an article (dist/authoring.js), measured on the ten real articles in
// ../shared/articles (NEWS_QUIZ_ARTICLES to move them) against the hand lists in
// test/fixtures/draft/articles/gold.json: entity precision and recall per type, figures, roles, the
// share of paragraphs drafted from, questions made, the longest quiz, and an audit of every drafted
// statement against its source sentence. Articles 01-05 are the ones the rules were tuned on, 06-10
// the held-out ones; the two halves are reported apart. Then the draft time at 1,000, 10,000 and
// 50,000 words and the growth per tenfold, and the refusal above the limit.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'draft a bank from an article (dist/authoring.js)';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the ten real articles are. */
export const articlesDir = resolve(root, process.env.NEWS_QUIZ_ARTICLES ?? '../shared/articles');
/** The hand lists of what they name. */
export const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/draft/articles/gold.json'), 'utf8'));

const PLACE_TYPES = new Set(['place', 'country', 'city', 'town', 'region', 'airfield', 'venue']);
const ORGANISATION_TYPES = new Set(['organisation', 'company', 'party', 'news-organisation']);
const OTHER_TYPES = new Set(['work', 'film', 'book', 'show', 'song', 'event', 'award']);
const EQUIPMENT_TYPES = new Set(['aircraft', 'fighter-jet', 'cargo-plane', 'helicopter', 'weapon', 'tank', 'missile', 'weapon-system']);
/** The hand lists' categories. */
export const CATEGORIES = ['person', 'place', 'organisation', 'other', 'equipment'];

/** The hand-list category of a drafted entity type. */
export function category(type) {
  if (type === 'person') return 'person';
  if (PLACE_TYPES.has(type)) return 'place';
  if (ORGANISATION_TYPES.has(type)) return 'organisation';
  if (OTHER_TYPES.has(type)) return 'other';
  if (EQUIPMENT_TYPES.has(type)) return 'equipment';
  return 'unknown';
}

/** A name as compared: lower case, straight quotes, no leading "the", no possessive, one space. */
export const norm = (s) =>
  s
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const singular = (w) =>
  w === 'people' ? 'person' : /(?:ss|ch|sh|x)es$/.test(w) ? w.slice(0, -2) : /ies$/.test(w) ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
/** The head noun of a unit, as compared: "per cent" and "%" are "percent", "kilometres" is "km". */
export const unitHead = (unit) => {
  const u = unit.toLowerCase().replace(/per cent|%/g, 'percent').replace(/kilomet(?:re|er)s?/g, 'km');
  if (/\bdegrees\b/.test(u)) return u.includes('fahrenheit') ? 'fahrenheit' : 'degree';
  return singular(u.split(/\s+/).pop());
};
const figureKey = (value, unit) => `${value}|${unitHead(unit)}`;

function summary(found, correct, goldCount, matched) {
  return { found, correct, gold: goldCount, matched, precision: found ? correct / found : null, recall: goldCount ? matched / goldCount : null };
}

/**
 * Scores one drafted bank against one article's hand list: per category
 * { found, correct, gold, matched, precision, recall }; for people also the share whose role was found;
 * figures by value and unit head.
 */
export function score(bank, article) {
  const ignore = new Set((article.ignore ?? []).map(norm));
  const result = {};
  for (const cat of CATEGORIES) {
    const items = article[cat] ?? [];
    const forms = items.map((item) => new Set([item.name, ...(item.also ?? [])].map(norm)));
    const drafted = bank.entities.filter((e) => category(e.type) === cat || (cat === 'organisation' && category(e.type) === 'unknown'));
    let found = 0;
    let correct = 0;
    const matched = new Set();
    for (const entity of drafted) {
      const names = [entity.label, ...(entity.aliases ?? [])].map(norm);
      const hit = forms.findIndex((f) => names.some((n) => f.has(n)));
      if (hit < 0 && names.some((n) => ignore.has(n))) continue;
      found += 1;
      if (hit >= 0) {
        correct += 1;
        matched.add(hit);
      }
    }
    result[cat] = summary(found, correct, items.length, matched.size);
    if (cat === 'person') {
      const withRole = items.filter((item) => item.role);
      let roles = 0;
      for (const item of withRole) {
        const f = new Set([item.name, ...(item.also ?? [])].map(norm));
        const entity = drafted.find((e) => [e.label, ...(e.aliases ?? [])].some((n) => f.has(norm(n))));
        if (entity && (entity.roles ?? []).some((r) => r.title.toLowerCase().includes(item.role.toLowerCase()))) roles += 1;
      }
      result.person.roles = { found: roles, of: withRole.length };
    }
  }
  const figures = new Set();
  for (const fact of bank.facts) for (const slot of Object.values(fact.slots)) if ('number' in slot) figures.add(figureKey(numberValue(slot), slot.unit));
  const goldFigures = new Set(article.number.map((n) => figureKey(n.value, n.unit)));
  const optional = new Set((article.optional ?? []).map((n) => figureKey(n.value, n.unit)));
  const counted = [...figures].filter((k) => !optional.has(k));
  result.number = summary(counted.length, counted.filter((k) => goldFigures.has(k)).length, goldFigures.size, [...goldFigures].filter((k) => figures.has(k)).length);
  return result;
}

/** A number slot's value with its scale: 1.03 "billion euros" is 1,030,000,000. */
export function numberValue(slot) {
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[slot.unit.split(' ')[0]];
  return scale ? Math.round(slot.number * scale * 1000) / 1000 : slot.number;
}

const NUMBER_WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Every value a text writes, read plainly: digits (with separators), number words, "two dozen", "four hundred". */
export function valuesIn(text) {
  const values = new Set();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) values.add(Number(m[0].replace(/,/g, '')));
  const words = text.toLowerCase().split(/[^a-z-]+/);
  words.forEach((w, i) => {
    const parts = w.split('-');
    let v = parts.length === 2 && NUMBER_WORDS[parts[0]] && NUMBER_WORDS[parts[1]] ? NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] : NUMBER_WORDS[w];
    if (v === undefined) return;
    values.add(v);
    if (words[i + 1] === 'dozen') values.add(v * 12);
    if (words[i + 1] === 'hundred') values.add(v * 100);
  });
  return values;
}

/**
 * Checks every drafted statement against the sentence it comes from (the notes' `source`), as far
 * as it can be automated: each figure's value is written in the source sentence and its mark there
 * reads as that value, with the same bound ("at least", "about"); each name's label or alias is in
 * the source paragraph (or, for a "he"/"she" the draft resolved, the one before); no two slots of
 * one fact share a mark; and the statement's words, slots aside, come from the source in order
 * (only "said", "is", "a", "an", "the", "former" added; a name the source writes short may be written
 * whole). Returns the problems found.
 */
export function audit(bank, notes, paragraphs) {
  const problems = [];
  const entity = (id) => bank.entities.find((e) => e.id === id);
  for (const fact of bank.facts) {
    const note = notes.facts[fact.id];
    const where = `${fact.id} (“${fact.text}”)`;
    if (!note) {
      problems.push(`${where}: no source`);
      continue;
    }
    const source = note.source;
    const paragraph = paragraphs[fact.paragraph - 1] ?? '';
    const before = paragraphs[fact.paragraph - 2] ?? '';
    const marks = note.marks;
    for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) {
      if (marks[i].start < marks[j].end && marks[j].start < marks[i].end) problems.push(`${where}: slots ${marks[i].slot} and ${marks[j].slot} share one place in the source`);
    }
    for (const [slot, value] of Object.entries(fact.slots)) {
      const mark = marks.find((m) => m.slot === slot);
      const marked = mark ? source.slice(mark.start, mark.end) : null;
      if ('number' in value) {
        if (!valuesIn(source).has(value.number) && !valuesIn(source).has(numberValue(value))) problems.push(`${where}: ${value.number} is not in the source sentence`);
        if (marked !== null && !valuesIn(marked).has(value.number)) problems.push(`${where}: slot ${slot} is marked on “${marked}”, not ${value.number}`);
        const bound = value.qualifier ?? 'exactly';
        const words = (marked ?? '').toLowerCase();
        const said = /\b(?:at least|no fewer than|no less than|a minimum of)\b/.test(words)
          ? 'at-least'
          : /\b(?:more than|over|upwards of)\b/.test(words) || /\b(?:passed|topped|exceeded|surpassed)\s+$/.test(source.slice(0, mark?.start ?? 0).toLowerCase())
            ? 'more-than'
            : /\b(?:about|some|nearly|almost|around|roughly|approximately|estimated|close to)\b/.test(words)
              ? 'about'
              : /\b(?:up to|at most|no more than)\b/.test(words)
                ? 'at-most'
                : /\b(?:fewer than|less than|under)\b/.test(words)
                  ? 'fewer-than'
                  : 'exactly';
        if (marked !== null && said !== bound) problems.push(`${where}: slot ${slot} is ${bound} but the source says “${marked}”`);
      } else if ('entity' in value) {
        const e = entity(value.entity);
        if (!e) {
          problems.push(`${where}: slot ${slot} names an unknown entity ${value.entity}`);
          continue;
        }
        const forms = [e.label, ...(e.aliases ?? [])];
        const inText = (t) => forms.some((f) => t.includes(f));
        const resolved = note.checks.some((c) => c.includes(e.label));
        if (!inText(paragraph) && !(resolved && inText(before + paragraph))) problems.push(`${where}: ${e.label} is not named in paragraph ${fact.paragraph}`);
        if (marked !== null && !forms.some((f) => marked.includes(f) || f.includes(marked.replace(/['’]s$/, '')))) problems.push(`${where}: slot ${slot} is marked on “${marked}”, not ${e.label}`);
      } else if ('date' in value) {
        if (!source.includes(value.date.slice(0, 4))) problems.push(`${where}: the year ${value.date} is not in the source sentence`);
      }
    }
    // The statement's own words come from the source, in order: a quotation as quoted, a role as written.
    const tokens = (t) => t.toLowerCase().replace(/\{[a-z0-9-]+\}/g, ' ').replace(/['’]s\b/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const src = tokens(source);
    const quote = /^\{[a-z0-9-]+\} said: “(.*?)(?: …)?”\.$/.exec(fact.text);
    const role = /^\{person\} is (?:the|an?|a former) (.*)\.$/.exec(fact.text);
    let own = quote ? quote[1] : role ? role[1] : fact.text;
    // A description the draft resolved to a name ("the city" taken to be Raqqa) is checked as the source writes it.
    for (const c of note.checks) {
      const taken = /^“(.+)” is taken to be (.+), named (?:just )?before\.$/.exec(c);
      if (taken && !/^(?:he|she)$/i.test(taken[1])) own = own.replace(new RegExp(`(?:the )?${taken[2].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'), taken[1]);
    }
    // A name the source writes short ("the Observatory", "Nikolic") may be written whole where the fact does not ask it: checked as the source writes it.
    for (const e of bank.entities) {
      if (!own.includes(e.label) || source.includes(e.label)) continue;
      const short = (e.aliases ?? []).filter((f) => source.includes(f)).sort((a, b) => b.length - a.length)[0];
      if (short) own = own.replace(e.label, short);
    }
    // A role as written, but for the "the" a body it names takes ("Chief of the US Interests Section").
    const bare = (t) => tokens(t).filter((w) => !(role && w === 'the')).join(' ');
    if ((quote || role) && !bare(source).includes(bare(own))) problems.push(`${where}: “${own}” is not in the source sentence`);
    let at = 0;
    for (const w of tokens(own)) {
      const k = src.indexOf(w, at);
      if (k >= 0) at = k + 1;
      else if (!['said', 'is', 'a', 'an', 'the', 'former'].includes(w)) {
        problems.push(`${where}: “${w}” is not in the source sentence in this order`);
        break;
      }
    }
  }
  return problems;
}

/** The quiz codes a draft is measured with: a quiz's length depends on its code, since each draws its own mix. */
export const SEEDS = Array.from({ length: 20 }, (_, i) => `s${i + 1}`);

/** The most questions one quiz with this code can have from a bank, by bisection over `generate`. */
export function longestQuiz(bank, generate, seed = 'x') {
  let low = 0;
  let high = 60;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      generate(bank, { seed, count: mid });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * Drafts each article of the hand list (of one set, or all) and measures it; `null` when the
 * articles are not on this machine. `authoring` is the drafting module (default dist/authoring.js).
 */
export async function measure(set = null, authoring = null) {
  const { draftArticle } = authoring ?? (await import(new URL('../dist/authoring.js', import.meta.url).href));
  const { allQuestions, generate } = await import(new URL('../dist/domain.js', import.meta.url).href);
  const out = [];
  for (const article of gold.articles.filter((a) => set === null || a.set === set)) {
    const file = join(articlesDir, article.file);
    if (!existsSync(file)) return null;
    const text = readFileSync(file, 'utf8');
    // The headline a teacher types on the page where the text has none.
    const { bank, notes } = draftArticle(text, article.title ? { title: article.title } : {});
    const questions = allQuestions(bank);
    const longest = SEEDS.map((seed) => longestQuiz(bank, generate, seed)).sort((a, b) => a - b);
    out.push({
      article,
      text,
      bank,
      notes,
      scores: score(bank, article),
      paragraphs: { used: notes.used.length, of: bank.articles[0].paragraphs },
      questions: questions.length,
      questionList: questions,
      /** How many of the {@link SEEDS} give a 10-question quiz. */
      quiz10: longest.filter((n) => n >= 10).length,
      /** The longest quiz per code, shortest first. */
      longest,
      problems: audit(bank, notes, notes.paragraphs),
    });
  }
  return out;
}

const pct = (x) => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Rows for one set: per article, then the set's totals per category. */
export function rowsFor(label, measured) {
  const rows = [];
  const totals = {};
  for (const m of measured) {
    const { article, scores } = m;
    for (const [cat, s] of Object.entries(scores)) {
      if (s.gold === 0 && s.found === 0) continue;
      const t = (totals[cat] ??= { found: 0, correct: 0, gold: 0, matched: 0 });
      t.found += s.found;
      t.correct += s.correct;
      t.gold += s.gold;
      t.matched += s.matched;
    }
    const roles = scores.person.roles;
    rows.push([
      `${label} ${article.file.slice(0, 2)} ${article.id}`,
      `paragraphs ${m.paragraphs.used}/${m.paragraphs.of}, facts ${m.bank.facts.length}, questions ${m.questions}, longest quiz ${m.longest[0]}-${m.longest[m.longest.length - 1]} (median ${median(m.longest)}), 10-question quiz with ${m.quiz10} of ${SEEDS.length} codes, roles ${roles.found}/${roles.of}, audit problems ${m.problems.length}`,
    ]);
  }
  for (const [cat, t] of Object.entries(totals)) {
    rows.push([`${label} ${cat}: precision / recall`, `${pct(t.found ? t.correct / t.found : null)} / ${pct(t.gold ? t.matched / t.gold : null)}  (${t.correct}/${t.found} right, ${t.matched}/${t.gold} found)`]);
  }
  const used = measured.reduce((n, m) => n + m.paragraphs.used, 0);
  const of = measured.reduce((n, m) => n + m.paragraphs.of, 0);
  rows.push([`${label} paragraphs drafted from`, `${used}/${of} (${pct(used / of)})`]);
  rows.push([`${label} questions per article (median, min)`, `${median(measured.map((m) => m.questions))}, ${Math.min(...measured.map((m) => m.questions))}`]);
  rows.push([
    `${label} articles that fill a 10-question quiz`,
    `${measured.filter((m) => m.quiz10 === SEEDS.length).length}/${measured.length} with every code, ${measured.filter((m) => m.quiz10 > 0).length}/${measured.length} with some`,
  ]);
  rows.push([`${label} audit problems (statements checked against their sources)`, String(measured.reduce((n, m) => n + m.problems.length, 0))]);
  return rows;
}

/** Text of exactly `words` words (as drafting counts them) made of the real articles' paragraphs, repeated, blank lines between them. */
export async function longText(words) {
  const { countWords } = await import(new URL('../dist/authoring.js', import.meta.url).href);
  const paragraphs = gold.articles.flatMap((a) => readFileSync(join(articlesDir, a.file), 'utf8').trim().split(/\n\s*\n/));
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    const count = countWords(paragraph);
    if (n + count <= words) {
      out.push(paragraph);
      n += count;
      continue;
    }
    // The last paragraph is cut to the words still wanted.
    const ws = paragraph.split(/\s+/);
    let k = 0;
    while (k < ws.length && countWords(ws.slice(0, k + 1).join(' ')) <= words - n) k += 1;
    out.push(ws.slice(0, k).join(' '));
    n += countWords(ws.slice(0, k).join(' '));
    if (k === 0) break;
  }
  return out.join('\n\n');
}

export async function run() {
  const rows = [];
  const tune = await measure('tune');
  if (!tune) {
    rows.push(['real articles', `not found in ${articlesDir} (set NEWS_QUIZ_ARTICLES)`]);
  } else {
    rows.push(...rowsFor('tuned-on', tune));
    rows.push(...rowsFor('held-out', await measure('held-out')));
  }
  if (tune) {
    const { draftBank, DraftError } = await import(new URL('../dist/authoring.js', import.meta.url).href);
    const times = {};
    for (const words of [1000, 10000, 50000]) {
      const text = await longText(words);
      draftBank(text, {});
      const runs = [];
      for (let k = 0; k < (words >= 50000 ? 3 : 5); k++) {
        const t0 = performance.now();
        draftBank(text, {});
        runs.push(performance.now() - t0);
      }
      times[words] = median(runs);
      rows.push([`draft time, ${words.toLocaleString('en-US')} words (median of ${runs.length}, ms)`, times[words].toFixed(0)]);
    }
    rows.push(['growth per tenfold, 1k → 10k words', `${(times[10000] / times[1000]).toFixed(1)}×`]);
    rows.push(['growth per tenfold (from 10k to 50k, scaled: (t50k / t10k) ^ (1 / log10 5))', `${((times[50000] / times[10000]) ** (1 / Math.log10(5))).toFixed(1)}×`]);
    // The authoring page in headless Chromium, following docs/authoring.md with one real article.
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const article = gold.articles.find((a) => a.set === 'held-out' && a.id === 'eads') ?? gold.articles[0];
    const page = await authorToQuizPage({
      text: readFileSync(join(articlesDir, article.file), 'utf8'),
      title: article.id,
      dir: mkdtempSync(join(tmpdir(), 'news-quiz-bench-')),
      count: 10,
    });
    for (const [step, ms] of Object.entries(page.times)) rows.push([`authoring page (${article.file}): ${step} (ms)`, String(ms)]);
    rows.push([`authoring page: pasted text to downloaded quiz page, machine time (ms)`, String(Object.entries(page.times).filter(([k]) => !/^open|^run the/.test(k)).reduce((n, [, v]) => n + v, 0))]);
    const t0 = performance.now();
    try {
      draftBank(await longText(50001), {});
      rows.push(['50,001 words', 'drafted (expected a refusal)']);
    } catch (error) {
      rows.push(['50,001 words', `${error instanceof DraftError ? 'refused' : 'failed'} in ${(performance.now() - t0).toFixed(0)} ms: ${error.message}`]);
    }
  }
  return rows;
}

/** Answers whatever the quiz on screen asks (the first option, "1" typed, the order as shown) and goes on, until the results. */
async function answerEverything(page) {
  for (let step = 0; step < 200; step++) {
    const screen = await page.evaluate(() => document.querySelector('news-quiz')?.shadowRoot?.querySelector('section')?.getAttribute('part') ?? '');
    if (screen === 'results') return true;
    await page.evaluate(() => {
      const root = document.querySelector('news-quiz').shadowRoot;
      const buttons = [...root.querySelectorAll('button')];
      const section = root.querySelector('section');
      if (section.getAttribute('part') === 'start') return buttons.find((b) => /start/i.test(b.textContent))?.click();
      const next = root.querySelector('[data-next]');
      if (next) return next.click();
      const radio = root.querySelector('input[type=radio]');
      if (radio) {
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      }
      const typed = root.querySelector('#typed');
      if (typed) {
        typed.value = '1';
        typed.dispatchEvent(new Event('input', { bubbles: true }));
      }
      root.querySelectorAll('fieldset select').forEach((select, i) => {
        select.value = String(i);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      root.querySelector('form')?.requestSubmit();
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return false;
}

/**
 * The teacher's way through the authoring page in real headless Chromium, following docs/authoring.md:
 * open the page (served by the dev server), type the headline and paste the text, draft, drop the facts
 * `drop` names (as a review would), set the quiz code and length, download the quiz page, then open the
 * downloaded file from file:// and answer every question to the results. Returns the times of each step
 * (ms) and what the quiz page asked.
 */
export async function authorToQuizPage({ text, title, seed = 'class', count = 10, drop = () => false, dir }) {
  const { startDevServer } = await import('@web/dev-server');
  const { esbuildPlugin } = await import('@web/dev-server-esbuild');
  const puppeteer = (await import('puppeteer-core')).default;
  const { chromiumArgs, chromiumPath } = await import(new URL('../scripts/chromium.mjs', import.meta.url).href);
  const { createServer } = await import('node:net');
  const { readdirSync } = await import('node:fs');
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port,
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.json') })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  // A browser that does not start must not leave the server running (the process would never end).
  const browser = await chromiumPath()
    .then((executablePath) => puppeteer.launch({ executablePath, headless: true, args: chromiumArgs }))
    .catch(async (error) => {
      await server.stop();
      throw error;
    });
  const times = {};
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    let t = performance.now();
    const lap = (name) => {
      const now = performance.now();
      times[name] = Math.round(now - t);
      t = now;
    };
    await page.goto(`http://127.0.0.1:${port}/demo/author.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true').catch((error) => {
      throw new Error(`the authoring page did not start: ${errors.join('; ') || error.message}`);
    });
    lap('open the page');
    await page.$eval('#article-title', (el, v) => ((el.value = v), el.dispatchEvent(new Event('input', { bubbles: true }))), title);
    await page.$eval('#article-text', (el, v) => ((el.value = v), el.dispatchEvent(new Event('input', { bubbles: true }))), text);
    lap('paste the text');
    await page.click('#draft');
    await page.waitForSelector('#facts > li', { timeout: 60000 });
    lap('draft (the first one loads the NLP)');
    const facts = await page.$$eval('#facts > li', (cards) => cards.map((c) => ({ id: c.id, statement: c.querySelector('textarea')?.value ?? '' })));
    for (const fact of facts) if (drop(fact.statement)) await page.click(`#${fact.id} .keep input`);
    await page.$eval('#preview-seed', (el, v) => ((el.value = v), el.dispatchEvent(new Event('change', { bubbles: true }))), seed);
    await page.$eval('#preview-count', (el, v) => ((el.value = String(v)), el.dispatchEvent(new Event('change', { bubbles: true }))), count);
    lap('review: drop facts, set the quiz');
    await page.waitForFunction(() => !document.querySelector('#download-page').disabled);
    await page.click('#download-page');
    let file = '';
    for (let k = 0; k < 200 && !file; k++) {
      file = readdirSync(dir).find((f) => f.endsWith('.html')) ?? '';
      if (!file) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!file) throw new Error('the quiz page was not downloaded');
    lap('download the quiz page');
    const quizPage = await browser.newPage();
    quizPage.on('pageerror', (error) => errors.push(`quiz page: ${error.message}`));
    quizPage.on('console', (message) => message.type() === 'error' && errors.push(`quiz page: ${message.text()}`));
    await quizPage.goto(`file://${join(dir, file)}`, { waitUntil: 'load' });
    await quizPage.waitForFunction(() => document.querySelector('news-quiz')?.shadowRoot?.querySelector('section[part="start"]'), { timeout: 20000 });
    const asked = await quizPage.evaluate(() => document.querySelector('news-quiz').quiz.questions.map((q) => q.id));
    const finished = await answerEverything(quizPage);
    const score = await quizPage.evaluate(() => document.querySelector('news-quiz').result?.score ?? null);
    lap('run the downloaded quiz from file:// to its results');
    return { times, file, asked, finished, score, errors, status: await page.$eval('#download-status', (el) => el.textContent) };
  } finally {
    await browser.close();
    await server.stop();
  }
}
