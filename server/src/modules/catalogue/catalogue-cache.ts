// The catalogue kept in memory: built from the database once per data version, with its translated copies.
//
// A small catalogue (the bundled data: tens of ms) is rebuilt on the spot by the first request that finds the data
// version moved, as it always was. A big one (seconds at 100 times the bundled data, mostly the status rule run on
// every indicator) is rebuilt off the request path, in slices of a few ms with a turn of the event loop between them:
// its rows a few tables at a time (read again if the data version moved meanwhile), then the catalogue and its
// translations, while every request is answered from the previous version, which the new one replaces whole.
// refresh() resolves once the catalogue is at the data version: the server awaits it before it answers a write, so
// the writer's next request (and anyone's after it) sees what was written.
import { LANGUAGES, type Language } from '@ccm/shared/i18n/languages';
import type { Thresholds } from '@ccm/shared/domain/classify';
import type { Database_ } from '../../db/client.ts';
import { localizeCatalogue, type Catalogue } from './catalogue.service.ts';
import { buildCatalogueInSteps } from './build-catalogue.ts';
import { localizeCatalogueInSteps } from './localize-catalogue.ts';
import { readCatalogueRows, readCatalogueRowsInSteps, type CatalogueRows } from './catalogue.repository.ts';
import { inSlices, runToEnd } from './steps.ts';

export interface CatalogueCacheOptions {
  /** Catalogues with fewer indicators than this are rebuilt on the spot; default 1000 (the bundled data has ~60). */
  rebuildInPlaceBelow?: number;
  /** Longest run of rebuilding work between two turns of the event loop, in ms; default 5. */
  sliceMs?: number;
  /** Told of a rebuild that failed (the previous version is still served, and the next request tries again). */
  onRebuildError?: (error: unknown) => void;
}

interface Served {
  en: Catalogue;
  localized: Map<Language, Catalogue>;
}

export class CatalogueCache {
  private served: Served | null = null;
  private rebuilding: Promise<void> | null = null;
  private readonly updatedAtStatement;
  private readonly rebuildInPlaceBelow: number;
  private readonly sliceMs: number;

  constructor(
    private readonly database: Database_,
    private readonly dataVersion: () => number,
    private readonly thresholds: Partial<Thresholds>,
    private readonly options: CatalogueCacheOptions = {},
  ) {
    this.updatedAtStatement = database.sqlite.prepare("select value from meta where key = 'updated_at'").pluck();
    this.rebuildInPlaceBelow = options.rebuildInPlaceBelow ?? 1000;
    this.sliceMs = options.sliceMs ?? 5;
  }

  /** The catalogue at the data version, in English or a translated language; while a big one rebuilds, the previous one. */
  current(lang: Language = 'en'): Catalogue {
    const version = this.dataVersion();
    if (!this.served || (this.served.en.version !== version && this.inPlace())) {
      this.served = this.buildNow();
    } else if (this.served.en.version !== version && !this.rebuilding) {
      this.refresh().catch((error: unknown) => this.options.onRebuildError?.(error));
    }
    return this.localized(this.served, lang);
  }

  /** The version being served (behind the data version while a big catalogue rebuilds). */
  servedVersion(): number | null {
    return this.served?.en.version ?? null;
  }

  /** Resolves once the catalogue served is at the data version (as read now, or later); nothing to do before the first. */
  refresh(): Promise<void> {
    if (!this.served) return Promise.resolve();
    const version = this.dataVersion();
    if (this.served.en.version === version) return Promise.resolve();
    if (this.inPlace()) {
      this.served = this.buildNow();
      return Promise.resolve();
    }
    this.rebuilding ??= this.rebuildInSlices().finally(() => {
      this.rebuilding = null;
    });
    // The data may have moved again while that rebuild ran: then one more.
    return this.rebuilding.then(() => this.refresh());
  }

  private inPlace(): boolean {
    return (this.served?.en.indicators.length ?? 0) < this.rebuildInPlaceBelow;
  }

  /** The rows and the version read together, in one turn of the event loop: one consistent snapshot. */
  private snapshot() {
    const version = this.dataVersion();
    const updatedAt = (this.updatedAtStatement.get() as string | undefined) ?? null;
    return { rows: readCatalogueRows(this.database.db), version: { version, updatedAt } };
  }

  private buildNow(): Served {
    const { rows, version } = this.snapshot();
    return { en: runToEnd(buildCatalogueInSteps(rows, version, this.thresholds)), localized: new Map() };
  }

  private async rebuildInSlices(): Promise<void> {
    const { database, thresholds, updatedAtStatement } = this;
    const dataVersion = () => this.dataVersion();
    const served = await inSlices(
      (function* steps(): Generator<unknown, Served, undefined> {
        // The rows are read a few tables at a time; if a write lands meanwhile (the data version moves), again.
        let read: { rows: CatalogueRows; version: { version: number; updatedAt: string | null } } | null = null;
        while (!read) {
          const version = dataVersion();
          const updatedAt = (updatedAtStatement.get() as string | undefined) ?? null;
          const rows = yield* readCatalogueRowsInSteps(database.db);
          if (dataVersion() === version) read = { rows, version: { version, updatedAt } };
        }
        const en = yield* buildCatalogueInSteps(read.rows, read.version, thresholds);
        const localized = new Map<Language, Catalogue>();
        for (const lang of LANGUAGES) if (lang !== 'en') localized.set(lang, yield* localizeCatalogueInSteps(en, lang));
        return { en, localized };
      })(),
      this.sliceMs,
    );
    if (!this.served || served.en.version > this.served.en.version) this.served = served;
  }

  private localized(served: Served, lang: Language): Catalogue {
    if (lang === 'en') return served.en;
    let translated = served.localized.get(lang);
    if (!translated) {
      translated = localizeCatalogue(served.en, lang);
      served.localized.set(lang, translated);
    }
    return translated;
  }
}
