// Imported first by main.tsx, before any schema is built. The page's Content-Security-Policy forbids eval, so zod's
// compiled object parsers cannot run here anyway; without `jitless` zod still probes with `new Function` when it
// builds its first object schema, and Chrome reports that blocked probe as a CSP violation, which costs tens of
// milliseconds at start-up.
import { config } from 'zod';

config({ jitless: true });
