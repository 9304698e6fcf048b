// The briefing as a Word document: real headings (Word's navigation pane), tables, charts as images with their key,
// page numbers. Arabic (any right-to-left language) is right to left throughout: the section, every paragraph (w:bidi),
// tables (w:bidiVisual) and Arabic runs (w:rtl); English words and figures inside it are runs of their own, marked
// English and held left to right by LRM marks at both ends, so "6 من أصل 12 (50%)" keeps its numbers and brackets in
// order. Texts the API sent in English for want of a translation are marked English and labelled, as the web pages do.
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
  type ParagraphChild,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { fill, statusLabel, type BriefingTemplates } from '@ccm/shared/domain/briefing';
import { figureSentence } from '@ccm/shared/domain/figure-words';
import { RTL_LANGUAGES, type Language } from '@ccm/shared/i18n/languages';
import type { TextLanguage } from '@ccm/shared/schemas/api';
import type { Briefing, BriefingFigure, BriefingIndicator, BriefingMarker } from '@ccm/shared/schemas/briefing';
import { sanitiseDeep } from '@ccm/shared/domain/text';
import { chartKey, indicatorChartSvg, type ChartKeyEntry } from './chart-svg.ts';

export function chartPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'width', value: 1280 } }).render().asPng();
}

/** Arabic-script letters (and the Arabic presentation forms): strong right-to-left. */
const ARABIC = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LRM = '\u200e';
const OPENING = '([{“«‘';
const CLOSING = ')]}”»’';

/**
 * A right-to-left text cut into its runs: Arabic stretches, and left-to-right stretches (Latin words, figures, cycle
 * codes) from their first letter or digit to their last letter, digit or closing bracket, brackets kept only in pairs.
 */
