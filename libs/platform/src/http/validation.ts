import {
  ArgumentMetadata,
  Param,
  ParseUUIDPipe,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { FieldError } from '@cordon/contracts';
import { ValidationProblem } from './problem';

/**
 * A field left out (undefined or null) reads as "<field> is required", once, instead of
 * one message per type rule it fails; a rule's own wording that already says what is
 * required ("hostname or ip is required") is kept.
 */
function messagesOf(error: ValidationError): string[] {
  const constraints = error.constraints ?? {};
  if (constraints['whitelistValidation']) return ['is not a known field'];
  const messages = Object.values(constraints);
  if (messages.length === 0 || (error.value !== undefined && error.value !== null)) return messages;
  const own = messages.filter((m) => /\brequired\b/.test(m));
  return own.length ? own : [`${error.property} is required`];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = messagesOf(error).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Where @nestjs/swagger keeps a DTO property's options (DECORATORS.API_MODEL_PROPERTIES). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** The largest integer a PostgreSQL `integer` column (and so any count, seq or minutes) holds. */
export const MAX_INTEGER = 2_147_483_647;

/**
 * After the DTO's own rules, two global ones. `null` is a value only where the DTO
 * documents it (`nullable: true`): elsewhere an optional field sent as null (a PATCH's
 * title) is refused, not stored. An integer is within PostgreSQL's `integer` range.
 */
export function refusedValues(value: unknown, parent = ''): FieldError[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => refusedValues(v, join(parent, i)));
  const proto = Object.getPrototypeOf(value) as object | null;
  if (!proto || proto === Object.prototype) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const field = join(parent, key);
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) > MAX_INTEGER)
      return [{ field, message: `${key} must be between -${MAX_INTEGER} and ${MAX_INTEGER}` }];
    if (v !== null) return refusedValues(v, field);
    const options = Reflect.getMetadata(API_MODEL_PROPERTIES, proto, key) as
      { nullable?: boolean } | undefined;
    return options?.nullable ? [] : [{ field, message: `${key} must not be null` }];
  });
}

function join(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}

/** The validation pipe, and after it `refusedValues`. */
class CordonValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const out: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') {
      const errors = refusedValues(out);
      if (errors.length) throw new ValidationProblem(errors);
    }
    return out;
  }
}

/** Unknown fields, wrong types and missing values: 400 naming every field. */
export function createValidationPipe(): ValidationPipe {
  return new CordonValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // values are read by `messagesOf` (left out or not), never sent back
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new ValidationProblem(flatten(errors)),
  });
}

/** A path parameter that must be a UUID; anything else is 400 naming the parameter. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationProblem([{ field: name, message: 'must be a UUID' }]),
    }),
  );
