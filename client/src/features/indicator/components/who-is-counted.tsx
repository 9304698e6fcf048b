// Who is counted: per cycle, the States a figure counts as its source names them (each linked to its State's page), how
// many it leaves unnamed, who of the population is not counted where that is known, and a plain line where the ISU
// withholds the names; then the population itself, list by list, with its ledger of who entered or left.
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '@ccm/shared/schemas/api';
import type { State } from '@ccm/shared/schemas/states';
import { useStates } from '../../../lib/api/get-states.ts';
import { cycleLabel } from '../../../lib/cycles.ts';
import { statePath } from '../../../lib/page-paths.ts';
import { Link } from '../../../i18n/link.tsx';
import { SourceDetails } from '../../../components/ui/source-details.tsx';
import { EnglishText } from '../../../components/ui/localized-text.tsx';

type Names = Map<string, State>;

function StateLinks({ codes, names }: { codes: string[]; names: Names }) {
  const { t } = useTranslation();
  return (
    <>
      {codes.map((code, i) => {
        const state = names.get(code);
        return (
          <span key={code}>
            {i > 0 ? t('states.listSeparator') : null}
            <Link to={statePath(code)} lang={state?.i18n.fallback.includes('name') ? 'en' : undefined}>
              {state?.name ?? code}
            </Link>
          </span>
        );
      })}
    </>
  );
}

function CountedFigure({ o, names, withheld }: { o: Observation; names: Names; withheld: boolean }) {
  const { t } = useTranslation();
  const counted = o.counted;
  if (!counted) return null;
  const missing = counted.missing;
  return (
    <li data-cycle={cycleLabel(o)} data-complete={counted.complete ? 'true' : 'false'} data-withheld={withheld ? 'true' : 'false'}>
      <strong>{cycleLabel(o)}</strong>
      {': '}
      <span className="counted-list__names">
        {withheld && counted.states.length === 0 ? (
          <span>{counted.unnamed === null ? t('states.withheldUnknown') : t('states.withheld', { count: counted.unnamed })}</span>
        ) : (
          <>
            <StateLinks codes={counted.states} names={names} />
            {!counted.complete && counted.unnamed !== null && counted.unnamed > 0 ? (
              <span data-unnamed={counted.unnamed}>{' '}{t('states.notNamed', { count: counted.unnamed })}</span>
            ) : null}
            {!counted.complete && counted.unnamed === null ? <span>{' '}{t('states.notNamedUnknown')}</span> : null}
          </>
        )}
      </span>
      {missing !== null ? (
        <span className="counted-list__missing" data-missing={missing.length}>
          {' '}
          {missing.length === 0 ? (
            <>({t('states.noneMissing')})</>
          ) : (
            <>
              {t('states.missingLabel')} <StateLinks codes={missing} names={names} />
            </>
          )}
        </span>
      ) : null}
      <SourceDetails showDocument={false} source={counted.source} />
    </li>
  );
}

function Population({ population, names, withheld }: { population: NonNullable<Indicator['populationStates']>; names: Names; withheld: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="counted-population">
      <h3 id="indicator-population-lists">
        {t('states.populationHeading')}: <span lang={population.titleFallback ? 'en' : undefined}>{population.title}</span>
      </h3>
      <ul className="counted-list" aria-labelledby="indicator-population-lists">
        {population.lists.map((list) => (
          <li key={`${list.spanFrom ?? ''}-${list.cycle}`} data-cycle={cycleLabel(list)} data-size={list.size ?? ''}>
            <strong>{cycleLabel(list)}</strong>
            {': '}
            {list.size === null ? t('states.populationSizeUnknown') : t('states.populationSize', { count: list.size })}
            {list.states.length > 0 ? (
              <>
                {' – '}
                <StateLinks codes={list.states} names={names} />
                {!list.complete && list.unnamed !== null && list.unnamed > 0 ? <span>{' '}{t('states.notNamed', { count: list.unnamed })}</span> : null}
              </>
            ) : (
              <span className="muted">{' – '}{withheld ? t('states.populationWithheld') : t('states.populationNoNames')}</span>
            )}
            <NoteAndSource note={list.note} source={list.source} />
          </li>
        ))}
      </ul>
      {population.ledger.length > 0 ? (
        <>
          <h4 id="indicator-population-changes">{t('states.ledgerHeading')}</h4>
          <ul className="counted-list" aria-labelledby="indicator-population-changes">
            {population.ledger.map((entry, index) => (
              <li key={index} data-change={entry.change}>
                {entry.state === null ? t('states.ledgerUnnamed') : <StateLinks codes={[entry.state]} names={names} />} {t(`states.ledger.${entry.change}`)}
                {': '}
                {entry.date ?? (entry.cycle !== null ? cycleLabel({ cycle: entry.cycle, spanFrom: entry.spanFrom }) : t('states.ledgerDateUnknown'))}
                <NoteAndSource note={entry.note} source={entry.source} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** What the document adds about a list or a change (in English, as it says it), then where it says it. */
function NoteAndSource({ note, source }: { note: string | null; source: ComponentProps<typeof SourceDetails>['source'] }) {
  return (
    <>
      {note ? (
        <p className="muted">
          <EnglishText>{note}</EnglishText>
        </p>
      ) : null}
      <SourceDetails showDocument={false} source={source} />
    </>
  );
}

export function WhoIsCounted({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const withheld = indicator.publicationLevel !== 'named';
  const figures = indicator.observations.filter((o) => o.counted !== null && (o.counted.states.length > 0 || withheld || (o.counted.missing?.length ?? 0) > 0));
  const population = indicator.populationStates;
  const shown = figures.length > 0 || population !== null;
  // The names come with the list of States; until it arrives, the codes stand in.
  const states = useStates({ enabled: shown });
  if (!shown) return null;
  const names: Names = new Map((states.data ?? []).map((s) => [s.code, s]));

  return (
    <section className="section card" aria-labelledby="indicator-counted">
      <h2 id="indicator-counted">{t('states.countedHeading')}</h2>
      <p className="muted">{t('states.countedLead')}</p>
      {figures.length > 0 ? (
        <ul className="counted-list">
          {figures.map((o, index) => (
            <CountedFigure key={`${o.spanFrom ?? ''}-${o.cycle}-${index}`} o={o} names={names} withheld={withheld} />
          ))}
        </ul>
      ) : null}
      {population !== null ? <Population population={population} names={names} withheld={indicator.publicationLevel === 'counts_only'} /> : null}
    </section>
  );
}
