import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { createKoersApp, levelsUpTo } from './app.factory';
import { ConfigError, loadConfig } from './config/koers-config';
import { openDatabase } from './database/open-database';
import { prepareDatabase } from './database/prepare-database';
import { DEMO_SEEDS } from './seed/demo-seeds';

/**
 * Stops taking requests and lets those under way finish (at most 5 s) before the database pool
 * closes: Nest closes its modules, the pool among them, before the HTTP server, which failed
 * requests in flight at a restart.
 */
async function drain(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  server.closeAllConnections();
}

async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(levelsUpTo(config.logLevel));
  const logger = new Logger('Koers');
  const database = await openDatabase(config.database, logger);
  try {
    await prepareDatabase(database.url, { seeds: config.demo ? DEMO_SEEDS : [], logger });
    const app = await createKoersApp({
      databaseUrl: database.url,
      webDir: config.webDir,
      logLevel: config.logLevel,
      session: config.session,
      demo: config.demo,
    });
    if (config.session.usesDevSecret) {
      logger.warn(
        'KOERS_SESSION_SECRET is not set: using the development secret. Set it outside development.',
      );
    }
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
      await drain(app.getHttpServer() as Server);
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
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
