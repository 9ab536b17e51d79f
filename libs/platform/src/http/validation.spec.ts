import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { createValidationPipe } from './validation';
import { ValidationProblem } from './problem';

class Inner {
  @IsString()
  @MinLength(1)
  name!: string;
}

class Body {
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  reason!: string;

  @IsOptional()
  @IsString()
  note?: string;

  @ValidateIf((b: Body) => b.hostname !== undefined || b.ip === undefined)
  @IsString({ message: 'hostname or ip is required' })
  @MinLength(1)
  hostname?: string;

  @IsOptional()
  @IsString()
  ip?: string;

  @IsObject()
  @ValidateNested()
  @Type(() => Inner)
  inner!: Inner;
}

async function errorsOf(value: unknown) {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Body });
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationProblem);
    return (err as ValidationProblem).errors;
  }
}

describe(createValidationPipe.name, () => {
  it('says a missing or null field is required, once, instead of each type rule', async () => {
    expect(await errorsOf({ ip: '10.0.0.1', inner: { name: 'a' } })).toEqual([
      { field: 'reason', message: 'reason is required' },
    ]);
    expect(await errorsOf({ reason: null, ip: 'x', inner: { name: 'a' } })).toEqual([
      { field: 'reason', message: 'reason is required' },
    ]);
  });

  it('keeps a rule’s own words for what is required', async () => {
    expect(await errorsOf({ reason: 'r', inner: { name: 'a' } })).toEqual([
      { field: 'hostname', message: 'hostname or ip is required' },
    ]);
  });

  it('names a nested missing field by its path, and the whole object when it is missing', async () => {
    expect(await errorsOf({ reason: 'r', ip: 'x', inner: {} })).toEqual([
      { field: 'inner.name', message: 'name is required' },
    ]);
    expect(await errorsOf({ reason: 'r', ip: 'x' })).toEqual([
      { field: 'inner', message: 'inner is required' },
    ]);
  });

  it('still says what is wrong with a value that is there, and with unknown fields', async () => {
    expect(await errorsOf({ reason: '', ip: 'x', inner: { name: 'a' } })).toEqual([
      { field: 'reason', message: 'reason must be longer than or equal to 1 characters' },
    ]);
    expect(await errorsOf({ reason: 'r', ip: 'x', inner: { name: 'a' }, extra: null })).toEqual([
      { field: 'extra', message: 'is not a known field' },
    ]);
    expect(await errorsOf({ reason: 'r', ip: 'x', inner: { name: 'a' } })).toEqual([]);
  });
});
