import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { OpenPage } from '@koers/contracts';
import type { NextFunction, Request, Response } from 'express';

/** Short: an adopted programme changes rarely, but a correction should show within minutes. */
export const OPEN_CACHE_CONTROL = 'public, max-age=300';

/**
 * CORS for the open-data API only: any origin may read it, without credentials (no
 * Access-Control-Allow-Credentials, so a browser never sends cookies along). Only on GET, HEAD
 * and the preflight; a write to these paths, or any other API route, gets no CORS header.
 */
export function openDataCors(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag');
  }
  next();
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether If-None-Match names this ETag (weak or strong, in a list, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * Sends an open-data answer with its ETag and Cache-Control; 304 without a body when the client
 * already has this version (If-None-Match).
 */
export function sendOpenData(
  req: Request,
  res: Response,
  body: string,
  contentType: string,
  filename?: string,
): void {
  const etag = etagOf(body);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', OPEN_CACHE_CONTROL);
  if (filename) res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  if (matchesEtag(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.status(200).type(contentType).send(body);
}

/** A page as JSON, or all of its rows as CSV (UTF-8 with BOM, a header row of the field names). */
export function sendDataset<T extends object>(
  req: Request,
  res: Response,
  data: OpenPage<T> | T,
  csv: { name: string; columns: (keyof T & string)[] } | undefined,
): void {
  if (!csv) {
    sendOpenData(req, res, JSON.stringify(data), 'application/json; charset=utf-8');
    return;
  }
  const items = 'items' in data ? data.items : [data];
  const text = stringify(
    items.map((item) => csv.columns.map((c) => cell(item[c]))),
    { header: true, columns: csv.columns, bom: true },
  );
  sendOpenData(req, res, text, 'text/csv; charset=utf-8', `${csv.name}.csv`);
}

/**
 * Lists joined by semicolons; everything else as its text. Text that a spreadsheet would take
 * for a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe.
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = Array.isArray(value)
    ? value.join('; ')
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
