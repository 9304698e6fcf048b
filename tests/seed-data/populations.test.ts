// The bundled populations (seed-data/populations.json): every list and ledger entry quotes its paragraph word for word,
// names only States the bundle knows, belongs to indicators that exist and whose population it is, and states a size
// its names never exceed. The ¶138 list is the twelve States with victims; ¶86 names the ten with Article 4 obligations.
import { describe, expect, it } from 'vitest';
import { loadSeedBundle, readSourceDocument } from '../../server/src/db/seed-files.ts';
import { paragraphContainsQuote, splitParagraphs } from '../../shared/src/domain/paragraphs.ts';
import { SEED_DIR } from '../helpers/app.ts';

const bundle = loadSeedBundle(SEED_DIR);
const paragraphs = splitParagraphs(readSourceDocument(SEED_DIR, bundle));
const states = new Set(bundle.states.states.map((s) => s.code));
const indicators = new Map(bundle.indicators.map((i) => [i.id, i]));
const cycles = new Set(bundle.cycles.map((c) => c.code));

describe('populations.json', () => {
  it.each(bundle.populations.map((p) => [p.id, p] as const))('%s: indicators exist and share its size; each list and entry quotes its paragraph', (_id, population) => {
    expect(population.indicators.length).toBeGreaterThan(0);
    for (const id of population.indicators) {
      const indicator = indicators.get(id);
      expect(indicator, id).toBeDefined();
      // The indicator's own population size is the size of the population's lists.
      for (const list of population.lists) if (list.size !== null) expect(indicator?.population.size, id).toBe(list.size);
    }
    for (const list of population.lists) {
      expect(cycles.has(list.cycle)).toBe(true);
      expect(list.spanFrom === null || cycles.has(list.spanFrom)).toBe(true);
      expect(paragraphContainsQuote(paragraphs, list.paragraph, list.quote), `¶${list.paragraph}: ${list.quote}`).toBe(true);
      for (const code of list.states) expect(states.has(code), code).toBe(true);
      if (list.size !== null) expect(list.states.length).toBeLessThanOrEqual(list.size);
    }
    for (const entry of population.ledger) {
      expect(paragraphContainsQuote(paragraphs, entry.paragraph, entry.quote), `¶${entry.paragraph}: ${entry.quote}`).toBe(true);
      if (entry.state !== null) expect(states.has(entry.state), entry.state).toBe(true);
    }
  });

  it('no indicator belongs to two populations', () => {
    const ids = bundle.populations.flatMap((p) => p.indicators);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the States with victims are the twelve of ¶138 for the review period; the ten of ¶86 are the 3RC’s, anticipated', () => {
    const victims = bundle.populations.find((p) => p.id === 'states-with-victims');
    expect(victims?.lists).toHaveLength(1);
    expect(victims?.lists[0]).toMatchObject({ cycle: '13MSP', spanFrom: '10MSP', size: 12, paragraph: 138 });
    expect([...(victims?.lists[0]?.states ?? [])].sort()).toEqual(['AFG', 'ALB', 'BIH', 'HRV', 'IRQ', 'LAO', 'LBN', 'MNE', 'MRT', 'SOM', 'SSD', 'TCD']);
    const article4 = bundle.populations.find((p) => p.id === 'article-4-obligations');
    const at3RC = article4?.lists.find((l) => l.cycle === '3RC');
    expect(at3RC).toMatchObject({ size: 10, paragraph: 86 });
    expect([...(at3RC?.states ?? [])].sort()).toEqual(['AFG', 'CHL', 'DEU', 'IRQ', 'LAO', 'LBN', 'MRT', 'SOM', 'SSD', 'TCD']);
    // ¶83 and ¶92 give the size without names: no name is invented for them.
    expect(article4?.lists.filter((l) => l.cycle === '13MSP').map((l) => [l.paragraph, l.states.length])).toEqual([
      [92, 0],
      [83, 0],
    ]);
    // The one State Party that completed clearance is not named (¶83), and is recorded as unnamed.
    expect(article4?.ledger.find((e) => e.change === 'left')).toMatchObject({ state: null, paragraph: 83 });
    expect(article4?.ledger.find((e) => e.change === 'entered')).toMatchObject({ state: 'SSD', date: '2023', paragraph: 29 });
  });
});
