import { QueryFailedError } from 'typeorm';
import { isDatabaseUnreachable } from './database-unreachable';

const withCode = (code: string, extra: object = {}) =>
  Object.assign(new Error('x'), { code, ...extra });

describe('isDatabaseUnreachable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a connection exception (class 08)', withCode('08006')],
    ['a server shutting down', withCode('57P01')],
    [
      'a FATAL at connect (database not accepting connections)',
      withCode('55000', { severity: 'FATAL' }),
    ],
    ['a broken connection', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'a query whose driver error is a shutdown',
      new QueryFailedError('SELECT 1', [], withCode('57P01', { severity: 'FATAL' })),
    ],
  ])('says yes for %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    [
      'a unique violation',
      new QueryFailedError('INSERT', [], withCode('23505', { severity: 'ERROR' })),
    ],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('says no for %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
