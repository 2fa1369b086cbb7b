// How many questions each drafted article can give, and why its quizzes fall short: drafts each
// article in ../shared/articles (NEWS_QUIZ_ARTICLES to move them), asks dist/domain.js for every
// question and for a 10-question quiz with each of 20 codes (generateUpTo), and lists what limits
// capacity: facts, distinct answers, main actors, answers shared between facts, questions per
// kind, questions of understanding, paragraphs drafted from. Run after `npm run build`:
//   node bench/capacity.mjs [01 02 ...] [--facts]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(root, process.env.NEWS_QUIZ_ARTICLES ?? '../shared/articles');
const { draftArticle } = await import(new URL('../dist/authoring.js', import.meta.url).href);
const { allQuestions, generateUpTo } = await import(new URL('../dist/domain.js', import.meta.url).href);

const args = process.argv.slice(2);
const showFacts = args.includes('--facts');
const only = args.filter((a) => !a.startsWith('--'));
const SEEDS = Array.from({ length: 20 }, (_, i) => `s${i + 1}`);
const UNDERSTANDING = new Set(['support', 'claim', 'reason', 'sequence']);
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.txt$/.test(f) && (!only.length || only.some((o) => f.startsWith(o))));

const keyOf = (v) => ('entity' in v ? `e:${v.entity}` : 'number' in v ? `n:${v.number}` : `n:${Number(v.date.slice(0, 4))}`);
const rows = [];
for (const file of files) {
  const draft = draftArticle(readFileSync(join(dir, file), 'utf8'));
  const bank = draft.bank;
  const facts = bank.facts;
  // Main actors: named (in a slot or the text) in a fifth of the facts and in four at least.
  const mention = new Map();
  for (const f of facts) {
    const ids = new Set(Object.values(f.slots).filter((v) => 'entity' in v).map((v) => v.entity));
    const text = f.text.replace(/\{[^}]*\}/g, ' ');
    for (const e of bank.entities) if ([e.label, ...(e.aliases ?? [])].some((n) => text.includes(n))) ids.add(e.id);
    for (const id of ids) mention.set(id, (mention.get(id) ?? 0) + 1);
  }
  const main = new Set([...mention].filter(([, n]) => n / facts.length >= 0.2 && n >= Math.min(4, facts.length)).map(([id]) => id));
  const answers = new Map();
  let slots = 0;
  let mainSlots = 0;
  for (const f of facts) for (const v of Object.values(f.slots)) {
    slots += 1;
    const k = keyOf(v);
    if ('entity' in v && main.has(v.entity)) { mainSlots += 1; continue; }
    answers.set(k, (answers.get(k) ?? 0) + 1);
  }
  const shared = [...answers].filter(([, n]) => n > 1).length;
  const factsWithoutSlot = facts.filter((f) => !Object.keys(f.slots).length).length;
  const qs = allQuestions(bank);
  const kinds = {};
  for (const q of qs) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  const understanding = qs.filter((q) => UNDERSTANDING.has(q.kind)).length;
  const lengths = SEEDS.map((seed) => generateUpTo(bank, { seed, count: 10 }).questions.length).sort((a, b) => a - b);
  const quizKinds = {};
  for (const seed of SEEDS.slice(0, 5)) for (const q of generateUpTo(bank, { seed, count: 10 }).questions) quizKinds[q.kind] = (quizKinds[q.kind] ?? 0) + 1;
  const explained = facts.filter((f) => f.explanation).length;
  // Recall questions that fit together: each asks one value no other question shows (prompt, options,
  // feedback); the best of many random greedy orders, one question per answer, at most 2 true or false.
  const names = bank.entities.flatMap((e) => [e.label, ...(e.aliases ?? [])].map((n) => [n, e.id]));
  const keysIn = (text) => {
    const keys = new Set(names.filter(([n]) => new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text)).map(([, id]) => `e:${id}`));
    for (const m of text.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)) keys.add(`n:${Number(m[0].replace(/,/g, ''))}`);
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    for (const m of text.toLowerCase().matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g)) keys.add(`n:${words.indexOf(m[1]) + 1}`);
    return keys;
  };
  const recall = [];
  for (const q of qs) {
    if (!['choice', 'cloze', 'text', 'number', 'truefalse'].includes(q.kind)) continue;
    const fact = facts.find((f) => f.id === q.facts[0]);
    const shownText = [q.prompt, ...(q.options ?? []), q.explanation].join(' ');
    const shown = keysIn(shownText);
    let answer = [];
    if (q.kind !== 'truefalse') {
      const v = Object.values(fact.slots).find((v) => keyOf(v) && (String(q.answerText).replace(/,/g, '').includes(String('number' in v ? v.number : 'date' in v ? v.date.slice(0, 4) : '')) && !('entity' in v) || ('entity' in v && bank.entities.find((e) => e.id === v.entity)?.label === q.answerText)));
      if (!v) continue;
      answer = [keyOf(v)];
      shown.delete(answer[0]);
    } else if (q.correct === 1) continue;
    recall.push({ answer, shown, fact: fact.id, tf: q.kind === 'truefalse' });
  }
  let best = [];
  let state = 12345;
  const rand = (n) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  for (let t = 0; t < 2000; t++) {
    const order = recall.slice();
    for (let i = order.length - 1; i > 0; i--) { const j = rand(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
    const answers = new Set();
    const shownKeys = new Set();
    const used = new Set();
    const pick = [];
    let tf = 0;
    for (const q of order) {
      if (used.has(q.fact) || (q.tf && tf >= 2)) continue;
      if (q.answer.some((k) => answers.has(k) || shownKeys.has(k))) continue;
      if ([...q.shown].some((k) => answers.has(k))) continue;
      pick.push(q);
      used.add(q.fact);
      if (q.tf) tf += 1;
      for (const k of q.answer) answers.add(k);
      for (const k of q.shown) shownKeys.add(k);
    }
    if (pick.length > best.length) best = pick;
  }
  // Why: facts whose values are all main actors, facts that hold several askable values (one question for
  // them all), values asked by more than one fact.
  const onlyMain = facts.filter((f) => Object.values(f.slots).every((v) => 'entity' in v && main.has(v.entity))).length;
  const several = facts.filter((f) => Object.values(f.slots).filter((v) => !('entity' in v && main.has(v.entity))).length > 1).length;
  const row = {
    article: file.slice(0, 2),
    paragraphs: `${draft.notes.used.length}/${draft.notes.paragraphs.length}`,
    facts: facts.length,
    slots,
    distinct: answers.size,
    shared,
    main: [...main].map((id) => bank.entities.find((e) => e.id === id)?.label ?? id).join(', '),
    mainSlots,
    noSlot: factsWithoutSlot,
    explained,
    questions: qs.length,
    understanding,
    full: lengths.filter((n) => n >= 10).length,
    longest: `${lengths[0]}-${lengths[lengths.length - 1]}`,
    fit: best.length,
  };
  rows.push(row);
  console.log(`${row.article}: paragraphs ${row.paragraphs}, facts ${row.facts} (${row.noSlot} without slot, ${row.explained} with feedback), slots ${row.slots} (${row.mainSlots} on main actors: ${row.main || 'none'}), distinct answers ${row.distinct} (${row.shared} shared by facts), questions ${row.questions} (${understanding} of understanding), quiz ${row.longest}, full with ${row.full}/20 codes`);
  console.log(`    kinds ${JSON.stringify(kinds)}; in 5 quizzes ${JSON.stringify(quizKinds)}`);
  console.log(`    limits: recall questions that fit together ${best.length} (a quiz of 10 needs about 10 less its questions of understanding); ${onlyMain} facts ask only about main actors; ${several} facts hold two or more askable values (one question for them all); ${row.shared} answers stand in two facts or more; ${understanding} questions of understanding, ${quizKinds.support ?? 0} of them in 5 quizzes (each shows three other facts' values)`);
  const left = draft.notes.left.filter((l) => l.paragraph !== null);
  const unused = draft.notes.paragraphs.map((_, i) => i + 1).filter((p) => !draft.notes.used.includes(p));
  for (const p of unused) console.log(`    paragraph ${p} unused: ${left.filter((l) => l.paragraph === p).map((l) => l.reason).join('; ')}`);
  if (showFacts) {
    for (const f of facts) console.log(`    ${f.id} ${f.text} ${JSON.stringify(Object.fromEntries(Object.entries(f.slots).map(([k, v]) => [k, keyOf(v)])))}${f.explanation ? ' [fb]' : ''}`);
    console.log(`    entities: ${bank.entities.map((e) => `${e.label}(${e.type})`).join(', ')}`);
  }
}
const total = (a) => rows.filter((r) => a.includes(r.article));
for (const [name, set] of [['01-05', ['01', '02', '03', '04', '05']], ['06-10', ['06', '07', '08', '09', '10']]]) {
  const rs = total(set);
  if (!rs.length) continue;
  const used = rs.reduce((n, r) => n + Number(r.paragraphs.split('/')[0]), 0);
  const of = rs.reduce((n, r) => n + Number(r.paragraphs.split('/')[1]), 0);
  console.log(`${name}: questions ${rs.map((r) => r.questions).join(', ')}; longest quiz ${rs.map((r) => r.longest).join(', ')}; recall questions that fit together ${rs.map((r) => r.fit).join(', ')}; full 10-question quiz ${rs.filter((r) => r.full === 20).length} of ${rs.length} for every code (${rs.map((r) => r.full).join(', ')} codes of 20); paragraphs ${used}/${of} (${Math.round((100 * used) / of)}%)`);
}
