import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigError } from '../config/koers-config';

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
  const parent = await parentOf(pid);
  if (parent !== process.pid && (await isNodeProcess(parent))) {
    throw new ConfigError(
      `Koers already runs on KOERS_DATA_DIR ${dataDir} (process ${parent}); stop it first, or choose another KOERS_DATA_DIR.`,
    );
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
  const commandLine = await commandLineOf(pid);
  return commandLine.some((part) => path.resolve(part) === path.resolve(dataDir));
}

/**
 * A postmaster whose parent is a Node process still belongs to a running Koers; one left behind
 * by a killed Koers has been handed to init (or a subreaper), and one restarted by hand to pg_ctl's.
 */
async function isNodeProcess(pid: number | undefined): Promise<boolean> {
  if (pid === undefined || pid <= 1 || !isAlive(pid)) return false;
  const [program] = await commandLineOf(pid);
  return program !== undefined && /^node(js)?(\d+)?(\.exe)?$/.test(path.basename(program));
}

async function parentOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // pid (comm) state ppid …; comm may hold spaces and parentheses.
  const ppid = stat
    ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    : Number(await ps(pid, 'ppid='));
  return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
}

async function commandLineOf(pid: number): Promise<string[]> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (text) => text.split('\0').filter(Boolean),
    async () => (await ps(pid, 'command=')).split(/\s+/).filter(Boolean),
  );
}

function ps(pid: number, format: string): Promise<string> {
  return new Promise((resolve) =>
    execFile('ps', ['-p', String(pid), '-o', format], (error, stdout) =>
      resolve(error ? '' : stdout.trim()),
    ),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
