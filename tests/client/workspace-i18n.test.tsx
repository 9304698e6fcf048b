// The ISU workspace in the Convention's four languages: the French, Spanish and Arabic catalogues match the English one
// key for key (with each language's own plural forms), keep its placeholders, and leave nothing empty or in English;
// the workspace's screens hold no hard-coded text; and a screen renders in French from the real catalogues.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ar from '../../client/src/features/workspace/i18n/ar.json';
import en from '../../client/src/features/workspace/i18n/en.json';
import es from '../../client/src/features/workspace/i18n/es.json';
import fr from '../../client/src/features/workspace/i18n/fr.json';
import { ProblemAlert } from '../../client/src/features/workspace/components/problem-alert.tsx';
import { SignInPage } from '../../client/src/features/workspace/shell/sign-in-page.tsx';
import { WORKSPACE_NS, loadWorkspaceCatalogue } from '../../client/src/features/workspace/i18n/load-workspace-catalogue.ts';
import i18n from '../../client/src/i18n/index.ts';
import { ApiError } from '../../client/src/lib/api-client.ts';
import { renderClient } from '../helpers/client-render.tsx';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKSPACE_DIR = join(ROOT, 'client/src/features/workspace');

type Catalogue = Record<string, unknown>;
const TRANSLATIONS = { fr, es, ar } as const satisfies Record<string, Catalogue>;
type Translation = keyof typeof TRANSLATIONS;
const LANGS = Object.keys(TRANSLATIONS) as Translation[];

/** Every string of a catalogue by its dotted key. Anything but nested objects and strings is reported as a problem. */
function flatten(catalogue: Catalogue, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value as Catalogue, `${path}.`, into);
    else into.set(path, `<not a string: ${JSON.stringify(value)}>`);
  }
  return into;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
const suffixOf = (key: string) => PLURAL_SUFFIX.exec(key)?.[1] ?? null;
/** The plural forms i18next asks for in a language (Intl's categories), e.g. one, many, other in French. */
const pluralForms = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

const EN = flatten(en);
/** English keys with plural forms: base → its suffixes (one and other, sometimes zero for a special "none" text). */
const EN_PLURALS = new Map<string, Set<string>>();
for (const key of EN.keys()) {
  const suffix = suffixOf(key);
  if (suffix) EN_PLURALS.set(baseOf(key), (EN_PLURALS.get(baseOf(key)) ?? new Set()).add(suffix));
}

/** The keys a translation must have: English's plain keys, and for each plural its language's full set (plus zero when English has one). */
function expectedKeys(lang: string): string[] {
  const keys = new Set<string>();
  for (const key of EN.keys()) {
    const base = baseOf(key);
    const suffixes = EN_PLURALS.get(base);
    if (!suffixes || !suffixOf(key)) {
      keys.add(key);
      continue;
    }
    for (const form of pluralForms(lang)) keys.add(`${base}_${form}`);
    if (suffixes.has('zero')) keys.add(`${base}_zero`);
  }
  return [...keys].sort();
}

/** The English text a translated key renders: the same key, else (for a plural form English lacks) English's _other. */
function englishFor(key: string): string {
  return EN.get(key) ?? EN.get(`${baseOf(key)}_other`) ?? '';
}

/** {{placeholders}} (with any format, e.g. "count, number") and the <name/> markers withElements() fills. */
function placeholders(text: string): string[] {
  const found = [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const markers = [...text.matchAll(/<(\w+)\s*\/>/g)].map((m) => `<${m[1]}/>`);
  return [...new Set([...found, ...markers])].sort();
}

const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/<\w+\s*\/>/g, ' ');
const hasWords = (text: string) => /\p{L}/u.test(withoutPlaceholders(text));
const wordCount = (text: string) => withoutPlaceholders(text).match(/\p{L}+/gu)?.length ?? 0;

