// Imported first by main.tsx, before any schema is built. The page's Content-Security-Policy forbids eval, so zod's
// compiled object parsers cannot run here anyway; without `jitless` zod still probes with `new Function` when it
// builds its first object schema, and Chrome reports that blocked probe as a CSP violation, which costs tens of
// milliseconds at start-up.
// From zod's core alone: the first bundle carries this switch, not the schema library, which loads with the schemas.
import { config } from 'zod/v4/core';

config({ jitless: true });
