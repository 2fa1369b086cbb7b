/**
 * Small word lists that fix what a general tagger misses on news text:
 * equipment names, role nouns, organisation heads, demonyms, number words and
 * the words that bound a figure ("at least", "more than"). Data only.
 */
import type { Qualifier } from '../domain/bank.js';
import { MONTH_NAMES } from '../domain/dates.js';
import { NUMBER_WORDS_TO_NINETEEN, ORDINAL_WORDS_TO_NINETEENTH, SCALE_WORDS, TENS_WORDS } from '../domain/text.js';

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
  'actor', 'actress', 'director', 'producer', 'writer', 'author', 'novelist', 'poet', 'artist', 'singer',
  'musician', 'composer', 'player', 'striker', 'goalkeeper', 'champion', 'finalist', 'athlete', 'journalist',
  'scientist', 'physicist', 'chemist', 'biologist', 'astronomer', 'economist', 'historian', 'lawyer',
  'doctor', 'surgeon', 'activist', 'candidate', 'nominee', 'owner', 'boss', 'chairperson', 'superintendent',
  'councilman', 'councilwoman', 'congressman', 'congresswoman', 'legislator', 'diplomat', 'spokesman',
  'sheriff', 'inspector', 'specialist', 'consultant', 'strategist', 'engineer', 'architect', 'founder',
  'co-founder', 'president-elect', 'monarch', 'prince', 'princess', 'cardinal', 'bishop', 'archbishop',
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
  // Local government, courts and police ("Council Member Ida Rusk", "Ald. Rosa Vell", "Det. Sgt. Ann Roe").
  'Member', 'Alderman', 'Alderwoman', 'Ald', 'Councilman', 'Councilwoman', 'Councillor', 'Councilor', 'Cllr', 'Rep',
  'Representative', 'Commissioner', 'Judge', 'Sheriff', 'Chief', 'Deputy', 'Superintendent', 'Supt', 'Inspector', 'Insp',
  'Detective', 'Det', 'Sergeant', 'Sgt', 'Maj', 'Cpl', 'Pvt', 'Atty', 'Reverend', 'Rev', 'Rabbi',
]);

/**
 * Last words of a body's name that make it take "the" in a sentence ("the US Interests Section", "the Syrian
 * Observatory for Human Rights"), even where the article writes it bare inside a title ("Chief of US Interests
 * Section"). Not the heads of names that stand bare ("Harvard University", "Deutsche Bank", "Apple Inc").
 */
export const BODY_HEADS = new Set([
  'section', 'department', 'ministry', 'council', 'committee', 'commission', 'office', 'observatory', 'agency',
  'administration', 'bureau', 'secretariat', 'division', 'command', 'authority', 'assembly', 'parliament',
  'government', 'coalition', 'alliance', 'federation', 'forces', 'party', 'army', 'navy', 'police', 'guard',
  'court', 'senate', 'congress', 'cabinet', 'institute', 'directorate', 'inspectorate', 'tribunal',
]);

/** Last words of an organisation's name. */
export const ORGANISATION_HEADS = new Set([
  'council', 'ministry', 'administration', 'agency', 'force', 'forces', 'army', 'navy', 'committee',
  'commission', 'parliament', 'government', 'party', 'union', 'bank', 'court', 'police', 'service',
  'services', 'office', 'command', 'alliance', 'organization', 'organisation', 'institute',
  'university', 'company', 'corporation', 'group', 'fund', 'department', 'guard', 'assembly',
  'congress', 'senate', 'cabinet', 'bureau', 'authority', 'app', 'network', 'federation',
  'observatory', 'club', 'association', 'society', 'foundation', 'laboratory', 'lab', 'center', 'centre',
  'college', 'school', 'hospital', 'museum', 'academy', 'coalition', 'front', 'movement', 'league',
  'board', 'trust', 'institution', 'co', 'co.', 'inc', 'corp', 'ltd', 'plc', 'nv', 'ag', 'sa', 'llc',
  'press', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'broadcasting', 'television', 'radio',
  'airlines', 'airways', 'motors', 'systems', 'industries', 'technologies', 'holdings', 'partners', 'labs',
  'section', 'division', 'unit', 'brigade', 'regiment', 'battalion', 'corps', 'fleet', 'secretariat',
]);

