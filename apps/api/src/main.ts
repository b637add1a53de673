import 'reflect-metadata';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import { createKoersApp } from './app.factory';
import { createRootLogger, nestLoggerOn } from './common/logging';
import { ConfigError, demoModeNotice, loadConfig } from './config/koers-config';
import { resolveSessionSecret } from './config/secret-file';
import { leaveShutdownSignalsToCaller } from './database/embedded-postgres';
import { openDatabase } from './database/open-database';
import { prepareDatabase } from './database/prepare-database';
import { demoAccountsWithPublishedPassword } from './seed/demo-accounts-left';
import { DEMO_SEEDS } from './seed/demo-seeds';

/**
 * Counts the requests whose handler has not answered yet. The server's connections do not show
 * them all: a client that gave up waiting closes its connection while the handler still works.
 */
function countHandlersAtWork(server: Server): { settled: () => Promise<void> } {
  let atWork = 0;
  let onSettled: (() => void) | undefined;
  // First in line, before Express: an answer Express writes at once is counted as well.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    atWork++;
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<ServerResponse['end']>) => {
      res.end = end;
      if (--atWork === 0) onSettled?.();
      return end(...args);
    }) as ServerResponse['end'];
  });
  return {
    settled: () =>
      atWork === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onSettled = resolve)),
  };
}

/**
 * Stops taking requests and lets the handlers at work answer (at most 5 s) before the database
 * pool closes: Nest closes its modules, the pool among them, before the HTTP server, which failed
 * requests in flight at a restart — also those whose client had already gone.
 */
async function drain(server: Server, handlers: { settled: () => Promise<void> }): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([
    Promise.all([closed, handlers.settled()]),
    new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
  ]);
  server.closeAllConnections();
}

/** Production without KOERS_DEMO=1 does not run on demo accounts that open with the published password. */
async function refuseDemoAccounts(url: string): Promise<void> {
  const open = await demoAccountsWithPublishedPassword(url);
  if (open === 0) return;
  throw new ConfigError(
    `this database holds ${open} demo account(s) that open with the published demo password; ` +
      'use a database without demo data for production, or set KOERS_DEMO=1 to run it as a demo.',
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  // One structured logger (JSON lines, pino) from the first line on; the app writes on it too.
  const root = createRootLogger(config.logLevel);
  Logger.overrideLogger(nestLoggerOn(root));
  const logger = new Logger('Koers');
  const session = await resolveSessionSecret(config.session);
  if (session.generatedIn) {
    logger.log(
      `KOERS_SESSION_SECRET is not set: signing sessions with the secret generated for this installation in ${session.generatedIn}.`,
    );
  }
  const demoNotice = demoModeNotice(config);
  if (demoNotice) logger[demoNotice.level](demoNotice.message);
  const database = await openDatabase(config.database, logger);
  try {
    await prepareDatabase(database.migrationUrl, {
      seeds: config.demo ? DEMO_SEEDS : [],
      logger,
      appUrl: database.url,
    });
    if (config.production && !config.demo) await refuseDemoAccounts(database.url);
    const app = await createKoersApp({
      databaseUrl: database.url,
      webDir: config.webDir,
      webSourceMaps: !config.production,
      logLevel: config.logLevel,
      logger: root,
      session: session.config,
      demo: config.demo,
      trustedProxies: config.trustedProxies,
    });
    const handlers = countHandlersAtWork(app.getHttpServer() as Server);
    await app.listen(config.port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new ConfigError(
            `PORT ${config.port} is already in use; stop that program or choose another PORT.`,
          )
        : error;
    });
    logger.log(
      `Koers is running at http://localhost:${config.port}/ (API at /api, docs at /api/docs)`,
    );
    if (!config.webDir) logger.warn('No built web app found; serving the API only.');

    const shutdown = async (signal: string) => {
      logger.log(`${signal} received: shutting down`);
      await drain(app.getHttpServer() as Server, handlers);
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    leaveShutdownSignalsToCaller();
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Koers cannot start: ${error.message}`);
  } else {
    console.error('Koers cannot start:', error);
  }
  process.exit(1);
});
