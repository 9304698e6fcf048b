// Zod issues as sentences a person can act on: "note must be at most 2000 characters." instead of zod's
// "Too big: expected string to have <=2000 characters". Messages written into the shared schemas are kept.

/** What both a raw zod issue and a Fastify validation entry (from fastify-type-provider-zod) carry. */
export interface IssueLike {
  readonly code?: string;
  readonly keyword?: string;
  readonly path?: readonly PropertyKey[];
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

export interface DescribedIssue {
  parameter: string;
  message: string;
}

// zod's English defaults (zod/v4/locales/en): replaced, because they neither name the field nor read as a sentence.
const ZOD_DEFAULT_MESSAGE =
  /^(Invalid input|Invalid option|Invalid string:|Invalid number:|Invalid discriminator value|Invalid key in|Invalid value in|Too big:|Too small:|Unrecognized keys?:|Invalid [\w .-]+$)/;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  date: 'a date',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'an email address',
  date: 'a date written YYYY-MM-DD',
  datetime: 'a date and time in ISO 8601',
  time: 'a time written HH:MM',
  url: 'a URL',
  uuid: 'a UUID',
};

const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' };

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function listOf(values: readonly unknown[]): string {
  const quoted = values.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

function pathOf(issue: IssueLike): PropertyKey[] {
  if (issue.path) return [...issue.path];
  return (issue.instancePath ?? '').split('/').filter((s) => s !== '');
}

/** A zod issue carries its details (maximum, values…) itself; a Fastify validation entry carries them in params. */
function fieldsOf(issue: IssueLike): Record<string, unknown> {
  return { ...(issue as Record<string, unknown>), ...(issue.params ?? {}) };
}

function sizeLimit(kind: 'big' | 'small', f: Record<string, unknown>): string {
  const origin = typeof f.origin === 'string' ? f.origin : 'number';
  const limit = kind === 'big' ? f.maximum : f.minimum;
  const unit = UNITS[origin];
  const exact = f.exact === true;
  const inclusive = f.inclusive !== false;
  if (unit) {
    // Strings are "at most 2000 characters" long; lists "have at most 5 items".
    const verb = origin === 'string' ? 'be' : 'have';
    if (kind === 'small' && !exact && inclusive && Number(limit) === 1) return origin === 'string' ? 'must not be empty' : 'must have at least one item';
    if (exact) return `must have exactly ${String(limit)} ${unit}`;
    if (kind === 'big') return inclusive ? `must ${verb} at most ${String(limit)} ${unit}` : `must ${verb} fewer than ${String(limit)} ${unit}`;
    return inclusive ? `must ${verb} at least ${String(limit)} ${unit}` : `must ${verb} more than ${String(limit)} ${unit}`;
  }
  if (exact) return `must be exactly ${String(limit)}`;
  if (kind === 'big') return inclusive ? `must be at most ${String(limit)}` : `must be below ${String(limit)}`;
  return inclusive ? `must be at least ${String(limit)}` : `must be above ${String(limit)}`;
}

/** The union branch that came closest (fewest issues), so the answer speaks of the shape the caller meant. */
function closestBranch(f: Record<string, unknown>): IssueLike | undefined {
  const branches = Array.isArray(f.errors) ? (f.errors as IssueLike[][]) : [];
  const best = branches.filter((b) => b.length > 0).sort((a, b) => a.length - b.length)[0];
  return best?.[0];
}

function predicate(issue: IssueLike, f: Record<string, unknown>): string {
  const code = issue.code ?? issue.keyword ?? '';
  switch (code) {
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message ?? '')) return 'is required';
      return `must be ${TYPE_NAMES[String(f.expected)] ?? String(f.expected)}`;
    }
    case 'too_big':
      return sizeLimit('big', f);
    case 'too_small':
      return sizeLimit('small', f);
    case 'invalid_value': {
      const values = Array.isArray(f.values) ? (f.values as unknown[]) : [];
      return values.length === 1 ? `must be ${quote(values[0])}` : `must be one of ${listOf(values)}`;
    }
    case 'invalid_format':
      return `must be ${FORMAT_NAMES[String(f.format)] ?? `in the expected format${f.format === 'regex' ? '' : ` (${String(f.format)})`}`}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(f.divisor)}`;
    default:
      return 'is not valid';
  }
}

function sentence(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

/**
 * One issue as { parameter, message }: the parameter is the field's path ("underReview.note"), or `whole` when the
 * issue is about the whole body or query; the message is a sentence that starts with the field's name.
 */
export function describeIssue(issue: IssueLike, whole = 'body'): DescribedIssue {
  const path = pathOf(issue);
  const f = fieldsOf(issue);
  const code = issue.code ?? issue.keyword ?? '';

  if (code === 'invalid_union') {
    const branch = closestBranch(f);
    if (branch) return describeIssue({ ...branch, path: [...path, ...pathOf(branch)] }, whole);
  }
  if (code === 'unrecognized_keys') {
    const keys = Array.isArray(f.keys) ? (f.keys as string[]) : [];
    const where = path.length ? `${path.join('.')}: ` : '';
    const what = whole === 'querystring' ? 'query parameter' : 'field';
    const message =
      keys.length === 1 ? `${where}"${keys[0] ?? ''}" is not a ${what} this route accepts` : `${where}${listOf(keys)} are not ${what}s this route accepts`;
    return { parameter: [...path, keys.join(',')].filter((s) => s !== '').join('.'), message: sentence(message) };
  }
  const missing = typeof f.missingProperty === 'string' ? f.missingProperty : undefined; // an AJV-style entry
  const parameter = path.map(String).join('.') || missing || whole;
  const message = issue.message ?? '';
  if (message && !ZOD_DEFAULT_MESSAGE.test(message)) {
    // Written in the schema: keep it, and make sure it names the field.
    const last = String(path.at(-1) ?? '');
    const named = message.startsWith(parameter) || (last !== '' && message.startsWith(`${last} `));
    return { parameter, message: sentence(named ? message : `${parameter} ${message}`) };
  }
  return { parameter, message: sentence(`${parameter} ${predicate(issue, f)}`) };
}
