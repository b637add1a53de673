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

/** The API's answers are data, never a page: nothing may load from them or frame them. */
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

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
  // The policies that govern a document (opener, agent cluster, referrer, DNS prefetch, the old
  // XSS filter) mean nothing on a file or on JSON; what counts for any answer is kept (nosniff,
  // same-origin resource policy, and on the API HSTS and no framing). Some 350–700 bytes less on
  // each of the ~30 answers a first visit loads.
  const documentOnly = {
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xXssProtection: false,
  } as const;
  // The web app's hashed scripts and styles and its icon: what a document needs comes with
  // index.html.
  const file = helmet({
    ...documentOnly,
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
  });
  // The API's JSON, PDF and spreadsheets: nothing in them may load or run anything, nor be framed
  // (OWASP's REST headers).
  const api = helmet({
    ...documentOnly,
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    xFrameOptions: { action: 'deny' },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const headers =
      req.path.startsWith('/assets/') || req.path === '/favicon.svg'
        ? file
        : req.path.startsWith('/api/docs')
          ? docs
          : req.path === '/api' || req.path.startsWith('/api/')
            ? api
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
