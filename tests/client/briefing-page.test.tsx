// The Coordinators' briefing page: what a Coordinator reads (summary, flagged first, talking points, actions in words), and
// how the page asks for it (the interface language, a 404 for an unknown pillar, Retry after a failure).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderClient } from '../helpers/client-render.tsx';
import { actionPlan, conflict, indicator, observation, pillar } from '../helpers/client-fixtures.ts';
import { BriefingPage } from '../../client/src/features/briefing/components/briefing-page.tsx';
import { BriefingView } from '../../client/src/features/briefing/components/briefing-view.tsx';
import { briefingDownloads } from '../../client/src/features/briefing/utils/briefing-links.ts';
import { buildBriefing } from '@ccm/shared/domain/briefing';
import { classifyIndicator } from '@ccm/shared/domain/classify';
import type { Action, Indicator, Observation } from '@ccm/shared/schemas/api';
import type { Briefing, BriefingRecentChange } from '@ccm/shared/schemas/briefing';

const CYCLES = ['10MSP', '11MSP', '12MSP', '13MSP'].map((code, ordinal) => ({ code, ordinal }));
const PLAN = actionPlan({ adoptedAt: '2RC', startYear: 2022 });
const PILLAR = pillar({ actionFrom: 27, actionTo: 30, indicatorCount: 0 });

const obs = (cycle: string, value: number): Observation => observation({ cycle, value, denominator: 10, source: { document: 'Doc', paragraph: 120 } });

function classified(id: string, action: number, title: string, observations: Observation[]): Indicator {
  const status = classifyIndicator({ direction: 'increase', denominator: 10, observations, cycles: CYCLES, deadlineCycle: { code: '3RC', ordinal: 4 } });
  return indicator({ id, action, actionTitle: '', title, target: status.inputs.target, observations, status });
}

function action(number: number, indicators: string[], title = `Action ${number} title`): Action {
  return {
    number,
    actionPlan: 'LAP',
    pillar: 'risk-education',
    secondaryPillars: [],
    title,
    summary: `What the review document says about action ${number}.`,
    paragraphs: [120 + number],
    document: 'Doc',
    indicators,
    i18n: { lang: 'en', fallback: [] },
  };
}

const INDICATORS = {
  achieved: classified('re-achieved', 27, 'Curricula include risk education', [obs('10MSP', 8), obs('13MSP', 10)]),
  stalled: classified('re-stalled', 28, 'Risk education reaches affected communities', [obs('11MSP', 6), obs('12MSP', 6), obs('13MSP', 6)]),
  accelerate: classified('re-accelerate', 29, 'Risk education is tailored to age and gender', [obs('10MSP', 0), obs('13MSP', 7)]),
};

const CONFLICT = conflict({
  id: 're-conflict',
  indicators: ['re-stalled'],
  action: 28,
  description: 'Paragraph 121 and paragraph 125 give different counts.',
  statements: [
    { paragraph: 121, says: 'Six States Parties in 13MSP.', quote: 'six (6)' },
    { paragraph: 125, says: 'Seven States Parties in 13MSP.', quote: 'seven (7)' },
  ],
});

const RECENT_CHANGE: BriefingRecentChange = {
  indicatorId: 're-stalled',
  indicatorTitle: 'Risk education reaches affected communities',
  cycle: '13MSP',
  value: 6,
  previousValue: 5,
  revisedAt: '2026-03-02T10:00:00.000Z',
  kind: 'revised',
};

/** Three indicators (one stalled, so flagged), one action without figures, one conflict, one revision since 13MSP. */
function riskEducationBriefing(): Briefing {
  const { achieved, stalled, accelerate } = INDICATORS;
  return buildBriefing({
    pillar: PILLAR,
    actionPlan: PLAN,
    actions: [action(27, [achieved.id]), action(28, [stalled.id]), action(29, [accelerate.id]), action(30, [], 'Risk education in emergencies')],
    indicators: [achieved, stalled, accelerate],
    conflicts: [CONFLICT],
    recentChanges: [RECENT_CHANGE],
    lastPublishedCycle: '13MSP',
    dataVersion: 3,
    updatedAt: '2026-03-02T10:00:00.000Z',
    document: 'Draft Review Document 2021-2025 v1.0',
    lang: 'en',
  });
}

/** A pillar whose actions have no figures at all: no charts to draw. */
function wordsOnlyBriefing(): Briefing {
  return buildBriefing({
    pillar: PILLAR,
    actionPlan: PLAN,
    actions: [action(27, []), action(28, [])],
    indicators: [],
    conflicts: [],
    recentChanges: [],
    lastPublishedCycle: '13MSP',
    dataVersion: 1,
    updatedAt: null,
    document: 'Draft Review Document 2021-2025 v1.0',
    lang: 'en',
  });
}

function renderView(briefing: Briefing = riskEducationBriefing()) {
  renderClient(<BriefingView briefing={briefing} downloads={briefingDownloads(briefing.actionPlan.code, briefing.pillar.slug, 'en')} chartWidth={480} />);
  return briefing;
}

