import type { z } from 'zod';

/** Serializes a response through its contract: unknown keys are dropped and a wrong shape fails loudly. */
export function serialize<T extends z.ZodType>(schema: T, value: z.input<T>): string {
  return JSON.stringify(schema.parse(value));
}

/** A stable cache key for a validated query object. */
export function queryKey(query: object): string {
  return JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}
