import { Transform } from 'class-transformer';

/** Codes are 1–32 letters, digits, _ or - (stored upper case). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
export const CODE_MESSAGE =
  'must be 1 to 32 letters, digits, _ or -, starting with a letter or digit';

/** Trims surrounding whitespace of a string field before it is validated. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** `true`/`false` in a query string. */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );
