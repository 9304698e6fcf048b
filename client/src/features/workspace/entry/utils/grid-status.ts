// A grid row's save status (saving, saved, refused with its reasons, in conflict with someone else's change), the
// labels its messages name fields by, and the number problems shown as soon as a cell is typed. No React here.
import type { DraftConflict } from '@ccm/shared/schemas/workspace';
import type { EntryValues } from '../../utils/entry-form.ts';
import type { FieldError } from '../../utils/field-errors.ts';
import { parseSpreadsheetNumber } from './entry-grid.ts';

export type RowStatus =
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'refused'; errors: { field: string; error: FieldError }[]; message: string | null }
  | { kind: 'conflict'; conflict: DraftConflict };
export type Outcome = 'saved' | 'refused' | 'conflict';

export const ENTRY_FIELD_LABEL: Record<string, string> = {
  value: 'entry.field.value',
  qualifier: 'entry.field.qualifier',
  denominator: 'entry.field.denominator',
  source: 'entry.field.source',
  note: 'entry.grid.column.note',
  reporting: 'entry.field.reporting',
  paragraph: 'entry.field.paragraph',
  reason: 'entry.field.reason',
  underReview: 'entry.field.underReviewNote',
  underReviewParagraph: 'entry.field.underReviewParagraph',
  states: 'entry.states.legend',
  statesComplete: 'entry.states.complete',
};

/** The number format problems the grid shows in a cell as soon as it is typed or pasted (the rest once saved). */
export function numberErrorOf(values: EntryValues, field: 'value' | 'denominator'): FieldError | null {
  const parsed = parseSpreadsheetNumber(values[field]);
  if (parsed.ok) return null;
  return { key: parsed.reason === 'ambiguous' ? `validation.entry.${field}.ambiguous` : `validation.entry.${field}.invalid_type`, values: { typed: values[field].trim() } };
}
