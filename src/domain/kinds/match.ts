/**
 * Matching people with the roles one article gives them, three or four at a
 * time. Partial points per pair. Pure.
 */
import type { MatchQuestion } from '../question.js';
import type { MatchPlan } from '../plan.js';
import { compare, difficultyOf, principal } from '../plan.js';
import { scramble, sources } from '../build.js';
import { renderStatement } from '../render.js';
import type { Kind } from './kind.js';

/** A role as a match shows it: "former secretary of ...". */
function roleTitle(r: { title: string; former?: boolean }): string {
  return `${r.former ? 'former ' : ''}${r.title}`;
}

export const match: Kind<'match'> = {
  aim: 'recall',
  most: 1,
  fromBank(index, { articles }): MatchPlan[] {
    const plans: MatchPlan[] = [];
    const byArticle = new Map<string, { id: string; title: string; paragraph: number }[]>();
    for (const e of index.withRoles) {
      // The story's main actors' roles are known unread (Putin, president of Russia): they would pair themselves.
      if (!e.roles?.length || principal(index, e.id)) continue;
      const seen = new Set<string>();
      for (const r of e.roles ?? []) {
        if (seen.has(r.article) || (articles && !articles.has(r.article))) continue;
        seen.add(r.article);
        const list = byArticle.get(r.article) ?? [];
        list.push({ id: e.id, title: roleTitle(r), paragraph: r.paragraph });
        byArticle.set(r.article, list);
      }
    }
    for (const article of [...byArticle.keys()].sort(compare)) {
      // One role per title: two people with the same role would make the pairing ambiguous.
      const titles = new Map<string, number>();
      const people = byArticle.get(article)!;
      for (const p of people) titles.set(p.title.toLowerCase(), (titles.get(p.title.toLowerCase()) ?? 0) + 1);
      const usable = people.filter((p) => titles.get(p.title.toLowerCase()) === 1).sort((a, b) => compare(a.id, b.id));
      if (usable.length < 3) continue;
      const groups: (typeof usable)[] = [];
      if (usable.length <= 4) groups.push(usable);
      else
        for (let start = 0; start < usable.length; start += 4) {
          const group = usable.slice(start, start + 4);
          for (let i = 0; group.length < 4; i++) group.push(usable[i]!);
          groups.push(group);
        }
      groups.forEach((group, n) => {
        const ids = group.map((p) => p.id);
        const facts = (index.byArticle.get(article) ?? [])
          .filter((f) => Object.values(f.slots).some((v) => 'entity' in v && ids.includes(v.entity)))
          .map((f) => f.id);
        plans.push({
          id: `roles.${article}.${n + 1}`,
          kind: 'match',
          article,
          paragraph: Math.min(...group.map((p) => p.paragraph)),
          difficulty: difficultyOf('match', {}),
          facts,
          asks: ids.map((id) => `role:${id}`),
          shows: [],
          key: false,
          people: ids,
        });
      });
    }
    return plans;
  },
  build(index, p, rng): MatchQuestion | null {
    const plan = p as MatchPlan;
    const roles = plan.people.map((id) => index.bankEntity(id)?.roles?.find((x) => x.article === plan.article));
    if (roles.some((r) => !r)) return null;
    const left = plan.people.map((id) => index.entity(id)?.label ?? id);
    const order = scramble(rng, plan.people.map((_, i) => i));
    const right = order.map((i) => roleTitle(roles[i]!));
    const pairs = plan.people.map((_, i) => order.indexOf(i));
    const where = sources(index, 'roles', roles.map((r) => ({ article: plan.article, paragraph: r!.paragraph })));
    // What each of them does in the article, from the first fact of it that names them and says more than
    // who they are (two slots or more): the pairs say who is who, the feedback why it matters.
    const facts = (index.byArticle.get(plan.article) ?? []).slice().sort((a, b) => a.paragraph - b.paragraph || compare(a.id, b.id));
    // One fact may name two of them: it is told once.
    const told = new Set(
      plan.people.flatMap((id) => {
        const fact = facts.find((f) => Object.keys(f.slots).length > 1 && Object.values(f.slots).some((v) => 'entity' in v && v.entity === id));
        return fact ? [renderStatement(index, fact)] : [];
      }),
    );
    return {
      id: plan.id,
      kind: 'match',
      prompt: index.byArticle.size > 1 ? 'Match each person with the role the articles give them:' : 'Match each person with the role the article gives them:',
      answerText: left.map((name, i) => `${name}: ${roleTitle(roles[i]!)}`).join('; '),
      facts: plan.facts,
      article: plan.article,
      paragraph: plan.paragraph,
      difficulty: plan.difficulty,
      explanation: [...told, where || `The roles come from paragraph ${plan.paragraph}.`].join(' '),
      left,
      right,
      pairs,
    };
  },
  points(q, answer) {
    if (!Array.isArray(answer) || !q.left.length) return 0;
    let right = 0;
    q.pairs.forEach((expected, i) => {
      if (answer[i] === expected) right += 1;
    });
    return right / q.left.length;
  },
  describe: (q, answer) => (Array.isArray(answer) ? q.left.map((left, i) => `${left}: ${q.right[answer[i] ?? -1] ?? '-'}`).join('; ') : ''),
  shown: (q) => [q.prompt, ...q.left, ...q.right],
};
