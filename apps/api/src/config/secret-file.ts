import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, SessionConfig } from './koers-config';

/** A random string for a password or a signing secret: 32 bytes, URL- and SQL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Reads a file only its owner may read; one that others could read is closed first. */
export async function readSecretFile(file: string): Promise<string | undefined> {
  try {
    const { mode } = await stat(file);
    if ((mode & 0o077) !== 0) await chmod(file, 0o600);
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes a file readable by its owner only (mode 0600), whole or not at all. */
export async function writeSecretFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${content}\n`, { mode: 0o600 });
  await rename(partial, file);
}

/**
 * The session secret: KOERS_SESSION_SECRET, or (outside production, where loadConfig demands the
 * variable) one generated for this installation on its first start and kept next to its data, so
 * that sessions outlive a restart and no two installations share a known secret.
 */
export async function resolveSessionSecret(
  session: { secret?: string; secretFile: string } & Omit<SessionConfig, 'secret'>,
): Promise<{ config: SessionConfig; generatedIn?: string }> {
  const { secretFile, secret, ...rest } = session;
  if (secret) return { config: { ...rest, secret } };
  let kept = await readSecretFile(secretFile);
  if (kept !== undefined && !/^\S{32,}$/.test(kept)) {
    throw new ConfigError(
      `The session secret in ${secretFile} is not valid: delete that file to have Koers generate a new one.`,
    );
  }
  if (kept === undefined) {
    kept = randomSecret();
    await writeSecretFile(secretFile, kept);
  }
  return { config: { ...rest, secret: kept }, generatedIn: secretFile };
}
