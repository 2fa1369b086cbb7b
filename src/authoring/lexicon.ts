/**
 * Small word lists that fix what a general tagger misses on news text:
 * equipment names, role nouns, organisation heads, demonyms, number words and
 * the words that bound a figure ("at least", "more than"). Data only.
 */
import type { Qualifier } from '../domain/bank.js';
import { MONTH_NAMES } from '../domain/dates.js';
import { NUMBER_WORDS_TO_NINETEEN, TENS_WORDS } from '../domain/text.js';

/** Equipment names such as F-16, Il-76, MiG-29, S-400, T-72, Su-34. */
export const EQUIPMENT_PATTERN = /\b(?:[A-Z]{1,3}|[A-Z][a-z]|MiG)-\d{1,3}[A-Z]?(?=s?\b)/g;

/** Names that look like equipment but are not (G-7, COVID-19). */
export const NOT_EQUIPMENT = /^(?:G|COVID|SARS|MERS|H\d?N?|EU|UN|NATO|US|UK|Vol|No|Art)-/;

/** What kind of equipment a name is, from the noun that follows it or from its prefix. */
export const EQUIPMENT_KINDS: { test: RegExp; type: string }[] = [
  { test: /\b(?:fighter|fighter jets?|jets?)\b/i, type: 'fighter-jet' },
  { test: /\b(?:cargo|transport)\b/i, type: 'cargo-plane' },
  { test: /\b(?:planes?|aircraft|bombers?)\b/i, type: 'aircraft' },
  { test: /\bhelicopters?\b/i, type: 'helicopter' },
  { test: /\btanks?\b/i, type: 'tank' },
  { test: /\b(?:missiles?|rockets?)\b/i, type: 'missile' },
  { test: /\b(?:air[- ]defen[cs]e|systems?|launchers?)\b/i, type: 'weapon-system' },
];

/** Prefixes of aircraft names, for equipment named without a following noun. */
export const AIRCRAFT_PREFIXES = new Set(['F', 'Il', 'MiG', 'Su', 'Tu', 'An', 'Ka', 'Mi', 'B', 'C', 'A']);

/** Nouns that make a phrase a role ("governor", "commander-in-chief"). */
export const ROLE_WORDS = new Set([
  'president', 'vice-president', 'prime', 'minister', 'leader', 'commander-in-chief', 'commander', 'chief',
  'governor', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'head', 'director', 'mayor',
  'general', 'chancellor', 'ambassador', 'envoy', 'adviser', 'advisor', 'official', 'chairman',
  'chairwoman', 'chair', 'ceo', 'founder', 'senator', 'king', 'queen', 'premier', 'dictator',
  'custodian', 'commissioner', 'inspector', 'captain', 'colonel', 'lieutenant', 'admiral', 'marshal',
  'representative', 'deputy', 'councillor', 'councilor', 'mp', 'lawmaker', 'negotiator', 'analyst',
  'professor', 'researcher', 'expert', 'reporter', 'correspondent', 'editor', 'coach', 'manager',
  'executive', 'officer', 'police', 'judge', 'prosecutor', 'attorney', 'emir', 'sheikh', 'pope',
]);

/** Words that qualify a role noun before a name ("Foreign Minister", "Deputy Prime Minister"). */
export const ROLE_MODIFIERS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'prime', 'vice', 'deputy', 'chief', 'senior',
  'former', 'acting', 'interim', 'supreme', 'top', 'health', 'economy', 'justice', 'education', 'trade',
]);

/** Titles written before a name ("President Vladimir Putin"); removed from the name. */
export const NAME_TITLES = new Set([
  'President', 'Prime', 'Minister', 'Mr', 'Mrs', 'Ms', 'Dr', 'General', 'Gen', 'Governor', 'Gov',
  'Chancellor', 'King', 'Queen', 'Senator', 'Sen', 'Secretary', 'Mayor', 'Premier', 'Leader',
  'Commander', 'Colonel', 'Col', 'Admiral', 'Adm', 'Captain', 'Capt', 'Lieutenant', 'Lt', 'Pope',
  'Chairman', 'Spokesperson', 'Ambassador', 'Professor', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady',
]);

