// The figures import: a CSV file or an Excel workbook (.xlsx), dry run or applied.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportResponseSchema, XLSX_MEDIA_TYPE, type ImportOnConflict, type ImportReport } from '@ccm/shared/schemas/workspace';
import { WORKSPACE_API, workspaceRequest } from '../../api/workspace-request.ts';
import { workspaceKeys } from '../../api/workspace-keys.ts';

/** What the file inputs of the imports accept: CSV and Excel workbooks. */
export const IMPORT_FILE_TYPES = `.csv,text/csv,.xlsx,${XLSX_MEDIA_TYPE}`;

/** A chosen file as the import sends it: CSV as text, an Excel workbook as its bytes. */
export type ImportFile = { format: 'csv'; text: string } | { format: 'xlsx'; bytes: ArrayBuffer };

/** Zip (.xlsx) or the old binary Excel format (.xls, which the server then names): sent as a workbook, not as text. */
const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/** What a chosen file holds, by its first bytes (a renamed file is still read for what it is): a workbook, or CSV text. */
export async function readImportFile(file: Blob): Promise<ImportFile> {
  const bytes = await file.arrayBuffer();
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (WORKBOOK_SIGNATURES.some((signature) => signature.every((byte, index) => head[index] === byte))) return { format: 'xlsx', bytes };
  return { format: 'csv', text: new TextDecoder().decode(bytes) };
}

export interface ImportCsvInput {
  file: ImportFile;
  dryRun: boolean;
  /** Rows over someone else's draft: refused (the default), written over their drafts, or left out. */
  onConflict?: ImportOnConflict;
}

/** Dry run: what would change and what is rejected. Otherwise: every row as a draft, or none. */
export async function importCsv({ file, dryRun, onConflict = 'refuse' }: ImportCsvInput): Promise<ImportReport> {
  const body = file.format === 'xlsx' ? { file: new Blob([file.bytes], { type: XLSX_MEDIA_TYPE }) } : { csv: file.text };
  const query = new URLSearchParams({ dryRun: String(dryRun), ...(onConflict === 'refuse' ? {} : { onConflict }) });
  return (await workspaceRequest(`${WORKSPACE_API}/import?${query.toString()}`, ImportResponseSchema, { method: 'POST', ...body })).data;
}

export function useImportCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCsv,
    onSuccess: async (report) => {
      if (report.applied) await queryClient.invalidateQueries({ queryKey: workspaceKeys.all() });
    },
  });
}
