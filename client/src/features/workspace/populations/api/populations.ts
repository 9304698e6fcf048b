// The populations as the workspace keeps them: every population as stored (fetcher, query options, hook), and the
// admin's writes (record or delete a cycle's list, add or delete a ledger entry), each public at once.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { WORKSPACE_POPULATION_PATHS } from '@ccm/shared/api-paths';
import {
  PopulationWriteResponseSchema,
  WorkspacePopulationsResponseSchema,
  type PopulationLedgerInput,
  type PopulationListInput,
  type PopulationWrite,
  type WorkspacePopulation,
} from '@ccm/shared/schemas/workspace-populations';
import { refreshPublicData } from '../../api/public-cache.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';
import { workspaceRequest } from '../../api/workspace-request.ts';

export async function getPopulations(): Promise<WorkspacePopulation[]> {
  return (await workspaceRequest(WORKSPACE_POPULATION_PATHS.populations(), WorkspacePopulationsResponseSchema)).data;
}

export const populationsQueryOptions = () => queryOptions({ queryKey: workspaceKeys.populations(), queryFn: getPopulations });

export function usePopulations() {
  return useQuery(populationsQueryOptions());
}

export interface ListTarget {
  populationId: string;
  cycle: string;
  spanFrom: string | null;
}

export async function recordPopulationList({ populationId, cycle, spanFrom, ...body }: ListTarget & PopulationListInput) {
  return (await workspaceRequest(WORKSPACE_POPULATION_PATHS.list(populationId, cycle, spanFrom), PopulationWriteResponseSchema, { method: 'PUT', json: body })).data;
}

export async function deletePopulationList({ populationId, cycle, spanFrom, reason }: ListTarget & { reason: string }) {
  return (await workspaceRequest(WORKSPACE_POPULATION_PATHS.list(populationId, cycle, spanFrom), PopulationWriteResponseSchema, { method: 'DELETE', json: { reason } })).data;
}

export async function addLedgerEntry({ populationId, ...body }: { populationId: string } & PopulationLedgerInput) {
  return (await workspaceRequest(WORKSPACE_POPULATION_PATHS.ledger(populationId), PopulationWriteResponseSchema, { method: 'POST', json: body })).data;
}

export async function deleteLedgerEntry({ populationId, entryId, reason }: { populationId: string; entryId: number; reason: string }) {
  return (await workspaceRequest(WORKSPACE_POPULATION_PATHS.ledgerEntry(populationId, entryId), PopulationWriteResponseSchema, { method: 'DELETE', json: { reason } })).data;
}

/** A write answers with the population as stored: put it in place, then refresh what the public sees of its indicators. */
function usePopulationWrite<I>(write: (input: I) => Promise<PopulationWrite>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async ({ population }) => {
      queryClient.setQueryData<WorkspacePopulation[]>(workspaceKeys.populations(), (all) => all?.map((p) => (p.id === population.id ? population : p)));
      await refreshPublicData(
        queryClient,
        population.indicators.map((i) => i.id),
      );
    },
  });
}

export const useRecordPopulationList = () => usePopulationWrite(recordPopulationList);
export const useDeletePopulationList = () => usePopulationWrite(deletePopulationList);
export const useAddLedgerEntry = () => usePopulationWrite(addLedgerEntry);
export const useDeleteLedgerEntry = () => usePopulationWrite(deleteLedgerEntry);
