// The entry row as a form: text fields and two flags in, an ObservationEntryInput out, checked by the shared schema (an
// inferred cycle needs a note; a figure under review needs the drafters' comment) plus the two rules that need the row's
// context (an outlier needs a note; a correction to a published cycle needs a reason).
import type { Qualifier, Reporting } from '@ccm/shared/domain/vocabulary';
import {
  ObservationEntryInputSchema,
  isOutlier,
  type EntryRow,
  type ObservationEntry,
  type ObservationRecord,
} from '@ccm/shared/schemas/workspace';
import { fieldErrorsOf, type FieldErrors } from './field-errors.ts';

export interface EntryValues {
  reporting: Reporting;
  value: string;
  denominator: string;
  qualifier: Qualifier;
  source: string;
  paragraph: string;
  note: string;
  /** The document gives the figure for an unnamed point of a period: its cycle was inferred (the note says how). */
  cycleInferred: boolean;
  /** The figure is under review by the ISU (the drafters' comment and its paragraph); unticking clears the flag. */
  underReview: boolean;
  underReviewNote: string;
  underReviewParagraph: string;
  reason: string;
  /** Who is counted: the States ticked (alpha-3, sorted), and whether they are the whole count (the value is then derived). */
  states: string[];
  statesComplete: boolean;
}

