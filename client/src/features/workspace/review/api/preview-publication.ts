import { useQuery } from '@tanstack/react-query';
import { PublicationSummaryResponseSchema, type PublicationPreviewInput, type PublicationSummary } from '@ccm/shared/schemas/publishing';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** What publishing these drafts (or a whole cycle) would change on the public site. Nothing is written. */
export async function previewPublication(input: PublicationPreviewInput): Promise<PublicationSummary> {
  return (await workspaceRequest(`${WORKSPACE_API}/publications/preview`, PublicationSummaryResponseSchema, { method: 'POST', json: input })).data;
}

export function usePublicationPreview(input: PublicationPreviewInput) {
  return useQuery({ queryKey: [...workspaceKeys.all(), 'publication-preview', input] as const, queryFn: () => previewPublication(input), staleTime: 0 });
}
