import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { CONTRACT_SCHEMAS } from '@cordon/contracts';

/**
 * The OpenAPI document: operations and request bodies from the controllers and DTOs,
 * answers from the handlers' `@ApiView`/`@ApiPage`/`@ApiProblems`, whose schemas are the
 * contract's types (libs/contracts/src/openapi-schemas.ts) merged into components.schemas.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Cordon')
      .setDescription('Incident command and crisis communication')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  // The DTOs' schemas win a clash of names, so the request bodies stay what is validated;
  // the e2e test (openapi.e2e-spec.ts) fails on any clash.
  document.components = {
    ...document.components,
    schemas: { ...CONTRACT_SCHEMAS, ...document.components?.schemas },
  };
  return document;
}

/** Served at /api/docs (JSON at /api/docs-json). */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
}
