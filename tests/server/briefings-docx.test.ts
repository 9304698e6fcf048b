// The Word briefings read as a Coordinator's Word (or LibreOffice) would: the document XML itself, then each language's
// file converted to PDF by LibreOffice and read back with pdftotext. Right to left in Arabic (section, paragraphs, tables,
// runs), English words and figures in runs of their own, bounds in words, every conflict that concerns the pillar, a key
// under every chart, rows that never split and charts that stay with their heading, French spaces before colons.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { BRIEFING_TEMPLATES_BY_LANG } from '../../shared/src/i18n/briefing-templates.ts';
import { LANGUAGES, type Language } from '../../shared/src/i18n/languages.ts';
import { ActionsResponseSchema, ConflictsResponseSchema, IndicatorsResponseSchema, type Indicator } from '../../shared/src/schemas/api.ts';
import { BriefingResponseSchema, type Briefing, type BriefingIndicator } from '../../shared/src/schemas/briefing.ts';
import { chartKey, indicatorChartSvg, integerTicks } from '../../server/src/modules/briefings/chart-svg.ts';
import { buildTestApp } from '../helpers/app.ts';

const PILLARS = ['victim-assistance', 'survey-and-clearance'] as const;
type PillarSlug = (typeof PILLARS)[number];

let app: FastifyInstance;
const briefings = new Map<string, Briefing>();
const documents = new Map<string, { xml: string; styles: string; buffer: Buffer }>();
const key = (pillar: PillarSlug, lang: Language) => `${pillar}:${lang}`;

