import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { StatusOverrideResponseSchema, type StatusOverrideInputSchema } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { refreshPublicData } from '../../api/public-cache.ts';

export type StatusOverrideInput = z.infer<typeof StatusOverrideInputSchema> & { indicatorId: string };

/** Sets (or, with code null, withdraws) an indicator's status override. It is public at once. */
export async function overrideStatus({ indicatorId, ...body }: StatusOverrideInput) {
  return (await workspaceRequest(`${WORKSPACE_API}/indicators/${encodeURIComponent(indicatorId)}/override`, StatusOverrideResponseSchema, { method: 'POST', json: body })).data;
}

export function useOverrideStatus() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: overrideStatus, onSuccess: (_data, input) => refreshPublicData(queryClient, [input.indicatorId]) });
}
