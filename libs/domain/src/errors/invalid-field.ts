import { DomainError } from './domain-error';

/** Input that passed the shape checks but breaks a rule: 400 naming the field, like validation. */
export const invalidField = (field: string, message: string): DomainError =>
  new DomainError('validation_failed', `Invalid ${field}: ${message}`, {
    errors: [{ field, message }],
  });
