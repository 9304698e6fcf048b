import { queryOptions, useQuery } from '@tanstack/react-query';
import { ReviewResponseSchema, type Review } from '@ccm/shared/schemas/publishing';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** The drafts of a cycle with their indicator, figures and the public status before and after; and the override drafts. */
export async function getReview(cycle: string): Promise<Review> {
  return (await workspaceRequest(`${WORKSPACE_API}/review?cycle=${encodeURIComponent(cycle)}`, ReviewResponseSchema)).data;
}

export const reviewQueryOptions = (cycle: string) => queryOptions({ queryKey: [...workspaceKeys.all(), 'review', cycle] as const, queryFn: () => getReview(cycle) });

export function useReview(cycle: string | null) {
  return useQuery({ ...reviewQueryOptions(cycle ?? ''), enabled: cycle !== null });
}
