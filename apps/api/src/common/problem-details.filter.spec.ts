import { ArgumentsHost, Logger } from '@nestjs/common';
import { KoersError, ValidationFailedError } from './koers-error';
import { ProblemDetailsFilter } from './problem-details.filter';

function fakeHost() {
  const sent: { status?: number; type?: string; body?: Record<string, unknown> } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
  };
  const request = { method: 'PATCH', originalUrl: '/api/programmes/1', requestId: 'req-12345678' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('ProblemDetailsFilter', () => {
  it('turns an unknown error into a bare 500 without SQL or stack, and logs it with the request id', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = fakeHost();
    new ProblemDetailsFilter().catch(
      new Error(
        'duplicate key value violates unique constraint "programme_pkey" in SELECT * FROM programme',
      ),
      host,
    );
    expect(sent.status).toBe(500);
    expect(sent.type).toBe('application/problem+json');
    expect(JSON.stringify(sent.body)).not.toMatch(/SELECT|programme_pkey|at /);
    expect(sent.body).toMatchObject({
      status: 500,
      code: 'INTERNAL_ERROR',
      requestId: 'req-12345678',
    });
    expect(logged.mock.calls[0][0]).toContain('req-12345678');
    logged.mockRestore();
  });

  it('keeps the code, status and sentence of an expected error', () => {
    const { host, sent } = fakeHost();
    new ProblemDetailsFilter().catch(
      new KoersError('PROGRAMME_NOT_DRAFT', 409, 'Het programma is geen concept meer.', {
        currentVersion: 4,
      }),
      host,
    );
    expect(sent.status).toBe(409);
    expect(sent.body).toMatchObject({
      type: 'urn:koers:problem:programme-not-draft',
      title: 'Conflict',
      code: 'PROGRAMME_NOT_DRAFT',
      detail: 'Het programma is geen concept meer.',
      currentVersion: 4,
    });
  });

  it('lists every invalid field of a validation error', () => {
    const { host, sent } = fakeHost();
    new ProblemDetailsFilter().catch(
      new ValidationFailedError([
        { field: 'year', message: 'moet een geheel getal zijn' },
        { field: 'title', message: 'is verplicht' },
      ]),
      host,
    );
    expect(sent.status).toBe(400);
    expect(sent.body?.errors).toEqual([
      { field: 'year', message: 'moet een geheel getal zijn' },
      { field: 'title', message: 'is verplicht' },
    ]);
    expect(sent.body?.detail).toBe('2 velden zijn niet geldig.');
  });

  it('carries the values of its sentence as params, so a client can word it in its own language', () => {
    const { host, sent } = fakeHost();
    new ProblemDetailsFilter().catch(
      new KoersError('PROGRAMME_YEAR_TAKEN', 409, 'Deze regio heeft al een programma voor 2027.', {
        currentVersion: 4,
        failures: [{ code: 'A' }],
        params: { year: 2027 },
      }),
      host,
    );
    expect(sent.body?.params).toEqual({ currentVersion: 4, year: 2027 });
  });

  it('gives every problem params, empty when its sentence has no values', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = fakeHost();
    new ProblemDetailsFilter().catch(new Error('boom'), host);
    expect(sent.body?.params).toEqual({});
    logged.mockRestore();
  });
});
