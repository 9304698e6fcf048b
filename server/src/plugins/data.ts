// Decorates the app with the database, its data version and the language a request asks for. The catalogue built from
// the data, and the cached replies, are the catalogue module's (modules/catalogue/catalogue.plugin.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database_ } from '../db/client.ts';
import { negotiateLanguage, type Language } from '@ccm/shared/i18n/languages';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database_;
    dataVersion(): number;
    /** The language a request asks for: ?lang=, then Accept-Language, then English. */
    requestLanguage(request: FastifyRequest): Language;
  }
}

export const CACHE_CONTROL = 'public, max-age=60';

export default fp(
  function dataPlugin(app: FastifyInstance, opts: { database: Database_ }) {
    const { database } = opts;
    // One prepared statement: reading the version costs microseconds, and sees writes from any process.
    const versionStatement = database.sqlite.prepare("select value from meta where key = 'data_version'").pluck();
    const dataVersion = () => Number(versionStatement.get() ?? 0);
    const requestLanguage = (request: FastifyRequest): Language =>
      (request.query as { lang?: Language } | undefined)?.lang ?? negotiateLanguage(request.headers['accept-language']) ?? 'en';

    app.decorate('database', database);
    app.decorate('dataVersion', dataVersion);
    app.decorate('requestLanguage', requestLanguage);
  },
  { name: 'data' },
);
