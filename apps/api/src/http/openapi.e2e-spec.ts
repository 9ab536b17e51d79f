import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IS_PUBLIC } from '@cordon/auth';
import { CONTRACT_SCHEMAS } from '@cordon/contracts';
import { ApiHarness, startApi } from '../testing/api-harness';

const root = join(__dirname, '../../../..');
/** Where @nestjs/swagger's @ApiOperation keeps its options (DECORATORS.API_OPERATION). */
const API_OPERATION = 'swagger/apiOperation';

/** Operations whose success is not JSON, by operationId: the media type they answer. */
const NOT_JSON: Record<string, string> = {
  PublicCommsController_ackByGet: 'text/html',
  PublicCommsController_ackByPost: 'text/html',
  IncidentAuditController_export: 'application/x-ndjson',
  ReviewsController_evidencePack: 'application/zip',
};
/** Error answers that are not problem+json: the health check's 503 is its usual view. */
const NOT_PROBLEM = new Set(['HealthController_check 503']);

interface Operation {
  operationId: string;
  security?: unknown[];
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: Record<string, unknown> }> }
  >;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

function operations(doc: Document): { name: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      name: `${method.toUpperCase()} ${path} (${op.operationId})`,
      op,
    })),
  );
}

/** Every handler of the assembled app, by operationId: its success status and whether it is public. */
function handlers(api: ApiHarness): Map<string, { status: number; isPublic: boolean }> {
  const found = new Map<string, { status: number; isPublic: boolean }>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const proto = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const handler = proto[key];
        if (typeof handler !== 'function' || key === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
        // an operation keeps the id clients know when its controller is renamed
        const operation = Reflect.getMetadata(API_OPERATION, handler) as
          { operationId?: string } | undefined;
        found.set(operation?.operationId ?? `${metatype.name}_${key}`, {
          status: code ?? (method === RequestMethod.POST ? 201 : 200),
          isPublic: Boolean(
            Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, metatype),
          ),
        });
      }
    }
  }
  return found;
}

function refs(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') into.push(v);
      else refs(v, into);
    }
  }
  return into;
}

describe('the OpenAPI document', () => {
  let api: ApiHarness;
  let doc: Document;

  beforeAll(async () => {
    api = await startApi();
    doc = (await api.http().get('/api/docs-json').expect(200)).body as Document;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gives every operation its success answer with a schema, at the status the handler answers', () => {
    const routes = handlers(api);
    const wrong: string[] = [];
    for (const { name, op } of operations(doc)) {
      const expected = routes.get(op.operationId)?.status;
      const successes = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      if (successes.join() !== String(expected)) {
        wrong.push(`${name}: documents ${successes.join() || 'no 2xx'}, answers ${expected}`);
        continue;
      }
      if (successes[0] === '204') {
        // No Content: a body documented for it would be a lie
        if (op.responses['204'].content) wrong.push(`${name}: 204 documents a body`);
        continue;
      }
      const media = NOT_JSON[op.operationId] ?? 'application/json';
      if (!op.responses[successes[0]].content?.[media]?.schema) {
        wrong.push(`${name}: ${successes[0]} has no ${media} schema (@ApiView or @ApiPage)`);
      }
    }
    expect(wrong).toEqual([]);
    expect(operations(doc).length).toBeGreaterThan(50);
  });

  it('documents the problem+json errors, and 401 on every operation that needs a token', () => {
    const routes = handlers(api);
    const wrong: string[] = [];
    for (const { name, op } of operations(doc)) {
      const errors = Object.keys(op.responses).filter((s) => /^[45]\d\d$/.test(s));
      if (errors.length === 0) wrong.push(`${name}: no error answers (@ApiProblems)`);
      if (!routes.get(op.operationId)?.isPublic && !errors.includes('401')) {
        wrong.push(`${name}: needs a token but documents no 401`);
      }
      for (const status of errors) {
        if (NOT_PROBLEM.has(`${op.operationId} ${status}`)) continue;
        const schema = op.responses[status].content?.['application/problem+json']?.schema;
        if (schema?.['$ref'] !== '#/components/schemas/Problem') {
          wrong.push(`${name}: ${status} is not problem+json`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves every $ref to a schema of the document', () => {
    const all = refs(doc);
    const dangling = all.filter((ref) => {
      const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
      return !name || !(name in doc.components.schemas);
    });
    expect(dangling).toEqual([]);
    expect(all).toContain('#/components/schemas/TaskView');
  });

  it('carries the schemas of libs/contracts unchanged (no DTO of the same name)', () => {
    const clashes = Object.entries(CONTRACT_SCHEMAS)
      .filter(
        ([name, schema]) => JSON.stringify(doc.components.schemas[name]) !== JSON.stringify(schema),
      )
      .map(([name]) => name);
    expect(clashes).toEqual([]);
  });

  it('matches the committed generated files: contract schemas, openapi.json, schema.d.ts', () => {
    // openapi-typescript and prettier are ES modules jest cannot load: render in a child.
    const child = spawnSync(
      process.execPath,
      [join(root, 'tools/run-ts.mjs'), 'tools/openapi/render-files.ts'],
      { cwd: root, input: JSON.stringify(doc), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (child.status !== 0) throw new Error(`render-files failed: ${child.stderr}`);
    const files = JSON.parse(child.stdout) as { path: string; text: string; command: string }[];
    const read = (path: string) => {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return '';
      }
    };
    const stale = files
      .filter((file) => read(file.path) !== file.text)
      .map((file) => `${file.path} is stale: run ${file.command}`);
    expect(stale).toEqual([]);
    expect(files.map((f) => f.path)).toHaveLength(3);
  }, 120_000);
});
