/** Stub: written by another engineer. */
export function FaultReportsPanel(props: { incidentId: string }) {
  void props;
  return null;
}
