import { Param, ParseUUIDPipe, ValidationError, ValidationPipe } from '@nestjs/common';
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

/** Unknown fields, wrong types and missing values: 400 naming every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
