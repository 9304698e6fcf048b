// The data's vocabulary as plain constants: what a figure's qualifier, reporting state, direction or status can be.
// Free of zod, so the client's first bundle can name them without the schema library; schemas/common.ts builds the
// zod enums from these same lists (one list per word).

export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'average', 'approximate'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const REPORTING_STATES = ['reported', 'not_reported', 'not_applicable'] as const;
export type Reporting = (typeof REPORTING_STATES)[number];

export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A reporting cycle is open for entry until an admin publishes it. */
export const CYCLE_STATES = ['open', 'published'] as const;

/** What content edits and translations are about. */
export const CONTENT_ENTITIES = ['action', 'indicator', 'pillar'] as const;

/** Most severe first: the order used to sort flagged lists. */
export const STATUS_CODES = [
  'declining',
  'stalled',
  'off_track',
  'needs_acceleration',
  'improving',
  'on_track',
  'achieved',
  'insufficient_data',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** Flagged: moving the wrong way, not moving, or moving the right way far too slowly for the deadline. */
export const FLAGGED_STATUS_CODES = ['declining', 'stalled', 'off_track'] as const satisfies readonly StatusCode[];
export function isFlagged(code: StatusCode): boolean {
  return (FLAGGED_STATUS_CODES as readonly StatusCode[]).includes(code);
}