/** The text fields of the row (the two flags aside). */
export const TEXT_FIELDS = ['reporting', 'value', 'denominator', 'qualifier', 'source', 'paragraph', 'note', 'underReviewNote', 'underReviewParagraph', 'reason'] as const;
export type EntryTextField = (typeof TEXT_FIELDS)[number];
export const FLAG_FIELDS = ['cycleInferred', 'underReview'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];
/** Every field a message can be about: the server's problem names one of these (`underReview` for its note). */
export const ENTRY_FIELDS = [...TEXT_FIELDS, ...FLAG_FIELDS, 'states', 'statesComplete'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** What the row shows first: the pending draft, else the published figure, else an empty figure with the population as denominator. */
export function initialValues(row: EntryRow): EntryValues {
  const record: ObservationRecord | null | undefined = row.draft ? row.draft.after : row.published;
  // A draft that says nothing about who is counted leaves the published list: the form shows that one.
  const listed = record?.states ?? row.published?.states ?? null;
  const counted = { states: [...(listed ?? [])].sort(), statesComplete: record?.states ? (record.statesComplete ?? false) : (row.published?.statesComplete ?? false) };
  if (!record) {
    return {
      reporting: 'reported',
      value: '',
      denominator: text(row.populationSize),
      qualifier: 'exact',
      source: '',
      paragraph: '',
      note: '',
      cycleInferred: false,
      underReview: false,
      underReviewNote: '',
      underReviewParagraph: '',
      reason: '',
      ...counted,
    };
  }
  return {
    reporting: record.reporting,
    value: text(record.value),
    denominator: text(record.denominator),
    qualifier: record.qualifier,
    source: record.source,
    paragraph: text(record.paragraph),
    note: record.note ?? '',
    cycleInferred: record.cycleInferred,
    underReview: record.underReview !== null,
    underReviewNote: record.underReview?.note ?? '',
    underReviewParagraph: text(record.underReview?.paragraph),
    reason: row.draft?.reason ?? '',
    ...counted,
  };
}

/** The same States, in whatever order they were ticked. */
const sameStates = (a: readonly string[], b: readonly string[]) => {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((code, i) => code === sorted[i]);
};

/** The count a complete list derives (null: the list is partial, the value is typed). */
export const derivedCount = (values: Pick<EntryValues, 'states' | 'statesComplete' | 'reporting'>) =>
  values.statesComplete && values.reporting === 'reported' ? values.states.length : null;

export function isDirty(values: EntryValues, baseline: EntryValues): boolean {
  if (FLAG_FIELDS.some((field) => values[field] !== baseline[field])) return true;
  if (values.statesComplete !== baseline.statesComplete || !sameStates(values.states, baseline.states)) return true;
  // The comment's fields count only while the flag is set: unticking and ticking again is no change.
  const fields = values.underReview ? TEXT_FIELDS : TEXT_FIELDS.filter((f) => f !== 'underReviewNote' && f !== 'underReviewParagraph');
  // With a complete list the figure is the count of States ticked, whatever was typed before.
  const effective = (v: EntryValues, field: (typeof TEXT_FIELDS)[number]) => (field === 'value' && derivedCount(v) !== null ? String(derivedCount(v)) : v[field].trim());
  return fields.some((field) => effective(values, field) !== effective(baseline, field));
}

/** '' is no number; a number may use a decimal comma; anything else is NaN, which the schema rejects as "not a number". */
export function parseNumber(raw: string): number | null {
  const trimmed = raw.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function toEntryInput(values: EntryValues, indicatorId: string, cycle: string) {
  return {
    indicatorId,
    cycle,
    spanFrom: null,
    value: values.reporting === 'reported' ? (derivedCount(values) ?? parseNumber(values.value)) : null,
    qualifier: values.qualifier,
    denominator: parseNumber(values.denominator),
    reporting: values.reporting,
    source: values.source,
    paragraph: parseNumber(values.paragraph),
    note: values.note.trim() || null,
    cycleInferred: values.cycleInferred,
    // Unticked: null clears the flag. Ticked: the comment, and its paragraph (the figure's own when none is given).
    underReview: values.underReview
      ? { note: values.underReviewNote, paragraph: parseNumber(values.underReviewParagraph) ?? parseNumber(values.paragraph) }
      : null,
    reason: values.reason.trim() || null,
    states: values.states,
    statesComplete: values.statesComplete,
  };
}

export interface EntryContext {
  row: EntryRow;
  cycle: string;
  /** True when the cycle is published, so a change to a published figure is a correction. */
  cyclePublished: boolean;
}

export const needsReason = ({ row, cyclePublished }: Pick<EntryContext, 'row' | 'cyclePublished'>) => cyclePublished && row.published !== null;

export interface EntryCheck {
  /** The entry as the server will receive it, when the shared schema accepts it (the note and reason rules aside). */
  entry: ObservationEntry | null;
  errors: FieldErrors;
  /** The entered value moves by more than half against the previous cycle. */
  outlier: boolean;
}

export function checkEntry(values: EntryValues, context: EntryContext): EntryCheck {
  const input = toEntryInput(values, context.row.indicatorId, context.cycle);
  const parsed = ObservationEntryInputSchema.safeParse(input);
  // underReview.note is the comment's field; underReview.paragraph has one of its own.
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) =>
        issue.path[0] === 'underReview' && issue.path[1] === 'paragraph' ? { ...issue, path: ['underReviewParagraph', ...issue.path.slice(2)] } : issue,
      );
  const errors: FieldErrors = parsed.success
    ? {}
    : fieldErrorsOf(issues, 'entry', (issue) => {
        if (issue.code === 'custom' && issue.path[0] === 'note') return 'inferred';
        // Who is counted: the shared rule names its kind (tooMany, mismatch, duplicate…).
        const counted = issue.code === 'custom' ? (issue.params as { counted?: string } | undefined)?.counted : undefined;
        if (counted) return counted;
        if (issue.code !== 'custom' || issue.path[0] !== 'value') return undefined;
        // The schema's own order of value rules: the first that holds is the issue reported first.
        if (input.reporting === 'reported' && input.value === null) return 'required';
        if (input.reporting !== 'reported' && input.value !== null) return 'notEmpty';
        if (input.value !== null && input.qualifier === 'exact' && !Number.isInteger(input.value)) return 'whole';
        return 'aboveDenominator';
      });
  const valueError = errors.value;
  if (valueError?.key.endsWith('.aboveDenominator')) valueError.values = { denominator: input.denominator ?? '' };
  for (const field of ['value', 'states', 'qualifier'] as const) {
    const error = errors[field];
    if (error) error.values = { ...error.values, ticked: values.states.length, typed: input.value ?? '' };
  }
  const entry = parsed.success ? parsed.data : null;
  const previous = context.row.previous;
  const outlier = entry !== null && previous !== null && isOutlier(previous.value, entry.value);
  if (outlier && !entry.note && !errors.note) {
    errors.note = {
      key: 'validation.entry.note.outlier',
      values: { cycle: previous.cycle, previous: previous.value ?? '', value: entry.value ?? '' },
    };
  }
  if (needsReason(context) && !input.reason && !errors.reason) {
    errors.reason = { key: 'validation.entry.reason.required' };
  }
  return { entry, errors, outlier };
}
