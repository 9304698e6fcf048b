// The import boundaries of eslint.config.js refuse a deliberate wrong-way import (and allow the right way), checked
// with ESLint itself on the project's own zone rules.
import { resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/app.ts';

const project = new ESLint({ cwd: REPO_ROOT });

/** The messages of the project's no-restricted-imports rule, as configured for `file`, on `code` (parsed without type information). */
async function refusals(file: string, code: string): Promise<string[]> {
  const filePath = resolve(REPO_ROOT, file);
  const config = (await project.calculateConfigForFile(filePath)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  expect(rule, `no zone rule for ${file}`).toBeDefined();
  const zones = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule } }] });
  const [result] = await zones.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('a route importing a repository is refused; importing its service is not', async () => {
    const file = 'server/src/modules/workspace/observations.routes.ts';
    expect(await refusals(file, "import * as repo from './workspace.repository.ts';\nvoid repo;\n")).toEqual([expect.stringMatching(/Routes call services/)]);
    expect(await refusals(file, "import { db } from '../../db/client.ts';\nvoid db;\n")).toEqual([expect.stringMatching(/Routes call services/)]);
    expect(await refusals(file, "import * as service from './observations.service.ts';\nvoid service;\n")).toEqual([]);
  });

  it('a plugin importing a module is refused; importing lib/ is not', async () => {
    const file = 'server/src/plugins/data.ts';
    expect(await refusals(file, "import { buildCatalogue } from '../modules/catalogue/catalogue.service.ts';\nvoid buildCatalogue;\n")).toEqual([expect.stringMatching(/Plugins import nothing of modules/)]);
    expect(await refusals(file, "import type { Catalogue } from '../modules/catalogue/catalogue.service.ts';\nexport type C = Catalogue;\n")).toEqual([expect.stringMatching(/Plugins import nothing of modules/)]);
    expect(await refusals(file, "import { ResponseCache } from '../lib/response-cache.ts';\nvoid ResponseCache;\n")).toEqual([]);
  });

  it('a workspace sub-feature importing another is refused; the shared folders are not', async () => {
    const file = 'client/src/features/workspace/entry/entry-page.tsx';
    expect(await refusals(file, "import { ReviewPage } from '../review/review-page.tsx';\nvoid ReviewPage;\n")).toEqual([expect.stringMatching(/never imports another/)]);
    expect(await refusals(file, "import { PageHeader } from '../components/page-header.tsx';\nvoid PageHeader;\n")).toEqual([]);
  });

  it('the client importing the server, the server the client, and shared/ anything but zod are refused', async () => {
    expect(await refusals('client/src/features/workspace/entry/entry-page.tsx', "import { x } from '../../../../../server/src/app.ts';\nvoid x;\n")).toHaveLength(1);
    expect(await refusals('server/src/app.ts', "import { x } from '../../client/src/main.tsx';\nvoid x;\n")).toHaveLength(1);
    expect(await refusals('shared/src/domain/status.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).toHaveLength(1);
  });
});
