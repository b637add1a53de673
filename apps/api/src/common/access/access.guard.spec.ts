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

function contextFor(handler: keyof Handlers, method = 'GET'): ExecutionContext {
  const req = { method, path: '/api/x', params: {}, headers: {}, get: () => undefined };
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

const guard = (enforceAccess: boolean) =>
  new AccessGuard(new Reflector(), {} as DataSource, { enforceAccess, sessionMaxHours: 12 });

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
    expect(await codeOf(guard(true).canActivate(contextFor('forgotten')))).toBe(
      'ACCESS_RULE_MISSING',
    );
  });

  it('lets public handlers through and asks for sign-in elsewhere', async () => {
    await expect(guard(true).canActivate(contextFor('open'))).resolves.toBe(true);
    expect(await codeOf(guard(true).canActivate(contextFor('mine')))).toBe('NOT_SIGNED_IN');
  });

  it('lets everything through while access is not enforced (staging for older tests)', async () => {
    await expect(guard(false).canActivate(contextFor('forgotten'))).resolves.toBe(true);
  });
});
