/**
 * The entity types a draft gives (a person, a place and its kinds, an
 * organisation, aircraft and weapons). Kept apart from the NLP so that a page
 * can offer them for editing without loading it. Data only.
 */
import type { EntityType } from '../domain/bank.js';

/** Every entity type a draft may use; a drafted bank holds only those its entities need. */
export const DRAFT_TYPES: readonly EntityType[] = [
  { id: 'person', label: 'person', plural: 'people', ask: 'Who' },
  { id: 'place', label: 'place', plural: 'places' },
  { id: 'country', parent: 'place', label: 'country', plural: 'countries' },
  { id: 'city', parent: 'place', label: 'city', plural: 'cities' },
  { id: 'region', parent: 'place', label: 'region', plural: 'regions' },
  { id: 'airfield', parent: 'place', label: 'airfield', plural: 'airfields' },
  { id: 'organisation', label: 'organisation', plural: 'organisations' },
  { id: 'aircraft', label: 'aircraft', plural: 'aircraft' },
  { id: 'fighter-jet', parent: 'aircraft', label: 'fighter jet', plural: 'fighter jets' },
  { id: 'cargo-plane', parent: 'aircraft', label: 'cargo plane', plural: 'cargo planes' },
  { id: 'helicopter', parent: 'aircraft', label: 'helicopter', plural: 'helicopters' },
  { id: 'weapon', label: 'weapon', plural: 'weapons' },
  { id: 'tank', parent: 'weapon', label: 'tank', plural: 'tanks' },
  { id: 'missile', parent: 'weapon', label: 'missile', plural: 'missiles' },
  { id: 'weapon-system', parent: 'weapon', label: 'weapon system', plural: 'weapon systems' },
];

export { slugify } from '../domain/slug.js';
