import { existsSync } from 'node:fs';
import path from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import { ConfigError } from './config-error';
import { parseTrustedProxies } from './trusted-proxies';

export { ConfigError };

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Every environment variable Koers reads, with its default. Read once, validated at boot. */
export class KoersEnvironment {
  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT: number = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message:
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/koers',
  })
  DATABASE_URL?: string;

  /** The owner of the schema, for migrations and seeds; DATABASE_URL is then the app's role. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message:
      'DATABASE_MIGRATION_URL must be a PostgreSQL URL such as postgres://owner:password@host:5432/koers',
  })
  DATABASE_MIGRATION_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KOERS_DATA_DIR?: string;

  @Transform(toInt)
  @IsInt({ message: 'KOERS_DB_PORT must be a whole number between 1024 and 65535, not 5432' })
  @Min(1024, { message: 'KOERS_DB_PORT must be a whole number between 1024 and 65535, not 5432' })
  @Max(65535, { message: 'KOERS_DB_PORT must be a whole number between 1024 and 65535, not 5432' })
  KOERS_DB_PORT: number = 54329;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['0', '1'], { message: 'KOERS_DEMO must be 0 or 1' })
  KOERS_DEMO?: '0' | '1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  KOERS_WEB_DIR?: string;

  @Transform(emptyToUndefined)
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'], {
    message: 'LOG_LEVEL must be one of error, warn, log, debug, verbose',
  })
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^\S{32,}$/, {
    message: 'KOERS_SESSION_SECRET must be at least 32 characters without spaces',
  })
  KOERS_SESSION_SECRET?: string;

  @Transform(toInt)
  @IsInt({ message: 'KOERS_SESSION_IDLE_MINUTES must be a whole number between 1 and 1440' })
  @Min(1, { message: 'KOERS_SESSION_IDLE_MINUTES must be a whole number between 1 and 1440' })
  @Max(1440, { message: 'KOERS_SESSION_IDLE_MINUTES must be a whole number between 1 and 1440' })
  KOERS_SESSION_IDLE_MINUTES: number = 30;

  @Transform(toInt)
  @IsInt({ message: 'KOERS_SESSION_MAX_HOURS must be a whole number between 1 and 168' })
  @Min(1, { message: 'KOERS_SESSION_MAX_HOURS must be a whole number between 1 and 168' })
  @Max(168, { message: 'KOERS_SESSION_MAX_HOURS must be a whole number between 1 and 168' })
  KOERS_SESSION_MAX_HOURS: number = 12;

  /** Pins "today" for deadlines (demos, rehearsals); the Clock reads it. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'KOERS_TODAY must be a date written as YYYY-MM-DD' })
  KOERS_TODAY?: string;
}

/** The tests' session secret; a start without KOERS_SESSION_SECRET generates its own. */
export const DEV_SESSION_SECRET = 'koers-development-session-secret-not-for-production';

/** Never repeated in an error: a password or a secret is not for the log. */
const SECRET_VARIABLES = new Set([
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'KOERS_SESSION_SECRET',
]);

export interface SessionConfig {
  /** Signs the session cookie; the same on every replica. */
  secret: string;
  /** Signed out after this many minutes without a request. */
  idleMinutes: number;
  /** Signed out this many hours after signing in, however active. */
  maxHours: number;
}

export type DatabaseConfig =
  | { kind: 'external'; url: string; migrationUrl?: string }
  | { kind: 'embedded'; dataDir: string; port: number };

export interface KoersConfig {
  port: number;
  database: DatabaseConfig;
  /** Seed the demo regions, programme and accounts on a first start. */
  demo: boolean;
  /** Folder of the built web app, or undefined when there is none to serve (API-only). */
  webDir?: string;
  logLevel: KoersEnvironment['LOG_LEVEL'];
  /** The reverse proxies whose X-Forwarded-* headers are believed (KOERS_TRUSTED_PROXIES). */
  trustedProxies: string[];
  /** NODE_ENV=production: no demo unless KOERS_DEMO=1, a session secret required, no source maps. */
  production: boolean;
  /** Without a secret (outside production) main.ts generates one, kept in `secretFile`. */
  session: Omit<SessionConfig, 'secret'> & { secret?: string; secretFile: string };
}

/** The folder holding Koers's package.json, whether we run from source or from dist. */
export function findProjectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): KoersConfig {
  const parsed = plainToInstance(KoersEnvironment, { ...env }, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: false });
  if (errors.length > 0) {
    const first = errors[0];
    const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is not valid`;
    const got = SECRET_VARIABLES.has(first.property)
      ? ''
      : ` (got "${String(env[first.property])}")`;
    throw new ConfigError(`${message}${got}.`);
  }
  if (parsed.DATABASE_MIGRATION_URL && !parsed.DATABASE_URL) {
    throw new ConfigError(
      'DATABASE_MIGRATION_URL needs DATABASE_URL: set DATABASE_URL to the role the app connects as.',
    );
  }
  const production = env.NODE_ENV === 'production';
  if (production && !parsed.KOERS_SESSION_SECRET) {
    throw new ConfigError(
      'KOERS_SESSION_SECRET is required in production: set it to the same random string (32+ characters) on every replica.',
    );
  }
  const root = findProjectRoot();
  const dataDir = path.resolve(root, parsed.KOERS_DATA_DIR ?? '.koers/postgres');
  const database: DatabaseConfig = parsed.DATABASE_URL
    ? { kind: 'external', url: parsed.DATABASE_URL, migrationUrl: parsed.DATABASE_MIGRATION_URL }
    : { kind: 'embedded', dataDir, port: parsed.KOERS_DB_PORT };
  const webDir = path.resolve(root, parsed.KOERS_WEB_DIR ?? 'dist/web');
  return {
    port: parsed.PORT,
    database,
    // The embedded database is a demo database; an external one gets demo data only when asked,
    // and production only on an explicit KOERS_DEMO=1.
    demo: parsed.KOERS_DEMO
      ? parsed.KOERS_DEMO === '1'
      : database.kind === 'embedded' && !production,
    webDir: existsSync(path.join(webDir, 'index.html')) ? webDir : undefined,
    logLevel: parsed.LOG_LEVEL,
    trustedProxies: parseTrustedProxies(env.KOERS_TRUSTED_PROXIES),
    production,
    session: {
      secret: parsed.KOERS_SESSION_SECRET,
      // Next to the data folder, also with an external database (one secret per installation).
      secretFile: `${dataDir}.session-secret`,
      idleMinutes: parsed.KOERS_SESSION_IDLE_MINUTES,
      maxHours: parsed.KOERS_SESSION_MAX_HOURS,
    },
  };
}

/** What the start log says about demo mode in production (nothing outside production). */
export function demoModeNotice(
  config: Pick<KoersConfig, 'production' | 'demo'>,
): { level: 'warn' | 'log'; message: string } | undefined {
  if (!config.production) return undefined;
  return config.demo
    ? {
        level: 'warn',
        message:
          'DEMO MODE IN PRODUCTION (KOERS_DEMO=1): demo accounts with a shared, published password are loaded and listed at /api/auth/demo-accounts. Never do this with real data.',
      }
    : {
        level: 'log',
        message: 'Production: no demo data and no demo accounts (KOERS_DEMO=1 would allow them).',
      };
}