beforeAll(async () => {
  ({ app } = await buildTestApp());
  for (const pillar of PILLARS) {
    for (const lang of LANGUAGES) {
      const json = await app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}?lang=${lang}` });
      expect(json.statusCode).toBe(200);
      briefings.set(key(pillar, lang), BriefingResponseSchema.parse(json.json()).data);
      const res = await app.inject({ method: 'GET', url: `/api/v1/action-plans/lap/briefings/${pillar}.docx?lang=${lang}` });
      expect(res.statusCode).toBe(200);
      const zip = await JSZip.loadAsync(res.rawPayload);
      documents.set(key(pillar, lang), {
        xml: (await zip.file('word/document.xml')?.async('string')) ?? '',
        styles: (await zip.file('word/styles.xml')?.async('string')) ?? '',
        buffer: res.rawPayload,
      });
    }
  }
}, 120_000);
afterAll(async () => {
  await app.close();
});

const briefing = (pillar: PillarSlug, lang: Language) => briefings.get(key(pillar, lang)) as Briefing;
const documentOf = (pillar: PillarSlug, lang: Language) => documents.get(key(pillar, lang)) as { xml: string; styles: string; buffer: Buffer };
const itemsOf = (b: Briefing): BriefingIndicator[] => [...b.flagged, ...b.others];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const LRM = '\u200e';
const ARABIC = /[\u0600-\u06ff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

interface Run {
  props: string;
  text: string;
}
interface Para {
  props: string;
  runs: Run[];
  text: string;
  xml: string;
}

/** The body's paragraphs (table cells' included), each with its properties and runs. */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([whole, inner = '']) => {
    const props = /^<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs = [...inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r = '']) => ({
      props: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r)?.[1] ?? '',
      text: decode([...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')),
    }));
    return { props, runs, text: runs.map((r) => r.text).join(''), xml: whole };
  });
}
const textOf = (xml: string) => paragraphs(xml).map((p) => p.text.replaceAll(LRM, '')).join('\n');

describe('the Arabic Word briefing reads right to left', () => {
  it('marks the section, every paragraph and every table right to left, and the document Arabic', () => {
    for (const pillar of PILLARS) {
      const { xml, styles } = documentOf(pillar, 'ar');
      expect(xml).toMatch(/<w:sectPr>[\s\S]*<w:bidi\/>[\s\S]*<\/w:sectPr>/);
      for (const p of paragraphs(xml)) expect(p.props, p.text).toContain('<w:bidi/>');
      const tables = [...xml.matchAll(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/g)];
      expect(tables.length).toBeGreaterThan(0);
      for (const [, props] of tables) expect(props).toContain('<w:bidiVisual/>');
      expect(styles).toContain('w:bidi="ar-SA"');
    }
  });

  it('puts Arabic in right-to-left runs and every English or numeric stretch in a run of its own, marked English and held by LRM marks', () => {
    const { xml } = documentOf('victim-assistance', 'ar');
    const runs = paragraphs(xml).flatMap((p) => p.runs).filter((r) => r.text !== '');
    expect(runs.some((r) => ARABIC.test(r.text))).toBe(true);
    for (const run of runs) {
      const arabic = ARABIC.test(run.text);
      const latin = LATIN_OR_DIGIT.test(run.text);
      expect(arabic && latin, `mixed run: ${run.text}`).toBe(false);
      if (arabic) expect(run.props, run.text).toContain('<w:rtl/>');
      if (latin) {
        expect(run.props, run.text).not.toContain('<w:rtl/>');
        expect(run.props, run.text).toContain('w:lang w:val="en-GB"');
        expect(run.text.startsWith(LRM) && run.text.endsWith(LRM), run.text).toBe(true);
      }
    }
    // "6 من أصل 12 (50%)": the population and its percentage are one left-to-right run, so no bracket or number moves.
    const texts = new Set(runs.map((r) => r.text.replaceAll(LRM, '')));
    const shares = itemsOf(briefing('victim-assistance', 'ar')).flatMap((b) =>
      b.indicator.observations.filter((o) => o.spanFrom === null && o.qualifier === 'exact' && o.value !== null && o.denominator !== null && o.value !== o.denominator),
    );
    expect(shares.length).toBeGreaterThan(0);
    for (const o of shares) expect(texts, `${o.value} / ${o.denominator}`).toContain(`${o.denominator} (${Math.round(((o.value ?? 0) / (o.denominator ?? 1)) * 100)}%)`);
  });

  it('marks every text the API sent in English as English, with the Arabic label "in English" after it, as the web pages do', () => {
    const b = briefing('victim-assistance', 'ar');
    const inEnglish = BRIEFING_TEMPLATES_BY_LANG.ar['label.inEnglish'];
    const fallbackTitles = itemsOf(b).filter((i) => i.indicator.i18n.fallback.includes('title'));
    expect(fallbackTitles.length).toBeGreaterThan(0);
    const paras = paragraphs(documentOf('victim-assistance', 'ar').xml);
    for (const { indicator } of fallbackTitles) {
      const heading = paras.find((p) => p.props.includes('Heading3') && p.text.replaceAll(LRM, '').includes(indicator.title));
      expect(heading, indicator.id).toBeDefined();
      const at = heading?.runs.findIndex((r) => r.text.replaceAll(LRM, '') === indicator.title) ?? -1;
      expect(heading?.runs[at]?.props).toContain('w:lang w:val="en-GB"');
      expect(heading?.runs[at + 1]?.text).toContain(inEnglish);
    }
  });
});

describe('the Word briefing, in every language', () => {
  it('gives bounded and whole-period figures in words ("at least 8 of 10 … over the review period"), next to the latest figure and in the table', () => {
    for (const lang of LANGUAGES) {
      const b = briefing('survey-and-clearance', lang);
      const text = textOf(documentOf('survey-and-clearance', lang).xml);
      const bounds = itemsOf(b).flatMap((i) => i.figures.filter((f) => f.qualifier === 'at_least' || f.qualifier === 'at_most'));
      expect(bounds.length, lang).toBeGreaterThan(0);
      for (const f of bounds) expect(text, `${lang}: ${f.words}`).toContain(f.words);
      const atLeast = itemsOf(b).flatMap((i) => i.figures.filter((f) => f.qualifier === 'at_least'));
      for (const f of atLeast) expect(f.words).toContain({ en: 'at least', fr: 'au moins', es: 'al menos', ar: 'على الأقل' }[lang]);
      // The latest figure of an indicator with only a period figure is that figure in words, never "no figure".
      for (const i of itemsOf(b)) if (i.latest) expect(text).toContain(i.latest);
    }
  });

  it('lists a conflict filed under another pillar’s action when it concerns one of the pillar’s indicators (Action 5 → Action 36)', async () => {
    const actions = ActionsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/action-plans/lap/actions' })).json()).data;
    const indicators = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    const conflicts = ConflictsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/conflicts' })).json()).data;
    const pillarOfAction = new Map(actions.map((a) => [a.number, a.pillar]));
    const pillarOf = new Map(indicators.map((i) => [i.id, i.pillar]));
    const elsewhere = conflicts.filter(
      (c) => c.action !== null && pillarOfAction.get(c.action) !== 'victim-assistance' && c.indicators.some((id) => pillarOf.get(id) === 'victim-assistance'),
    );
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.some((c) => c.action === 5 && c.indicators.some((id) => indicators.find((i) => i.id === id)?.action === 36))).toBe(true);
    for (const lang of LANGUAGES) {
      const text = textOf(documentOf('victim-assistance', lang).xml);
      for (const c of elsewhere) {
        expect(briefing('victim-assistance', lang).conflicts.map((x) => x.id)).toContain(c.id);
        expect(text, `${lang}: ${c.id}`).toContain(c.description);
        for (const s of c.statements) expect(text).toContain(s.quote);
      }
    }
  });

  it('prints a key under every chart, naming the marks it uses', () => {
    for (const pillar of PILLARS) {
      for (const lang of LANGUAGES) {
        const t = BRIEFING_TEMPLATES_BY_LANG[lang];
        const paras = paragraphs(documentOf(pillar, lang).xml);
        const charts = paras.filter((p) => p.xml.includes('<w:drawing>'));
        const keys = paras.filter((p) => p.text.replaceAll(LRM, '').startsWith(t['label.legend']));
        expect(charts.length).toBe(itemsOf(briefing(pillar, lang)).length);
        expect(keys.length, `${pillar} ${lang}`).toBe(charts.length);
        for (const [index, item] of itemsOf(briefing(pillar, lang)).entries()) {
          const text = keys[index]?.text.replaceAll(LRM, '') ?? '';
          if (item.indicator.observations.some((o) => o.qualifier === 'at_least')) expect(text).toContain(t['legend.at_least']);
          if (item.indicator.observations.some((o) => o.cycleInferred)) expect(text).toContain(t['legend.inferred']);
          if (item.indicator.observations.some((o) => o.underReview !== null)) expect(text).toContain(t['legend.underReview']);
        }
      }
    }
  });

  it('keeps every table row on one page, and each chart with its heading', () => {
    for (const pillar of PILLARS) {
      const { xml } = documentOf(pillar, 'en');
      const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)];
      expect(rows.length).toBeGreaterThan(0);
      for (const [, row] of rows) expect(row).toMatch(/<w:trPr>[\s\S]*<w:cantSplit\/>/);
      // From each indicator's heading to its chart, every paragraph keeps with the next; so do the key and caption after it.
      const paras = paragraphs(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''));
      let charts = 0;
      for (const [at, p] of paras.entries()) {
        if (!p.xml.includes('<w:drawing>')) continue;
        charts += 1;
        let from = at;
        while (from > 0 && !paras[from]?.props.includes('Heading3')) from -= 1;
        expect(paras[from]?.props).toContain('Heading3');
        for (const q of paras.slice(from, at + 3)) expect(q.props, q.text).toContain('<w:keepNext/>');
      }
      expect(charts).toBe(itemsOf(briefing(pillar, 'en')).length);
    }
  });

  it('French text puts a non-breaking space before every colon (English quotes and notes keep English typography)', () => {
    const paras = paragraphs(documentOf('victim-assistance', 'fr').xml);
    const french = paras.flatMap((p) => p.runs).filter((r) => !r.props.includes('w:lang w:val="en-GB"'));
    expect(french.some((r) => r.text.includes('\u00a0:'))).toBe(true);
    for (const run of french) expect(run.text, run.text).not.toMatch(/[^\u00a0]:(\s|$)/);
    // The conflicts' English descriptions and quotes are marked English.
    const c = briefing('victim-assistance', 'fr').conflicts[0];
    expect(c).toBeDefined();
    expect(paras.flatMap((p) => p.runs).find((r) => r.text === c?.description)?.props).toContain('w:lang w:val="en-GB"');
  });
});

describe('the Word charts', () => {
  it('count in whole numbers, and draw the population apart from the target; "fewer is better" has no population line', async () => {
    expect(integerTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    const indicators: Indicator[] = IndicatorsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/indicators' })).json()).data;
    const plan = briefing('victim-assistance', 'en').actionPlan;
    for (const i of indicators) {
      const svg = indicatorChartSvg(i, plan.cycles, plan.deadlineCycle);
      const ticks = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1] ?? '');
      expect(ticks.length, i.id).toBeGreaterThan(1);
      for (const tick of ticks) expect(tick, i.id).toMatch(/^\d+$/);
      const entries = chartKey(i);
      const population = entries.find((e) => e.kind === 'population');
      const target = entries.find((e) => e.kind === 'target');
      if (i.direction === 'decrease') expect(population, i.id).toBeUndefined();
      if (population && target && population.kind === 'population' && target.kind === 'target') expect(population.value).not.toBe(target.value);
    }
    expect(indicators.some((i) => i.direction === 'decrease')).toBe(true);
  });
});

describe('LibreOffice opens every language’s Word briefing', () => {
  it('converts each to PDF, and the PDF holds the headline, every flagged title and "at least" where a bound applies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
    try {
      const files: string[] = [];
      for (const pillar of PILLARS) {
        for (const lang of LANGUAGES) {
          const file = join(dir, `${pillar}-${lang}.docx`);
          writeFileSync(file, documentOf(pillar, lang).buffer);
          files.push(file);
        }
      }
      // Its own profile, so parallel runs do not share (or lock) one; all files in one start of LibreOffice.
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 90_000 });
      // pdftotext wraps lines and, for Arabic, marks direction and splits ligatures: compare on words without marks.
      const plain = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
      // Arabic: letters only, lam and alef forms left out (pdftotext gives لأ as أل), per word.
      const skeleton = (s: string) => plain(s).replace(/\p{Mn}/gu, '').replace(/[\u0622\u0623\u0625\u0627\u0644]/g, '');
      for (const pillar of PILLARS) {
        for (const lang of LANGUAGES) {
          const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, `${pillar}-${lang}.pdf`), '-'], { encoding: 'utf8' });
          const b = briefing(pillar, lang);
          const text = plain(pdf);
          const bounded = itemsOf(b).some((i) => i.figures.some((f) => f.qualifier === 'at_least'));
          if (lang === 'ar') {
            // Arabic: pdftotext may join or split words around direction changes, so each word is looked for in the
            // text without spaces, as its letters less lam and alef (pdftotext gives لأ as أل).
            const all = skeleton(pdf).replace(/\s/g, '');
            const wordsOf = (s: string) => skeleton(s).split(/[\s().,:؛،[\]]+/).filter((w) => w.length > 2);
            for (const sentence of b.headline) for (const w of wordsOf(sentence)) expect(all.includes(w), `${pillar} ar headline: ${w}`).toBe(true);
            for (const f of b.flagged) for (const w of wordsOf(f.indicator.title)) expect(all.includes(w), `${pillar} ar title: ${w}`).toBe(true);
            if (bounded) expect(all).toContain(skeleton('على الأقل').replace(/\s/g, ''));
          } else {
            for (const sentence of b.headline) expect(text, `${pillar} ${lang}`).toContain(plain(sentence));
            for (const f of b.flagged) expect(text, `${pillar} ${lang}`).toContain(plain(f.indicator.title));
            if (bounded) expect(text).toContain({ en: 'at least', fr: 'au moins', es: 'al menos' }[lang]);
          }
          expect(b.flagged.length + (bounded ? 1 : 0), `${pillar}: nothing to look for`).toBeGreaterThan(0);
        }
      }
      expect(readFileSync(join(dir, 'victim-assistance-ar.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
