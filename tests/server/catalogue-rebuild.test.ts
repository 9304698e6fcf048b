// A big catalogue is rebuilt off the request path: while it rebuilds, requests get the previous version; a write is
// answered only once the new one is served. (The bundled data is small and rebuilt on the spot, so these tests make
// every catalogue count as big.)
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '../../server/src/db/data-version.ts';
import type { Database_ } from '../../server/src/db/client.ts';
import data from '../../server/src/plugins/data.ts';
import frontCache from '../../server/src/plugins/front-cache.ts';
import cataloguePlugin from '../../server/src/modules/catalogue/catalogue.plugin.ts';
import { CatalogueCache } from '../../server/src/modules/catalogue/catalogue-cache.ts';
import { freshDatabase, testConfig } from '../helpers/app.ts';
import { captureLogs } from '../helpers/logs.ts';

const ID = 'a27-re-integrated';

/** A write as another process (or an import script) makes it: straight into the database, with the version bumped. */
function retitle(database: Database_, title: string) {
  database.sqlite.prepare('update indicators set title = ? where id = ?').run(title, ID);
  bumpDataVersion(database.db, new Date());
}

function get(port: number, path: string): Promise<{ etag: string; body: string }> {
  return new Promise((resolveGet, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveGet({ etag: String(res.headers.etag), body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('rebuilding a big catalogue', () => {
  it('serves the previous version while the rebuild is pending, and the new one (in every language) once it is done', async () => {
    const database = freshDatabase();
    const version = database.sqlite.prepare("select value from meta where key = 'data_version'").pluck();
    const cache = new CatalogueCache(database, () => Number(version.get()), {}, { rebuildInPlaceBelow: 0 });
    const before = cache.current();
    const oldTitle = before.indicatorsById.get(ID)?.title;

    retitle(database, 'Retitled while the public reads');
    const during = cache.current();
    expect(during.version).toBe(before.version);
    expect(during.indicatorsById.get(ID)?.title).toBe(oldTitle);
    expect(cache.current('fr').version).toBe(before.version);
    expect(cache.servedVersion()).toBe(before.version);

    await cache.refresh();
    const after = cache.current();
    expect(after.version).toBe(before.version + 1);
    expect(after.indicatorsById.get(ID)?.title).toBe('Retitled while the public reads');
    expect(cache.current('fr').version).toBe(after.version);
    expect(cache.current('ar').indicatorsById.get(ID)?.i18n.lang).toBe('ar');
  });

  it('a write by this server is answered once the new catalogue is served; a request during the rebuild gets the old one', async () => {
    const database = freshDatabase();
    const app = Fastify({ logger: false });
    closers.push(() => app.close());
    await app.register(data, { database });
    await app.register(frontCache);
    await app.register(cataloguePlugin, { config: testConfig(), rebuild: { rebuildInPlaceBelow: 0 } });
    app.get('/title', async () => ({ version: app.catalogue().version, title: app.catalogue().indicatorsById.get(ID)?.title }));
    app.post('/retitle', async () => {
      retitle(database, 'Retitled by the ISU');
      // Asked while the rebuild this write starts is pending: the previous version.
      return { during: app.catalogue().indicatorsById.get(ID)?.title };
    });
    await app.ready();
    const title = async () => (await app.inject({ method: 'GET', url: '/title' })).json<{ version: number; title: string }>();
    const before = await title();

    const written = await app.inject({ method: 'POST', url: '/retitle' });
    expect(written.json<{ during: string }>().during).toBe(before.title);
    expect(await title()).toEqual({ version: before.version + 1, title: 'Retitled by the ISU' });

    // A write from elsewhere: the next request starts the rebuild and is answered from the previous version.
    retitle(database, 'Retitled by an import script');
    expect(await title()).toEqual({ version: before.version + 1, title: 'Retitled by the ISU' });
    await app.inject({ method: 'POST', url: '/retitle' });
    expect((await title()).title).toBe('Retitled by the ISU');
    expect((await title()).version).toBe(before.version + 3);
  });

  it('while it rebuilds, the front cache answers with the previous version, as Fastify would; the new one once it is served', async () => {
    const database = freshDatabase();
    const logs = captureLogs();
    const app = Fastify({ logger: { level: 'info', stream: logs.stream } });
    closers.push(() => app.close());
    await app.register(data, { database });
    await app.register(frontCache);
    await app.register(cataloguePlugin, { config: testConfig(), rebuild: { rebuildInPlaceBelow: 0 } });
    app.get('/title', (request, reply) => app.sendCached(request, reply, 'title', (c) => JSON.stringify({ version: c.version, title: c.indicatorsById.get(ID)?.title })));
    app.post('/retitle', async () => {
      retitle(database, 'Retitled by the ISU');
      return {};
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const fromFrontCache = () => logs.lines.filter((l) => l.msg === 'request answered from the front cache').length;
    const before = await get(port, '/title');
    expect(await get(port, '/title')).toEqual(before);
    expect(fromFrontCache()).toBe(1);

    // A write from elsewhere: the rebuild starts, and the kept response (the previous version) is still the answer.
    retitle(database, 'Retitled by an import script');
    expect(await get(port, '/title')).toEqual(before);
    expect(fromFrontCache()).toBe(2);

    // A write through the server is answered once the new catalogue is served: the next read shows it, from Fastify.
    await app.inject({ method: 'POST', url: '/retitle' });
    const after = await get(port, '/title');
    const versionBefore = (JSON.parse(before.body) as { version: number }).version;
    expect(JSON.parse(after.body)).toEqual({ version: versionBefore + 2, title: 'Retitled by the ISU' });
    expect(after.etag).not.toBe(before.etag);
    expect(fromFrontCache()).toBe(2);
    expect(await get(port, '/title')).toEqual(after);
    expect(fromFrontCache()).toBe(3);
  });
});