/** Heads that make an organisation a party, a company or a news organisation. */
export const ORGANISATION_KINDS: { heads: Set<string>; type: string }[] = [
  { heads: new Set(['party', 'democrats', 'republicans', 'socialists', 'conservatives', 'greens', 'labour']), type: 'party' },
  {
    heads: new Set(['co', 'co.', 'inc', 'corp', 'ltd', 'plc', 'nv', 'ag', 'sa', 'llc', 'company', 'corporation', 'airlines', 'airways', 'motors', 'industries', 'technologies', 'holdings']),
    type: 'company',
  },
  { heads: new Set(['press', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'broadcasting', 'television', 'radio']), type: 'news-organisation' },
];

/** News agencies and broadcasters named without a head word. */
export const NEWS_ORGANISATIONS = new Set([
  'Reuters', 'AP', 'AFP', 'dpa', 'DPA', 'UPI', 'BBC', 'CNN', 'NPR', 'PBS', 'CBS', 'NBC', 'ABC', 'Xinhua', 'TASS', 'Interfax',
  'Bloomberg', 'Al Jazeera', 'Associated Press', 'Agence France-Presse', 'Deutsche Welle', 'Euronews', 'Sky News',
]);

/** Heads of the names of events and awards. */
export const EVENT_HEADS = new Set(['War', 'Open', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Summit', 'Festival', 'Marathon', 'Grand Prix', 'Slam', 'Revolution', 'Crisis', 'Conference', 'Expo', 'Series', 'Tour', 'Classic', 'Derby', 'Bowl']);
export const AWARD_HEADS = new Set(['Prize', 'Prizes', 'Award', 'Awards', 'Medal', 'Medals', 'Trophy', 'Oscar', 'Oscars', 'Grammy', 'Grammys', 'Emmy', 'Emmys', 'Globe', 'Globes']);

/** Nouns near a quoted title that say what it is ("the film", "her novel"). */
export const WORK_KINDS: { words: RegExp; type: string }[] = [
  { words: /^(?:film|films|movie|movies|biopic|documentary|drama|comedy|thriller|musical|picture|blockbuster|trilogy|sequel|animation)$/i, type: 'film' },
  { words: /^(?:book|books|novel|novels|memoir|biography|collection)$/i, type: 'book' },
  { words: /^(?:show|shows|series|sitcom|programme|program|podcast)$/i, type: 'show' },
  { words: /^(?:song|songs|single|album|albums|track|hit|anthem)$/i, type: 'song' },
];

/** Languages: capitalised, never an entity of the quiz. */
export const LANGUAGES = new Set(['English', 'Spanish', 'French', 'German', 'Arabic', 'Russian', 'Chinese', 'Mandarin', 'Portuguese', 'Italian', 'Japanese', 'Korean', 'Hindi', 'Turkish', 'Ukrainian', 'Persian', 'Hebrew', 'Latin', 'Greek', 'Dutch', 'Polish']);

/** Lower-case particles inside personal and place names ("de", "van", "al-"). */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'ben', 'y']);

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
  'August', 'September', 'October', 'November', 'December', 'II', 'I', 'III', 'IV', 'V', 'VI',
  'Mr', 'Mrs', 'Ms', 'Dr', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Until', 'So', 'Yet', 'Then',
  'Now', 'Here', 'There', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Our', 'My', 'Your', 'You', 'Us',
  'Yes', 'No', 'Not', 'All', 'Some', 'Many', 'Most', 'Each', 'Every', 'Both', 'Other', 'Another', 'Such',
  'According', 'Amid', 'Among', 'Unlike', 'Like', 'With', 'Without', 'Through', 'During', 'Initially',
  'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Also', 'Even', 'Still', 'Just', 'Only', 'Late', 'Early',
  'CEO', 'CFO', 'COO', 'CTO', 'PhD', 'PhDs', 'TV', 'OK', 'GMT', 'UTC', 'AM', 'PM', 'Mrs.', 'Mr.', 'Dr.', 'A.M.', 'P.M.',
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
  { words: /^(?:city)$/i, type: 'city' },
  { words: /^(?:town|village)$/i, type: 'town' },
];

/** Cardinal number words and their values ("hundred" and "dozen" only after another number). */
export const NUMBER_WORDS: Record<string, number> = {
  ...Object.fromEntries(NUMBER_WORDS_TO_NINETEEN.slice(1).map((word, i) => [word, i + 1])),
  ...Object.fromEntries(TENS_WORDS.flatMap((word, i) => (word ? [[word, i * 10]] : []))),
};

/** Scale words after a figure ("3 million", "four hundred", "two dozen"): those a typed figure is read with and more. */
export const FIGURE_SCALE_WORDS: ReadonlyMap<string, number> = new Map([['dozen', 12], ['hundred', 100], ...SCALE_WORDS, ['trillion', 1e12]]);

