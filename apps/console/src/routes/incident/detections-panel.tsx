/** Stub: written by another engineer. */
export function DetectionsPanel(props: { incidentId: string }) {
  void props;
  return null;
}
