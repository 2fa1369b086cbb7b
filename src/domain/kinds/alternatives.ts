/**
 * What the review sheet lists beside a question: every distractor a choice
 * may draw, and every form a typed answer accepts. Pure.
 */
import type { TextAnswer } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import type { SlotPlan } from '../plan.js';
import { wordingFor } from '../plan.js';
import { dateCandidates, entityTiers, numberCandidates } from '../distractors.js';
import { formatFigures, renderDate } from '../render.js';
import type { Alternatives } from './kind.js';
import { allowsParentType } from './text.js';

/** Every distractor a choice question may draw, in order of preference (names), or below and above the answer (figures, dates). */
export function distractorList(index: BankIndex, plan: SlotPlan): string[] {
  const { fact, slot } = plan;
  const wording = wordingFor(index, fact, slot);
  if (!wording) return [];
  const value = fact.slots[slot]!;
  if ('entity' in value) {
    const parentOk = allowsParentType(index, index.entity(value.entity)!.type, wording.prompt);
    const tiers = entityTiers(index, fact, slot, wording.answers, wording.named, parentOk, wording.prompt);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const id of tiers.tiers.flat()) {
      if (seen.has(id) || id === value.entity || !tiers.accept(id)) continue;
      seen.add(id);
      out.push(index.entity(id)?.label ?? id);
    }
    return out;
  }
  if ('number' in value) {
    const c = numberCandidates(index, fact, slot, value, wording.answers);
    return formatFigures([...c.below, ...c.above].sort((a, b) => a - b));
  }
  return dateCandidates(index, fact, value, wording.answers).values.sort().map(renderDate);
}

/** What a typed name accepts: its names, its spellings (as listed), the words the question lets a reader leave out. */
export function typedForms(answer: TextAnswer): Alternatives[] {
  const out: Alternatives[] = [{ label: 'accepted answers (small typos too)', values: answer.accept }];
  if (answer.spellings?.length) out.push({ label: 'spellings, accepted as listed', values: answer.spellings });
  if (answer.loose?.length) out.push({ label: 'words a reader may leave out', values: answer.loose });
  out.push({ label: 'rivals it must not be taken for', values: answer.rivals.map((r) => r[0] ?? '') });
  return out;
}
