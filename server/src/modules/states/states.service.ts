// Who is counted: the States of the catalogue in a language, and the pure rules behind them (the States a figure counts,
// a State's status from its events, the series points that name it).
import type { ExportStateRow, Indicator, Observation, Series } from '@ccm/shared/schemas/api';
import type { Language } from '@ccm/shared/i18n/languages';
import type { Counted, PublicationLevel, State, StateDetail, StateEvent, StateMention } from '@ccm/shared/schemas/states';
import type { Catalogue } from '../catalogue/catalogue.service.ts';
import type { ObservationStateRow, StateRows } from './states.repository.ts';
import { stateNames, type StateNames } from './state-names.ts';

type Source = StateMention['source'];

/** A State as the public rows give it; names and titles are put in the reader's language by listStates and findState. */
export interface CatalogueState {
  code: string;
  shortName: string | null;
  names: StateNames;
  events: StateEvent[];
  figures: { indicator: string; cycle: string; spanFrom: string | null; role: NonNullable<StateMention['counted']>; source: Source }[];
  points: { series: string; title: string; measure: string; period: string; source: Source }[];
}

/** The key of one figure: indicator × cycle (or span). */
export const figureKey = (indicator: string, cycle: string, spanFrom: string | null) => `${indicator}|${cycle}|${spanFrom ?? ''}`;

export function groupCountedRows(rows: ObservationStateRow[]): Map<string, ObservationStateRow[]> {
  const byFigure = new Map<string, ObservationStateRow[]>();
  for (const row of rows) {
    const key = figureKey(row.indicatorId, row.cycle, row.spanFrom);
    byFigure.set(key, [...(byFigure.get(key) ?? []), row]);
  }
  return byFigure;
}

/** The name a State is sorted and matched by in English: the Convention's short name, else CLDR's. */
export function englishNameOf(state: { code: string; shortName: string | null }): string {
  return state.shortName ?? stateNames(state.code).en ?? state.code;
}

/**
 * The States a figure counts: sorted by name; complete when the figure is exact and the list is as long as its value;
 * unnamed = value − names when the value is a whole number. Null when the source names none.
 */
export function countedOf(
  figure: Pick<Observation, 'value' | 'qualifier'> & { document: string },
  rows: ObservationStateRow[],
  nameOf: (code: string) => string,
  documentTitle: (id: string) => string,
): Counted {
  if (rows.length === 0) return null;
  const states = [...new Set(rows.map((r) => r.state))].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en') || a.localeCompare(b));
  const value = figure.value;
  const sourced = rows.find((r) => r.paragraph !== null) ?? rows[0];
  return {
    states,
    complete: figure.qualifier === 'exact' && value === states.length,
    unnamed: value !== null && Number.isInteger(value) ? Math.max(0, value - states.length) : null,
    missing: null,
    source: {
      document: sourced?.documentId ? documentTitle(sourced.documentId) : figure.document,
      paragraph: sourced?.paragraph ?? null,
      quote: sourced?.quote ?? null,
    },
  };
}

/**
 * A figure whose names are withheld (its indicator's publication level is not `named`): the count stays, every State of it
 * is unnamed, and the source keeps its document and paragraph but not its words, which name the States. Null when the
 * source names none, as for a named figure.
 */
export function withheldCountedOf(figure: Pick<Observation, 'value'> & { document: string }, rows: ObservationStateRow[], documentTitle: (id: string) => string): Counted {
  if (rows.length === 0) return null;
  const sourced = rows.find((r) => r.paragraph !== null) ?? rows[0];
  const value = figure.value;
  return {
    states: [],
    complete: false,
    unnamed: value !== null && Number.isInteger(value) ? value : null,
    missing: null,
    source: { document: sourced?.documentId ? documentTitle(sourced.documentId) : figure.document, paragraph: sourced?.paragraph ?? null, quote: null },
  };
}

