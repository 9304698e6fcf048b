// After a publication the public API answers differently, but the browser may keep its answers for up to a minute
// (Cache-Control: max-age=60). Re-fetching the public URLs with cache: 'reload' replaces those entries, so the
// public pages show the new figures at once; then every query is invalidated.
// Figures change in every language alike, and the interface's is the one a visitor of this browser reads; a publication
// of texts (translations included) changes each language differently, so it refreshes them all.
import type { QueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { API_PATHS, planSegment } from '@ccm/shared/api-paths';
import { actionsApiPath } from '../../../lib/api/get-actions.ts';
import { cyclesApiPath } from '../../../lib/api/get-cycles.ts';
import { indicatorsApiPath } from '../../../lib/api/get-indicators.ts';
import { pillarsApiPath } from '../../../lib/api/get-pillars.ts';
import { summaryApiPath } from '../../../lib/api/get-summary.ts';
import { withLanguageParam } from '../../../lib/api-client.ts';
import { CURRENT_PLAN } from '../../../lib/page-paths.ts';

export async function refreshPublicData(
  queryClient: QueryClient,
  indicatorIds: Iterable<string> = [],
  languages: readonly string[] = [i18n.language || 'en'],
): Promise<void> {
  const plan = planSegment(CURRENT_PLAN);
  const urls = new Set([
    summaryApiPath(plan),
    cyclesApiPath(plan),
    pillarsApiPath(plan),
    indicatorsApiPath(plan),
    actionsApiPath(plan),
    API_PATHS.indicators(),
    API_PATHS.conflicts(),
    API_PATHS.series(),
  ]);
  for (const id of indicatorIds) urls.add(API_PATHS.indicator(id));
  // Every public query names the path it reads (its meta.publicUrl: lib/api/get-*.ts).
  for (const query of queryClient.getQueryCache().getAll()) {
    const url = query.meta?.publicUrl;
    if (url) urls.add(url);
  }
  await Promise.allSettled(
    [...new Set(languages)].flatMap((lang) =>
      [...urls].map(async (url) => {
        // Public pages ask with ?lang= (see lib/api-client): replace exactly that cached variant.
        const response = await fetch(withLanguageParam(url, lang), { cache: 'reload', headers: { Accept: 'application/json', 'Accept-Language': lang } });
        await response.arrayBuffer();
      }),
    ),
  );
  await queryClient.invalidateQueries();
}
