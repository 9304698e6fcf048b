// One place that turns a route's declaration (its OpenAPI tag and summary, inputs and answers) into the Fastify schema,
// adding the error answers every route of its kind shares; a route's own answer for a status replaces the shared one.
import type { FastifySchema } from 'fastify';
import { z } from 'zod';
import { LEGACY_PLAN_CODE, planSegment } from '@ccm/shared/api-paths';
import { ProblemSchema } from '@ccm/shared/schemas/common';

type Responses = Record<number, z.ZodType>;

/** What a route declares of itself: params, querystring, body, consumes, produces… and its own answers. */
export type RouteParts = Omit<FastifySchema, 'tags' | 'summary' | 'response'> & { response: Responses };

export type RouteSchema<P extends RouteParts, E extends Responses> = Omit<P, 'response'> & {
  tags: string[];
  summary: string;
  response: Omit<E, keyof P['response']> & P['response'];
};

export function routeSchema<const P extends RouteParts, const E extends Responses>(tag: string, summary: string, parts: P, errors: E): RouteSchema<P, E> {
  return { tags: [tag], summary, ...parts, response: { ...errors, ...parts.response } };
}

const NotModifiedSchema = z.null().meta({ description: 'Not modified (ETag matched)' });
const readErrors = { 400: ProblemSchema, 404: ProblemSchema };

/** A public read: a 400 for a bad query, a 404 for what it does not know. */
export function publicRoute<const P extends RouteParts>(tag: string, summary: string, parts: P) {
  return { schema: routeSchema(tag, summary, parts, readErrors) };
}

/** A public read served from the response cache (sendCached): also a 304 when If-None-Match names its ETag. */
export function cachedRoute<const P extends RouteParts>(tag: string, summary: string, parts: P) {
  return { schema: routeSchema(tag, summary, parts, { 304: NotModifiedSchema, ...readErrors }) };
}

const MovedSchema = z.null().meta({ description: `Permanent redirect to the same path under /action-plans/${planSegment(LEGACY_PLAN_CODE)}` });

/** A path from before plans had their own, kept as a 308 to the same path under the LAP (deprecated in the OpenAPI). */
export function movedRoute<const P extends Omit<RouteParts, 'response'>>(tag: string, to: string, parts: P) {
  return { schema: { tags: [tag], deprecated: true, summary: `Moved to ${to}`, ...parts, response: { 308: MovedSchema, 400: ProblemSchema } } };
}