/**
 * The indicators whose figures name no one in public: those the ISU set to `counts_only` or `missing_only` (which, until
 * populations are lists of States, withholds every name too). Levels are per indicator, so every cycle of such an
 * indicator is withheld together: no State can be worked out by subtracting one cycle's list from another's.
 */
export function withheldIndicators(indicators: { id: string; publicationLevel: PublicationLevel }[]): Set<string> {
  return new Set(indicators.filter((i) => i.publicationLevel !== 'named').map((i) => i.id));
}

const KIND_ORDER: Record<StateEvent['kind'], number> = { signed: 0, state_party: 1, withdrawal_notified: 2, withdrawn: 3 };

/** Events in order: by date where both have one (as far as the less precise goes), else in the Convention's own order. */
export function compareEvents(a: StateEvent, b: StateEvent): number {
  if (a.date !== null && b.date !== null) {
    const length = Math.min(a.date.length, b.date.length);
    const byDate = a.date.slice(0, length).localeCompare(b.date.slice(0, length));
    if (byDate !== 0) return byDate;
  }
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** The status the latest event gives; a notified withdrawal leaves a State Party one until it takes effect. */
export function statusOf(events: StateEvent[]): State['status'] {
  const latest = [...events].sort(compareEvents).at(-1);
  if (!latest) return 'unknown';
  if (latest.kind === 'signed') return 'signatory';
  if (latest.kind === 'withdrawn') return 'withdrawn';
  return 'state_party';
}

/** The States of the public rows, each with its events and the published figures and series points naming it. */
export function buildCatalogueStates(
  rows: Pick<StateRows, 'states' | 'stateEvents'>,
  countedRows: Map<string, ObservationStateRow[]>,
  indicators: Indicator[],
  series: Series[],
  documentTitle: (id: string) => string,
): CatalogueState[] {
  const states = new Map<string, CatalogueState>(
    rows.states.map((s) => [s.code, { code: s.code, shortName: s.shortName, names: stateNames(s.code), events: [], figures: [], points: [] }]),
  );
  for (const e of rows.stateEvents) {
    states.get(e.state)?.events.push({
      kind: e.kind,
      date: e.date,
      source: { document: e.documentId === null ? '' : documentTitle(e.documentId), paragraph: e.paragraph, quote: e.quote },
      note: e.note,
    });
  }
  for (const state of states.values()) state.events.sort(compareEvents);

  for (const indicator of indicators) {
    for (const o of indicator.observations) {
      if (!o.counted) continue;
      for (const row of countedRows.get(figureKey(indicator.id, o.cycle, o.spanFrom)) ?? []) {
        states.get(row.state)?.figures.push({
          indicator: indicator.id,
          cycle: o.cycle,
          spanFrom: o.spanFrom,
          role: 'counted',
          source: { document: row.documentId === null ? o.source.document : documentTitle(row.documentId), paragraph: row.paragraph ?? o.source.paragraph, quote: row.quote },
        });
      }
    }
  }
  // The rest of each figure's population: not counted where the figure says who is missing, else not named.
  for (const indicator of indicators) {
    for (const o of indicator.observations) {
      const population = o.population;
      if (!population || population.states.length === 0) continue;
      const counted = new Set(o.counted?.states ?? []);
      const missing = new Set(o.counted?.missing ?? []);
      const countedKnown = o.counted?.missing != null;
      for (const code of population.states) {
        if (counted.has(code)) continue;
        const role = missing.has(code) ? 'not_counted' : countedKnown ? null : 'not_named';
        if (role === null) continue;
        const source = missing.has(code) && o.counted ? o.counted.source : population.source;
        states.get(code)?.figures.push({ indicator: indicator.id, cycle: o.cycle, spanFrom: o.spanFrom, role, source });
      }
    }
  }

  // Series points carry the codes of the States they name (resolved once, where the catalogue builds them).
  for (const s of series) {
    for (const p of s.points) {
      for (const code of p.stateCodes ?? []) {
        states.get(code)?.points.push({ series: s.name, title: s.title, measure: p.measure, period: p.period, source: { document: p.source.document, paragraph: p.source.paragraph, quote: p.quote } });
      }
    }
  }
  return [...states.values()];
}

/** A State's name in a language: CLDR's, else its English one, else the Convention's short name, else its code. */
function nameIn(state: CatalogueState, lang: Language): string {
  return state.names[lang] ?? state.names.en ?? state.shortName ?? state.code;
}

function stateIn(state: CatalogueState, lang: Language): State {
  const name = nameIn(state, lang);
  return {
    code: state.code,
    name,
    names: {
      en: state.names.en ?? state.shortName ?? state.code,
      fr: state.names.fr ?? state.names.en ?? state.code,
      es: state.names.es ?? state.names.en ?? state.code,
      ar: state.names.ar ?? state.names.en ?? state.code,
    },
    shortName: state.shortName,
    status: statusOf(state.events),
    events: state.events,
    namedIn: state.figures.filter((f) => f.role !== 'not_named').length + state.points.length,
    i18n: { lang, fallback: state.names[lang] === null ? ['name'] : [] },
  };
}

/** A State's name in the catalogue's language (its code when the catalogue does not know it). */
export function stateNameIn(catalogue: Catalogue, code: string): string {
  const state = catalogue.states.find((s) => s.code === code);
  return state ? nameIn(state, catalogue.lang) : code;
}

/** Every State, named in the catalogue's language and sorted by that name. */
export function listStates(catalogue: Catalogue): State[] {
  const collator = new Intl.Collator(catalogue.lang);
  return catalogue.states.map((s) => stateIn(s, catalogue.lang)).sort((a, b) => collator.compare(a.name, b.name));
}

/** One State (code in capitals) with every published figure and series point that names it; undefined when unknown. */
export function findState(catalogue: Catalogue, code: string): StateDetail | undefined {
  const state = catalogue.states.find((s) => s.code === code);
  if (!state) return undefined;
  const figures = state.figures.flatMap((f): StateMention[] => {
    const indicator = catalogue.indicatorsById.get(f.indicator);
    if (!indicator) return [];
    return [{ kind: 'figure', indicator: indicator.id, actionPlan: indicator.actionPlan, action: indicator.action, title: indicator.title, titleFallback: indicator.i18n.fallback.includes('title'), measure: null, series: null, cycle: f.cycle, spanFrom: f.spanFrom, period: null, counted: f.role, source: f.source }];
  });
  const points = state.points.map(
    (p): StateMention => ({ kind: 'series', indicator: null, actionPlan: null, action: null, title: p.title, titleFallback: false, measure: p.measure, series: p.series, cycle: null, spanFrom: null, period: p.period, counted: null, source: p.source }),
  );
  return { ...stateIn(state, catalogue.lang), mentions: [...figures, ...points] };
}

/**
 * Who is counted in long format: per indicator (in catalogue order), per published figure, one row per State its source
 * names, named in the catalogue's language. Withheld figures carry no States (buildCatalogue dropped them), so they
 * never appear here.
 */
export function countedStateRows(catalogue: Catalogue, indicators: Indicator[]): ExportStateRow[] {
  const byFigureState = new Map<string, { state: CatalogueState; source: Source }>();
  for (const state of catalogue.states) {
    for (const f of state.figures) byFigureState.set(`${figureKey(f.indicator, f.cycle, f.spanFrom)}|${state.code}`, { state, source: f.source });
  }
  return indicators.flatMap((indicator) =>
    indicator.observations.flatMap((o) =>
      (o.counted?.states ?? []).flatMap((code): ExportStateRow[] => {
        const named = byFigureState.get(`${figureKey(indicator.id, o.cycle, o.spanFrom)}|${code}`);
        if (!named) return [];
        return [
          {
            actionPlan: indicator.actionPlan,
            indicatorId: indicator.id,
            cycle: o.cycle,
            spanFrom: o.spanFrom,
            state: code,
            stateName: nameIn(named.state, catalogue.lang),
            document: named.source.document,
            paragraph: named.source.paragraph,
          },
        ];
      }),
    ),
  );
}