/** Last words of an organisation's name. */
export const ORGANISATION_HEADS = new Set([
  'council', 'ministry', 'administration', 'agency', 'force', 'forces', 'army', 'navy', 'committee',
  'commission', 'parliament', 'government', 'party', 'union', 'bank', 'court', 'police', 'service',
  'services', 'office', 'command', 'alliance', 'organization', 'organisation', 'institute',
  'university', 'company', 'corporation', 'group', 'fund', 'department', 'guard', 'assembly',
  'congress', 'senate', 'cabinet', 'bureau', 'authority', 'app', 'network', 'federation',
]);

/** Lower-case words that may stand inside an organisation's name ("Kyiv regional military administration"). */
export const ORGANISATION_MODIFIERS = new Set([
  'national', 'security', 'and', 'defense', 'defence', 'regional', 'military', 'state', 'federal',
  'city', 'foreign', 'interior', 'air', 'general', 'supreme', 'armed', 'intelligence', 'emergency',
  'health', 'finance', 'central', 'naval', 'border', 'messaging', 'news', 'civil', 'executive', 'of',
]);

/** Words that are capitalised but never a name on their own. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'And', 'But', 'Or', 'As', 'By', 'To', 'From',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Its',
  'Meanwhile', 'However', 'Despite', 'Although', 'Under', 'Across', 'Via', 'Instead', 'Additionally',
  'Subsequent', 'Concurrently', 'Notwithstanding', 'Simultaneously', 'Regrettably', 'Tragically',
  'Local', 'Latest', 'Posts', 'West', 'Western', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'World', 'War', 'II', 'I', 'III',
]);

/** A country's adjective and the country ("Estonian" → Estonia). */
export const DEMONYMS: Record<string, string> = {
  Afghan: 'Afghanistan', American: 'United States', Armenian: 'Armenia', Australian: 'Australia',
  Austrian: 'Austria', Azerbaijani: 'Azerbaijan', Belarusian: 'Belarus', Belgian: 'Belgium',
  British: 'United Kingdom', Bulgarian: 'Bulgaria', Canadian: 'Canada', Chinese: 'China',
  Croatian: 'Croatia', Czech: 'Czech Republic', Danish: 'Denmark', Dutch: 'Netherlands',
  Egyptian: 'Egypt', Estonian: 'Estonia', Finnish: 'Finland', French: 'France', Georgian: 'Georgia',
  German: 'Germany', Greek: 'Greece', Hungarian: 'Hungary', Indian: 'India', Iranian: 'Iran',
  Iraqi: 'Iraq', Irish: 'Ireland', Israeli: 'Israel', Italian: 'Italy', Japanese: 'Japan',
  Kazakh: 'Kazakhstan', Latvian: 'Latvia', Lithuanian: 'Lithuania', Moldovan: 'Moldova',
  'North Korean': 'North Korea', Norwegian: 'Norway', Pakistani: 'Pakistan', Polish: 'Poland',
  Portuguese: 'Portugal', Romanian: 'Romania', Russian: 'Russia', Saudi: 'Saudi Arabia',
  Serbian: 'Serbia', Slovak: 'Slovakia', 'South Korean': 'South Korea', Spanish: 'Spain',
  Swedish: 'Sweden', Swiss: 'Switzerland', Syrian: 'Syria', Turkish: 'Turkey', Ukrainian: 'Ukraine',
};

/** Other names of countries, mapped to the name used as the label. */
export const COUNTRY_ALIASES: Record<string, string> = {
  'Russian Federation': 'Russia',
  'U.S.': 'United States',
  US: 'United States',
  USA: 'United States',
  'United States of America': 'United States',
  UK: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Britain: 'United Kingdom',
  DPRK: 'North Korea',
  "Democratic People's Republic of Korea": 'North Korea',
  PRC: 'China',
};

/** Countries whose name takes "the" inside a sentence. */
export const DEFINITE_PLACES = new Set(['United States', 'United Kingdom', 'Netherlands', 'Czech Republic', 'Philippines']);

