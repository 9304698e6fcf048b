// The briefing as a Word document: real headings (Word's navigation pane), tables, charts as images, page numbers.
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
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
import { fill, statusLabel, type BriefingTemplates } from '@ccm/shared/domain/briefing';
import type { Briefing, BriefingFigure, BriefingIndicator } from '@ccm/shared/schemas/briefing';
import { sanitiseDeep } from '@ccm/shared/domain/text';
import { indicatorChartSvg } from './chart-svg.ts';

export function chartPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'width', value: 1280 } }).render().asPng();
}

export async function briefingDocx(stored: Briefing, t: BriefingTemplates): Promise<Buffer> {
  // Whatever was stored (even before the workspace refused such text), no control character reaches the XML or the chart SVG.
  const briefing = sanitiseDeep(stored);
  const rtl = briefing.lang === 'ar';
  const deadline = briefing.actionPlan.deadlineCycle;
  // "Label: text", with French typography's non-breaking space before the colon.
  const labelled = (label: string, text: string) => `${label}${briefing.lang === 'fr' ? '\u00a0' : ''}: ${text}`;
  // The figures table's note: the markers first (under review, cycle inferred, each with its note), then any other
  // note, then who the figure counts (as the indicator's publication level allows).
  const noteOf = (f: BriefingFigure | undefined, note: string | null) => {
    const markers = f?.markers ?? [];
    const noteShown = markers.some((m) => m.kind === 'cycle_inferred' && m.note !== null);
    return [...markers.map((m) => m.text), ...(note !== null && !noteShown ? [note] : []), ...(f?.counted ? [f.counted] : [])].join(' · ');
  };
  const p = (text: string, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {}) =>
    new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      bidirectional: rtl,
      children: [new TextRun({ text, bold: options.bold ?? false, rightToLeft: rtl })],
    });
  const cell = (text: string, header = false) =>
    new TableCell({ children: [new Paragraph({ bidirectional: rtl, children: [new TextRun({ text, bold: header, rightToLeft: rtl })] })] });
  // Twentieths of a point across the A4 text width (9026): the note column gets the room.
  const COLUMNS = [1150, 850, 1350, 1150, 1000, 3526];
  const table = (head: string[], rows: string[][]) =>
    new Table({
      width: { size: 9026, type: WidthType.DXA },
      columnWidths: COLUMNS,
      visuallyRightToLeft: rtl,
      rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
    });

  const share = (value: number | null, of: number | null) => (value !== null && of !== null && of > 0 ? `${value} / ${of} (${Math.round((value / of) * 100)}%)` : '');

  const indicatorBlock = (b: BriefingIndicator) => {
    const i = b.indicator;
    const chart = chartPng(indicatorChartSvg(i, briefing.cyclesCovered, briefing.actionPlan.deadlineCycle));
    const blocks: (Paragraph | Table)[] = [
      p(labelled(fill(t['label.action'], { number: i.action }), i.title), { heading: HeadingLevel.HEADING_3 }),
      p(labelled(t['label.status'], i.status.reason)),
    ];
    if (i.override) blocks.push(p(fill(t['label.override'], { status: statusLabel(i.override.code, t, deadline), justification: i.override.justification })));
    if (b.latest) blocks.push(p(labelled(t['label.latest'], b.latest)));
    if (b.projection) blocks.push(p(labelled(t['label.projection'], b.projection)));
    if (b.sincePrevious) blocks.push(p(labelled(t['label.sincePrevious'], b.sincePrevious.sentence)));
    if (b.sinceBaseline) blocks.push(p(labelled(t['label.sinceBaseline'], b.sinceBaseline.sentence)));
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
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
      p(fill(t['label.chart'], { title: i.title })),
      table(
        [t['col.cycle'], t['col.value'], t['col.share'], t['col.qualifier'], t['col.paragraph'], t['col.note']],
        i.observations.map((o, index) => [
          o.spanFrom ? `${o.spanFrom}–${o.cycle}` : o.cycle,
          o.value === null ? '—' : String(o.value),
          share(o.value, o.denominator ?? i.denominator),
          t[`qualifier.${o.qualifier}`],
          o.source.paragraph === null ? o.source.document : `¶ ${o.source.paragraph}`,
          noteOf(b.figures[index], o.note),
        ]),
      ),
      p(labelled(t['label.paragraphs'], b.paragraphs.map((n) => `¶ ${n}`).join(t['list.comma']))),
    );
    return blocks;
  };

  const g = briefing.generatedFrom;
  const children: (Paragraph | Table)[] = [
    p(briefing.title, { heading: HeadingLevel.TITLE }),
    p(fill(t['meta.subtitle'], { plan: briefing.actionPlan.title, cycles: `${briefing.cyclesCovered[0] ?? ''}–${briefing.cyclesCovered.at(-1) ?? ''}`, deadline: briefing.actionPlan.deadlineCycle })),
    p(fill(t['meta.source'], { document: g.document, version: g.dataVersion, updated: g.updatedAt ? fill(t['meta.updated'], { date: g.updatedAt.slice(0, 10) }) : '' })),
    p(t['section.headline'], { heading: HeadingLevel.HEADING_1 }),
    ...briefing.headline.map((s) => p(s)),
    p(t['section.flagged'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.flagged.length ? briefing.flagged.flatMap(indicatorBlock) : [p(t['label.none'])]),
    p(t['section.others'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.others.length ? briefing.others.flatMap(indicatorBlock) : [p(t['label.none'])]),
    p(t['section.noFigures'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.actionsWithoutFigures.length
      ? briefing.actionsWithoutFigures.flatMap((a) => [
          p(labelled(fill(t['label.action'], { number: a.number }), a.title), { heading: HeadingLevel.HEADING_3 }),
          p(a.summary),
          p(labelled(t['label.paragraphs'], a.paragraphs.map((n) => `¶ ${n}`).join(t['list.comma']))),
        ])
      : [p(t['label.none'])]),
    p(t['section.conflicts'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.conflicts.length
      ? briefing.conflicts.flatMap((c) => [p(c.description, { bold: true }), ...c.statements.map((s) => p(`¶ ${s.paragraph}: ${s.says} — “${s.quote}”`))])
      : [p(t['label.none'])]),
    p(t['section.questions'], { heading: HeadingLevel.HEADING_1 }),
    ...(briefing.questions.length ? briefing.questions.map((q) => new Paragraph({ bullet: { level: 0 }, bidirectional: rtl, children: [new TextRun({ text: q, rightToLeft: rtl })] })) : [p(t['label.none'])]),
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

  const doc = new Document({
    title: briefing.title,
    creator: 'LAP dashboard',
    description: fill(t['meta.source'], { document: g.document, version: g.dataVersion, updated: '' }),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } }, // A4 in twentieths of a point
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${t['footer.page']} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