const region = (name: string) => screen.getByRole('region', { name });
const texts = (elements: HTMLElement[]) => elements.map((e) => e.textContent);
/** The value beside a term of a description list (<dt>term</dt><dd>value</dd>). */
const definition = (term: string, scope: Pick<typeof screen, 'getByText'> = screen) => scope.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('BriefingView', () => {
  it('opens with the title, the plan, the cycles covered, the deadline and the headline sentences', () => {
    const briefing = renderView();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Briefing: Risk Education');
    expect(definition('Action plan')).toHaveTextContent('Lausanne Action Plan');
    expect(definition('Actions')).toHaveTextContent('27–30');
    expect(definition('Reporting cycles covered')).toHaveTextContent('10MSP, 11MSP, 12MSP, 13MSP');
    expect(definition('Deadline')).toHaveTextContent('3RC');
    expect(definition('Data last changed')).toHaveTextContent('March 2, 2026');
    const summary = within(region('Summary'));
    expect(texts(summary.getAllByRole('listitem'))).toEqual(briefing.headline);
    expect(summary.getByText('Of the 3 Risk Education indicators with figures, 1 stalled, 1 needs acceleration and 1 achieved.')).toBeInTheDocument();
    expect(summary.getByText('1 flagged: Risk education reaches affected communities (Action 28).')).toBeInTheDocument();
  });

  it('lists the flagged indicators first, each with its figures, reason, paragraphs and chart, then the others', () => {
    const briefing = renderView();
    const flagged = region('Flagged indicators');
    const others = region('Other indicators');
    expect(flagged.compareDocumentPosition(others) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(texts(within(flagged).getAllByRole('heading', { level: 3 }))).toEqual(['Risk education reaches affected communities']);
    expect(texts(within(others).getAllByRole('heading', { level: 3 }))).toEqual([
      'Risk education is tailored to age and gender',
      'Curricula include risk education',
    ]);
    // Every indicator heading on the page: the flagged one comes first.
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Risk education reaches affected communities');

    const [stalled] = briefing.flagged;
    const item = within(flagged);
    expect(item.getByText('Stalled')).toBeInTheDocument();
    expect(definition('Latest figure', item)).toHaveTextContent('6 of 10 (60%) in 13MSP');
    expect(definition('Since the previous cycle', item)).toHaveTextContent('From 6 to 6 of 10 between 12MSP and 13MSP (0 States Parties, 0 percentage points).');
    expect(definition('Since the baseline', item)).toHaveTextContent('From 6 to 6 of 10 between 11MSP and 13MSP (0 States Parties, 0 percentage points).');
    expect(definition('Why this status', item)).toHaveTextContent(stalled?.indicator.status.reason ?? 'missing reason');
    expect(definition('Paragraphs', item)).toHaveTextContent('¶ 120');
    expect(item.getByRole('figure', { name: 'Chart of Risk education reaches affected communities by reporting cycle' })).toBeInTheDocument();
    expect(item.getByRole('table', { name: 'Figures: Risk education reaches affected communities' })).toBeInTheDocument();
    expect(within(others).getAllByRole('figure')).toHaveLength(2);
  });

  it('says where the pace leads, and which figures to read with care (under review, cycle inferred)', () => {
    const marked = classified('re-marked', 29, 'Risk education is tailored to age and gender', [
      obs('10MSP', 0),
      { ...obs('12MSP', 4), cycleInferred: true, note: 'Given for the review period; placed in 12MSP.' },
      { ...obs('13MSP', 7), underReview: { note: 'ISU IS COLLATING FURTHER INFO', paragraph: 121 } },
    ]);
    const { achieved, stalled } = INDICATORS;
    const briefing = buildBriefing({
      pillar: PILLAR,
      actionPlan: PLAN,
      actions: [action(27, [achieved.id]), action(28, [stalled.id]), action(29, [marked.id])],
      indicators: [achieved, stalled, marked],
      conflicts: [],
      recentChanges: [],
      lastPublishedCycle: '13MSP',
      dataVersion: 3,
      updatedAt: null,
      document: 'Draft Review Document 2021-2025 v1.0',
      lang: 'en',
    });
    renderView(briefing);
    const article = screen.getByRole('article', { name: 'Risk education is tailored to age and gender' });
    const item = within(article);
    const entry = [...briefing.flagged, ...briefing.others].find((i) => i.indicator.id === 're-marked');
    expect(entry).toBeDefined();
    if (entry?.projection) expect(definition('Where the pace leads', item)).toHaveTextContent(entry.projection);
    const care = definition('Figures to read with care', item) as HTMLElement;
    expect(care).toHaveTextContent(/13MSP: under review by the ISU/);
    expect(care).toHaveTextContent(/12MSP: cycle inferred/);
    // The chart's own table marks the same figures in words.
    const table = item.getByRole('table', { name: /Figures:/ });
    expect(within(table).getByText('Under review by the ISU')).toBeInTheDocument();
    expect(within(table).getByText('Cycle inferred')).toBeInTheDocument();
  });

  it('lists the actions without figures with their summaries and paragraphs', () => {
    renderView();
    const section = within(region('Actions without figures'));
    expect(section.getByRole('heading', { level: 3, name: 'Action 30: Risk education in emergencies' })).toBeInTheDocument();
    expect(section.getByText('What the review document says about action 30.')).toBeInTheDocument();
    expect(section.getByText('¶ 150')).toBeInTheDocument();
    expect(section.queryByRole('figure')).toBeNull();
  });

  it('gives the talking points for the meeting in order, one per flagged or changed indicator, the conflict’s last', () => {
    const briefing = renderView();
    const points = within(region('Talking points for the meeting')).getAllByRole('listitem');
    expect(texts(points)).toEqual(briefing.talkingPoints.map((p) => p.text));
    expect(points[0]).toHaveTextContent(/^“Risk education reaches affected communities” /);
    expect(new Set(texts(points)).size).toBe(points.length);
    expect(points.at(-1)).toHaveTextContent('The Review Document must settle which figure it keeps: Paragraph 121 and paragraph 125 give different counts.');
  });

  it('shows each conflict with its statements and paragraphs, and what changed since the last MSP', () => {
    renderView();
    const conflicts = within(region('Data conflicts in the source'));
    expect(conflicts.getByText('Paragraph 121 and paragraph 125 give different counts.')).toBeInTheDocument();
    expect(texts(conflicts.getAllByText(/^¶ \d+$/))).toEqual(['¶ 121', '¶ 125']);
    const since = within(region('What changed since the last MSP'));
    expect(since.getByText('1 figure(s) of this pillar were added or revised since 13MSP was published.')).toBeInTheDocument();
    expect(since.getByRole('listitem')).toHaveTextContent('Risk education reaches affected communities 13MSP: revised on March 2, 2026, was 5, now 6.');
  });

  it('keeps the headings in order: one h1, then an h2 per section', () => {
    renderView();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(texts(screen.getAllByRole('heading', { level: 2 }))).toEqual([
      'Summary',
      'Flagged indicators',
      'Other indicators',
      'Actions without figures',
      'Data conflicts in the source',
      'Talking points for the meeting',
      'What changed since the last MSP',
    ]);
  });

  it('prints, links to the Word document in the language and the CSV, and back to the pillar', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderView();
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Download Word' })).toHaveAttribute('href', '/api/v1/action-plans/lap/briefings/risk-education.docx?lang=en');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', '/api/v1/action-plans/lap/briefings/risk-education.csv?lang=en');
    expect(screen.getByRole('link', { name: 'Back to Risk Education' })).toHaveAttribute('href', '/plans/lap/pillars/risk-education');
    print.mockRestore();
  });

  it('says so when nothing is flagged, no conflict is recorded and no figure changed', () => {
    renderView(wordsOnlyBriefing());
    expect(within(region('Flagged indicators')).getByText('No indicator of this pillar is declining, stalled or too slow for the 3RC.')).toBeInTheDocument();
    expect(within(region('Flagged indicators')).queryByRole('heading', { level: 3 })).toBeNull();
    expect(within(region('Data conflicts in the source')).getByText('No conflict is recorded for this pillar.')).toBeInTheDocument();
    expect(within(region('Summary')).getByText(/None of the 2 actions of Risk Education has a figure/)).toBeInTheDocument();
  });
});

