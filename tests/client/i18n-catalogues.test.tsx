// The public interface in four languages: the catalogues say the same things (same keys, same {{placeholders}}, every
// plural form the language needs), use the Convention's terms, and no page shows an English string hard-coded in JSX.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.json';
import fr from '../../client/src/i18n/locales/fr.json';
import es from '../../client/src/i18n/locales/es.json';
import ar from '../../client/src/i18n/locales/ar.json';
import { REPO_ROOT } from '../helpers/app.ts';
import { flattenCatalogue, placeholdersOf } from '../helpers/catalogues.ts';

type Language = 'en' | 'fr' | 'es' | 'ar';

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** Keys split into plain keys and plural bases (with the forms each has). */
function shape(entries: Map<string, string>) {
  const plain = new Map<string, string>();
  const plurals = new Map<string, Map<string, string>>();
  for (const [key, text] of entries) {
    const match = PLURAL.exec(key);
    if (match?.[1] && match[2]) {
      const forms = plurals.get(match[1]) ?? new Map<string, string>();
      forms.set(match[2], text);
      plurals.set(match[1], forms);
    } else {
      plain.set(key, text);
    }
  }
  return { plain, plurals };
}

const isCount = (placeholder: string) => /^\{\{count[,}]/.test(placeholder);

const catalogues: Record<Language, Map<string, string>> = {
  en: flattenCatalogue(en),
  fr: flattenCatalogue(fr),
  es: flattenCatalogue(es),
  ar: flattenCatalogue(ar),
};
const english = shape(catalogues.en);
const translations = (['fr', 'es', 'ar'] as const).map((lang) => [lang, shape(catalogues[lang])] as const);

describe('the catalogues', () => {
  it('English is well formed: plurals have _one and _other, no text is empty', () => {
    for (const [base, forms] of english.plurals) expect([...forms.keys()].sort(), base).toEqual(['one', 'other']);
    for (const [key, text] of catalogues.en) expect(text.trim(), key).not.toBe('');
  });

  it.each(translations)('%s has exactly the keys of English, none empty', (lang, catalogue) => {
    expect([...catalogue.plain.keys()].sort()).toEqual([...english.plain.keys()].sort());
    expect([...catalogue.plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort());
    for (const [key, text] of catalogues[lang]) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
  });

  it.each(translations)('%s has every plural form its language uses (Arabic six), and no other', (lang, catalogue) => {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    if (lang === 'ar') expect(categories).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    for (const [base, forms] of catalogue.plurals) expect([...forms.keys()].sort(), `${lang}: ${base}`).toEqual(categories);
  });

  it.each(translations)('%s keeps every {{placeholder}} of English, with its format', (lang, catalogue) => {
    for (const [key, text] of english.plain) expect(placeholdersOf(catalogue.plain.get(key) ?? ''), `${lang}: ${key}`).toEqual(placeholdersOf(text));
    for (const [base, forms] of english.plurals) {
      const expected = placeholdersOf(forms.get('other') ?? '');
      for (const [form, text] of catalogue.plurals.get(base) ?? []) {
        const found = placeholdersOf(text);
        // A form may spell the number out ("مؤشران", two indicators): only {{count}} may be left out, and only there.
        expect(found.filter((p) => !isCount(p)), `${lang}: ${base}_${form}`).toEqual(expected.filter((p) => !isCount(p)));
        if (form === 'other') expect(found, `${lang}: ${base}_other`).toEqual(expected);
      }
    }
  });

  it('uses the Convention’s terms: status labels, qualifiers, the plan and its documents', () => {
    const term = (key: string) => (['fr', 'es', 'ar'] as const).map((lang) => catalogues[lang].get(key)?.toLowerCase());
    // Each key in French, Spanish and Arabic, as the Convention's documents say it (lower case).
    const terms: Record<string, string[]> = {
      'status.label.achieved': ['atteint', 'alcanzado', 'متحقق'],
      'status.label.on_track': ['en bonne voie', 'en buen camino', 'على المسار الصحيح'],
      'status.label.needs_acceleration': ['à accélérer', 'requiere aceleración', 'يحتاج إلى تسريع'],
      'status.label.improving': ['en progrès', 'mejorando', 'في تحسن'],
      'status.label.stalled': ['au point mort', 'estancado', 'متعثر'],
      'status.label.declining': ['en recul', 'en retroceso', 'في تراجع'],
      'status.label.insufficient_data': ['données insuffisantes', 'datos insuficientes', 'بيانات غير كافية'],
      'status.label.off_track': ['trop lent pour la {{deadline}}', 'demasiado lento para la {{deadline}}', 'أبطأ من اللازم لبلوغ {{deadline}}'],
      'qualifier.at_least': ['au moins', 'al menos', 'على الأقل'],
      'qualifier.at_most': ['au plus', 'como máximo', 'على الأكثر'],
      'qualifier.average': ['moyenne', 'promedio', 'متوسط'],
      'qualifier.approximate': ['environ', 'aproximadamente', 'تقريبًا'],
      'plan.name.LAP': ['plan d’action de lausanne', 'plan de acción de lausana', 'خطة عمل لوزان'],
      'series.measure.states-parties': ['états parties', 'estados partes', 'الدول الأطراف'],
    };
    for (const [key, expected] of Object.entries(terms)) expect(term(key), key).toEqual(expected);
    expect(catalogues.en.get('status.label.off_track')).toBe('Too slow for the {{deadline}}');
    // The documents' names inside longer texts, in French, Spanish and Arabic.
    const names: Record<string, [string, string, string]> = {
      'chart.noFigures': ['Document d’examen', 'Documento de Examen', 'وثيقة الاستعراض'],
      'series.chart.extension-requests': ['Assemblée des États parties', 'Reunión de los Estados Partes', 'اجتماع للدول الأطراف'],
    };
    for (const [key, [fr, es, ar]] of Object.entries(names)) {
      expect(catalogues.fr.get(key), key).toContain(fr);
      expect(catalogues.es.get(key), key).toContain(es);
      expect(catalogues.ar.get(key), key).toContain(ar);
    }
  });

  it('French puts a no-break space before « : ; ? ! » and inside guillemets', () => {
    for (const [key, text] of catalogues.fr) {
      const words = text.replace(/\{\{[^}]*\}\}/g, 'x');
      expect(words, key).not.toMatch(/[^\u00a0\u202f][:;?!]/);
      expect(words, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
    }
  });
});

/* ------------------------------------------------------------------ hard-coded strings */

const CLIENT_SRC = join(REPO_ROOT, 'client/src');
/** These features carry their own catalogues and their own checks. */
const EXCLUDED = ['features/workspace/', 'features/briefing/'];
/** Attributes a user reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'caption']);
const LETTER = /\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') && !/\.test\.tsx$/.test(entry.name) ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

/** file:line of every JSX text, text attribute or {'literal'} child with letters that does not come from t(). */
function findHardCodedStrings(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${fileName}:${line + 1}: ${node.getText(source).trim().slice(0, 80)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const value = init && ts.isJsxExpression(init) ? literalText(init.expression) : literalText(init);
      if (value !== null && LETTER.test(value)) report(node);
    }
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const value = literalText(node.expression);
      if (value !== null && LETTER.test(value)) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('hard-coded strings', () => {
  it('the check finds text, text attributes and literal children, and lets t() and symbols through', () => {
    const sample = [
      'export const A = () => <p title="Hello" aria-label={`Row ${1}`}>Loading…</p>;',
      "export const B = () => <p>{'Stalled'}</p>;",
      "export const C = ({ t }: { t: (k: string) => string }) => <p title={t('x')} placeholder={t('y')}>{t('z')} · 404 {' – '}</p>;",
    ].join('\n');
    expect(findHardCodedStrings('sample.tsx', sample)).toEqual([
      'sample.tsx:1: title="Hello"',
      'sample.tsx:1: aria-label={`Row ${1}`}',
      'sample.tsx:1: Loading…',
      "sample.tsx:2: {'Stalled'}",
    ]);
  });

  it('no public page shows a string that is not in the catalogues', () => {
    const files = sourceFiles(CLIENT_SRC).filter((file) => !EXCLUDED.some((part) => relative(CLIENT_SRC, file).startsWith(part)));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => findHardCodedStrings(relative(REPO_ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

/* ------------------------------------------------------------------ keys used in code */

/** Every key the public pages ask for with t('…') is in the English catalogue; a key built at runtime names a group that is. */
describe('keys used by the public pages', () => {
  it('exist in en.json', () => {
    const files = sourceFiles(CLIENT_SRC)
      .concat(readdirSync(join(CLIENT_SRC, 'lib'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(CLIENT_SRC, 'lib', f)))
      .filter((file) => !EXCLUDED.some((part) => relative(CLIENT_SRC, file).startsWith(part)));
    const groups = new Set<string>();
    for (const key of catalogues.en.keys()) {
      const parts = key.replace(PLURAL, '$1').split('.');
      for (let i = 1; i <= parts.length; i++) groups.add(parts.slice(0, i).join('.'));
    }
    const missing: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
          const [first] = node.arguments;
          if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
            if (!groups.has(first.text)) missing.push(`${relative(REPO_ROOT, file)}: ${first.text}`);
          } else if (first && ts.isTemplateExpression(first)) {
            const prefix = first.head.text.replace(/\.$/, '');
            if (!groups.has(prefix)) missing.push(`${relative(REPO_ROOT, file)}: ${first.head.text}…`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(missing).toEqual([]);
  });
});
