import { Logger } from '@nestjs/common';
import type { Principal } from './access/principal';
import {
  currentActor,
  requestContextMiddleware,
  runAs,
  setRequestPrincipal,
  SYSTEM_ACTORS,
} from './request-context';

const anna: Principal = {
  id: 'u1',
  email: 'anna@x.nl',
  name: 'Anna de Vries',
  isPlatformAdmin: false,
  grants: [
    { regionId: 'r1', role: 'bureau', municipalityId: null, personId: null },
    { regionId: 'r1', role: 'admin', municipalityId: null, personId: null },
    { regionId: 'r2', role: 'observer', municipalityId: null, personId: null },
  ],
};

/** Runs `work` as the handler of a request whose guard identified `principal`. */
const inRequest = <T>(principal: Principal | undefined, work: () => T) =>
  new Promise<T>((resolve, reject) => {
    requestContextMiddleware({} as never, {} as never, () => {
      setRequestPrincipal(principal);
      // Later in the same request, after awaits (a transaction), the context is still there.
      void Promise.resolve()
        .then(() => new Promise((r) => setTimeout(r, 1)))
        .then(work)
        .then(resolve, reject);
    });
  });

describe('the actor of a write', () => {
  it('is the signed-in person with their roles in the region of the write', async () => {
    expect(await inRequest(anna, () => currentActor('r1'))).toEqual({
      id: 'u1',
      name: 'Anna de Vries',
      role: 'admin,bureau',
    });
    expect(await inRequest(anna, () => currentActor('r2'))).toMatchObject({
      role: 'observer',
    });
    expect(
      await inRequest({ ...anna, isPlatformAdmin: true, grants: [] }, () => currentActor(null)),
    ).toMatchObject({ role: 'platform_admin' });
  });

  it('is the named part of Koers outside a request (seed, command line)', () => {
    expect(runAs(SYSTEM_ACTORS.seed, () => currentActor('r1'))).toEqual({
      id: null,
      name: 'demo-gegevens',
      role: null,
    });
    expect(runAs(SYSTEM_ACTORS.cli, () => currentActor(null)).name).toBe('beheer-opdrachtregel');
  });

  it('is "systeem" only when nothing else is known, and says so in the log', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    expect(currentActor('r1', 'update programme').name).toBe('systeem');
    expect(await inRequest(undefined, () => currentActor('r1')).then((a) => a.name)).toBe(
      'systeem',
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('update programme'));
    warn.mockRestore();
  });
});
