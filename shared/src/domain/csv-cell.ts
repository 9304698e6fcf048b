// One rule for text cells that leave the dashboard as CSV or Excel and come back in an import: a cell a spreadsheet
// would run as a formula (CSV injection: = + - @, or a tab or carriage return before one) gets a leading apostrophe,
// which spreadsheets hide and treat as "this is text"; the import removes exactly that apostrophe and no other.

/** A formula start, after any apostrophes already there: "=1+1", "'=1+1" (a value that itself starts with an apostrophe). */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
/** What neutraliseCell writes: one added apostrophe, before any the value had, before a formula start. */
const ADDED_APOSTROPHE = /^'+[=+\-@\t\r]/;

/**
 * The cell as written to a CSV or a sheet: text a spreadsheet would evaluate gets one leading apostrophe. A value that
 * already starts with apostrophes before a formula start ("'=x") gets one more, so unneutraliseCell gives it back as
 * it was; any other text ("'plain", "3", "a=b") is written unchanged.
 */
export function neutraliseCell(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** The exact inverse of neutraliseCell: removes the one apostrophe it adds, and leaves every other cell as it is. */
export function unneutraliseCell(text: string): string {
  return ADDED_APOSTROPHE.test(text) ? text.slice(1) : text;
}