export function bidiSegments(text: string): { text: string; ltr: boolean }[] {
  const segments: { text: string; ltr: boolean }[] = [];
  const push = (t: string, ltr: boolean) => {
    if (t === '') return;
    const last = segments.at(-1);
    if (last && last.ltr === ltr) last.text += t;
    else segments.push({ text: t, ltr });
  };
  for (const stretch of text.split(/([\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+(?:[\s\u00a0،؛؟:.,!'’-]+[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+)*)/)) {
    if (stretch === '') continue;
    if (ARABIC.test(stretch)) {
      push(stretch, false);
      continue;
    }
    let from = stretch.search(/[\p{L}\p{N}¶+−\-([{“«‘"]/u);
    if (from === -1) {
      push(stretch, false);
      continue;
    }
    let to = stretch.length;
    while (to > from && !/[\p{L}\p{N}%)\]}”»’".]/u.test(stretch[to - 1] ?? '')) to -= 1;
    // Brackets only in pairs: an unmatched opening bracket at the start or closing one at the end stays with the Arabic.
    for (;;) {
      const inner = stretch.slice(from, to);
      const depth = [...inner].reduce((d, c) => d + (OPENING.includes(c) ? 1 : CLOSING.includes(c) ? -1 : 0), 0);
      if (depth > 0 && OPENING.includes(inner[0] ?? '')) from += 1;
      else if (depth < 0 && CLOSING.includes(inner.at(-1) ?? '')) to -= 1;
      else break;
    }
    push(stretch.slice(0, from), false);
    push(stretch.slice(from, to), true);
    push(stretch.slice(to), false);
  }
  return segments;
}

/** The document's language tag for Word (spelling, hyphenation, and the script of right-to-left runs). */
const WORD_LANGUAGE: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar-SA' };

interface RunStyle {
  bold?: boolean;
  /** The text is English (untranslated, or English by nature: notes, quotes of the English Review Document). */
  english?: boolean;
}

export async function briefingDocx(stored: Briefing, t: BriefingTemplates): Promise<Buffer> {
  // Whatever was stored (even before the workspace refused such text), no control character reaches the XML or the chart SVG.
  const briefing = sanitiseDeep(stored);
  const lang = briefing.lang;
  const rtl = RTL_LANGUAGES.includes(lang as Language);
  const deadline = briefing.actionPlan.deadlineCycle;
  const english = { value: WORD_LANGUAGE.en ?? 'en-GB' };
  // "Label: text", with French typography's non-breaking space before the colon.
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const labelled = (label: string, text: string) => `${label}${colon}${text}`;
  const fallback = (i18n: TextLanguage | undefined, field: string) => lang !== 'en' && (i18n?.fallback.includes(field) ?? false);

  /** One text as runs: in a right-to-left document, Arabic runs right to left and each English or numeric stretch its own run. */
  const runs = (text: string, style: RunStyle = {}): TextRun[] => {
    // Bold only where asked: a heading keeps its style's weight.
    const bold = style.bold ? { bold: true, boldComplexScript: true } : {};
    if (!rtl) return [new TextRun({ text, ...bold, ...(style.english && lang !== 'en' ? { language: english } : {}) })];
    return bidiSegments(text).map((s) =>
      s.ltr ? new TextRun({ text: `${LRM}${s.text}${LRM}`, ...bold, language: english }) : new TextRun({ text: s.text, ...bold, rightToLeft: true }),
    );
  };
  /** The "in English" label after a text the API sent untranslated. */
  const inEnglish = (): TextRun[] => runs(` (${t['label.inEnglish']})`);
  type Part = string | { text: string; english?: boolean; fallback?: boolean };
  const children = (parts: Part[], bold = false): ParagraphChild[] =>
    parts.flatMap((part) =>
      typeof part === 'string' ? runs(part, { bold }) : [...runs(part.text, { bold, english: part.english ?? part.fallback ?? false }), ...(part.fallback ? inEnglish() : [])],
    );
  type Options = { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean; keepNext?: boolean; bullet?: boolean };
  const para = (parts: Part[], options: Options = {}) =>
    new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      ...(options.bullet ? { bullet: { level: 0 } } : {}),
      bidirectional: rtl,
      keepNext: options.keepNext ?? options.heading !== undefined,
      keepLines: true,
      children: children(parts, options.bold ?? false),
    });
  const p = (text: string, options: Options = {}) => para([text], options);

  // A marker in the document's language (its label and note as the briefing words them), the note itself in the English
  // of the source and marked so: "cycle déduit (“Nine (9)…”)".
  const markerParts = (m: BriefingMarker): Part[] => {
    const at = m.note === null ? -1 : m.text.indexOf(m.note);
    if (m.note === null || at === -1) return [m.text];
    return [m.text.slice(0, at), { text: m.note, english: true }, m.text.slice(at + m.note.length)].filter((x) => x !== '');
  };
  const join = (groups: Part[][], separator: string): Part[] => groups.flatMap((g, i) => (i === 0 ? g : [separator, ...g]));
  // The figures table's note: the markers first (under review, cycle inferred, each with its note), then any other
  // note (the English source's), then who the figure counts (as the indicator's publication level allows).
  const noteOf = (f: BriefingFigure | undefined, note: string | null): Part[] => {
    const markers = f?.markers ?? [];
    const noteShown = markers.some((m) => m.kind === 'cycle_inferred' && m.note !== null);
    return join([...markers.map(markerParts), ...(note !== null && !noteShown ? [[{ text: note, english: true }]] : []), ...(f?.counted ? [[f.counted]] : [])], ' · ');
  };
  /** A figure in words with its paragraph, then each marker in brackets. */
  const figureParts = (f: BriefingFigure): Part[] => [
    f.paragraph !== null ? `${f.words} (¶${f.paragraph})` : f.words,
    ...f.markers.flatMap((m) => [' [', ...markerParts(m), ']']),
  ];
  const cell = (parts: Part[] | Part, header = false) =>
    new TableCell({ children: [new Paragraph({ bidirectional: rtl, keepLines: true, children: children(Array.isArray(parts) ? parts : [parts], header) })] });
  // Twentieths of a point across the A4 text width (9026): the words and the note columns get the room.
  const COLUMNS = [1100, 1000, 2200, 1000, 850, 2876];
  const table = (head: string[], rows: (Part | Part[])[][]) =>
    new Table({
      width: { size: 9026, type: WidthType.DXA },
      columnWidths: COLUMNS,
      visuallyRightToLeft: rtl,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h) => cell([h], true)) }),
        // A row never splits across pages.
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
      ],
    });

  const keyText = (entry: ChartKeyEntry) => {
    switch (entry.kind) {
      case 'target':
        return fill(t['legend.target'], { deadline, value: entry.value });
      case 'population':
        return fill(t['legend.population'], { N: entry.value });
      case 'deadline':
        return fill(t['legend.deadline'], { deadline });
      default:
        return t[`legend.${entry.kind}`];
    }
  };

  const indicatorBlock = (b: BriefingIndicator) => {
    const i = b.indicator;
    const chart = chartPng(indicatorChartSvg(i, briefing.cyclesCovered, briefing.actionPlan.deadlineCycle));
    const title: Part = { text: i.title, fallback: fallback(i.i18n, 'title') };
    // Heading, status, figures, chart and caption hold together (keepNext), so a chart never leaves its heading.
    const keep = { keepNext: true };
    const blocks: (Paragraph | Table)[] = [
      para([`${fill(t['label.action'], { number: i.action })}${colon}`, title], { heading: HeadingLevel.HEADING_3 }),
      p(labelled(t['label.status'], i.status.reason), keep),
    ];
    if (i.override) {
      const computed = statusLabel(i.computedStatus ?? i.status.code, t, deadline);
      blocks.push(p(fill(t['label.override'], { status: statusLabel(i.override.code, t, deadline), justification: i.override.justification, computed }), keep));
    }
    if (b.latestFigure) blocks.push(para([`${t['label.latest']}${colon}`, ...figureParts(b.latestFigure)], keep));
    if (b.projection) blocks.push(p(labelled(t['label.projection'], b.projection), keep));
    if (b.sincePrevious) blocks.push(p(labelled(t['label.sincePrevious'], b.sincePrevious.sentence), keep));
    if (b.sinceBaseline) blocks.push(p(labelled(t['label.sinceBaseline'], b.sinceBaseline.sentence), keep));
    const reporting = briefing.cyclesCovered;
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        bidirectional: rtl,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: chart,
            transformation: { width: 560, height: 228 },
            altText: { name: i.id, title: fill(t['label.chart'], { title: i.title }), description: i.status.reason },
          }),
        ],
      }),
      p(labelled(t['label.legend'], chartKey(i).map(keyText).join(' · ')), keep),
      p(fill(t['label.chart'], { title: i.title }), keep),
      table(
        [t['col.cycle'], t['col.value'], t['col.words'], t['col.qualifier'], t['col.paragraph'], t['col.note']],
        i.observations.map((o, index) => [
          o.spanFrom ? `${o.spanFrom}–${o.cycle}` : o.cycle,
          o.value === null ? '—' : String(o.value),
          figureSentence(
            { ...o, denominator: o.denominator ?? i.denominator, paragraph: null, underReview: o.underReview !== null },
            { lang, t, unit: i.unit, reporting, fmt: (n) => new Intl.NumberFormat(lang).format(n) },
          ),
          t[`qualifier.${o.qualifier}`],
          o.source.paragraph === null ? o.source.document : `¶\u00a0${o.source.paragraph}`,
          noteOf(b.figures[index], o.note),
        ]),
      ),
      p(labelled(t['label.paragraphs'], b.paragraphs.map((n) => `¶ ${n}`).join(t['list.comma']))),
    );
    return blocks;
  };

  const g = briefing.generatedFrom;
  const updated = g.updatedAt ? fill(t['meta.updated'], { date: g.updatedAt.slice(0, 10) }) : fill(t['meta.asBundled'], { document: g.document });
  const pillarName: Part = { text: briefing.pillar.name, fallback: fallback(briefing.pillar.i18n, 'name') };
  const content: (Paragraph | Table)[] = [
    p(briefing.title, { heading: HeadingLevel.TITLE }),
    ...(pillarName.fallback ? [para([pillarName])] : []),
    p(fill(t['meta.subtitle'], { plan: briefing.actionPlan.title, cycles: `${briefing.cyclesCovered[0] ?? ''}–${briefing.cyclesCovered.at(-1) ?? ''}`, deadline: briefing.actionPlan.deadlineCycle })),
    p(fill(t['meta.source'], { document: g.document, version: g.dataVersion, updated })),
    p(t['section.headline'], { heading: HeadingLevel.HEADING_1 }),
    ...briefing.headline.map((s) => p(s)),
    p(t['section.flagged'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.flagged.length ? briefing.flagged.flatMap(indicatorBlock) : [p(t['label.none'])]),
    p(t['section.others'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.others.length ? briefing.others.flatMap(indicatorBlock) : [p(t['label.none'])]),
    p(t['section.noFigures'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.actionsWithoutFigures.length
      ? briefing.actionsWithoutFigures.flatMap((a) => [
          para([`${fill(t['label.action'], { number: a.number })}${colon}`, { text: a.title, fallback: fallback(a.i18n, 'title') }], { heading: HeadingLevel.HEADING_3 }),
          para([{ text: a.summary, fallback: fallback(a.i18n, 'summary') }]),
          p(labelled(t['label.paragraphs'], a.paragraphs.map((n) => `¶ ${n}`).join(t['list.comma']))),
        ])
      : [p(t['label.none'])]),
    p(t['section.conflicts'], { heading: HeadingLevel.HEADING_1 }),
    // Conflicts are the English source's own words: its descriptions and quotes are marked English.
    ...(briefing.conflicts.length
      ? briefing.conflicts.flatMap((c) => [
          para([{ text: c.description, english: true }], { bold: true, keepNext: true }),
          ...c.statements.map((s) => para([`¶ ${s.paragraph}${colon}`, { text: `${s.says} — “${s.quote}”`, english: true }])),
        ])
      : [p(t['label.none'])]),
    p(t['section.questions'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.talkingPoints.length ? briefing.talkingPoints.map((point) => p(point.text, { bullet: true })) : [p(t['label.none'])]),
    p(t['section.since'], { heading: HeadingLevel.HEADING_1 }),
    p(briefing.sinceLastMeeting.sentence),
    ...briefing.sinceLastMeeting.changes.map((c) =>
      p(
        c.kind === 'added'
          ? fill(t['since.added'], { title: c.indicatorTitle, value: c.value ?? '—', cycle: c.cycle, date: c.revisedAt.slice(0, 10) })
          : fill(t['since.revised'], { title: c.indicatorTitle, value: c.value ?? '—', previous: c.previousValue ?? '—', cycle: c.cycle, date: c.revisedAt.slice(0, 10) }),
      ),
    ),
  ];

  const wordLanguage = WORD_LANGUAGE[lang] ?? english.value;
  const doc = new Document({
    title: briefing.title,
    creator: 'LAP dashboard',
    description: fill(t['meta.source'], { document: g.document, version: g.dataVersion, updated: '' }),
    styles: {
      default: {
        document: {
          // Calibri has no Arabic: complex-script text (w:cs) is set in Arial, which has.
          run: { font: rtl ? { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial' } : 'Calibri', size: 22, language: rtl ? { value: english.value, bidirectional: wordLanguage } : { value: wordLanguage } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } }, // A4 in twentieths of a point
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                bidirectional: rtl,
                children: [new TextRun({ rightToLeft: rtl, children: [`${t['footer.page']} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: content,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return rtl ? rightToLeftSection(buffer) : buffer;
}

/** Marks the section right to left (w:bidi in w:sectPr, before w:docGrid as the schema orders it): docx has no option for it. */
async function rightToLeftSection(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) return buffer;
  const xml = await file.async('string');
  const patched = xml.replace(/(<w:sectPr\b[^>]*>[\s\S]*?)(<w:docGrid\b|<\/w:sectPr>)/g, (_m, before: string, next: string) => `${before}<w:bidi/>${next}`);
  zip.file('word/document.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
