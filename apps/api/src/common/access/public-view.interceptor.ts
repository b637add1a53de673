import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { map, Observable } from 'rxjs';

/** Replaces every e-mail address in an answer by null: the public sees no personal data. */
export function withoutEmails(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmails);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      /^email$|Email$/.test(key) ? null : withoutEmails(inner),
    ]),
  );
}

/** Applies `withoutEmails` to the answers the access guard let through as public reads. */
@Injectable()
export class PublicViewInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    return next
      .handle()
      .pipe(map((body: unknown) => (req.publicView ? withoutEmails(body) : body)));
  }
}