describe('BriefingPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The network boundary: each call answers with the next response. */
  function stubFetch(...responses: (() => Response)[]) {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
      const next = responses.shift();
      if (!next) throw new Error('unexpected request');
      return next();
    });
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }
  const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const problem = (status: number, title: string) => json(status, { type: 'about:blank', title, status, detail: title });

  function renderPage(pillar = 'risk-education') {
    return renderClient(
      <Routes>
        <Route path="/plans/:plan/briefings/:pillar" element={<BriefingPage />} />
      </Routes>,
      { route: `/plans/lap/briefings/${pillar}` },
    );
  }

  it('asks for the briefing in the interface language and shows it', async () => {
    const fetchMock = stubFetch(json(200, { data: wordsOnlyBriefing() }));
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the briefing…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Briefing: Risk Education' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/action-plans/lap/briefings/risk-education?lang=en');
    expect(document.title).toContain('Briefing: Risk Education');
  });

  it('shows the not-found page when the API does not know the pillar', async () => {
    stubFetch(problem(404, 'Not Found'));
    renderPage('no-such-pillar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows an error with Retry, and Retry loads the briefing', async () => {
    const user = userEvent.setup();
    stubFetch(problem(500, 'Internal Server Error'), json(200, { data: wordsOnlyBriefing() }));
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('The figures could not be loaded.');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Briefing: Risk Education' })).toBeInTheDocument();
  });
});
