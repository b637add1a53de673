import { INestApplication, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { DEV_SESSION_SECRET, SessionConfig } from '../../config/koers-config';
import { DATABASE_UNREACHABLE_DETAIL, isDatabaseUnreachable } from './database-unreachable';
import { SessionStore } from './session-store';

export const SESSION_COOKIE = 'koers.sid';

export const DEFAULT_SESSION_CONFIG: SessionConfig = {
  secret: DEV_SESSION_SECRET,
  idleMinutes: 30,
  maxHours: 12,
};

const STRICT_CSP = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  styleSrc: ["'self'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Swagger UI at /api/docs runs an inline script and styles: a relaxed policy there only. */
const DOCS_CSP = {
  ...STRICT_CSP,
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'https:'],
};

/**
 * Security headers, and server-side sessions in PostgreSQL (table "session", on the app's own
 * pool), for `createKoersApp`: the cookie is HttpOnly, SameSite=Lax, Secure over HTTPS (also
 * behind a trusted proxy that sets X-Forwarded-Proto), and idles out.
 */
export function installSecurity(
  app: INestApplication,
  config: SessionConfig,
  trustedProxies: string[],
): void {
  const express = app as NestExpressApplication;
  // Only the configured proxies may say who the client is (X-Forwarded-For, which the sign-in
  // limits count by) and that it came over HTTPS: anyone else could pick their own address.
  express.set('trust proxy', trustedProxies.length > 0 ? trustedProxies : false);

  const strict = helmet({ contentSecurityPolicy: { useDefaults: false, directives: STRICT_CSP } });
  const docs = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP } });
  // The web app's hashed scripts and styles: the policies that govern a document (CSP, framing,
  // HSTS, referrer) come with index.html and mean nothing on a script; what does count for a file
  // is kept (nosniff, same-origin resource policy). Some 700 bytes less on each of the ~20 files a
  // first visit loads.
  const asset = helmet({
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const headers = req.path.startsWith('/assets/')
      ? asset
      : req.path.startsWith('/api/docs')
        ? docs
        : strict;
    headers(req, res, next);
  });

  const { store } = app.get(SessionStore);

  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.secret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        path: '/',
        maxAge: config.idleMinutes * 60_000,
      },
    }),
  );
  // The session store failing (database down) answers as problem details, not an HTML page.
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    new Logger('Sessions').error(String(error));
    const unreachable = isDatabaseUnreachable(error);
    res
      .status(503)
      .type('application/problem+json')
      .json({
        type: 'about:blank',
        title: 'Niet beschikbaar',
        status: 503,
        detail: unreachable
          ? DATABASE_UNREACHABLE_DETAIL
          : 'Aanmelden is nu niet mogelijk; probeer het zo opnieuw.',
        code: unreachable ? 'DATABASE_UNREACHABLE' : 'SESSIONS_UNAVAILABLE',
        instance: req.originalUrl,
        requestId: req.requestId,
      });
  });
}
