// Workspace writes for API tests, through the real routes, each answer parsed with the shared schema.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { PublicationResponseSchema, type Publication } from '../../shared/src/schemas/publishing.ts';
import { ChangeResponseSchema, type Change, type ObservationEntryInput } from '../../shared/src/schemas/workspace.ts';

/** Enters a figure (PUT /workspace/observations) with `cookie`'s session: the draft it saved. */
export async function enterFigure(app: FastifyInstance, cookie: string, entry: ObservationEntryInput): Promise<Change> {
  const res = await app.inject({ method: 'PUT', url: '/api/v1/workspace/observations', headers: { cookie }, payload: entry });
  expect(res.statusCode, res.body).toBe(200);
  return ChangeResponseSchema.parse(res.json()).data;
}

/** Publishes exactly these drafts (POST /workspace/publications) with an admin's session: the publication. */
export async function publishChanges(app: FastifyInstance, adminCookie: string, changeIds: number[]): Promise<Publication> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/workspace/publications', headers: { cookie: adminCookie }, payload: { changeIds } });
  expect(res.statusCode, res.body).toBe(200);
  return PublicationResponseSchema.parse(res.json()).data.publication;
}
