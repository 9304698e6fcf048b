// Reads the reviewable files in seed-data/ into one bundle, validated against the shared seed schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedBundleSchema, type SeedBundle } from '@ccm/shared/schemas/seed';

export const SEED_FILES = {
  document: 'document.json',
  actionPlans: 'action-plans.json',
  cycles: 'cycles.json',
  pillars: 'pillars.json',
  actions: 'actions.json',
  indicators: 'indicators.json',
  conflicts: 'conflicts.json',
  series: 'series.json',
  comments: 'comments.json',
  states: 'states.json',
  populations: 'populations.json',
} as const satisfies Record<keyof SeedBundle, string>;

export function loadSeedBundle(dir: string): SeedBundle {
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(SEED_FILES)) {
    raw[key] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  }
  return SeedBundleSchema.parse(raw);
}

export function readSourceDocument(dir: string, bundle: SeedBundle): string {
  return readFileSync(join(dir, bundle.document.file), 'utf8');
}
