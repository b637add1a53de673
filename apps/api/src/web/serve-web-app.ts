import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

/**
 * Serves the built web app at `/`: its files as they are, and index.html for a route of the app
 * (a path without a file extension, outside /assets), so a deep link opens the app. A file that
 * does not exist is a 404 (from Nest, as problem details), never the app's HTML; source maps only
 * when asked (not in production).
 */
export function serveWebApp(
  app: INestApplication,
  webDir: string,
  options: { sourceMaps: boolean },
): void {
  const files = express.static(webDir, { index: false, redirect: false });
  const indexFile = path.join(webDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    if (!options.sourceMaps && req.path.endsWith('.map')) return next();
    files(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (path.extname(req.path) !== '' || req.path.startsWith('/assets/')) return next();
      res.sendFile(indexFile, (sendError?: Error) => sendError && next(sendError));
    });
  });
}
