// Drizzle queries only: the States, their status events and the States each figure counts, as rows.
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as t from '../../db/schema.ts';

export function readStateRows(db: Db) {
  return {
    states: db.select().from(t.states).orderBy(asc(t.states.code)).all(),
    stateEvents: db.select().from(t.stateEvents).orderBy(asc(t.stateEvents.state), asc(t.stateEvents.id)).all(),
    observationStates: db.select().from(t.observationStates).orderBy(asc(t.observationStates.id)).all(),
  };
}

export type StateRows = ReturnType<typeof readStateRows>;
export type StateRow = StateRows['states'][number];
export type ObservationStateRow = StateRows['observationStates'][number];
