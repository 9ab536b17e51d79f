import { FormEvent, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { Field, fieldError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { reviewKeys, type ReviewView } from './review-types';

const SECTIONS = [
  ['wentWell', 'What went well'],
  ['wentWrong', 'What went wrong'],
  ['contributingFactors', 'Contributing factors'],
] as const;

type Key = (typeof SECTIONS)[number][0];
type Texts = Record<Key, string>;

const textsOf = (r: ReviewView): Texts => ({
  wentWell: r.wentWell,
  wentWrong: r.wentWrong,
  contributingFactors: r.contributingFactors,
});

/** The three free-text sections: a form for the owner and command staff while the review is open. */
export function ReviewSections({ review }: { review: ReviewView }) {
  const qc = useQueryClient();
  const [texts, setTexts] = useState<Texts>(() => textsOf(review));
  const [saved, setSaved] = useState<Texts>(() => textsOf(review));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);

  // someone else saved (live): take their text for the sections this form has not changed
  useEffect(() => {
    const theirs = textsOf(review);
    setTexts((mine) => {
      const next = { ...mine };
      for (const [key] of SECTIONS) if (mine[key] === saved[key]) next[key] = theirs[key];
      return next;
    });
    setSaved(theirs);
  }, [review.wentWell, review.wentWrong, review.contributingFactors]);

  const changed = SECTIONS.filter(([key]) => texts[key] !== saved[key]).map(([key]) => key);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (changed.length === 0) return;
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const body = Object.fromEntries(changed.map((key) => [key, texts[key]]));
      const view = await api.patch<ReviewView>(`incidents/${review.incidentId}/review`, body);
      qc.setQueryData(reviewKeys.review(review.incidentId), view);
      setSaved(textsOf(view));
      setNote('Saved.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!review.canEdit) {
    return (
      <section className="card review-sections" aria-label="Findings">
        {SECTIONS.map(([key, label]) => (
          <div key={key} className="review-section">
            <h2>{label}</h2>
            <p className="review-text">
              {review[key] || <span className="muted">Not written.</span>}
            </p>
          </div>
        ))}
      </section>
    );
  }
  return (
    <form className="card review-sections" aria-label="Findings" onSubmit={submit}>
      {SECTIONS.map(([key, label]) => (
        <Field key={key} label={label} error={fieldError(error, key)}>
          {(c) => (
            <textarea
              {...c}
              rows={3}
              value={texts[key]}
              onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <div className="row">
        <button type="submit" className="primary" disabled={busy || changed.length === 0}>
          {busy ? 'Saving…' : 'Save findings'}
        </button>
        {changed.length > 0 && (
          <span className="muted small">
            Unsaved: {changed.map((k) => SECTIONS.find(([s]) => s === k)?.[1]).join(', ')}
          </span>
        )}
        {note && changed.length === 0 && (
          <span className="small" role="status">
            {note}
          </span>
        )}
      </div>
      {!SECTIONS.some(([key]) => fieldError(error, key)) && <ProblemAlert error={error} />}
    </form>
  );
}
