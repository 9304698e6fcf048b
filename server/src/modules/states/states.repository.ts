// Drizzle queries only: the States, their status events and the States each figure counts, as rows.
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';

export function readStateRows(db: Db) {
  return {
    states: db.select().from(t.states).orderBy(asc(t.states.code)).all(),
    stateEvents: db.select().from(t.stateEvents).orderBy(asc(t.stateEvents.state), asc(t.stateEvents.id)).all(),
    observationStates: db.select().from(t.observationStates).orderBy(asc(t.observationStates.id)).all(),
    populations: db.select().from(t.populations).orderBy(asc(t.populations.sortOrder), asc(t.populations.id)).all(),
    populationIndicators: db.select().from(t.populationIndicators).all(),
    populationLists: db.select().from(t.populationLists).orderBy(asc(t.populationLists.id)).all(),
    populationListStates: db.select().from(t.populationListStates).all(),
    populationChanges: db.select().from(t.populationChanges).orderBy(asc(t.populationChanges.populationId), asc(t.populationChanges.sortOrder), asc(t.populationChanges.id)).all(),
  };
}

export type StateRows = ReturnType<typeof readStateRows>;
export type StateRow = StateRows['states'][number];
export type ObservationStateRow = StateRows['observationStates'][number];
export type PopulationRows = Pick<StateRows, 'populations' | 'populationIndicators' | 'populationLists' | 'populationListStates' | 'populationChanges'>;
