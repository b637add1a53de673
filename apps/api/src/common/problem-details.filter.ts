import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ProblemDetails } from '@koers/contracts';
import type { Request, Response } from 'express';
import { KoersError, ValidationFailedError } from './koers-error';
import { inputBoundError } from './pg-errors';

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Niet-ondersteund formaat',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Niet beschikbaar',
};

/**
 * Turns every error into RFC 9457 problem details. Expected errors keep their code and sentence;
 * anything unknown becomes a bare 500 (no SQL, no stack) that is logged with the request id.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }
}

const logger = new Logger('Error');

/** Answers an error as problem details; also for middleware that runs before Nest's routing. */
export function sendProblem(exception: unknown, request: Request, response: Response): void {
  const problem = toProblem(exception, request);
  if (problem.status >= 500) {
    logger.error(
      `${request.method} ${request.originalUrl.split('?')[0]} failed [request ${request.requestId}]`,
      exception instanceof Error ? exception.stack : String(exception),
    );
  }
  if (response.headersSent) return;
  response.status(problem.status).type('application/problem+json').json(problem);
}

function toProblem(thrown: unknown, request: Request): ProblemDetails {
  const exception = inputBoundError(thrown) ?? thrown;
  const base = { instance: request.originalUrl, requestId: request.requestId };
  if (exception instanceof KoersError) {
    return {
      type: `urn:koers:problem:${exception.code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[exception.status] ?? 'Fout',
      status: exception.status,
      detail: exception.detail,
      code: exception.code,
      ...exception.extra,
      params: exception.params,
      ...(exception instanceof ValidationFailedError ? { errors: exception.errors } : {}),
      ...base,
    };
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    const status = exception.getStatus();
    return {
      type: 'about:blank',
      title: TITLES[status] ?? 'Fout',
      status,
      detail: httpDetail(exception, request),
      code: `HTTP_${status}`,
      params: {},
      ...base,
    };
  }
  return {
    type: 'about:blank',
    title: TITLES[500],
    status: 500,
    detail: 'Er ging iets mis aan onze kant. Geef het verzoeknummer door aan de beheerder.',
    code: 'INTERNAL_ERROR',
    params: {},
    ...base,
  };
}

function httpDetail(exception: HttpException, request: Request): string {
  const status = exception.getStatus();
  if (status === 404) return `Er is niets op ${request.method} ${request.originalUrl}.`;
  if (status === 400 && /JSON/i.test(exception.message)) {
    return 'De inhoud van het verzoek is geen geldige JSON.';
  }
  if (status === 400 && exception.message.startsWith('Failed to decode param')) {
    return 'Het adres bevat een ongeldige %-codering.';
  }
  if (status === 413 && exception.message === 'Payload Too Large') {
    return 'De inhoud van het verzoek is te groot.';
  }
  return exception.message;
}
