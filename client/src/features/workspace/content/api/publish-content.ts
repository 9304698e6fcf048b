import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { LANGUAGES } from '@ccm/shared/i18n/languages';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { refreshPublicData } from '../../api/public-cache.ts';

const PublishContentResponseSchema = z.object({ data: z.object({ published: z.number().int() }) });

export async function publishContent(): Promise<number> {
  return (await workspaceRequest(`${WORKSPACE_API}/content/publish`, PublishContentResponseSchema, { method: 'POST' })).data.published;
}

/** Publishes every content draft: edits of the English texts and translations alike, so every language's pages change. */
export function usePublishContent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishContent, onSuccess: () => refreshPublicData(queryClient, [], LANGUAGES) });
}
