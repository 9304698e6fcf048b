import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { ContentChangesResponseSchema, type ContentChangeSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

export type ContentChange = z.infer<typeof ContentChangeSchema>;

export async function getContentChanges(): Promise<ContentChange[]> {
  return (await workspaceRequest(`${WORKSPACE_API}/content/changes`, ContentChangesResponseSchema)).data;
}

export const contentChangesQueryOptions = () => queryOptions({ queryKey: workspaceKeys.contentChanges(), queryFn: getContentChanges });

export function useContentChanges() {
  return useQuery(contentChangesQueryOptions());
}
