import type { ProblemDetails } from '@koers/contracts';
import { ApiError } from '../../../lib/api-client';
import type { operations, paths } from '../../../lib/api/schema.gen';

/** The export operations of the API (checked against its OpenAPI document at compile time). */
type ExportPath = Extract<keyof paths, `/api/programmes/{programmeId}/export/${string}`>;

type TableParameters = operations['exportProgrammeTable']['parameters'];
export type ExportTable = TableParameters['path']['table'];
export type CsvSeparator = NonNullable<NonNullable<TableParameters['query']>['separator']>;

export type ExportRequest =
  | { kind: 'workbook' }
  | { kind: 'document' }
  | { kind: 'table'; table: ExportTable; separator: CsvSeparator };

const PATHS: Record<ExportRequest['kind'], ExportPath> = {
  workbook: '/api/programmes/{programmeId}/export/workbook',
  document: '/api/programmes/{programmeId}/export/document',
  table: '/api/programmes/{programmeId}/export/tables/{table}',
};

export function exportUrl(programmeId: string, request: ExportRequest): string {
  const path = PATHS[request.kind].replace('{programmeId}', encodeURIComponent(programmeId));
  if (request.kind !== 'table') return path;
  return `${path.replace('{table}', request.table)}?separator=${request.separator}`;
}

export interface DownloadProgress {
  receivedBytes: number;
  /** From Content-Length when the server knows it in advance (the PDF); null while streaming. */
  totalBytes: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Fetches a file as it streams in, reporting the bytes received after every chunk, so the page
 * stays usable and shows progress; the whole file is then one Blob to save.
 */
export async function downloadFile(
  url: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) {
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    const problem = isJson ? ((await response.json()) as ProblemDetails) : undefined;
    throw new ApiError(response.status, problem);
  }
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let receivedBytes = 0;
  onProgress({ receivedBytes, totalBytes });
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    receivedBytes += value.byteLength;
    onProgress({ receivedBytes, totalBytes });
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), fileName: fileNameOf(response, 'koers-export') };
}

/** Hands a downloaded file to the browser to save, as a link click would. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
