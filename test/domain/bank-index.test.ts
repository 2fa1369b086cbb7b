import { expect } from '@open-wc/testing';
import type { Bank, Fact } from '../../src/domain/bank.js';
import { indexOf } from '../../src/domain/bank-index.js';

async function load(url: string): Promise<Bank> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Bank;
}

const BANKS = [
  '/questions/russia-ukraine-2024.json',
  '/test/fixtures/generator-bank.json',
  '/test/fixtures/banks/eads-2011.json',
  '/test/fixtures/banks/el-paso-budget.json',
  '/test/fixtures/banks/gravitational-waves-2016.json',
  '/test/fixtures/banks/oscars-2024.json',
  '/test/fixtures/banks/turkey-syria-earthquake-2023.json',
];

describe('bank index: the facts that name an entity', () => {
  it('finds, for every bank and pool name, the facts that name it in a slot or in their wording, as reading every fact does', async () => {
    for (const url of BANKS) {
      const bank = await load(url);
      const index = indexOf(bank);
      const ids = [...bank.entities.map((e) => e.id), ...(bank.pools ?? []).flatMap((p) => p.entities.map((e) => e.id))];
      let inWording = 0;
      for (const id of ids) {
        // Every fact read in full: the slots, and the names its wording writes out.
        const expected = bank.facts.filter(
          (f: Fact) =>
            Object.values(f.slots).some((v) => 'entity' in v && v.entity === id) ||
            index.namedIn(f.text.replace(/\{[^}]*\}/g, ' ')).has(id),
        );
        inWording += expected.filter((f) => !Object.values(f.slots).some((v) => 'entity' in v && v.entity === id)).length;
        expect(index.factsNaming(id).map((f) => f.id), `${url} ${id}`).to.deep.equal(expected.map((f) => f.id));
      }
      // The banks name entities in their wordings too, not only in slots: the test reads both.
      if (url.includes('russia-ukraine')) expect(inWording).to.be.greaterThan(5);
    }
  });

  it('finds a name written as an adjective ("Ukrainian"), after a possessive, and in a text of other scripts', () => {
    const bank: Bank = {
      version: 1,
      id: 'b',
      title: 'B',
      language: 'en',
      articles: [{ id: 'a', title: 'A', site: null, date: '2024-01-01', paragraphs: 3, summary: 'S.' }],
      types: [{ id: 'country', label: 'country', plural: 'countries' }],
      entities: [
        { id: 'ukraine', type: 'country', label: 'Ukraine' },
        { id: 'north-korea', type: 'country', label: 'North Korea' },
        { id: 'cote', type: 'country', label: "Côte d'Ivoire" },
      ],
      facts: [
        { id: 'f1', relation: 'r1', article: 'a', paragraph: 1, text: 'Ukrainian troops held {place}.', slots: { place: { entity: 'north-korea' } } },
        { id: 'f2', relation: 'r2', article: 'a', paragraph: 1, text: "North Korea's army sent {n} shells.", slots: { n: { number: 3, unit: 'shells' } } },
        { id: 'f3', relation: 'r3', article: 'a', paragraph: 2, text: "Talks in Côte d'Ivoire and North Korean envoys met in {year}.", slots: { year: { date: '2023' } } },
        { id: 'f4', relation: 'r4', article: 'a', paragraph: 3, text: 'Nothing named here, {year}.', slots: { year: { date: '2024' } } },
      ],
    } as unknown as Bank;
    const index = indexOf(bank);
    const ids = (id: string) => index.factsNaming(id).map((f) => f.id);
    expect(ids('ukraine')).to.deep.equal(['f1']);
    expect(ids('north-korea')).to.deep.equal(['f1', 'f2', 'f3']);
    expect(ids('cote')).to.deep.equal(['f3']);
    expect(ids('unknown')).to.deep.equal([]);
  });
});
