// Imported first by main.tsx, before any schema is built. The page's Content-Security-Policy forbids eval, so zod's
// compiled object parsers cannot run here anyway; without `jitless` zod still probes with `new Function` when it
// builds its first object schema, and Chrome reports that blocked probe as a CSP violation, which costs tens of
// milliseconds at start-up.
// zod keeps its settings in one object on globalThis, `__zod_globalConfig` (every copy of zod reads and
// `z.config()` writes it). Setting it here, before zod loads with the schemas, keeps zod out of the first bundle;
// tests/client/zod-config.test.ts checks that zod reads it.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

// Mutated, never replaced: a zod already loaded holds this very object.
(globalThis.__zod_globalConfig ??= {}).jitless = true;

export {};
