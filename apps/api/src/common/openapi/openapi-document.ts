import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../../modules/auth/security';
import { ProblemDetailsDto } from '../api-problem';
import { CSRF_SCHEME, SESSION_SCHEME } from './access-docs';
import { refineDocument } from './refine-document';

/**
 * The OpenAPI document of the Koers API: what `/api/docs-json` serves and what the web's typed
 * client is generated from (`npm run api:generate`). Needs the app's routes only, not a database.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Koers API')
    .setDescription(
      'The annual programme of a Dutch region: assignments, money, councils. Errors are problem ' +
        'details (RFC 9457) with a stable `code` and, for invalid input, `errors` per field. ' +
        'Sign in with `POST /api/auth/login`; writes then send the `X-CSRF-Token` of `GET /api/auth/me`.',
    )
    .setVersion('1')
    .setLicense('EUPL-1.2', 'https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer('/', 'This server')
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'The session, set by signing in.' },
      SESSION_SCHEME,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description:
          'The `csrfToken` of `GET /api/auth/me`: required on every write with a session.',
      },
      CSRF_SCHEME,
    )
    .build();
  config.info.contact = { name: 'The Koers maintainers' };
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsDto] });
  return refineDocument(document);
}
