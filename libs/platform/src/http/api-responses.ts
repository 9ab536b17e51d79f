import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ContractSchemaName, ERROR_STATUS, ErrorCode } from '@cordon/contracts';

/**
 * OpenAPI answers of a handler, from the contract's types: the api merges the schemas of
 * libs/contracts (generated into libs/contracts/src/openapi-schemas.ts) into the
 * document's components, so a handler names the type it answers and the typed client
 * generated from the document is the contract.
 */
export type SuccessStatus = 200 | 201 | 202;

export const schemaRef = (name: ContractSchemaName): { $ref: string } => ({
  $ref: `#/components/schemas/${name}`,
});

const PROBLEM = { 'application/problem+json': { schema: schemaRef('Problem') } };
const HTML = { 'text/html': { schema: { type: 'string' } } };

/** The success answer: one contract type. Give the status the route answers (POST: 201). */
export const ApiView = (
  name: ContractSchemaName,
  status: SuccessStatus = 200,
  description = name,
): MethodDecorator & ClassDecorator =>
  ApiResponse({ status, description, schema: schemaRef(name) });

/** The success answer of a list: `{items: T[], nextCursor}`, `nextCursor` null on the last page. */
export const ApiPage = (
  name: ContractSchemaName,
  status: SuccessStatus = 200,
): MethodDecorator & ClassDecorator =>
  ApiResponse({
    status,
    description: `A page of ${name}`,
    schema: {
      type: 'object',
      properties: {
        items: { type: 'array', items: schemaRef(name) },
        nextCursor: {
          type: 'string',
          nullable: true,
          description: 'Pass as ?cursor= for the next page; null on the last page',
        },
      },
      required: ['items', 'nextCursor'],
    },
  });

/** A success answer that is an HTML page (acknowledgement links, printable pages). */
export const ApiHtml = (description: string, status: SuccessStatus = 200): MethodDecorator =>
  ApiResponse({ status, description, content: HTML });

/** A success answer in text media types (exports: JSON lines, CSV), each a string. */
export const ApiText = (
  description: string,
  mediaTypes: readonly string[],
  status: SuccessStatus = 200,
): MethodDecorator =>
  ApiResponse({
    status,
    description,
    content: Object.fromEntries(
      mediaTypes.map((m) => [m.split(';')[0], { schema: { type: 'string' } }]),
    ),
  });

function problems(
  codes: ErrorCode[],
  content: Record<string, { schema: object }>,
  prefix: string,
): MethodDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, group]) =>
      ApiResponse({
        status,
        description: `${prefix}code ${group.map((c) => `\`${c}\``).join(' or ')}`,
        content,
      }),
    ),
  );
}

/**
 * The error answers a route can give, by their stable codes: one application/problem+json
 * response per HTTP status (`ERROR_STATUS`), its description listing the codes.
 */
export const ApiProblems = (...codes: ErrorCode[]): MethodDecorator =>
  problems(codes, PROBLEM, 'problem+json, ');

/** Errors answered as a page to a browser, and problem+json to a client asking for JSON. */
export const ApiHtmlProblems = (...codes: ErrorCode[]): MethodDecorator =>
  problems(codes, { ...HTML, ...PROBLEM }, 'a page (text/html) or problem+json, ');
