import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { KoersError } from '../koers-error';
import { Access } from './access.decorator';
import { AccessGuard } from './access.guard';

class Handlers {
  @Access({ public: true })
  open(): void {}

  @Access({ signedIn: true })
  mine(): void {}

  forgotten(): void {}
}

function contextFor(
  handler: keyof Handlers,
  method = 'GET',
  headers: Record<string, string> = {},
): ExecutionContext {
  const get = (name: string) => headers[name.toLowerCase()];
  const req = { method, path: '/api/x', params: {}, headers, get };
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

const guard = () => new AccessGuard(new Reflector(), {} as DataSource, { sessionMaxHours: 12 });

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as KoersError).code;
  }
}

describe('AccessGuard', () => {
  it('refuses a handler without an @Access rule to everyone (fail closed)', async () => {
    expect(await codeOf(guard().canActivate(contextFor('forgotten')))).toBe('ACCESS_RULE_MISSING');
  });

  it('lets public handlers through and asks for sign-in elsewhere', async () => {
    await expect(guard().canActivate(contextFor('open'))).resolves.toBe(true);
    expect(await codeOf(guard().canActivate(contextFor('mine')))).toBe('NOT_SIGNED_IN');
  });

  it('checks CSRF on every write, even to a public handler (nothing switches the checks off)', async () => {
    const crossSite = { host: 'koers.test', origin: 'https://elders.example' };
    expect(await codeOf(guard().canActivate(contextFor('open', 'POST', crossSite)))).toBe(
      'CSRF_FAILED',
    );
  });
});