/** Words after a capitalised name that make it a place of a given type. */
export const PLACE_HEADS: { words: RegExp; type: string }[] = [
  { words: /^(?:airfield|air base|airbase|airport|base)$/i, type: 'airfield' },
  { words: /^(?:region|province|oblast|district|state|county|territory)$/i, type: 'region' },
  { words: /^(?:city|town|village)$/i, type: 'city' },
];

/** Cardinal number words and their values. */
export const NUMBER_WORDS: Record<string, number> = {
  ...Object.fromEntries(NUMBER_WORDS_TO_NINETEEN.slice(1).map((word, i) => [word, i + 1])),
  ...Object.fromEntries(TENS_WORDS.flatMap((word, i) => (word ? [[word, i * 10]] : []))),
  hundred: 100,
  dozen: 12,
};

/** Scale words after a figure ("3 million"). */
export const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Words before a figure that bound it, longest first. */
export const QUALIFIER_PHRASES: { words: string; qualifier: Qualifier }[] = [
  { words: 'no fewer than', qualifier: 'at-least' },
  { words: 'no less than', qualifier: 'at-least' },
  { words: 'not less than', qualifier: 'at-least' },
  { words: 'at least', qualifier: 'at-least' },
  { words: 'a minimum of', qualifier: 'at-least' },
  { words: 'more than', qualifier: 'more-than' },
  { words: 'upwards of', qualifier: 'more-than' },
  { words: 'over', qualifier: 'more-than' },
  { words: 'no more than', qualifier: 'at-most' },
  { words: 'at most', qualifier: 'at-most' },
  { words: 'up to', qualifier: 'at-most' },
  { words: 'fewer than', qualifier: 'fewer-than' },
  { words: 'less than', qualifier: 'fewer-than' },
  { words: 'under', qualifier: 'fewer-than' },
  { words: 'about', qualifier: 'about' },
  { words: 'around', qualifier: 'about' },
  { words: 'approximately', qualifier: 'about' },
  { words: 'roughly', qualifier: 'about' },
  { words: 'nearly', qualifier: 'about' },
  { words: 'almost', qualifier: 'about' },
  { words: 'some', qualifier: 'about' },
  { words: 'an estimated', qualifier: 'about' },
  { words: 'a mere', qualifier: 'exactly' },
  { words: 'only', qualifier: 'exactly' },
  { words: 'just', qualifier: 'exactly' },
];

/** Words that end the noun phrase after a figure (prepositions, verbs, pronouns). */
export const UNIT_STOP_WORDS = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'within', 'across', 'into', 'near', 'over',
  'under', 'for', 'since', 'after', 'before', 'during', 'that', 'which', 'who', 'whom', 'were',
  'was', 'are', 'is', 'be', 'been', 'had', 'have', 'has', 'will', 'would', 'could', 'may', 'might',
  'the', 'a', 'an', 'this', 'these', 'those', 'their', 'its', 'his', 'her', 'than', 'as', 'out',
  'per', 'each', 'against', 'toward', 'towards', 'around', 'about', 'between', 'among', 'amid',
  'remain', 'remained', 'bore', 'met', 'killed', 'died', 'said', 'says', 'while', 'when', 'where',
  'adjacent', 'removed', 'stationed', 'scattered', 'located', 'situated', 'also', 'still', 'but', 'or',
]);

/** Adjectives dropped from a unit ("six distinct regions" → unit "regions"). */
export const UNIT_FILLER = new Set([
  'distinct', 'strategic', 'separate', 'different', 'additional', 'other', 'more', 'new', 'major',
  'key', 'significant', 'several', 'various', 'individual', 'total', 'entire', 'whole', 'consecutive',
]);

/** Irregular plurals used as units. */
export const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', aircraft: 'aircraft',
  personnel: 'personnel', equipment: 'equipment', sheep: 'sheep', series: 'series', feet: 'foot',
};

/** Month names to their numbers, for page dates. */
export const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.flatMap((name, i) => [name.toLowerCase(), name.slice(0, 3).toLowerCase()].map((word) => [word, i + 1]))),
  sept: 9,
};
