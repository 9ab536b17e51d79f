export function IncidentPage() {
  return <h1>IncidentPage</h1>;
}
