// Decorates the app with the database, the current catalogue (rebuilt when the data version moves) and cached replies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database_ } from '../db/client.ts';
import { statusThresholds, type Config } from '../config.ts';
import { negotiateLanguage, type Language } from '@ccm/shared/i18n/languages';
import { buildCatalogue, localizeCatalogue, type Catalogue } from '../modules/catalogue/catalogue.service.ts';
import { readCatalogueRows } from '../modules/catalogue/catalogue.repository.ts';
import { ResponseCache, etagMatches } from '../lib/response-cache.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database_;
    dataVersion(): number;
    /** The current catalogue, in English or in a translated language. */
    catalogue(lang?: Language): Catalogue;
    /** The language a request asks for: ?lang=, then Accept-Language, then English. */
    requestLanguage(request: FastifyRequest): Language;
    /** Sends the cached body (or a 304) for this key at the current data version. */
    sendCached(
      request: FastifyRequest,
      reply: FastifyReply,
      key: string,
      compute: (catalogue: Catalogue) => string | Buffer,
      contentType?: string,
    ): void;
  }
}

export const CACHE_CONTROL = 'public, max-age=60';

export default fp(
  function dataPlugin(app: FastifyInstance, opts: { database: Database_; config: Config }) {
    const { database, config } = opts;
    // One prepared statement: reading the version costs microseconds, and sees writes from any process.
    const versionStatement = database.sqlite.prepare("select value from meta where key = 'data_version'").pluck();
    const thresholds = statusThresholds(config);
    let cached: Catalogue | null = null;
    const localized = new Map<Language, Catalogue>();
    const cache = new ResponseCache();

    const dataVersion = () => Number(versionStatement.get() ?? 0);
    const catalogue = (lang: Language = 'en') => {
      const version = dataVersion();
      if (!cached || cached.version !== version) {
        const updatedAt = database.sqlite.prepare("select value from meta where key = 'updated_at'").pluck().get() as string | undefined;
        cached = buildCatalogue(readCatalogueRows(database.db), { version, updatedAt: updatedAt ?? null }, thresholds);
        localized.clear();
      }
      if (lang === 'en') return cached;
      let translated = localized.get(lang);
      if (!translated) {
        translated = localizeCatalogue(cached, lang);
        localized.set(lang, translated);
      }
      return translated;
    };
    const requestLanguage = (request: FastifyRequest): Language =>
      (request.query as { lang?: Language } | undefined)?.lang ?? negotiateLanguage(request.headers['accept-language']) ?? 'en';

    app.decorate('database', database);
    app.decorate('dataVersion', dataVersion);
    app.decorate('catalogue', catalogue);
    app.decorate('requestLanguage', requestLanguage);
    app.decorate(
      'sendCached',
      function sendCached(
        request: FastifyRequest,
        reply: FastifyReply,
        key: string,
        compute: (catalogue: Catalogue) => string | Buffer,
        contentType = 'application/json; charset=utf-8',
      ): void {
        const lang = requestLanguage(request);
        const current = catalogue(lang);
        const entry = cache.get(current.version, `${lang}:${key}`, contentType, () => compute(current));
        reply
          .header('ETag', entry.etag)
          .header('Cache-Control', CACHE_CONTROL)
          .header('Vary', 'Accept-Encoding, Accept-Language')
          .header('Content-Language', lang);
        if (etagMatches(request.headers['if-none-match'], entry.etag)) {
          void reply.code(304).send();
          return;
        }
        const { body, encoding } = ResponseCache.encode(entry, request.headers['accept-encoding']);
        if (encoding) reply.header('Content-Encoding', encoding);
        void reply.type(entry.contentType).send(body);
      },
    );
  },
  { name: 'data' },
);
