import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The precompressed copies the web build writes next to a file (apps/web/vite.config.ts). */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['token'];

/** Vite names every file under /assets after its content: it never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the other unhashed files: the browser asks again each time (ETag makes it cheap). */
const REVALIDATE = 'no-cache';

interface WebFile {
  absolute: string;
  encodings: Set<Encoding>;
}

/** Every file of the built app by URL path, read once at start (the build does not change). */
function listFiles(webDir: string, sourceMaps: boolean): Map<string, WebFile> {
  const names = readdirSync(webDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(webDir, path.join(entry.parentPath, entry.name)));
  const present = new Set(names);
  const files = new Map<string, WebFile>();
  for (const name of names) {
    if (ENCODINGS.some((e) => name.endsWith(e.suffix) && present.has(name.slice(0, -3)))) continue;
    if (!sourceMaps && name.endsWith('.map')) continue;
    const encodings = new Set(
      ENCODINGS.filter((e) => present.has(name + e.suffix)).map((e) => e.token),
    );
    files.set('/' + name.split(path.sep).join('/'), {
      absolute: path.join(webDir, name),
      encodings,
    });
  }
  return files;
}

/**
 * Serves the built web app at `/`: its files, brotli or gzip when the browser accepts it and the
 * build made a compressed copy, hashed assets cached for a year and the rest revalidated; and
 * index.html for a route of the app (a path without a file extension, outside /assets), so a deep
 * link opens the app. A file that does not exist is a 404 (from Nest, as problem details), never
 * the app's HTML; source maps only when asked (not in production).
 */
export function webAppMiddleware(webDir: string, options: { sourceMaps: boolean }): RequestHandler {
  const files = listFiles(webDir, options.sourceMaps);
  const index = files.get('/index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    let file = files.get(req.path);
    if (!file) {
      if (path.posix.extname(req.path) !== '' || req.path.startsWith('/assets/')) return next();
      file = index;
    }
    if (!file) return next();
    send(req, res, next, file, req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
  };
}

function send(req: Request, res: Response, next: NextFunction, file: WebFile, cache: string): void {
  const offered = ENCODINGS.filter((e) => file.encodings.has(e.token));
  // Ours in order (brotli is smaller), whatever order the browser lists them in, unless it says q=0.
  const encoding = offered.find((e) => req.acceptsEncodings(e.token) === e.token);
  res.setHeader('Cache-Control', cache);
  if (offered.length) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) {
    // The type of the file itself, not of its .br/.gz copy; `send` keeps a type already set.
    res.type(path.extname(file.absolute));
    res.setHeader('Content-Encoding', encoding.token);
  }
  // A hashed asset is never asked for again while cached: no date or ranges to send along (some
  // 60 bytes on each of the ~20 files a first visit loads). Express sets `etag` from the app's
  // setting whatever is passed here, so the ETag stays.
  const immutable = cache === IMMUTABLE;
  res.sendFile(
    encoding ? file.absolute + encoding.suffix : file.absolute,
    {
      cacheControl: false,
      dotfiles: 'allow',
      lastModified: !immutable,
      acceptRanges: !immutable,
    },
    (error?: Error) => error && !res.headersSent && next(error),
  );
}
