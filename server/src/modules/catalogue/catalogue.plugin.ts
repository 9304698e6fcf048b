// Decorates the app with the current catalogue (kept by CatalogueCache) and with sendCached, which answers a public GET
// from a body serialized once per data version, language and key, and hands the response to the front cache.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Language } from '@ccm/shared/i18n/languages';
import { statusThresholds, type Config } from '../../config.ts';
import { CACHE_CONTROL } from '../../plugins/data.ts';
import { found } from '../../lib/errors.ts';
import { ResponseCache, etagMatches } from '../../lib/response-cache.ts';
import { CatalogueCache, type CatalogueCacheOptions } from './catalogue-cache.ts';
import type { Catalogue } from './catalogue.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The current catalogue, in English or in a translated language. */
    catalogue(lang?: Language): Catalogue;
    /** Sends the cached body (or a 304) for this key at the current data version. */
    sendCached(
      request: FastifyRequest,
      reply: FastifyReply,
      key: string,
      compute: (catalogue: Catalogue) => string | Buffer,
      contentType?: string,
    ): void;
    /**
     * Sends one item of the catalogue as sendCached does, or a 404 "No <what>." when the catalogue has no such item:
     * `find` looks it up (in the catalogue of the request's language), `body` serializes it.
     */
    sendCachedItem<T>(request: FastifyRequest, reply: FastifyReply, key: string, what: string, find: (catalogue: Catalogue) => T | undefined, body: (item: T) => string): void;
  }
}

export default fp(
  function cataloguePlugin(app: FastifyInstance, opts: { config: Config; rebuild?: Omit<CatalogueCacheOptions, 'onRebuildError'> }) {
    const catalogues = new CatalogueCache(app.database, () => app.dataVersion(), statusThresholds(opts.config), {
      ...opts.rebuild,
      onRebuildError: (error) => app.log.error({ err: error }, 'rebuilding the catalogue failed; the previous version is still served'),
    });
    const responses = new ResponseCache();
    const catalogue = (lang?: Language) => catalogues.current(lang);

    app.decorate('catalogue', catalogue);
    // Every response the front cache keeps is made from the catalogue (sendCached), so it is current while the
    // catalogue is: during a big rebuild the front cache answers with the previous version, as Fastify would.
    app.keptResponsesVersion(() => catalogues.current().version);
    // A write is answered once the catalogue shows it, so that the writer's next read (and anyone's after it) sees it;
    // a big catalogue is rebuilt in slices meanwhile, and every other request is answered from the previous version.
    app.addHook('onSend', async (request) => {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      await catalogues.refresh().catch((error: unknown) => request.log.error({ err: error }, 'rebuilding the catalogue after a write failed'));
    });
    app.decorate(
      'sendCached',
      function sendCached(
        request: FastifyRequest,
        reply: FastifyReply,
        key: string,
        compute: (catalogue: Catalogue) => string | Buffer,
        contentType = 'application/json; charset=utf-8',
      ): void {
        const lang = app.requestLanguage(request);
        const current = catalogue(lang);
        const entry = responses.get(current.version, `${lang}:${key}`, contentType, () => compute(current));
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
        // The next identical request is answered before Fastify, with these bytes and the headers sent now.
        app.keepResponse(request, current.version, body);
        void reply.type(entry.contentType).send(body);
      },
    );
    app.decorate('sendCachedItem', function sendCachedItem<T>(
      request: FastifyRequest,
      reply: FastifyReply,
      key: string,
      what: string,
      find: (catalogue: Catalogue) => T | undefined,
      body: (item: T) => string,
    ): void {
      found(find(catalogue(app.requestLanguage(request))), what);
      app.sendCached(request, reply, key, (c) => body(found(find(c), what)));
    });
  },
  { name: 'catalogue', dependencies: ['data', 'front-cache'] },
);
