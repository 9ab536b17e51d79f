import { describeProblem } from '../api/problem';

/** The api's words for a refusal, announced to screen readers. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="alert alert-error" role="alert">
      {describeProblem(error)}
    </p>
  );
}
