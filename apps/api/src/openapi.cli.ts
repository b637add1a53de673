import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './common/openapi/openapi-document';

/**
 * The served OpenAPI document, built without a database or a listening server: Nest's preview
 * mode registers the routes and their metadata but creates no providers (no connection).
 */
export async function buildOpenApiDocumentOffline(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(
    AppModule.forRoot({ databaseUrl: 'postgres://unused@127.0.0.1:1/unused' }),
    { preview: true, logger: false },
  );
  app.setGlobalPrefix('api');
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** `openapi.cli.ts <file>`: writes the document as JSON (used by `npm run api:generate`). */
if (require.main === module) {
  const target = process.argv[2];
  buildOpenApiDocumentOffline().then(
    (document) => {
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (target) writeFileSync(target, text);
      else process.stdout.write(text);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