/** Scales glued to a figure or abbreviated ("$3bn", "5m"). */
export const SCALE_ABBREVIATIONS: Record<string, string> = { bn: 'billion', m: 'million', mn: 'million', k: 'thousand', tn: 'trillion' };

/** Ordinal words: never a figure ("sixth title"). */
export const ORDINAL_WORDS = new Set([
  ...ORDINAL_WORDS_TO_NINETEENTH.slice(1),
  ...TENS_WORDS.flatMap((word) => (word ? [word.replace(/y$/, 'ieth')] : [])),
  'hundredth', 'thousandth', 'millionth',
]);

/** Currency signs and words, and the unit a figure in them takes. */
export const CURRENCY_SIGNS: Record<string, { unit: string; singular: string }> = {
  $: { unit: 'dollars', singular: 'dollar' },
  '€': { unit: 'euros', singular: 'euro' },
  '£': { unit: 'pounds', singular: 'pound' },
  '¥': { unit: 'yen', singular: 'yen' },
};

/** Words that name a currency after a figure ("1.03 billion euros"). */
export const CURRENCY_WORDS = new Set([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'yen', 'yuan', 'rupees', 'rupee', 'roubles', 'rubles', 'rouble',
  'ruble', 'francs', 'franc', 'pesos', 'peso', 'dinars', 'dinar', 'hryvnias', 'hryvnia', 'lira', 'liras', 'won', 'krona', 'kronor',
  'kroner', 'krone', 'rand', 'reais', 'real', 'shekels', 'shekel', 'cents',
]);

/** Short units glued to or written after a figure that stand inside its slot ("3km", "12 mph"), written out ("three kilometres"). */
export const SHORT_UNITS: Record<string, { unit: string; singular: string }> = {
  km: { unit: 'kilometres', singular: 'kilometre' },
  kms: { unit: 'kilometres', singular: 'kilometre' },
  m: { unit: 'metres', singular: 'metre' },
  cm: { unit: 'centimetres', singular: 'centimetre' },
  mm: { unit: 'millimetres', singular: 'millimetre' },
  kg: { unit: 'kilograms', singular: 'kilogram' },
  g: { unit: 'grams', singular: 'gram' },
  mph: { unit: 'miles per hour', singular: 'mile per hour' },
  kph: { unit: 'kilometres per hour', singular: 'kilometre per hour' },
  ft: { unit: 'feet', singular: 'foot' },
  mi: { unit: 'miles', singular: 'mile' },
  lb: { unit: 'pounds', singular: 'pound' },
  lbs: { unit: 'pounds', singular: 'pound' },
  mw: { unit: 'MW', singular: 'MW' },
  gw: { unit: 'GW', singular: 'GW' },
  ha: { unit: 'hectares', singular: 'hectare' },
};

/** Time and measure nouns that, capitalised after a figure in digits, make a title ("60 Minutes", "24 Hours"). */
export const TITLE_AFTER_FIGURE = new Set(['Seconds', 'Minutes', 'Hours', 'Days', 'Weeks', 'Months', 'Years', 'Miles', 'Men', 'Women', 'Nights']);

/** Verbs before a figure that make it a lower bound ("the toll passed 11,000"). */
export const PASSING_VERBS = new Set(['passed', 'topped', 'exceeded', 'surpassed', 'crossed', 'passes', 'tops', 'exceeds', 'surpasses']);

/** Words before a figure that make it vague: never a slot ("a couple hundred", "tens of thousands"). */
export const VAGUE_BEFORE = new Set(['couple', 'few', 'several', 'many', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'dozens']);

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
  { words: 'estimated', qualifier: 'about' },
  { words: 'close to', qualifier: 'about' },
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

/** Adjectives of peoples and faiths that are no country's: never an entity alone ("Arab and Kurdish militias"). */
export const ETHNIC_ADJECTIVES = new Set([
  'Arab', 'Kurdish', 'Kurd', 'Kurds', 'Sunni', 'Shia', 'Shiite', 'Alawite', 'Druze', 'Jewish', 'Muslim', 'Christian',
  'Hindu', 'Sikh', 'Buddhist', 'Catholic', 'Protestant', 'Orthodox', 'Latino', 'Hispanic', 'African', 'Asian',
  'European', 'Arabic', 'Pashtun', 'Tamil', 'Uyghur', 'Rohingya', 'Yazidi', 'Bedouin', 'Roma', 'Slavic', 'Nordic',
  'Baltic', 'Balkan', 'Caribbean', 'Latin', 'Native', 'Aboriginal', 'Indigenous', 'Western', 'Eastern', 'Northern', 'Southern',
]);
