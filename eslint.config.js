// Type-aware lint for every workspace, with import boundaries: shared imports nothing of ours; server and client never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NOT_THE_SERVER = { group: ['**/server/**', '@ccm/server', '@ccm/server/*'], message: 'The client never imports the server.' };
const NOT_THE_CLIENT = { group: ['**/client/**', '@ccm/client', '@ccm/client/*'], message: 'The server never imports the client.' };
/** The workspace's sub-features (client/src/features/workspace/<name>): each imports the shared folders, never another one. */
const WORKSPACE_SUB_FEATURES = ['accounts', 'content', 'cycles', 'entry', 'imports', 'plans', 'populations', 'review'];

export default tseslint.config(
  { ignores: ['**/dist/**', '.tsbuild/**', 'node_modules/**', 'migrations/**', 'bench/results*.json', 'tests/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Fastify plugins are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union or an `as const` object instead of enum.' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [NOT_THE_SERVER] }],
    },
  },
  ...WORKSPACE_SUB_FEATURES.map((name) => ({
    files: [`client/src/features/workspace/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_SERVER,
            {
              group: WORKSPACE_SUB_FEATURES.filter((other) => other !== name).flatMap((other) => [`../${other}/**`, `../../${other}/**`]),
              message: `A workspace sub-feature (${name}) never imports another: move what both need to the workspace's shared api/, components/, hooks/ or utils/.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NOT_THE_CLIENT] }],
      'no-console': 'error',
    },
  },
  {
    // Routes call services only: the database and repositories are behind them.
    files: ['server/src/modules/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_CLIENT,
            { group: ['./*.repository.ts', '../*/*.repository.ts', '**/db/schema.ts', '**/db/client.ts', 'drizzle-orm', 'drizzle-orm/*'], message: 'Routes call services; only services reach repositories and the database.' },
          ],
        },
      ],
    },
  },
  {
    // Plugins are cross-cutting and know no resource: a module registers its own plugin (modules/auth/auth.plugin.ts,
    // modules/catalogue/catalogue.plugin.ts), and app.ts wires them.
    files: ['server/src/plugins/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NOT_THE_CLIENT, { group: ['**/modules/**'], message: 'Plugins import nothing of modules: move the code into the module (its own plugin) or pass it in from app.ts.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'react', 'react-*', 'drizzle-orm', 'drizzle-orm/*', '**/server/**', '**/client/**'], message: 'shared/ imports nothing but zod.' },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
