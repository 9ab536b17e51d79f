import { ApiProblem, describeProblem } from './problem';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new ApiProblem(status, {
    type: 'about:blank',
    title: 'Refused',
    status,
    detail: `the api's detail for ${code}`,
    code: code as never,
    ...extra,
  });

describe('describeProblem', () => {
  it('says how long to wait when sign-ins are rate limited', () => {
    expect(describeProblem(problem(429, 'rate_limited', { retryAfterSeconds: 42 }))).toBe(
      'Too many attempts. Try again in 42 seconds.',
    );
    expect(describeProblem(problem(429, 'rate_limited'))).toBe(
      'Too many attempts. Try again in a minute.',
    );
  });

  it('says a one-second wait in words', () => {
    expect(describeProblem(problem(429, 'rate_limited', { retryAfterSeconds: 1 }))).toBe(
      'Too many attempts. Try again in a second.',
    );
  });

  it('names each field the api refused, in its words', () => {
    const p = problem(400, 'validation_failed', {
      errors: [
        { field: 'title', message: 'title is required' },
        { field: 'severity', message: 'severity must not be greater than 4' },
      ],
    });
    expect(describeProblem(p)).toBe('title is required; severity must not be greater than 4');
    expect((p as ApiProblem).field('severity')).toBe('severity must not be greater than 4');
  });

  it('says plainly when Cordon cannot be reached', () => {
    expect(describeProblem(problem(0, 'unavailable'))).toMatch(/cannot be reached/);
  });
});

describe('describeProblem on a message without its field', () => {
  it('puts the field in front', () => {
    const p = problem(400, 'validation_failed', {
      errors: [{ field: 'audience.lanIds', message: 'must be a list of LAN ids' }],
    });
    expect(describeProblem(p)).toBe('audience.lanIds: must be a list of LAN ids');
  });
});
