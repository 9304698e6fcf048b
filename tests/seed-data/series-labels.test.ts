// Every bundled series and every measure it records has a name in each of the four languages, so no series page or
// State page shows a measure's id ("regular-survey-clearance-updates") instead of words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedBundle } from '../../server/src/db/seed-files.ts';
import { REPO_ROOT, SEED_DIR } from '../helpers/app.ts';

const bundle = loadSeedBundle(SEED_DIR);
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(resolve(REPO_ROOT, `client/src/i18n/locales/${lang}.json`), 'utf8')) as { series: { name: Record<string, string>; measure: Record<string, string> } };

describe.each(['en', 'fr', 'es', 'ar'])('series labels in %s', (lang) => {
  const { series } = catalogue(lang);
  it('name every bundled series', () => {
    expect(bundle.series.map((s) => s.name).filter((name) => !series.name[name])).toEqual([]);
  });
  it('name every measure of every bundled series', () => {
    const measures = [...new Set(bundle.series.flatMap((s) => s.points.map((p) => p.measure)))];
    expect(measures.filter((m) => !series.measure[m])).toEqual([]);
  });
});
