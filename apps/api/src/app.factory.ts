import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
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

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The levels Nest prints for a configured LOG_LEVEL: that level and everything more severe. */
export function levelsUpTo(level: LogLevel | false): LogLevel[] {
  return level === false ? [] : LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Builds the Koers HTTP application exactly as it runs, for `main.ts` and for the tests. */
export async function createKoersApp(
  options: AppModuleOptions & {
    logLevel?: LogLevel | false;
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
  const module = AppModule.forRoot({ ...options, sessionMaxHours: session.maxHours });
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: level === false ? false : levelsUpTo(level),
    bufferLogs: false,
    // Bodies are read by installBodyParsing, after the session and with its own checks.
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  installSecurity(app, session, options.trustedProxies ?? []);
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
