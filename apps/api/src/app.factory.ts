import compression from 'compression';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import type { DestinationStream, Logger as PinoRoot } from 'pino';
import { AppModule, AppModuleOptions } from './app.module';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { SessionConfig } from './config/koers-config';
import { DEFAULT_SESSION_CONFIG, installSecurity } from './modules/auth/security';
import { requestIdMiddleware } from './common/request-id';
import { requestContextMiddleware } from './common/request-context';
import { createValidationPipe } from './common/validation';
import { installBodyParsing } from './common/body-parsing';
import { webAppMiddleware } from './web/serve-web-app';
import { createRootLogger, nestLoggerOn, requestLogMiddleware } from './common/logging';

/** Builds the Koers HTTP application exactly as it runs, for `main.ts` and for the tests. */
export async function createKoersApp(
  options: Omit<AppModuleOptions, 'logger'> & {
    logLevel?: LogLevel | false;
    /** The root logger to write on (main.ts's); else one at `logLevel` on stdout. */
    logger?: PinoRoot;
    /** Without `logger`: where the log lines go instead of stdout (tests read them back). */
    logDestination?: DestinationStream;
    session?: SessionConfig;
    /** KOERS_TRUSTED_PROXIES: whose X-Forwarded-For and -Proto are believed (default none). */
    trustedProxies?: string[];
    /** The built web app to serve at `/`, with the app's routes falling back to index.html. */
    webDir?: string;
    /** Serve the web app's source maps (not in production). */
    webSourceMaps?: boolean;
  },
): Promise<INestApplication> {
  const level = options.logLevel ?? 'log';
  const session = options.session ?? DEFAULT_SESSION_CONFIG;
  const logger = options.logger ?? createRootLogger(level, options.logDestination);
  const module = AppModule.forRoot({ ...options, sessionMaxHours: session.maxHours });
  const app = await NestFactory.create<NestExpressApplication>(module, {
    // Held until the structured logger below takes over, so no line is written unstructured.
    bufferLogs: true,
    // Bodies are read by installBodyParsing, after the session and with its own checks.
    bodyParser: false,
  });
  app.useLogger(nestLoggerOn(logger));
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(requestLogMiddleware(logger));
  installSecurity(app, session, options.trustedProxies ?? []);
  // The API's answers go compressed (brotli or gzip, as the client accepts) from 1 kB on: a
  // programme's lists are JSON that shrinks to a fifth. The web app's files were compressed at
  // build time (webAppMiddleware); downloads that do not compress (PDF, xlsx) are left as they are.
  // A client that accepts no encoding (no Accept-Encoding: scripts, load tests, health checks)
  // gets no compressed answer from the middleware either, so it is skipped for them: it wraps the
  // response's write, end and headers on every request it sees.
  const compress = compression({ threshold: 1024 });
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  });
  app.use(requestContextMiddleware);
  if (options.webDir)
    app.use(webAppMiddleware(options.webDir, { sourceMaps: options.webSourceMaps ?? true }));
  installBodyParsing(app);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
