// Times one operation of the domain (a 10-question quiz, every question as --all, or validation)
// on one bank, in a worker thread that is stopped when it runs past a time cap: a 100,000-fact
// case reports "over 120 s" instead of holding the bench for an hour.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds as the bench prints them. */
export const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

/**
 * Runs `op` ('quiz', 'all' or 'validate') on a `kind` bank ('realistic', 'synthetic' or 'seed') of
 * `facts` facts. Quick cases get two untimed warm-up runs, then `runs` timed ones; a run of a
 * second or more counts from the first (the engine's warm-up is lost in it) and stops at three.
 * Each run works on a fresh copy of the bank (copied before its clock starts), as a page that
 * loads its bank once. Resolves to { times, median, over, cap, facts, info, note } where `over`
 * means the cap was reached before the first timed run ended; `info` is the operation's count
 * (questions made, or problems found).
 */
export function measure({ kind, facts, op, runs = 7, capSeconds = 120 }) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { kind, facts, op, runs },
      resourceLimits: { maxOldGenerationSizeMb: 8192 },
    });
    const result = { times: [], over: false, cap: capSeconds, facts, info: undefined };
    let timer;
    const finish = () => {
      clearTimeout(timer);
      result.median = result.times.length ? median(result.times) : undefined;
      resolve(result);
    };
    // The cap covers making the bank too, with room for it: a 100,000-fact bank takes seconds.
    const arm = (seconds) => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        result.over = result.times.length === 0;
        result.capped = true;
        await worker.terminate();
        finish();
      }, seconds * 1000);
    };
    arm(capSeconds * 2);
    worker.on('message', (message) => {
      if (message.ready) {
        result.facts = message.facts;
        arm(capSeconds);
      } else if (message.time !== undefined) {
        result.times.push(message.time);
        result.info = message.info;
      } else if (message.done) {
        worker.terminate().then(finish);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The bench's words for a measurement: "123.4 ms", "over 60 s", "54.10 s (1 run before the 60 s cap)". */
export function describe(result) {
  if (result.over) return `over ${result.cap} s`;
  const runs = result.times.length;
  const note = result.capped ? ` (${runs} run${runs === 1 ? '' : 's'} before the ${result.cap} s cap)` : runs < 3 ? ` (${runs} run${runs === 1 ? '' : 's'})` : '';
  return `${ms(result.median)}${note}`;
}

/** How much longer the larger case took than the smaller, "12.3" (10.0 per tenfold is linear), or a lower bound when the larger ran past the cap. */
export function growth(small, large) {
  if (!small || small.over || small.median === undefined) return 'n/a';
  if (large.over) return `more than ${((large.cap * 1000) / small.median).toFixed(1)}`;
  return (large.median / small.median).toFixed(1);
}

if (!isMainThread) {
  const { kind, facts, op, runs } = workerData;
  const { makeBank } = await import('./banks.mjs');
  const { generate, allQuestions, parseBank } = await import(new URL('../dist/domain.js', import.meta.url).href);
  const bank = makeBank(kind, facts);
  const text = op === 'validate' ? JSON.stringify(bank, null, 2) : null;
  const ops = {
    quiz: (b, r) => generate(b, { seed: `bench-${r}`, count: 10 }).questions.length,
    all: (b, r) => allQuestions(b, { seed: `bench-${r}` }).length,
    validate: () => parseBank(text).problems.length,
  };
  const once = (r) => {
    const fresh = op === 'validate' ? null : structuredClone(bank);
    const start = performance.now();
    const info = ops[op](fresh, r);
    return { time: performance.now() - start, info };
  };
  parentPort.postMessage({ ready: true, facts: bank.facts.length });
  const first = once(-1);
  let left = runs;
  if (first.time >= 1000) {
    parentPort.postMessage(first);
    left = 2;
  } else {
    once(-2);
  }
  for (let r = 0; r < left; r++) parentPort.postMessage(once(r));
  parentPort.postMessage({ done: true });
}
