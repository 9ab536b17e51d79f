/** Metrics across incidents (to be built). */
export function MetricsPage() {
  return (
    <section>
      <h1>Metrics across incidents</h1>
    </section>
  );
}
