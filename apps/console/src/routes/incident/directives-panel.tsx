/** Stub: written by another engineer. */
export function DirectivesPanel(props: { incidentId: string }) {
  void props;
  return null;
}
