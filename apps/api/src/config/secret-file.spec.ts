import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './koers-config';
import { resolveSessionSecret } from './secret-file';

describe('the session secret of an installation', () => {
  let folder: string;
  const session = (dir: string) => ({
    secretFile: path.join(dir, 'postgres.session-secret'),
    idleMinutes: 30,
    maxHours: 12,
  });

  beforeEach(async () => (folder = await mkdtemp(path.join(os.tmpdir(), 'koers-secret-'))));
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('is KOERS_SESSION_SECRET when set, and then nothing is written', async () => {
    const resolved = await resolveSessionSecret({ ...session(folder), secret: 'y'.repeat(32) });
    expect(resolved).toEqual({ config: expect.objectContaining({ secret: 'y'.repeat(32) }) });
    await expect(stat(session(folder).secretFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is generated on the first start, readable by its owner only, and kept for the next', async () => {
    const first = await resolveSessionSecret(session(folder));
    const file = session(folder).secretFile;
    expect(first.generatedIn).toBe(file);
    expect(first.config.secret).toMatch(/^\S{32,}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await resolveSessionSecret(session(folder))).config.secret).toBe(first.config.secret);
  });

  it('differs between installations', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'koers-secret-'));
    try {
      const [a, b] = await Promise.all([
        resolveSessionSecret(session(folder)),
        resolveSessionSecret(session(other)),
      ]);
      expect(a.config.secret).not.toBe(b.config.secret);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('refuses a damaged secret file without printing what is in it', async () => {
    await writeFile(session(folder).secretFile, 'kort geheim');
    const attempt = resolveSessionSecret(session(folder));
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(resolveSessionSecret(session(folder))).rejects.not.toThrow(/geheim/);
    expect(await readFile(session(folder).secretFile, 'utf8')).toBe('kort geheim');
  });
});