describe('workspace catalogues', () => {
  it.each(LANGS)('%s has exactly the keys of English, with its own plural forms', (lang) => {
    expect([...flatten(TRANSLATIONS[lang]).keys()].sort()).toEqual(expectedKeys(lang));
  });

  it.each(['en', ...LANGS])('%s has no empty or non-string entries', (lang) => {
    const catalogue = lang === 'en' ? EN : flatten(TRANSLATIONS[lang as Translation]);
    const bad = [...catalogue].filter(([, text]) => text.trim() === '' || text.startsWith('<not a string')).map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it.each(LANGS)('%s keeps the placeholders of English', (lang) => {
    const mismatches: string[] = [];
    for (const [key, text] of flatten(TRANSLATIONS[lang])) {
      const expected = placeholders(englishFor(key));
      let actual = placeholders(text);
      // A zero, one or two form may say its number in words ("مسودتان", two drafts) rather than show {{count}}.
      if (['zero', 'one', 'two'].includes(suffixOf(key) ?? '') && expected.includes('{{count}}') && !actual.includes('{{count}}')) {
        actual = [...actual, '{{count}}'].sort();
      }
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${key}: ${actual.join(' ')} ≠ ${expected.join(' ')}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('Arabic texts are written in Arabic script', () => {
    const latinOnly = [...flatten(ar)].filter(([key, text]) => hasWords(englishFor(key)) && !/\p{Script=Arabic}/u.test(text)).map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });

  it.each(['fr', 'es'] as const)('%s texts of two words or more are not left in English', (lang) => {
    const copies = [...flatten(TRANSLATIONS[lang])].filter(([key, text]) => wordCount(englishFor(key)) >= 2 && text === englishFor(key)).map(([key]) => key);
    expect(copies).toEqual([]);
  });

  it('French puts a no-break space before : ; ? ! % and inside « »', () => {
    const bad = [...flatten(fr)].filter(([, text]) => / [:;?!%»]|« /.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(bad).toEqual([]);
  });

  it('i18next picks the Arabic plural forms (zero, one, two, few, many, other)', async () => {
    await loadWorkspaceCatalogue('ar');
    const t = i18n.getFixedT('ar', WORKSPACE_NS);
    const texts = [0, 1, 2, 3, 11, 100].map((count) => t('entry.fixErrors', { count }));
    expect(texts).toEqual([
      ar.entry.fixErrors_zero,
      ar.entry.fixErrors_one,
      ar.entry.fixErrors_two,
      ar.entry.fixErrors_few.replace('{{count}}', '3'),
      ar.entry.fixErrors_many.replace('{{count}}', '11'),
      ar.entry.fixErrors_other.replace('{{count}}', '100'),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// No hard-coded text in the workspace's screens: every word comes from the catalogue.

/** Attributes whose string value a person reads or hears (the DOM's, and the workspace components' own text props). */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'hint', 'lead', 'question', 'confirmLabel']);

const literalText = (node: ts.Node | undefined): string | null =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : node && ts.isTemplateExpression(node) ? node.getText() : null;

/** "file:line: text" for each JSX text with letters, and each text attribute or JSX child given as a string literal with letters. */
function hardCodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  // The line of the first letter: a JSX text node starts with the line break and indentation before its words.
  const start = (node: ts.Node) => (ts.isJsxText(node) ? node.end - node.text.trimStart().length : node.getStart(file));
  const report = (node: ts.Node, what: string) => found.push(`${fileName}:${file.getLineAndCharacterOfPosition(start(node)).line + 1}: ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, JSON.stringify(node.text.trim()));
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? literalText(node.initializer.expression) : literalText(node.initializer);
      if (value !== null && /\p{L}/u.test(value)) report(node, `${node.name.getText(file)}=${JSON.stringify(value)}`);
    }
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const value = literalText(node.expression);
      if (value !== null && /\p{L}/u.test(value)) report(node, `{${JSON.stringify(value)}}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('no hard-coded text in the workspace', () => {
  it('the scan finds JSX text, text attributes and string children', () => {
    const sample = [
      'export const A = () => (',
      '  <p title="Hello there">',
      '    Save',
      '    <b aria-label={`Close it`} className="not text" />',
      "    {'Done'}{' · '}{t('ok')}",
      '  </p>',
      ');',
    ].join('\n');
    expect(hardCodedTexts('sample.tsx', sample)).toEqual([
      'sample.tsx:2: title="Hello there"',
      'sample.tsx:3: "Save"',
      'sample.tsx:4: aria-label="Close it"',
      'sample.tsx:5: {"Done"}',
    ]);
  });

  it('client/src/features/workspace/**/*.tsx takes every word from the catalogue', () => {
    const files = tsxFiles(WORKSPACE_DIR);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((path) => hardCodedTexts(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The real catalogues at work.

describe('the workspace in another language', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('fetches the catalogue of the language the interface switches to', async () => {
    expect(i18n.hasResourceBundle('es', WORKSPACE_NS)).toBe(false);
    await i18n.changeLanguage('es');
    await vi.waitFor(() => expect(i18n.hasResourceBundle('es', WORKSPACE_NS)).toBe(true));
    expect(i18n.t('signIn.title', { ns: WORKSPACE_NS })).toBe('Iniciar sesión');
  });

  describe('in French', () => {
    beforeAll(async () => {
      await i18n.changeLanguage('fr');
      await loadWorkspaceCatalogue('fr');
    });

    it('the sign-in page and its field messages are in French', async () => {
      const user = userEvent.setup();
      renderClient(<SignInPage />);
      expect(screen.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
      expect(screen.getByText(/réservé à l’Unité d’appui à l’application \(ISU\)/)).toBeInTheDocument();
      expect(screen.getByText(/mot de passe à usage unique\.$/)).toBeInTheDocument();

      // The shared schema's messages are English; the page shows the catalogue's French instead.
      await user.click(screen.getByRole('button', { name: 'Se connecter' }));
      const email = screen.getByLabelText(/^Adresse électronique/);
      expect(email).toHaveAttribute('aria-invalid', 'true');
      expect(email).toHaveAccessibleDescription('Saisissez votre adresse électronique, par exemple nom@example.org.');
      expect(screen.getByLabelText(/^Mot de passe/)).toHaveAccessibleDescription('Saisissez votre mot de passe.');
      expect(document.body).not.toHaveTextContent(/Enter|Sign in|password/);
    });

    it('frames the server’s own (English) words in French', () => {
      const detail = 'A cycle "14MSP" exists already.';
      renderClient(<ProblemAlert error={new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, detail })} />);
      // (toHaveTextContent folds the no-break space before the colon into a plain one.)
      expect(screen.getByRole('alert')).toHaveTextContent(`La demande a été refusée. Réponse du serveur : ${detail}`);
    });
  });
});
