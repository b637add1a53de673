import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';

/**
 * A postmaster that an earlier Koers left running in this data folder (Koers was killed with -9,
 * or someone restarted PostgreSQL by hand) is stopped cleanly, so that this Koers can start its
 * own; a postmaster.pid naming a process that is not that postmaster (a PID reused after a
 * reboot) is removed. A lock file naming no live process PostgreSQL removes by itself.
 */
export async function stopPostmasterOfFolder(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = await readPid(pidFile);
  if (pid === undefined || !isAlive(pid)) return;
  if (!(await isPostmasterOf(pid, dataDir))) {
    logger.warn(`Removing the stale ${pidFile}: process ${pid} is not its PostgreSQL.`);
    await rm(pidFile, { force: true });
    return;
  }
  logger.warn(`Stopping the PostgreSQL (pid ${pid}) left running in ${dataDir}.`);
  await signalAndWait(pid);
}

/** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT), then SIGKILL; resolves when gone. */
export async function signalAndWait(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const until = Date.now() + waitMs;
    while (isAlive(pid) && Date.now() < until) await sleep(50);
    if (!isAlive(pid)) return;
  }
}

async function readPid(pidFile: string): Promise<number | undefined> {
  try {
    const first = (await readFile(pidFile, 'utf8')).split('\n')[0].trim();
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line names this data folder (`postgres -D <dataDir>`). */
async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (text) => text.split('\0'),
    () => psCommandLine(pid),
  );
  return commandLine.some((part) => path.resolve(part) === path.resolve(dataDir));
}

function psCommandLine(pid: number): Promise<string[]> {
  return new Promise((resolve) =>
    execFile('ps', ['-p', String(pid), '-o', 'command='], (error, stdout) =>
      resolve(error ? [] : stdout.trim().split(/\s+/)),
    ),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
