/** Incident report (to be built). */
export function ReportPage() {
  return (
    <section>
      <h1>Incident report</h1>
    </section>
  );
}
